// The sync service on a real SQLite store with the real connectors against their loopback platform servers (TikTok
// for most cases, Telegram Ads and VK Ads where their contract matters): accounts (schema 8), window planning, one
// transaction per account window (restated rows replaced once, vanished rows zeroed, only changed facts counted as
// changed), failures isolated per account with an alert, currency changes, a history limit, cancellation, the
// summary's sentences, the refresh step. test_sync_platforms.cpp runs the same first sync over every platform.

#include "core/alerts/alert_repository.h"
#include "core/connectors/account_id_rules.h"
#include "core/connectors/connector_account_repository.h"
#include "core/connectors/connector_factory.h"
#include "core/connectors/sync_service.h"
#include "core/jobs/job_context.h"
#include "core/refresh/refresh_pipeline.h"
#include "core/refresh/refresh_run_repository.h"
#include "core/settings/secret_store_memory.h"
#include "tests/core/sync_test_support.h"
#include "tests/support/loopback_telegram_ads_server.h"
#include "tests/support/loopback_tiktok_server.h"
#include "tests/support/loopback_vk_ads_server.h"
#include "tests/support/test_support.h"

#include <QHash>
#include <QLocale>
#include <QTest>
#include <QTimeZone>
#include <cmath>

using namespace Demetra;
using namespace Demetra::Connectors;
using namespace Demetra::Test;

namespace {

const QDate kLastDay(2026, 11, 20);
const QDate kToday = kLastDay.addDays(1);

HttpLimits fastLimits()
{
    HttpLimits l;
    l.timeoutMs = 10'000;
    l.maxAttempts = 3;
    return l;
}

// The [start_date, end_date] of each TikTok report request, in order (page 1 only).
QList<FetchWindow> reportWindows(const LoopbackTikTokServer &server)
{
    QList<FetchWindow> out;
    for (const LoopbackRequest &r : server.reportRequests()) {
        const QMap<QString, QString> q = LoopbackTikTokServer::query(r);
        if (q.value(QStringLiteral("page"), QStringLiteral("1")) != QLatin1String("1"))
            continue;
        out << FetchWindow{QDate::fromString(q.value(QStringLiteral("start_date")), Qt::ISODate),
                           QDate::fromString(q.value(QStringLiteral("end_date")), Qt::ISODate)};
    }
    return out;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_tokens; // by account id: what the token source hands out

    // Tokens from m_tokens; waits the platforms ask for are not slept.
    SyncService service(TokenSource tokens = {})
    {
        if (!tokens)
            tokens = [this](const ConnectorAccount &a) -> Result<QString> {
                if (!m_tokens.contains(a.accountId))
                    return fail(ErrorCode::NotFound, QStringLiteral("%1: no token").arg(a.name));
                return m_tokens.value(a.accountId);
            };
        return SyncService(tokens, fastLimits(), [](qint64) { return true; });
    }

    static qint64 addAccount(TempDatabase &tmp, Platform platform, const QString &id, const QString &baseUrl,
                             int backfill = 10, const QHash<QString, QString> &options = {})
    {
        Storage::Database db = tmp.open();
        ConnectorAccount a;
        a.platform = platform;
        a.accountId = id;
        a.baseUrl = baseUrl;
        a.backfillDays = backfill;
        for (auto it = options.cbegin(); it != options.cend(); ++it)
            a.options.insert(it.key(), it.value());
        Result<qint64> added = ConnectorAccountRepository(db).add(a);
        if (!added)
            qFatal("%s", qPrintable(added.error().toString()));
        return *added;
    }

    qint64 connect(TempDatabase &tmp, const LoopbackTikTokServer &server, int backfill = 10)
    {
        m_tokens.insert(server.accountId(), server.token());
        return addAccount(tmp, Platform::TikTok, server.accountId(), server.baseUrl(), backfill);
    }

    qint64 connect(TempDatabase &tmp, const LoopbackTelegramAdsServer &server, int backfill = 10)
    {
        m_tokens.insert(server.accountId(), server.token());
        return addAccount(tmp, Platform::TelegramAds, server.accountId(), server.baseUrl(), backfill);
    }

    static SyncSummary sync(TempDatabase &tmp, const SyncService &s, SyncRequest request = {})
    {
        if (!request.today.isValid())
            request.today = kToday;
        Jobs::JobContext context(tmp.location());
        Result<SyncSummary> summary = s.run(request, context);
        if (!summary)
            qFatal("%s", qPrintable(summary.error().toString()));
        return *summary;
    }

    static SyncRequest on(const QDate &today)
    {
        SyncRequest r;
        r.today = today;
        return r;
    }

    static ConnectorAccount account(TempDatabase &tmp, qint64 id)
    {
        Storage::Database db = tmp.open();
        Result<ConnectorAccount> a = ConnectorAccountRepository(db).find(id);
        if (!a)
            qFatal("%s", qPrintable(a.error().toString()));
        return *a;
    }

    static const AccountSyncResult &resultOf(const SyncSummary &s, qint64 id)
    {
        for (const AccountSyncResult &r : s.accounts) {
            if (r.accountId == id)
                return r;
        }
        qFatal("account %lld was not synced", id);
    }

private slots:
    void init() { m_tokens.clear(); }

    void accountIdRules_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("meta act_") << "meta"
                                   << " act_5550001 "
                                   << "5550001";
        QTest::newRow("meta digits") << "meta"
                                     << "5550001"
                                     << "5550001";
        QTest::newRow("meta text") << "meta"
                                   << "my-account"
                                   << "";
        QTest::newRow("meta empty") << "meta"
                                    << ""
                                    << "";
        QTest::newRow("google dashes") << "google_ads"
                                       << "123-456-7890"
                                       << "1234567890";
        QTest::newRow("google 9 digits") << "google_ads"
                                         << "123-456-789"
                                         << "";
        QTest::newRow("tiktok") << "tiktok"
                                << "7301234567890123456"
                                << "7301234567890123456";
        QTest::newRow("tiktok text") << "tiktok"
                                     << "adv-1"
                                     << "";
        QTest::newRow("yandex login") << "yandex_direct"
                                      << "client-login.shop"
                                      << "client-login.shop";
        QTest::newRow("yandex spaces") << "yandex_direct"
                                       << "client login"
                                       << "";
        QTest::newRow("vk digits") << "vk_ads"
                                   << "12345"
                                   << "12345";
        QTest::newRow("vk text") << "vk_ads"
                                 << "agency_client"
                                 << "agency_client";
        QTest::newRow("telegram empty") << "telegram_ads"
                                        << ""
                                        << "";
        QTest::newRow("telegram id") << "telegram_ads"
                                     << "987"
                                     << "987";
    }

