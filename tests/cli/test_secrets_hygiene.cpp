// Secrets hygiene end to end: demetra-cli imports a file, connects one account of every platform (six loopback
// imitations in this process), tests and syncs them with recognisable fake tokens, again while every platform
// fails (revoked tokens, throttling, malformed bodies: error paths are where tokens leak), asks the loopback LLM
// server for advice with a fake API key (once with an error that echoes the key back), previews the LLM request, runs
// a refresh and takes a backup. Then everything is scanned for every token: all that the CLI printed, every file
// under the test's folder (the database with its -wal and -shm, the settings and data folders XDG_* point at, the
// backups folder), the LLM preview, and every URL (and body) the servers received: every platform takes its token in
// a header, so none may travel in a URL. The XLSX report (unzipped) and every CSV table are scanned too; the PDF is
// drawn from the same report data.

#include "tests/cli/cli_test_support.h"
#include "tests/support/loopback_google_ads_server.h"
#include "tests/support/loopback_meta_server.h"
#include "tests/support/loopback_telegram_ads_server.h"
#include "tests/support/loopback_tiktok_server.h"
#include "tests/support/loopback_vk_ads_server.h"
#include "tests/support/loopback_yandex_direct_server.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>
#include <QtTest>

using namespace Demetra::Test;

namespace {

const QString kMetaToken = QStringLiteral("SECRET-META-TOKEN-7f3a91c2d4");
const QString kGoogleToken = QStringLiteral("SECRET-GOOGLE-TOKEN-5b8e0a17f6");
const QString kTikTokToken = QStringLiteral("SECRET-TIKTOK-TOKEN-c02d9e4b31");
const QString kYandexToken = QStringLiteral("SECRET-YANDEX-TOKEN-9a6f2c7e05");
const QString kLlmKey = QStringLiteral("SECRET-LLM-KEY-3e1d7b9a64");

} // namespace

