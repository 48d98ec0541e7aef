// demetra-cli accounts add|list|test|remove and sync end to end against the loopback TikTok imitation, with the
// token in the child's environment (DEMETRA_TOKEN_TIKTOK): exit codes, --json, the missing-token message, a base URL
// that is neither https nor loopback refused, a failing token recorded with an alert, and a refresh run whose sync
// step reads the connected account.

#include "core/storage/database.h"
#include "tests/cli/cli_test_support.h"
#include "tests/core/sync_test_support.h"
#include "tests/support/loopback_tiktok_server.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace Demetra::Test;

namespace {

CliRun runWith(const QStringList &arguments, const QString &dir, const QHash<QString, QString> &env = {})
{
    QProcessEnvironment e = cliEnvironment();
    for (const char *name : {"DEMETRA_TOKEN_TIKTOK", "DEMETRA_TOKEN_META", "DEMETRA_TOKEN_GOOGLE_ADS"})
        e.remove(QString::fromLatin1(name));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    return runProgram(cliPath(), arguments, dir, 120000, e);
}

qint64 scalar(const QString &db, const QString &sql)
{
    Demetra::Result<Demetra::Storage::Database> d = Demetra::Storage::Database::open({db});
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    Demetra::Result<QVariant> v = d->scalar(sql);
    if (!v)
        qFatal("%s", qPrintable(v.error().toString()));
    return v->toLongLong();
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private slots:
    void accountsAndSync()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("sync.sqlite"));
        LoopbackTikTokServer server;
        // The account's time zone is New York: the sync reads up to yesterday there.
        const QDate yesterday =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/New_York")).date().addDays(-1);
        server.setRows(sampleAdRows(yesterday));
        const QStringList dbArg{QStringLiteral("--db"), db};
        const QHash<QString, QString> token{{QStringLiteral("DEMETRA_TOKEN_TIKTOK"), server.token()}};

