// demetra-cli alerts and budgets end to end: planned budgets set/list/remove with their usage errors, and the stored
// alerts listed in JSON and text after an evaluation (run here through the core job the refresh command also runs).

#include "core/alerts/alert_job.h"
#include "core/alerts/alert_repository.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"
#include "tests/cli/cli_test_support.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using Demetra::Test::CliRun;

namespace {
const QDate kStart(2025, 1, 6);
constexpr int kDays = 42;
const QDate kLast = kStart.addDays(kDays - 1);
} // namespace

class TestCliAlerts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(QStringList args)
    {
        args << QStringLiteral("--db") << m_db;
        return Demetra::Test::runCli(args, m_dir.path());
    }

    static QJsonDocument json(const CliRun &r)
    {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(r.out, &e);
        if (e.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", r.describe().constData());
        return d;
    }

    QStringList budgetArgs(const QString &amount)
    {
        return {QStringLiteral("budgets"),    QStringLiteral("set"),
                QStringLiteral("--channel"),  QStringLiteral("Facebook"),
                QStringLiteral("--from"),     kLast.addDays(-9).toString(Qt::ISODate),
                QStringLiteral("--to"),       kLast.addDays(20).toString(Qt::ISODate),
                QStringLiteral("--amount"),   amount,
                QStringLiteral("--currency"), QStringLiteral("usd")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("alerts.sqlite"));
        // Six weeks of one campaign at ROI 1.4 (below the default 1.5), 100 spent a day.
        QByteArray csv = "date,channel,campaign,impressions,clicks,conversions,spend,revenue\n";
        for (int i = 0; i < kDays; ++i)
            csv += kStart.addDays(i).toString(Qt::ISODate).toUtf8() + ",Facebook,Spring,10000,1000,100,100,240\n";
        QFile f(m_dir.filePath(QStringLiteral("ads.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const CliRun r = cli({QStringLiteral("import"), f.fileName()});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
    }

    void alertsWithoutDatabase()
    {
        const CliRun r = Demetra::Test::runCli(
            {QStringLiteral("alerts"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite"))},
            m_dir.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("no database"));
    }

    void budgetUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList base = budgetArgs(QStringLiteral("1100"));
        auto with = [&](const QString &option, const QString &value) {
            QStringList a = base;
            const qsizetype i = a.indexOf(option);
            a[i + 1] = value;
            return a;
        };
        auto without = [&](const QString &option) {
            QStringList a = base;
            const qsizetype i = a.indexOf(option);
            a.remove(i, 2);
            return a;
        };
        QTest::newRow("amount 0") << with(QStringLiteral("--amount"), QStringLiteral("0"))
                                  << QStringLiteral("positive number");
        QTest::newRow("amount negative") << with(QStringLiteral("--amount"), QStringLiteral("-5"))
                                         << QStringLiteral("positive number");
        QTest::newRow("amount text") << with(QStringLiteral("--amount"), QStringLiteral("lots"))
                                     << QStringLiteral("positive number");
        QTest::newRow("to before from") << with(QStringLiteral("--to"), kLast.addDays(-20).toString(Qt::ISODate))
                                        << QStringLiteral("is before");
        QTest::newRow("bad date") << with(QStringLiteral("--from"), QStringLiteral("yesterday"))
                                  << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("no channel") << without(QStringLiteral("--channel")) << QStringLiteral("--channel");
        QTest::newRow("no amount") << without(QStringLiteral("--amount")) << QStringLiteral("--amount");
        QTest::newRow("no period") << without(QStringLiteral("--to")) << QStringLiteral("--from DATE --to DATE");
        QTest::newRow("bad currency") << with(QStringLiteral("--currency"), QStringLiteral("dollars"))
                                      << QStringLiteral("three-letter");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("budgets"), QStringLiteral("frobnicate")}
                                        << QStringLiteral("budgets takes");
    }

    void budgetUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = cli(args);
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.describe().constData());
        const CliRun list = cli({QStringLiteral("budgets"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json(list).array().size(), 0); // nothing was saved
    }

    void budgetsAndAlerts()
    {
        // 10 of the 30 days passed at 100 a day: 1000 spent, above 90 % of 1100.
        CliRun r = cli(budgetArgs(QStringLiteral("1100")) << QStringLiteral("--json"));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const qint64 id = json(r).object().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        r = cli(budgetArgs(QStringLiteral("1100.50")) << QStringLiteral("--json"));
        QCOMPARE(json(r).object().value(QStringLiteral("id")).toInteger(), id); // same channel and period: replaced
        r = cli({QStringLiteral("budgets"), QStringLiteral("set"), QStringLiteral("--channel"),
                 QStringLiteral("Snapchat"), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                 QStringLiteral("--to"), QStringLiteral("2025-01-31"), QStringLiteral("--amount"),
                 QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(r.err.contains("no data has the channel"));
        r = cli({QStringLiteral("budgets"), QStringLiteral("list"), QStringLiteral("--json")});
        QJsonArray budgets = json(r).array();
        QCOMPARE(budgets.size(), 2);
        QJsonObject fb;
        for (const QJsonValue &v : budgets)
            if (v[QStringLiteral("channel")] == QStringLiteral("Facebook"))
                fb = v.toObject();
        QCOMPARE(fb.value(QStringLiteral("amount")).toDouble(), 1100.5);
        QCOMPARE(fb.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(fb.value(QStringLiteral("from")).toString(), kLast.addDays(-9).toString(Qt::ISODate));
        r = cli({QStringLiteral("budgets"), QStringLiteral("list")});
        QVERIFY(r.out.contains("Facebook") && r.out.contains("1100.50"));

        // Nothing is stored before an evaluation: `alerts` evaluates nothing.
        r = cli({QStringLiteral("alerts"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(json(r).array().size(), 0);

        // The evaluation the refresh pipeline runs.
        {
            Demetra::Jobs::JobContext context(Demetra::Storage::DatabaseLocation{m_db});
            auto outcome = Demetra::Alerts::runAlertEvaluation(Demetra::Alerts::AlertThresholds{}, context);
            QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
            QCOMPARE(outcome->update.opened.size(), 3);
        }
        r = cli({QStringLiteral("alerts"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonArray alerts = json(r).array();
        QCOMPARE(alerts.size(), 3);
        int roi = 0;
        int overrun = 0;
        qint64 channelRoi = 0;
        for (const QJsonValue &v : alerts) {
            const QJsonObject a = v.toObject();
            for (const char *key : {"id", "rule", "severity", "channel", "campaign", "metric", "value", "threshold",
                                    "message", "first_seen", "last_seen", "state", "read"})
                QVERIFY2(a.contains(QLatin1String(key)), key);
            QCOMPARE(a.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
            QCOMPARE(a.value(QStringLiteral("read")).toBool(), false);
            QCOMPARE(a.value(QStringLiteral("channel")).toString(), QStringLiteral("Facebook"));
            if (a.value(QStringLiteral("rule")) == QStringLiteral("roi_drop")) {
                ++roi;
                QCOMPARE(a.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
                QVERIFY(std::abs(a.value(QStringLiteral("value")).toDouble() - 1.4) < 1e-9);
                QCOMPARE(a.value(QStringLiteral("threshold")).toDouble(), 1.5);
                if (a.value(QStringLiteral("campaign")).toString().isEmpty())
                    channelRoi = a.value(QStringLiteral("id")).toInteger();
                else
                    QCOMPARE(a.value(QStringLiteral("campaign")).toString(), QStringLiteral("Spring"));
            } else if (a.value(QStringLiteral("rule")) == QStringLiteral("budget_overrun")) {
                ++overrun;
                QCOMPARE(a.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
                QCOMPARE(a.value(QStringLiteral("value")).toDouble(), 1000.0);
                QVERIFY(a.value(QStringLiteral("message")).toString().contains(QStringLiteral("33.3 %")));
            }
        }
        QCOMPARE(roi, 2);
        QCOMPARE(overrun, 1);
        QVERIFY(channelRoi > 0);

        r = cli({QStringLiteral("alerts")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(r.out.contains("roi_drop") && r.out.contains("budget_overrun") && r.out.contains("Facebook / Spring"));

        // A dismissed alert leaves the default list and stays in --all.
        {
            Demetra::Jobs::JobContext context(Demetra::Storage::DatabaseLocation{m_db});
            auto db = context.database();
            QVERIFY(db);
            QVERIFY(Demetra::Alerts::AlertRepository(**db).dismiss(channelRoi));
        }
        QCOMPARE(json(cli({QStringLiteral("alerts"), QStringLiteral("--json")})).array().size(), 2);
        const QJsonArray all =
            json(cli({QStringLiteral("alerts"), QStringLiteral("--json"), QStringLiteral("--all")})).array();
        QCOMPARE(all.size(), 3);
        bool dismissed = false;
        for (const QJsonValue &v : all)
            if (v[QStringLiteral("id")].toInteger() == channelRoi)
                dismissed = v[QStringLiteral("state")] == QStringLiteral("dismissed");
        QVERIFY(dismissed);

        // Removing a budget; removing it again is an error.
        r = cli({QStringLiteral("budgets"), QStringLiteral("remove"), QString::number(id)});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = cli({QStringLiteral("budgets"), QStringLiteral("remove"), QString::number(id)});
        QCOMPARE(r.exitCode, 3);
        r = cli({QStringLiteral("budgets"), QStringLiteral("remove"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAlerts)
#include "test_cli_alerts.moc"