    void accountIdRules()
    {
        QFETCH(QString, platform);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        const Platform p = *platformFromId(platform);
        Result<QString> r = normalizeAccountId(p, typed);
        const bool telegramEmpty = p == Platform::TelegramAds && typed.isEmpty();
        if (stored.isEmpty() && !telegramEmpty) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(r.error().message.contains(QLatin1String("Account ID")), qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(platformDisplayName(p)), qPrintable(r.error().message));
        } else {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(*r, stored);
        }
    }

    void repository()
    {
        TempDatabase tmp;
        Storage::Database db = tmp.open();
        QCOMPARE(db.schemaVersion(), 8);
        ConnectorAccountRepository repo(db);
        ConnectorAccount g;
        g.platform = Platform::GoogleAds;
        g.accountId = QStringLiteral("123-456-7890");
        g.options.insert(QStringLiteral("login_customer_id"), QStringLiteral("1112223334"));
        Result<qint64> gid = repo.add(g);
        QVERIFY(gid);
        ConnectorAccount m;
        m.platform = Platform::Meta;
        m.accountId = QStringLiteral("act_42");
        m.name = QStringLiteral("Shop Meta");
        m.baseUrl = QStringLiteral("http://127.0.0.1:9");
        QVERIFY(repo.add(m));
        // The same account again (typed differently) and the same name on one platform are refused.
        m.accountId = QStringLiteral("42");
        Result<qint64> again = repo.add(m);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QLatin1String("already connected")));
        m.accountId = QStringLiteral("43");
        Result<qint64> sameName = repo.add(m);
        QVERIFY(!sameName);
        QVERIFY(sameName.error().message.startsWith(QLatin1String("Name:")));
        ConnectorAccount bad = g;
        bad.backfillDays = 0;
        bad.accountId = QStringLiteral("9999999999");
        QVERIFY(!repo.add(bad));

        Result<QList<ConnectorAccount>> all = repo.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).platform, Platform::Meta); // the UI's platform order
        QCOMPARE(all->at(0).accountId, QStringLiteral("42"));
        QCOMPARE(all->at(0).baseUrl, QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(all->at(1).accountId, QStringLiteral("1234567890"));
        QCOMPARE(all->at(1).name, QStringLiteral("Google Ads 1234567890"));
        QCOMPARE(all->at(1).options.value(QStringLiteral("login_customer_id")), QStringLiteral("1112223334"));
        QCOMPARE(all->at(1).backfillDays, 90);
        QVERIFY(all->at(1).enabled);
        QVERIFY(!all->at(1).completeUpTo.isValid());
        QCOMPARE(all->at(1).secretKey(), QStringLiteral("connectors/google_ads/1234567890"));

        Result<ConnectorAccount> found = repo.find(Platform::GoogleAds, QStringLiteral("123-456-7890"));
        QVERIFY(found);
        QCOMPARE(found->id, *gid);
        QCOMPARE(repo.find(Platform::TikTok, QStringLiteral("1")).error().code, ErrorCode::NotFound);

        ConnectorAccount edited = *found;
        edited.enabled = false;
        edited.backfillDays = 30;
        edited.apiVersion = QStringLiteral("v27");
        QVERIFY(repo.update(edited));
        found = repo.find(*gid);
        QVERIFY(!found->enabled);
        QCOMPARE(found->backfillDays, 30);
        QCOMPARE(found->apiVersion, QStringLiteral("v27"));

        ConnectorAccount rec = *found;
        rec.lastStatus = QStringLiteral("ok");
        rec.lastMessage = QStringLiteral("fine");
        rec.lastRows = 7;
        rec.completeUpTo = QDate(2026, 11, 1);
        rec.currency = QStringLiteral("EUR");
        rec.timeZone = QStringLiteral("Europe/Berlin");
        QVERIFY(repo.recordSync(rec));
        found = repo.find(*gid);
        QCOMPARE(found->completeUpTo, QDate(2026, 11, 1));
        QCOMPARE(found->currency, QStringLiteral("EUR"));
        QCOMPARE(found->lastRows, qint64(7));
        QVERIFY(found->lastSyncAt.isValid());
        // A failure keeps completeUpTo and the currency.
        rec.lastStatus = QStringLiteral("failed");
        rec.completeUpTo = QDate();
        rec.currency.clear();
        QVERIFY(repo.recordSync(rec));
        found = repo.find(*gid);
        QCOMPARE(found->completeUpTo, QDate(2026, 11, 1));
        QCOMPARE(found->currency, QStringLiteral("EUR"));
        QCOMPARE(found->lastStatus, QStringLiteral("failed"));
        // Disabled accounts do not count for "still settling"; enable it again: 1 Nov − 30 + 1.
        QVERIFY(!repo.settlingFrom()->isValid());
        found->enabled = true;
        QVERIFY(repo.update(*found));
        QCOMPARE(*repo.settlingFrom(), QDate(2026, 11, 1).addDays(-29));
        found->options.insert(QStringLiteral("restatement_days"), QStringLiteral("5"));
        QVERIFY(repo.update(*found));
        QCOMPARE(*repo.settlingFrom(), QDate(2026, 11, 1).addDays(-4));

        QVERIFY(repo.remove(*gid, false));
        QCOMPARE(repo.list()->size(), 1);
        QCOMPARE(repo.remove(*gid, false).error().code, ErrorCode::NotFound);
    }

    void windowPlanning()
    {
        ConnectorAccount a;
        a.platform = Platform::Meta;
        a.backfillDays = 90;
        SyncRequest r;
        r.today = QDate(2026, 11, 25);
        FetchWindow w = SyncService::plannedWindow(a, r);
        QCOMPARE(w.to, QDate(2026, 11, 24));
        QCOMPARE(w.from, QDate(2026, 11, 24).addDays(-89));
        a.completeUpTo = QDate(2026, 11, 24);
        w = SyncService::plannedWindow(a, r);
        QCOMPARE(w.from, QDate(2026, 11, 24).addDays(-27)); // Meta: 28 days re-read
        a.options.insert(QStringLiteral("restatement_days"), QStringLiteral("3"));
        QCOMPARE(SyncService::restatementDays(a), 3);
        QCOMPARE(SyncService::plannedWindow(a, r).from, QDate(2026, 11, 22));
        // Ten days without a sync: from the restatement start before the gap.
        a.completeUpTo = QDate(2026, 11, 10);
        QCOMPARE(SyncService::plannedWindow(a, r).from, QDate(2026, 11, 8));
        r.since = QDate(2026, 10, 1);
        QCOMPARE(SyncService::plannedWindow(a, r).from, QDate(2026, 10, 1));
        // Without an injected today: yesterday in the account's time zone.
        r = SyncRequest{};
        a.timeZone = QStringLiteral("Pacific/Kiritimati"); // UTC+14
        const QDate there = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Pacific/Kiritimati")).date();
        QCOMPARE(SyncService::plannedWindow(a, r).to, there.addDays(-1));
        a.timeZone = QStringLiteral("Pacific/Pago_Pago"); // UTC-11
        const QDate here = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Pacific/Pago_Pago")).date();
        QCOMPARE(SyncService::plannedWindow(a, r).to, here.addDays(-1));
    }

    void firstSyncWritesServedRows()
    {
        TempDatabase tmp;
        LoopbackTikTokServer server;
        server.setCurrency(QStringLiteral("EUR"), QStringLiteral("Europe/Berlin"));
        server.setRows(sampleAdRows(kLastDay));
        const qint64 id = connect(tmp, server, 10);
        const SyncSummary s = sync(tmp, service());
        QCOMPARE(s.accounts.size(), 1);
        QVERIFY2(s.accounts[0].ok, qPrintable(s.accounts[0].error.toString()));
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.rowsWritten, qint64(12)); // 6 days × 2 campaigns
        QCOMPARE(s.rowsChanged, qint64(12)); // all new
        QCOMPARE(s.accounts[0].window.from, kLastDay.addDays(-9));
        QCOMPARE(s.accounts[0].window.to, kLastDay);
        const QList<FetchWindow> asked = reportWindows(server);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0].from, kLastDay.addDays(-9));
        QCOMPARE(asked[0].to, kLastDay);
        QVERIFY(compareWithServed(tmp, sampleAdRows(kLastDay), false));

        const ConnectorAccount a = account(tmp, id);
        QCOMPARE(a.completeUpTo, kLastDay);
        QCOMPARE(a.lastStatus, QStringLiteral("ok"));
        QCOMPARE(a.currency, QStringLiteral("EUR"));
        QCOMPARE(a.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(a.lastRows, qint64(12));
        QCOMPARE(a.storedRows, qint64(12));
        QVERIFY2(a.lastMessage.contains(QLatin1String("12 rows stored for 2026-11-11 to 2026-11-20, 12 changed.")),
                 qPrintable(a.lastMessage));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE source_kind = 'api' AND platform = "
                                          "'tiktok' AND name = 'TikTok 7301234567890123456' AND currency = 'EUR' AND "
                                          "external_id = '7301234567890123456' AND time_zone = 'Europe/Berlin'")),
                 qint64(1));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE kind = 'sync' AND status = 'ok' "
                                          "AND rows_written = 12 AND layout = 'tiktok'")),
                 qint64(1));
        // The rollups are in step with the facts.
        QCOMPARE(tmp.count(QStringLiteral("SELECT SUM(spend) FROM rollup_daily")),
                 tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts")));
    }

    void restatementReplacesAndZeroes()
    {
        TempDatabase tmp;
        LoopbackTikTokServer server;
        server.setRows(sampleAdRows(kLastDay));
        const qint64 id = connect(tmp, server, 10);
        QVERIFY(sync(tmp, service()).accounts[0].ok);
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts")), qint64(12));

        // The platform revises yesterday (more conversions, other spend) and drops campaign 2's day before.
        QList<LoopbackAdRow> revised = sampleAdRows(kLastDay);
        for (LoopbackAdRow &r : revised) {
            if (r.date == kLastDay) {
                r.spend += 1.37;
                r.conversions += 3;
                r.revenue = *r.revenue + 100;
            }
        }
        revised.removeIf([](const LoopbackAdRow &r) {
            return r.date == kLastDay.addDays(-1) && r.campaignId == QLatin1String("1200002");
        });
        server.setRows(revised);
        const int before = int(reportWindows(server).size());
        SyncSummary s = sync(tmp, service(), on(kToday.addDays(1)));
        QVERIFY(s.accounts[0].ok);
        // The second sync re-reads the restatement window (TikTok: 7 days) up to the new yesterday.
        const QList<FetchWindow> asked = reportWindows(server).mid(before);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0].from, kLastDay.addDays(1 - 7));
        QCOMPARE(asked[0].to, kLastDay.addDays(1));
        QCOMPARE(s.accounts[0].rowsWritten, qint64(11 + 1)); // 11 served in the window + 1 zeroed
        QCOMPARE(s.accounts[0].rowsChanged, qint64(2 + 1));  // yesterday's 2 revised rows + 1 zeroed
        QCOMPARE(s.rowsChanged, qint64(3));
        QVERIFY(s.accounts[0].message.contains(QLatin1String("1 rows the platform no longer reports")));
        // Once, with the new numbers; the vanished row still exists with zero measures.
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts")), qint64(12));
        QVERIFY(compareWithServed(tmp, revised, false));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts f JOIN campaigns c ON c.id = f.campaign_id "
                                          "WHERE c.external_id = '1200002' AND f.day = %1 AND f.spend_micros = 0 AND "
                                          "f.clicks = 0 AND f.revenue_micros = 0")
                               .arg(kLastDay.addDays(-1).toJulianDay())),
                 qint64(1));
        QCOMPARE(tmp.count(QStringLiteral("SELECT SUM(spend) FROM rollup_daily")),
                 tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts")));
        QCOMPARE(account(tmp, id).completeUpTo, kLastDay.addDays(1));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE kind = 'sync'")), qint64(2));

        // The next hour's sync re-reads the same window with the same numbers: rows written, nothing changed (the
        // zeroed row, already zero, is not written again).
        s = sync(tmp, service(), on(kToday.addDays(1)));
        QVERIFY(s.accounts[0].ok);
        QCOMPARE(s.accounts[0].rowsWritten, qint64(11));
        QCOMPARE(s.accounts[0].rowsChanged, qint64(0));
        QCOMPARE(s.rowsChanged, qint64(0));
        QVERIFY2(!s.accounts[0].message.contains(QLatin1String("no longer reports")),
                 qPrintable(s.accounts[0].message));
        QCOMPARE(s.message(), QStringLiteral("Nothing changed in 1 account."));
        QVERIFY(compareWithServed(tmp, revised, false));

        // One number changes: exactly one fact changed.
        revised[3].clicks += 1;
        server.setRows(revised);
        s = sync(tmp, service(), on(kToday.addDays(1)));
        QCOMPARE(s.accounts[0].rowsChanged, qint64(1));
        QCOMPARE(s.message(), QStringLiteral("Synced 1 account, 1 row changed."));
        QVERIFY(compareWithServed(tmp, revised, false));
    }

    void teamServerGoingAwayMidSyncKeepsTheStore()
    {
        // A team database whose server drops the connection while a sync is fetching (a restart, a network cut):
        // the sync fails with a message saying so, the stored rows stay exactly as they were, and the next sync (a
        // new connection) completes.
        TempDatabase tmp;
        if (!tmp.isPostgres())
            QSKIP("team database only (test_sync_pg)");
        LoopbackTikTokServer server;
        const QList<LoopbackAdRow> first = sampleAdRows(kLastDay);
        server.setRows(first);
        connect(tmp, server, 10);
        QVERIFY(sync(tmp, service()).accounts[0].ok);
        QList<LoopbackAdRow> revised = first;
        for (LoopbackAdRow &r : revised)
            r.spend += 2.5;
        server.setRows(revised);
        // The server ends the sync's connection when the sync asks for the account's token, after it opened the
        // database and before it fetches and writes.
        const QString database = tmp.postgresDatabase();
        const SyncService dropping = service([&](const ConnectorAccount &a) -> Result<QString> {
            TestPostgres::exec({QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                               "datname = '%1' AND application_name = 'Demetra'")
                                    .arg(database)});
            return m_tokens.value(a.accountId);
        });
        Jobs::JobContext context(tmp.location());
        SyncRequest request;
        request.today = kToday;
        Result<SyncSummary> broken = dropping.run(request, context);
        const QString said = broken ? broken->accounts.value(0).message : broken.error().message;
        QVERIFY2(!broken || !broken->accounts.value(0).ok, "the sync claimed success on a dropped connection");
        QVERIFY2(said.contains(QLatin1String("connection to the PostgreSQL server")), qPrintable(said));
        QVERIFY(compareWithServed(tmp, first, false));
        QCOMPARE(tmp.count(QStringLiteral("SELECT SUM(spend) FROM rollup_daily")),
                 tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts")));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE kind = 'sync'")), qint64(1));
        // Back: the next sync stores the revised numbers.
        QVERIFY(sync(tmp, service()).accounts[0].ok);
        QVERIFY(compareWithServed(tmp, revised, false));
    }

    void historyLimitKeepsOlderRows()
    {
        // Rows stored while they were within VK Ads' history stay when a later --since read asks for days the
        // platform no longer gives (FetchResult::covered): only the days it answered for are its whole truth.
        TempDatabase tmp;
        LoopbackVkAdsServer server;
        // VK dates are Moscow days relative to now (its server refuses days beyond its own limits).
        const QDate todayVk = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Moscow")).date();
        const QDate last = todayVk.addDays(-3);
        server.setRows(sampleAdRows(last));
        m_tokens.insert(server.accountId(), server.token());
        const qint64 id = addAccount(tmp, Platform::VkAds, server.accountId(), server.baseUrl(), 10);
        QCOMPARE(sync(tmp, service(), on(todayVk)).failed, 0);
        const qint64 spend = tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts"));
        QVERIFY(spend > 0);
        const qint64 nonZero = tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts WHERE spend_micros > 0"));
        QCOMPARE(nonZero, qint64(12));

        // The account now keeps 6 days (max_history_days): the earliest readable day is last − 2. Campaign 2 is gone
        // from every day the platform still serves; the days before the limit are not its answer.
        {
            Storage::Database db = tmp.open();
            ConnectorAccount a = *ConnectorAccountRepository(db).find(id);
            a.options.insert(QStringLiteral("max_history_days"), QStringLiteral("6"));
            QVERIFY(ConnectorAccountRepository(db).update(a));
        }
        QList<LoopbackAdRow> rows = sampleAdRows(last);
        rows.removeIf([](const LoopbackAdRow &row) { return row.campaignId == QLatin1String("1200002"); });
        server.setRows(rows);
        SyncRequest r = on(todayVk);
        r.since = last.addDays(-9);
        SyncSummary s = sync(tmp, service(), r);
        QCOMPARE(s.failed, 0);
        QVERIFY2(s.accounts[0].warnings.join(u' ').contains(QLatin1String("last 6 days only")),
                 qPrintable(s.accounts[0].warnings.join(u' ')));
        // Campaign 2's three readable days (last − 2 … last) zeroed, its three older days kept.
        const qint64 earliest = last.addDays(-2).toJulianDay();
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts f JOIN campaigns c ON c.id = f.campaign_id "
                                          "WHERE c.external_id = '1200002' AND f.spend_micros > 0 AND f.day < %1")
                               .arg(earliest)),
                 qint64(3));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts f JOIN campaigns c ON c.id = f.campaign_id "
                                          "WHERE c.external_id = '1200002' AND f.spend_micros = 0 AND f.day >= %1")
                               .arg(earliest)),
                 qint64(3));
        QCOMPARE(s.accounts[0].rowsChanged, qint64(3));

        // Without the limit the platform's answer is whole: campaign 2's older days are zeroed too.
        {
            Storage::Database db = tmp.open();
            ConnectorAccount a = *ConnectorAccountRepository(db).find(id);
            a.options.remove(QStringLiteral("max_history_days"));
            QVERIFY(ConnectorAccountRepository(db).update(a));
        }
        s = sync(tmp, service(), r);
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.accounts[0].rowsChanged, qint64(3));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts f JOIN campaigns c ON c.id = f.campaign_id "
                                          "WHERE c.external_id = '1200002' AND f.spend_micros > 0")),
                 qint64(0));
    }

    void vkWindowBeforeHistoryCoversNothing()
    {
        // A window entirely before VK's history: no request, a warning, and an empty covered window.
        LoopbackVkAdsServer server;
        ConnectorConfig config;
        config.platform = Platform::VkAds;
        config.accountId = server.accountId();
        config.baseUrl = server.baseUrl();
        config.token = server.token();
        config.options.insert(QStringLiteral("max_history_days"), QStringLiteral("30"));
        HttpClient http(fastLimits());
        std::unique_ptr<Connector> vk = makeConnector(config, http);
        QVERIFY(vk);
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Moscow")).date();
        Result<FetchResult> got = vk->fetch(FetchWindow{today.addDays(-60), today.addDays(-40)}, {});
        QVERIFY(got);
        QVERIFY(got->rows.isEmpty());
        QCOMPARE(got->warnings.size(), 1);
        QVERIFY(got->covered);
        QVERIFY(got->covered->from > got->covered->to);
        QCOMPARE(server.requestCount(), 0);
        // Partly before: covered from the earliest readable day.
        got = vk->fetch(FetchWindow{today.addDays(-40), today.addDays(-2)}, {});
        QVERIFY2(got, qPrintable(got ? QString() : got.error().toString()));
        QVERIFY(got->covered);
        QCOMPARE(got->covered->from, today.addDays(-29));
        QCOMPARE(got->covered->to, today.addDays(-2));
        // Inside the history: the whole window (nullopt).
        got = vk->fetch(FetchWindow{today.addDays(-10), today.addDays(-2)}, {});
        QVERIFY(got);
        QVERIFY(!got->covered);
    }

    void upToDateAndChunks()
    {
        TempDatabase tmp;
        LoopbackTikTokServer server; // TikTok: at most 30 days a request
        server.setRows(sampleAdRows(kLastDay));
        connect(tmp, server, 75);
        SyncSummary s = sync(tmp, service());
        QVERIFY2(s.accounts[0].ok, qPrintable(s.accounts[0].error.toString()));
        const QList<FetchWindow> asked = reportWindows(server);
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked[0].from, kLastDay.addDays(-74));
        QCOMPARE(asked[0].to, kLastDay.addDays(-45));
        QCOMPARE(asked[1].from, kLastDay.addDays(-44));
        QCOMPARE(asked[1].to, kLastDay.addDays(-15));
        QCOMPARE(asked[2].from, kLastDay.addDays(-14));
        QCOMPARE(asked[2].to, kLastDay);
        QCOMPARE(s.rowsWritten, qint64(12));
        // --since after yesterday: nothing to read, ok with 0 rows and no request.
        const int requests = server.requestCount();
        SyncRequest later;
        later.since = kToday;
        s = sync(tmp, service(), later);
        QVERIFY(s.accounts[0].ok);
        QVERIFY(s.accounts[0].skipped);
        QCOMPARE(s.rowsWritten, qint64(0));
        QCOMPARE(s.rowsChanged, qint64(0));
        QCOMPARE(server.requestCount(), requests);
        QCOMPARE(s.message(), QStringLiteral("Nothing changed in 1 account."));
    }

    void failingAccountDoesNotStopOthers()
    {
        TempDatabase tmp;
        LoopbackTikTokServer tiktok;
        LoopbackTelegramAdsServer telegram;
        tiktok.setRows(sampleAdRows(kLastDay));
        QList<LoopbackAdRow> rows = sampleAdRows(kLastDay);
        for (LoopbackAdRow &r : rows)
            r.revenue.reset(); // Telegram Ads reports no conversion value
        telegram.setRows(rows);
        const qint64 bad = connect(tmp, tiktok, 10);
        const qint64 good = connect(tmp, telegram, 10);
        QCOMPARE(sync(tmp, service()).failed, 0);
        const qint64 storedSpend = tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts"));

        // TikTok's token is revoked; Telegram restates yesterday. TikTok's stored rows stay exactly as they were.
        tiktok.setMode(LoopbackTikTokServer::Mode::InvalidToken);
        rows.last().spend += 5;
        telegram.setRows(rows);
        SyncSummary s = sync(tmp, service(), on(kToday.addDays(1)));
        QCOMPARE(s.accounts.size(), 2);
        QCOMPARE(s.failed, 1);
        const AccountSyncResult &failed = resultOf(s, bad);
        QVERIFY(!failed.ok);
        QVERIFY(resultOf(s, good).ok);
        QCOMPARE(resultOf(s, good).rowsChanged, qint64(1));
        QVERIFY2(failed.error.message.startsWith(QLatin1String("TikTok")) &&
                     failed.error.message.contains(QLatin1String("7301234567890123456")) &&
                     failed.error.message.contains(QLatin1String("40105")),
                 qPrintable(failed.error.message));
        QVERIFY2(s.message().startsWith(QStringLiteral("1 of 2 accounts failed: ") + failed.error.message),
                 qPrintable(s.message()));
        QVERIFY2(s.message().endsWith(QLatin1String(" In the others, 1 row changed.")), qPrintable(s.message()));
        QCOMPARE(tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts")), storedSpend + 5'000'000);
        const ConnectorAccount g = account(tmp, bad);
        QCOMPARE(g.lastStatus, QStringLiteral("failed"));
        QVERIFY2(!g.lastDetail.isEmpty(), "the vendor's request id is kept in the detail");
        QCOMPARE(g.completeUpTo, kLastDay); // unchanged: the failed window was not read
        QCOMPARE(account(tmp, good).completeUpTo, kLastDay.addDays(1));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed' AND state = 'open' "
                                          "AND campaign = 'TikTok 7301234567890123456' AND severity = 'high'")),
                 qint64(1));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE kind = 'sync' AND status = "
                                          "'failed'")),
                 qint64(1));
        // Failing again keeps one alert; a good sync resolves it.
        sync(tmp, service(), on(kToday.addDays(1)));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed'")), qint64(1));
        tiktok.setMode(LoopbackTikTokServer::Mode::Happy);
        s = sync(tmp, service(), on(kToday.addDays(1)));
        QCOMPARE(s.failed, 0);
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed' AND state = "
                                          "'resolved'")),
                 qint64(1));
        QCOMPARE(account(tmp, bad).lastStatus, QStringLiteral("ok"));
    }

    void missingToken()
    {
        TempDatabase tmp;
        LoopbackTikTokServer server;
        server.setRows(sampleAdRows(kLastDay));
        addAccount(tmp, Platform::TikTok, server.accountId(), server.baseUrl(), 10);
        Settings::MemorySecretStore secrets;
        SyncSummary s = sync(tmp, service(secretStoreTokens(secrets)));
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.accounts[0].error.code, ErrorCode::NotFound);
        QVERIFY(s.accounts[0].missingToken);
        QCOMPARE(s.accounts[0].error.message,
                 QStringLiteral("TikTok 7301234567890123456: no token: paste one on Data sources."));
        QCOMPARE(s.message(),
                 QStringLiteral("TikTok 7301234567890123456 failed: no token: paste one on Data sources."));
        QCOMPARE(server.requestCount(), 0);
        // With the token in the store, the connector sends it (the server refuses any other).
        QVERIFY(secrets.write(QStringLiteral("connectors/tiktok/7301234567890123456"), server.token()));
        s = sync(tmp, service(secretStoreTokens(secrets)));
        QVERIFY2(s.failed == 0, qPrintable(s.message()));
        QVERIFY(server.requestCount() > 0);
        for (const LoopbackRequest &r : server.requests())
            QCOMPARE(r.headers.value("access-token"), server.token().toUtf8());

        // The CLI's environment: DEMETRA_TOKEN_<PLATFORM>, or _<ACCOUNT> for one account.
        ConnectorAccount a;
        a.platform = Platform::VkAds;
        a.accountId = QStringLiteral("agency-1");
        a.name = QStringLiteral("VK agency");
        qunsetenv("DEMETRA_TOKEN_VK_ADS");
        qunsetenv("DEMETRA_TOKEN_VK_ADS_AGENCY_1");
        Result<QString> none = environmentTokens()(a);
        QVERIFY(!none);
        QCOMPARE(none.error().message, QStringLiteral("VK agency: no token: set DEMETRA_TOKEN_VK_ADS (or "
                                                      "DEMETRA_TOKEN_VK_ADS_AGENCY_1 for this account alone)."));
        qputenv("DEMETRA_TOKEN_VK_ADS", "platform-wide");
        QCOMPARE(*environmentTokens()(a), QStringLiteral("platform-wide"));
        qputenv("DEMETRA_TOKEN_VK_ADS_AGENCY_1", "just-this-one");
        QCOMPARE(*environmentTokens()(a), QStringLiteral("just-this-one"));
        qunsetenv("DEMETRA_TOKEN_VK_ADS");
        qunsetenv("DEMETRA_TOKEN_VK_ADS_AGENCY_1");
    }

    void currencyChange()
    {
        TempDatabase tmp;
        LoopbackTelegramAdsServer server;
        QList<LoopbackAdRow> rows = sampleAdRows(kLastDay);
        for (LoopbackAdRow &r : rows)
            r.revenue.reset();
        server.setRows(rows);
        server.setCurrency(QStringLiteral("TON"));
        const qint64 id = connect(tmp, server, 10);
        QCOMPARE(sync(tmp, service()).failed, 0);
        const qint64 tonSpend = tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts"));
        QVERIFY(tonSpend > 0);

        server.setCurrency(QStringLiteral("XTR"));
        const SyncSummary s = sync(tmp, service(), on(kToday.addDays(1)));
        QVERIFY2(s.accounts[0].ok, qPrintable(s.accounts[0].error.toString()));
        QCOMPARE(s.accounts[0].warnings.size(), 1);
        QVERIFY(s.accounts[0].warnings[0].contains(QLatin1String("changed from TON to XTR")));
        const ConnectorAccount a = account(tmp, id);
        QCOMPARE(a.currency, QStringLiteral("XTR"));
        QVERIFY(a.lastMessage.contains(QLatin1String("changed from TON to XTR")));
        // Two sources under one name, one per currency; the window's TON rows were restated into XTR and zeroed,
        // the days before the window stay in TON.
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE name = 'Telegram Ads 8812345' AND "
                                          "external_id = '8812345'")),
                 qint64(2));
        const QDate from = s.accounts[0].window.from;
        qint64 tonBefore = 0, inWindow = 0;
        for (const LoopbackAdRow &r : rows) {
            if (r.date < from)
                tonBefore += std::llround(r.spend * 1e6);
            else
                ++inWindow;
        }
        QVERIFY(inWindow > 0);
        QCOMPARE(tmp.count(QStringLiteral("SELECT SUM(f.spend_micros) FROM facts f JOIN accounts a ON a.id = "
                                          "f.account_id WHERE a.currency = 'TON'")),
                 tonBefore);
        QVERIFY(tonBefore < tonSpend);
        // The window's TON rows zeroed and the same rows in XTR: each changed.
        QCOMPARE(s.accounts[0].rowsChanged, 2 * inWindow);
        QCOMPARE(tmp.count(QStringLiteral("SELECT SUM(f.spend_micros) FROM facts f JOIN accounts a ON a.id = "
                                          "f.account_id WHERE a.currency = 'XTR'")),
                 tonSpend - tonBefore);
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed' AND metric = "
                                          "'currency' AND state = 'open'")),
                 qint64(1));
        QCOMPARE(account(tmp, id).storedRows, qint64(rows.size()) + inWindow);
    }

    void progressPerAccount()
    {
        TempDatabase tmp;
        LoopbackTikTokServer first(QStringLiteral("1001"));
        LoopbackTikTokServer second(QStringLiteral("1002"));
        first.setRows(sampleAdRows(kLastDay));
        second.setRows(sampleAdRows(kLastDay));
        connect(tmp, first, 10);
        connect(tmp, second, 10);
        QList<std::pair<double, QString>> seen;
        Jobs::JobContext context(tmp.location(), [&seen](double f, const QString &stage) {
            seen << std::pair{f, stage};
        });
        Result<SyncSummary> s = service().run(on(kToday), context);
        QVERIFY(s);
        QCOMPARE(s->failed, 0);
        QVERIFY(!seen.isEmpty());
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(seen[i].first >= seen[i - 1].first, qPrintable(seen[i].second));
        QCOMPARE(seen.last().first, 1.0);
        QCOMPARE(seen.last().second, QStringLiteral("Synced 2 accounts, 24 rows changed."));
        // The first account's stages in the first half, the second's in the second, each named; the connector's
        // own stages come through.
        int first0 = 0, second0 = 0;
        for (const auto &[f, stage] : seen) {
            if (stage.startsWith(QLatin1String("TikTok 1001: ")) && f <= 0.5)
                ++first0;
            if (stage.startsWith(QLatin1String("TikTok 1002: ")) && f >= 0.5)
                ++second0;
        }
        QVERIFY(first0 >= 3 && second0 >= 3);
    }

    void cancelBetweenAccounts()
    {
        TempDatabase tmp;
        LoopbackTikTokServer one(QStringLiteral("1001")), two(QStringLiteral("1002")), three(QStringLiteral("1003"));
        for (LoopbackTikTokServer *s : {&one, &two, &three}) {
            s->setRows(sampleAdRows(kLastDay));
            connect(tmp, *s, 10);
        }
        Jobs::JobContext *job = nullptr;
        // The second account's fetch is where the user presses Cancel (its first stage past "connecting").
        Jobs::JobContext context(tmp.location(), [&job](double, const QString &stage) {
            if (job && stage.startsWith(QLatin1String("TikTok 1002: ")) && !stage.endsWith(QLatin1String("connecting")))
                job->cancel();
        });
        job = &context;
        Result<SyncSummary> s = service().run(on(kToday), context);
        QVERIFY(s);
        QVERIFY(s->cancelled);
        QCOMPARE(s->accounts.size(), 1); // the first one, committed
        QVERIFY(s->accounts[0].ok);
        QVERIFY(one.requestCount() > 0);
        QCOMPARE(two.reportRequests().size(), 0);
        QCOMPARE(three.requestCount(), 0);
        QCOMPARE(s->message(), QStringLiteral("Synced 1 account, 12 rows changed. The sync was cancelled."));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts")), qint64(12));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE name = 'TikTok 1002'")), qint64(0));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM connector_accounts WHERE last_status = 'cancelled'")),
                 qint64(1));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts")), qint64(0)); // a cancel is no failure
    }

    void testConnection()
    {
        TempDatabase tmp;
        LoopbackTikTokServer server;
        server.setCurrency(QStringLiteral("RUB"), QStringLiteral("Europe/Moscow"));
        const qint64 id = connect(tmp, server);
        Jobs::JobContext context(tmp.location());
        Result<AccountProfile> p = service().test(id, context);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        QCOMPARE(p->currency, QStringLiteral("RUB"));
        QCOMPARE(p->timeZone, QStringLiteral("Europe/Moscow"));
        const ConnectorAccount a = account(tmp, id);
        QCOMPARE(a.currency, QStringLiteral("RUB"));
        QCOMPARE(a.timeZone, QStringLiteral("Europe/Moscow"));
        QVERIFY(a.lastStatus.isEmpty()); // a test is not a sync
        QVERIFY(server.reportRequests().isEmpty());
        // A later test that finds another currency leaves the known one for the next sync to notice.
        server.setCurrency(QStringLiteral("USD"), QStringLiteral("Europe/Moscow"));
        QCOMPARE(service().test(id, context)->currency, QStringLiteral("USD"));
        QCOMPARE(account(tmp, id).currency, QStringLiteral("RUB"));
        server.setMode(LoopbackTikTokServer::Mode::NoPermission);
        Result<AccountProfile> bad = service().test(id, context);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("7301234567890123456")) &&
                     bad.error().message.contains(QLatin1String("40001")),
                 qPrintable(bad.error().message));
    }

    void summaryMessages()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto ok = [](const QString &label, qint64 changed) {
            AccountSyncResult r;
            r.ok = true;
            r.label = label;
            r.rowsChanged = changed;
            return r;
        };
        auto failed = [](const QString &label, const QString &message) {
            AccountSyncResult r;
            r.label = label;
            r.error = Error{ErrorCode::Network, message, {}};
            return r;
        };
        auto summary = [](const QList<AccountSyncResult> &accounts) {
            SyncSummary s;
            s.accounts = accounts;
            for (const AccountSyncResult &a : accounts) {
                s.rowsChanged += a.rowsChanged;
                s.failed += a.ok ? 0 : 1;
            }
            return s;
        };
        QCOMPARE(SyncSummary{}.message(), QStringLiteral("No connected accounts to sync."));
        QCOMPARE(summary({ok(QStringLiteral("Meta 1"), 1000), ok(QStringLiteral("VK Ads 2"), 240)}).message(),
                 QStringLiteral("Synced 2 accounts, 1,240 rows changed."));
        QCOMPARE(summary({ok(QStringLiteral("Meta 1"), 1)}).message(),
                 QStringLiteral("Synced 1 account, 1 row changed."));
        QCOMPARE(summary({ok(QStringLiteral("Meta 1"), 0), ok(QStringLiteral("VK Ads 2"), 0),
                          ok(QStringLiteral("TikTok 3"), 0)})
                     .message(),
                 QStringLiteral("Nothing changed in 3 accounts."));
        const QString expired =
            QStringLiteral("Meta account 123: the token has expired (code 190); paste a new token.");
        QCOMPARE(summary({failed(QStringLiteral("Meta 123"), expired)}).message(),
                 QStringLiteral("Meta 123 failed: the token has expired (code 190); paste a new token."));
        QCOMPARE(summary({failed(QStringLiteral("Shop"), QStringLiteral("Shop: down"))}).message(),
                 QStringLiteral("Shop failed: down."));
        QCOMPARE(summary({failed(QStringLiteral("Meta 123"), expired), ok(QStringLiteral("VK Ads 2"), 0),
                          ok(QStringLiteral("TikTok 3"), 7)})
                     .message(),
                 QStringLiteral("1 of 3 accounts failed: ") + expired +
                     QStringLiteral(" In the others, 7 rows changed."));
        QCOMPARE(summary({failed(QStringLiteral("Meta 123"), expired), ok(QStringLiteral("VK Ads 2"), 0)}).message(),
                 QStringLiteral("1 of 2 accounts failed: ") + expired +
                     QStringLiteral(" Nothing changed in the others."));
        QCOMPARE(summary({failed(QStringLiteral("Meta 123"), expired),
                          failed(QStringLiteral("VK Ads 2"), QStringLiteral("VK Ads 2: down"))})
                     .message(),
                 QStringLiteral("All 2 accounts failed: ") + expired + QStringLiteral("; VK Ads 2: down."));
        SyncSummary cancelled;
        cancelled.cancelled = true;
        QCOMPARE(cancelled.message(), QStringLiteral("The sync was cancelled."));
        QLocale::setDefault(saved);
    }

    void refreshStep()
    {
        TempDatabase tmp;
        tmp.open(); // create the store
        // No accounts: the step is skipped.
        {
            Jobs::JobContext context(tmp.location());
            Result<Refresh::StepOutcome> o = service().step()(context);
            QVERIFY(o);
            QCOMPARE(o->status, Refresh::StepStatus::Skipped);
        }
        LoopbackTikTokServer tiktok;
        tiktok.setRows(sampleAdRows(QDate::currentDate().addDays(-2)));
        connect(tmp, tiktok, 10); // the first window holds every served day
        Refresh::RefreshOptions options;
        options.train = false;
        options.sync = service().step();
        Jobs::JobContext context(tmp.location());
        Result<Refresh::RefreshRun> run = Refresh::runRefresh(options, context);
        QVERIFY(run);
        QCOMPARE(run->steps[0].key, QStringLiteral("sync"));
        QCOMPARE(run->steps[0].status, Refresh::StepStatus::Ok);
        QVERIFY(run->steps[0].rowsChanged > 0);
        QVERIFY2(run->steps[0].message.startsWith(QLatin1String("Synced 1 account, ")),
                 qPrintable(run->steps[0].message));
        // The next scheduled refresh re-reads the same numbers: nothing changed, nothing for the pages to reload.
        {
            Jobs::JobContext again(tmp.location());
            run = Refresh::runRefresh(options, again);
            QVERIFY(run);
            QCOMPARE(run->steps[0].status, Refresh::StepStatus::Ok);
            QCOMPARE(run->steps[0].rowsChanged, qint64(0));
            QCOMPARE(run->steps[0].message, QStringLiteral("Nothing changed in 1 account."));
        }
        // An account that fails makes the step Failed, keeps the rows other accounts changed.
        LoopbackTelegramAdsServer telegram;
        telegram.setMode(LoopbackTelegramAdsServer::Mode::ServerErrorAlways);
        connect(tmp, telegram, 3);
        QList<LoopbackAdRow> changed = sampleAdRows(QDate::currentDate().addDays(-2));
        changed.last().clicks += 4;
        tiktok.setRows(changed);
        Jobs::JobContext again(tmp.location());
        run = Refresh::runRefresh(options, again);
        QVERIFY(run);
        QCOMPARE(run->steps[0].status, Refresh::StepStatus::Failed);
        QCOMPARE(run->steps[0].rowsChanged, qint64(1));
        QVERIFY2(
            run->steps[0].message.startsWith(QLatin1String("1 of 2 accounts failed: Telegram Ads account 8812345: the "
                                                           "Telegram Ads server failed")) &&
                run->steps[0].message.endsWith(QLatin1String(" In the others, 1 row changed.")),
            qPrintable(run->steps[0].message));
        QVERIFY(run->hasFailedStep());
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