class TestSecretsHygiene : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    LoopbackMetaServer m_meta{QStringLiteral("5550001112223"), kMetaToken};
    LoopbackGoogleAdsServer m_google{QStringLiteral("4567890123"), kGoogleToken};
    LoopbackTikTokServer m_tiktok{QStringLiteral("7301234567890123456"), kTikTokToken};
    LoopbackYandexDirectServer m_yandex{QStringLiteral("shop-example-client"), kYandexToken};
    LoopbackVkAdsServer m_vk;
    LoopbackTelegramAdsServer m_telegram;
    LoopbackLlmServer m_llm;
    QList<CliRun> m_runs;        ///< everything the CLI printed
    QByteArray m_unzippedReport; ///< the workbook's XML parts
    QStringList m_labels;

    QHash<QString, QString> tokens() const
    {
        return {{QStringLiteral("meta"), kMetaToken},     {QStringLiteral("google_ads"), kGoogleToken},
                {QStringLiteral("tiktok"), kTikTokToken}, {QStringLiteral("yandex_direct"), kYandexToken},
                {QStringLiteral("vk_ads"), m_vk.token()}, {QStringLiteral("telegram_ads"), m_telegram.token()},
                {QStringLiteral("llm"), kLlmKey}};
    }

    CliRun cli(const QStringList &arguments, const QString &label)
    {
        QProcess p;
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("DEMETRA_TOKEN_META"), kMetaToken);
        env.insert(QStringLiteral("DEMETRA_TOKEN_GOOGLE_ADS"), kGoogleToken);
        env.insert(QStringLiteral("DEMETRA_TOKEN_TIKTOK"), kTikTokToken);
        env.insert(QStringLiteral("DEMETRA_TOKEN_YANDEX_DIRECT"), kYandexToken);
        env.insert(QStringLiteral("DEMETRA_TOKEN_VK_ADS"), m_vk.token());
        env.insert(QStringLiteral("DEMETRA_TOKEN_TELEGRAM_ADS"), m_telegram.token());
        env.insert(QStringLiteral("DEMETRA_LLM_API_KEY"), kLlmKey);
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(var), m_dir.filePath(QString::fromLatin1(var).toLower()));
        p.setProcessEnvironment(env);
        p.setProgram(cliPath());
        p.setArguments(arguments);
        p.setWorkingDirectory(m_dir.path());
        p.start();
        CliRun r;
        if (p.waitForStarted(30000)) {
            if (!p.waitForFinished(240000)) {
                p.kill();
                p.waitForFinished(10000);
                r.exitCode = -3;
            } else {
                r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -4;
            }
            r.out = p.readAllStandardOutput();
            r.err = p.readAllStandardError();
        }
        m_runs << r;
        m_labels << label;
        return r;
    }

    QStringList db() const { return {QStringLiteral("--db"), m_db}; }

    /// Where `text` holds a token: "what: platform" lines.
    QStringList leaks(const QByteArray &text, const QString &what) const
    {
        QStringList found;
        const QHash<QString, QString> all = tokens();
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            const QByteArray token = it.value().toUtf8();
            if (text.contains(token) || text.contains(QUrl::toPercentEncoding(it.value())) ||
                text.contains(token.toBase64()))
                found << QStringLiteral("%1: the %2 token").arg(what, it.key());
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("xdg_data_home/demetra/store.sqlite"));
        const QDate yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1);
        const QList<LoopbackAdRow> rows = sampleAdRows(yesterday);
        m_meta.setRows(sampleAdRows(yesterday, true));
        m_meta.setPageSize(3); // paging.next links carry access_token like the real API's
        m_google.setRows(rows);
        m_tiktok.setRows(rows);
        m_yandex.setRows(rows);
        m_vk.setRows(rows);
        m_telegram.setRows(rows);
        m_llm.setRequiredApiKey(kLlmKey);
    }

    void importAndConnect()
    {
        CliRun r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                        QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv")},
                       QStringLiteral("import"));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QList<std::tuple<QString, QString, QString>> accounts{
            {QStringLiteral("meta"), m_meta.accountId(), m_meta.baseUrl()},
            {QStringLiteral("google_ads"), m_google.accountId(), m_google.baseUrl()},
            {QStringLiteral("tiktok"), m_tiktok.accountId(), m_tiktok.baseUrl()},
            {QStringLiteral("yandex_direct"), m_yandex.accountId(), m_yandex.baseUrl()},
            {QStringLiteral("vk_ads"), m_vk.accountId(), m_vk.baseUrl()},
            {QStringLiteral("telegram_ads"), m_telegram.accountId(), m_telegram.baseUrl()},
        };
        for (const auto &[platform, id, url] : accounts) {
            r = cli(QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--platform"),
                                platform, QStringLiteral("--account"), id, QStringLiteral("--base-url"), url,
                                QStringLiteral("--backfill-days"), QStringLiteral("10")} +
                        db(),
                    QStringLiteral("accounts add ") + platform);
            QVERIFY2(r.exitCode == 0, qPrintable(platform + u' ' + QString::fromUtf8(r.describe())));
            r = cli(QStringList{QStringLiteral("accounts"), QStringLiteral("test"), QStringLiteral("--platform"),
                                platform, QStringLiteral("--account"), id} +
                        db(),
                    QStringLiteral("accounts test ") + platform);
            QVERIFY2(r.exitCode == 0, qPrintable(platform + u' ' + QString::fromUtf8(r.describe())));
        }
        r = cli(QStringList{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")} + db(),
                QStringLiteral("accounts list"));
        QCOMPARE(r.exitCode, 0);
    }

    void syncHappy()
    {
        const CliRun r =
            cli(QStringList{QStringLiteral("sync"), QStringLiteral("--json")} + db(), QStringLiteral("sync"));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("failed")).toInt(), 0);
    }

    void syncFailures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("revoked tokens") << QStringLiteral("auth");
        QTest::newRow("throttling") << QStringLiteral("throttle");
        QTest::newRow("malformed bodies") << QStringLiteral("malformed");
    }

    void syncFailures()
    {
        QFETCH(QString, kind);
        if (kind == QLatin1String("auth")) {
            m_meta.setMode(LoopbackMetaServer::Mode::ExpiredToken);
            m_google.setMode(LoopbackGoogleAdsServer::Mode::Unauthenticated);
            m_tiktok.setMode(LoopbackTikTokServer::Mode::InvalidToken);
            m_yandex.setMode(LoopbackYandexDirectServer::Mode::InvalidToken);
            m_vk.setMode(LoopbackVkAdsServer::Mode::AuthFailure, m_vk.requestCount() + 1);
            m_telegram.setMode(LoopbackTelegramAdsServer::Mode::AuthFailure, m_telegram.requestCount() + 1);
        } else if (kind == QLatin1String("throttle")) {
            m_meta.setThrottleCount(1);
            m_meta.setMode(LoopbackMetaServer::Mode::Throttle4);
            m_google.setThrottleCount(1);
            m_google.setRetryDelay(QStringLiteral("1s"));
            m_google.setMode(LoopbackGoogleAdsServer::Mode::QuotaBare);
            m_tiktok.setMode(LoopbackTikTokServer::Mode::RateLimited, 1);
            m_yandex.setOfflinePolls(1, 1);
            m_yandex.setMode(LoopbackYandexDirectServer::Mode::Offline);
            m_vk.setMode(LoopbackVkAdsServer::Mode::TooManyRequests, m_vk.requestCount() + 2, 1);
            m_telegram.setMode(LoopbackTelegramAdsServer::Mode::FloodWait, m_telegram.requestCount() + 2, 1);
        } else {
            m_meta.setMode(LoopbackMetaServer::Mode::MalformedJson);
            m_google.setMode(LoopbackGoogleAdsServer::Mode::MalformedJson);
            m_tiktok.setMode(LoopbackTikTokServer::Mode::MalformedJson);
            m_yandex.setMode(LoopbackYandexDirectServer::Mode::MalformedTsv);
            m_vk.setMode(LoopbackVkAdsServer::Mode::Malformed, m_vk.requestCount() + 2);
            m_telegram.setMode(LoopbackTelegramAdsServer::Mode::Malformed, m_telegram.requestCount() + 2);
        }
        const CliRun r = cli(QStringList{QStringLiteral("sync"), QStringLiteral("--since"),
                                         QDateTime::currentDateTimeUtc().date().addDays(-8).toString(Qt::ISODate)} +
                                 db(),
                             QStringLiteral("sync, ") + kind);
        qInfo("%s: exit %d", qPrintable(kind), r.exitCode);
        QVERIFY2(r.exitCode >= 0, r.describe().constData());
        if (kind != QLatin1String("throttle")) {
            QCOMPARE(r.exitCode, 5); // accounts failed; the messages are what the scan reads
            QVERIFY(!r.err.isEmpty());
        }
        const CliRun json =
            cli(QStringList{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")} + db(),
                QStringLiteral("accounts list after ") + kind);
        QCOMPARE(json.exitCode, 0);
        const CliRun alerts = cli(QStringList{QStringLiteral("alerts"), QStringLiteral("--json")} + db(),
                                  QStringLiteral("alerts after ") + kind);
        Q_UNUSED(alerts);
        m_meta.setMode(LoopbackMetaServer::Mode::Happy);
        m_google.setMode(LoopbackGoogleAdsServer::Mode::Happy);
        m_tiktok.setMode(LoopbackTikTokServer::Mode::Happy);
        m_yandex.setMode(LoopbackYandexDirectServer::Mode::Happy);
        m_vk.setMode(LoopbackVkAdsServer::Mode::Happy);
        m_telegram.setMode(LoopbackTelegramAdsServer::Mode::Happy);
    }

    void advise()
    {
        const QStringList llm{QStringLiteral("--llm"), m_llm.baseUrl(), QStringLiteral("--model"),
                              QStringLiteral("loopback-model")};
        // A provider that echoes the key in its error (some do, partly masked or not).
        m_llm.enqueue(LoopbackResponse::openAiError(401, QStringLiteral("Incorrect API key provided: %1.").arg(kLlmKey),
                                                    QStringLiteral("invalid_request_error"),
                                                    QStringLiteral("invalid_api_key")));
        CliRun r = cli(QStringList{QStringLiteral("advise"), QStringLiteral("--json")} + llm + db(),
                       QStringLiteral("advise, the key refused"));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        // A reply that is no advice document.
        m_llm.enqueue(LoopbackResponse::chat(QStringLiteral("not json")));
        r = cli(QStringList{QStringLiteral("advise")} + llm + db(), QStringLiteral("advise, a bad reply"));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = cli(QStringList{QStringLiteral("advise"), QStringLiteral("--preview")} + llm + db(),
                QStringLiteral("advise --preview"));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(r.out.contains("\"messages\""));
        QVERIFY(m_llm.requests().size() >= 2);
        for (const LoopbackRequest &request : m_llm.requests())
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + kLlmKey.toUtf8());
    }

    void reports()
    {
        // The reports carry the alerts (sync failures with the platforms' messages), sources and recommendations:
        // the workbook and every CSV table go into the scan (the workbook unzipped, its XML is compressed).
        const QString folder = m_dir.path() + QStringLiteral("/reports");
        QVERIFY(QDir().mkpath(folder));
        CliRun r = cli(QStringList{QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                                   QStringLiteral("--out"), folder + QStringLiteral("/report.xlsx")} +
                           db(),
                       QStringLiteral("report xlsx"));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        for (const char *table : {"kpis", "channels", "campaigns", "daily", "alerts"}) {
            r = cli(QStringList{QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("--table"), QString::fromLatin1(table), QStringLiteral("--out"),
                                folder + QStringLiteral("/%1.csv").arg(QLatin1String(table))} +
                        db(),
                    QStringLiteral("report csv ") + QLatin1String(table));
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        QProcess unzip;
        unzip.start(QStringLiteral("python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\n"
                                    "sys.stdout.buffer.write(b''.join(z.read(n) for n in z.namelist()))"),
                     folder + QStringLiteral("/report.xlsx")});
        QVERIFY(unzip.waitForFinished(60000));
        QCOMPARE(unzip.exitCode(), 0);
        m_unzippedReport = unzip.readAllStandardOutput();
        // Taken while the failed syncs' alerts are open: their messages (the platforms' errors) are in the report.
        QFile alerts(folder + QStringLiteral("/alerts.csv"));
        QVERIFY(alerts.open(QIODevice::ReadOnly));
        const QByteArray alertRows = alerts.readAll();
        QVERIFY2(alertRows.count('\n') >= 2 && alertRows.contains("Sync failed"), alertRows.left(800).constData());
        QVERIFY(m_unzippedReport.contains("Sync failed"));
    }

    void refreshAndBackup()
    {
        CliRun r =
            cli(QStringList{QStringLiteral("refresh"), QStringLiteral("--no-train")} + db(), QStringLiteral("refresh"));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = cli(QStringList{QStringLiteral("backup")} + db(), QStringLiteral("backup"));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = cli(QStringList{QStringLiteral("check")} + db(), QStringLiteral("check"));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
    }

    void nothingLeaked()
    {
        QStringList found;
        found << leaks(m_unzippedReport, QStringLiteral("report.xlsx (unzipped)"));
        // Everything the CLI printed.
        for (int i = 0; i < m_runs.size(); ++i) {
            found << leaks(m_runs[i].out, m_labels[i] + QStringLiteral(" stdout"));
            found << leaks(m_runs[i].err, m_labels[i] + QStringLiteral(" stderr"));
        }
        // Every file under the test's folder: the database, -wal, -shm, backups, settings, caches.
        int files = 0;
        qint64 bytes = 0;
        QStringList names;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray content = f.readAll();
            ++files;
            bytes += content.size();
            names << QDir(m_dir.path()).relativeFilePath(path);
            found << leaks(content, QDir(m_dir.path()).relativeFilePath(path));
        }
        qInfo("scanned %lld runs' output, %d files (%lld bytes): %s", qint64(m_runs.size()), files, bytes,
              qPrintable(names.join(QStringLiteral(", "))));
        QVERIFY(names.contains(QStringLiteral("xdg_data_home/demetra/store.sqlite")));
        QVERIFY(std::any_of(names.cbegin(), names.cend(), [](const QString &n) {
            return n.startsWith(QLatin1String("xdg_data_home/demetra/backups/"));
        }));

        // Every URL the platforms received (each takes its token in a header), and every body.
        const QList<std::pair<QString, QList<LoopbackRequest>>> received{
            {QStringLiteral("Meta"), m_meta.requests()},     {QStringLiteral("Google Ads"), m_google.requests()},
            {QStringLiteral("TikTok"), m_tiktok.requests()}, {QStringLiteral("Yandex Direct"), m_yandex.requests()},
            {QStringLiteral("VK Ads"), m_vk.requests()},     {QStringLiteral("Telegram Ads"), m_telegram.requests()},
            {QStringLiteral("LLM"), m_llm.requests()}};
        int requests = 0;
        for (const auto &[name, list] : received) {
            QVERIFY2(!list.isEmpty(), qPrintable(name));
            for (const LoopbackRequest &r : list) {
                ++requests;
                found << leaks(r.path, name + QStringLiteral(" URL ") + QString::fromUtf8(r.path.left(80)));
                found << leaks(QUrl::fromPercentEncoding(r.path).toUtf8(), name + QStringLiteral(" decoded URL"));
                found << leaks(r.body, name + QStringLiteral(" body of ") + QString::fromUtf8(r.path.left(80)));
            }
        }
        // The tokens did reach the servers, in headers (the scan looks for the right strings).
        QVERIFY(m_tiktok.requests().constFirst().headers.value("access-token") == kTikTokToken.toUtf8());
        QVERIFY(m_meta.requests().constFirst().head.contains(kMetaToken.toUtf8()));
        // The scan finds a token where there is one.
        QCOMPARE(leaks(m_meta.requests().constFirst().head, QStringLiteral("control")).size(), 1);
        QCOMPARE(leaks(QUrl::toPercentEncoding(kLlmKey), QStringLiteral("control")).size(), 1);
        qInfo("scanned %d requests", requests);
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSecretsHygiene)
#include "test_secrets_hygiene.moc"
