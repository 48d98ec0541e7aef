// demetra-cli advise end to end on the bundled sample: --json prints the contract with author "local" (and stores it),
// --preview prints the exact request body without sending it or the API key, an unreachable model falls back to the
// local writer with its reason, and bad option combinations are usage errors.

#include "core/advice/advice_document.h"
#include "tests/cli/cli_test_support.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using Demetra::Test::CliRun;

class TestCliAdvise : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(QStringList args, const QProcessEnvironment &extra = {})
    {
        args << QStringLiteral("--db") << m_db << QStringLiteral("--lang") << QStringLiteral("en");
        QProcess p;
        QProcessEnvironment env = Demetra::Test::cliEnvironment();
        for (const QString &k : extra.keys())
            env.insert(k, extra.value(k));
        p.setProcessEnvironment(env);
        p.setProgram(Demetra::Test::cliPath());
        p.setArguments(args);
        p.setWorkingDirectory(m_dir.path());
        p.start();
        CliRun r;
        if (!p.waitForStarted(30000) || !p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished(10000);
            r.exitCode = -3;
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -4;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static quint16 closedPort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        const quint16 port = s.serverPort();
        s.close();
        return port;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("advise.sqlite"));
        const CliRun r =
            Demetra::Test::runCli({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                                   QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv")},
                                  m_dir.path());
        QVERIFY2(r.exitCode == 0, r.describe().constData());
    }

    void jsonIsTheContractWrittenLocally()
    {
        const CliRun r = cli({QStringLiteral("advise"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.take(QStringLiteral("author")).toString(), QStringLiteral("local"));
        QVERIFY(!o.contains(QStringLiteral("fallback_reason")));
        Demetra::Result<Demetra::Advice::AdviceDocument> doc = Demetra::Advice::AdviceDocument::fromJson(o);
        QVERIFY2(doc.has_value(), qPrintable(doc ? QString() : doc.error().message));
        // The sample has 8 channels; its planted returns make the best and worst clearly apart.
        QCOMPARE(doc->channelComparison.verdicts.size(), 8);
        QVERIFY(!doc->channelComparison.best.isEmpty());
        QVERIFY(doc->channelComparison.best != doc->channelComparison.worst);
        QVERIFY(!doc->recommendations.budgetMoves.isEmpty());
        QCOMPARE(doc->recommendations.budgetMoves.first().currency, QStringLiteral("USD"));
        QVERIFY(!doc->summary.isEmpty());
        QCOMPARE(doc->mlPredictions.forecasts.size(), 8);

        const CliRun text = cli({QStringLiteral("advise")});
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        QVERIFY(text.out.startsWith("Written locally from your data."));
        QVERIFY(text.out.contains("Budget moves"));
    }

    void previewPrintsTheBodyAndSendsNothing()
    {
        // A listening server that must never be contacted.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QProcessEnvironment env;
        env.insert(QStringLiteral("DEMETRA_LLM_API_KEY"), QStringLiteral("sk-cli-secret"));
        const CliRun r = cli({QStringLiteral("advise"), QStringLiteral("--preview"), QStringLiteral("--llm"),
                              QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()),
                              QStringLiteral("--model"), QStringLiteral("qwen3:8b")},
                             env);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(!server.hasPendingConnections());
        QVERIFY(!server.waitForNewConnection(100));
        QVERIFY(!r.out.contains("sk-cli-secret"));
        const QJsonObject body = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(body[QStringLiteral("model")].toString(), QStringLiteral("qwen3:8b"));
        QCOMPARE(body[QStringLiteral("response_format")][QStringLiteral("type")].toString(),
                 QStringLiteral("json_schema"));
        const QJsonArray messages = body[QStringLiteral("messages")].toArray();
        QCOMPARE(messages.size(), 2);
        const QString user = messages[1][QStringLiteral("content")].toString();
        QVERIFY(user.contains(QStringLiteral("\"channels\"")));
        QVERIFY(user.contains(QStringLiteral("TikTok")));
        QVERIFY(!user.contains(QStringLiteral("campaign_id"))); // aggregated figures, no rows
    }

    void unreachableModelFallsBackWithItsReason()
    {
        const CliRun r = cli({QStringLiteral("advise"), QStringLiteral("--json"), QStringLiteral("--llm"),
                              QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()), QStringLiteral("--model"),
                              QStringLiteral("m")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("author")].toString(), QStringLiteral("local"));
        QVERIFY2(
            o[QStringLiteral("fallback_reason")].toString().startsWith(QStringLiteral("The model could not be asked")),
            r.out.constData());
    }

    void usageErrors()
    {
        CliRun r = cli({QStringLiteral("advise"), QStringLiteral("--llm"), QStringLiteral("http://127.0.0.1:1/v1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--model"));
        r = cli({QStringLiteral("advise"), QStringLiteral("--llm"), QStringLiteral("localhost"),
                 QStringLiteral("--model"), QStringLiteral("m")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("http(s) base URL"));
    }
};

QTEST_GUILESS_MAIN(TestCliAdvise)
#include "test_cli_advise.moc"