        // Nothing connected yet.
        CliRun r = runWith(QStringList{QStringLiteral("sync")} + dbArg, dir.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("accounts add first"), r.describe().constData());
        r = runWith(QStringList{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")} + dbArg,
                    dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);

        // Refused: a malformed id, an unknown platform, a plain-http base URL that is not this computer.
        r = runWith({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--platform"),
                     QStringLiteral("google_ads"), QStringLiteral("--account"), QStringLiteral("12-34"),
                     QStringLiteral("--db"), db},
                    dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("10-digit customer ID"), r.describe().constData());
        r = runWith({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--platform"),
                     QStringLiteral("myspace"), QStringLiteral("--account"), QStringLiteral("1")},
                    dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown platform"), r.describe().constData());
        r = runWith({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--platform"),
                     QStringLiteral("tiktok"), QStringLiteral("--account"), server.accountId(),
                     QStringLiteral("--base-url"), QStringLiteral("http://proxy.example.com/open_api"),
                     QStringLiteral("--db"), db},
                    dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("proxy.example.com"), r.describe().constData());

        r = runWith({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--platform"),
                     QStringLiteral("tiktok"), QStringLiteral("--account"), server.accountId(),
                     QStringLiteral("--base-url"), server.baseUrl(), QStringLiteral("--backfill-days"),
                     QStringLiteral("10"), QStringLiteral("--name"), QStringLiteral("Shop TikTok"),
                     QStringLiteral("--db"), db},
                    dir.path());
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.out.contains("DEMETRA_TOKEN_TIKTOK"), r.describe().constData());
        // The same account twice is refused.
        r = runWith({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--platform"),
                     QStringLiteral("tiktok"), QStringLiteral("--account"), server.accountId(), QStringLiteral("--db"),
                     db},
                    dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("already connected"), r.describe().constData());

        // No token: exit 3 with the variable to set; nothing was asked of the server.
        r = runWith(QStringList{QStringLiteral("sync")} + dbArg, dir.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("Shop TikTok: no token: set DEMETRA_TOKEN_TIKTOK"), r.describe().constData());
        QCOMPARE(server.requestCount(), 0);
        r = runWith({QStringLiteral("accounts"), QStringLiteral("test"), QStringLiteral("--platform"),
                     QStringLiteral("tiktok"), QStringLiteral("--account"), server.accountId(), QStringLiteral("--db"),
                     db},
                    dir.path());
        QCOMPARE(r.exitCode, 3);

        // Test with the token: the platform's currency and time zone are recorded.
        r = runWith({QStringLiteral("accounts"), QStringLiteral("test"), QStringLiteral("--platform"),
                     QStringLiteral("tiktok"), QStringLiteral("--account"), server.accountId(),
                     QStringLiteral("--json"), QStringLiteral("--db"), db},
                    dir.path(), token);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("currency")).toString(),
                 QStringLiteral("USD"));

        // Sync: exactly the served rows, one transaction, complete up to yesterday.
        r = runWith(QStringList{QStringLiteral("sync"), QStringLiteral("--json")} + dbArg, dir.path(), token);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("rows_written")).toInteger(), 12);
        QCOMPARE(summary.value(QStringLiteral("rows_changed")).toInteger(), 12); // all new on the first sync
        QJsonObject account = summary.value(QStringLiteral("accounts")).toArray().at(0).toObject();
        QCOMPARE(account.value(QStringLiteral("complete_up_to")).toString(), yesterday.toString(Qt::ISODate));
        QCOMPARE(account.value(QStringLiteral("from")).toString(), yesterday.addDays(-9).toString(Qt::ISODate));
        QCOMPARE(account.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QVERIFY(compareWithServed(Demetra::Storage::DatabaseLocation{db}, sampleAdRows(yesterday), false));

        // The platform restates yesterday; the next sync shows the new numbers once.
        QList<LoopbackAdRow> revised = sampleAdRows(yesterday);
        for (LoopbackAdRow &row : revised) {
            if (row.date == yesterday)
                row.clicks += 7;
        }
        server.setRows(revised);
        r = runWith(QStringList{QStringLiteral("sync"), QStringLiteral("--platform"), QStringLiteral("tiktok")} + dbArg,
                    dir.path(), token);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.out.contains("Synced 1 account"), r.describe().constData());
        QVERIFY(compareWithServed(Demetra::Storage::DatabaseLocation{db}, revised, false));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM facts")), qint64(12));

        // list shows what the sync recorded.
        r = runWith(QStringList{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")} + dbArg,
                    dir.path());
        QCOMPARE(r.exitCode, 0);
        account = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(account.value(QStringLiteral("name")).toString(), QStringLiteral("Shop TikTok"));
        QCOMPARE(account.value(QStringLiteral("last_status")).toString(), QStringLiteral("ok"));
        QCOMPARE(account.value(QStringLiteral("stored_rows")).toInteger(), 12);
        QCOMPARE(account.value(QStringLiteral("time_zone")).toString(), QStringLiteral("America/New_York"));
        r = runWith(QStringList{QStringLiteral("accounts"), QStringLiteral("list")} + dbArg, dir.path());
        QVERIFY2(r.out.contains("tiktok") && r.out.contains("Shop TikTok"), r.describe().constData());

        // A revoked token: exit 5, the stored rows stay, the account and an alert say why.
        r = runWith(QStringList{QStringLiteral("sync")} + dbArg, dir.path(),
                    {{QStringLiteral("DEMETRA_TOKEN_TIKTOK"), QStringLiteral("revoked")}});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("(code 40105)"), r.describe().constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM facts")), qint64(12));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM connector_accounts WHERE last_status = 'failed'")),
                 qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed' AND state = "
                                           "'open'")),
                 qint64(1));

        // A refresh run with the token syncs as its first step and resolves the alert.
        r = runWith(QStringList{QStringLiteral("refresh"), QStringLiteral("--json"), QStringLiteral("--no-train")} +
                        dbArg,
                    dir.path(), token);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject run = QJsonDocument::fromJson(r.out).object();
        const QJsonObject step = run.value(QStringLiteral("steps")).toArray().at(0).toObject();
        QCOMPARE(step.value(QStringLiteral("step")).toString(), QStringLiteral("sync"));
        QCOMPARE(step.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        // The same numbers as the sync before: nothing changed (the pages need not reload).
        QCOMPARE(step.value(QStringLiteral("message")).toString(), QStringLiteral("Nothing changed in 1 account."));
        QCOMPARE(step.value(QStringLiteral("rows_changed")).toInteger(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed' AND state = "
                                           "'open'")),
                 qint64(0));

        // --since: a bad value is a usage error.
        r = runWith(QStringList{QStringLiteral("sync"), QStringLiteral("--since"), QStringLiteral("last week")} + dbArg,
                    dir.path(), token);
        QCOMPARE(r.exitCode, 2);
        r = runWith(QStringList{QStringLiteral("sync"), QStringLiteral("--since"), QStringLiteral("3d")} + dbArg,
                    dir.path(), token);
        QVERIFY2(r.exitCode == 0, r.describe().constData());

        // Remove with its data.
        r = runWith({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("--platform"),
                     QStringLiteral("tiktok"), QStringLiteral("--account"), QStringLiteral("999"),
                     QStringLiteral("--db"), db},
                    dir.path());
        QCOMPARE(r.exitCode, 3);
        r = runWith({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("--platform"),
                     QStringLiteral("tiktok"), QStringLiteral("--account"), server.accountId(),
                     QStringLiteral("--delete-data"), QStringLiteral("--db"), db},
                    dir.path());
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM facts")), qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM connector_accounts")), qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rollup_daily")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "test_cli_sync.moc"
