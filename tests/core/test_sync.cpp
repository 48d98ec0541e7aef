// The sync service on a real SQLite store: accounts (schema 8), window planning, one transaction per account
// window (restated rows replaced once, vanished rows zeroed), failures isolated per account with an alert, currency
// changes, cancellation, the refresh step. Part one drives an in-process imitation connector (exact control of what
// each fetch returns); part two (test_sync_platforms.cpp's helpers) runs the real connectors against the loopback
// platform servers.

#include "core/alerts/alert_repository.h"
#include "core/connectors/account_id_rules.h"
#include "core/connectors/connector_account_repository.h"
#include "core/connectors/sync_service.h"
#include "core/jobs/job_context.h"
#include "core/refresh/refresh_pipeline.h"
#include "core/refresh/refresh_run_repository.h"
#include "core/settings/secret_store_memory.h"
#include "tests/core/sync_test_support.h"
#include "tests/support/test_support.h"

#include <QHash>
#include <QTest>
#include <QTimeZone>
#include <cmath>

using namespace Demetra;
using namespace Demetra::Connectors;
using namespace Demetra::Test;

namespace {

// What an imitation account serves and what it was asked.
struct Script
{
    QList<LoopbackAdRow> rows;
    QString currency = QStringLiteral("USD");
    QString timeZone = QStringLiteral("UTC");
    std::optional<Error> error; ///< every fetch fails with it
    QList<FetchWindow> calls;
    std::function<void()> onFetch; ///< runs at the start of each fetch (cancels, changes the script)
    QDate historyStart;            ///< days before it are not served (a history limit), and the fetch says so
};

class ImitationConnector : public Connector
{
public:
    ImitationConnector(Platform platform, std::shared_ptr<Script> script) : m_platform(platform), m_script(script) {}
    Platform platform() const override { return m_platform; }
    Result<AccountProfile> testConnection() override
    {
        if (m_script->error)
            return tl::unexpected(*m_script->error);
        return AccountProfile{QStringLiteral("Imitation"), m_script->currency, m_script->timeZone};
    }
    Result<FetchResult> fetch(const FetchWindow &window, const FetchProgress &progress) override
    {
        m_script->calls << window;
        if (m_script->onFetch)
            m_script->onFetch();
        if (progress)
            progress(0.5, QStringLiteral("page 1"));
        if (m_script->error)
            return tl::unexpected(*m_script->error);
        FetchResult out;
        out.currency = m_script->currency;
        out.timeZone = m_script->timeZone;
        out.requests = 1;
        if (m_script->historyStart.isValid() && window.from < m_script->historyStart)
            out.covered = FetchWindow{m_script->historyStart, window.to};
        for (const LoopbackAdRow &r : m_script->rows) {
            if (r.date < window.from || r.date > window.to || r.date < m_script->historyStart)
                continue;
            FactRow f;
            f.day = r.date.toJulianDay();
            f.channel = r.placement.isEmpty()
                            ? QString::fromLatin1(platformInfo(m_platform).channel)
                            : (r.placement == QLatin1String("instagram") ? QStringLiteral("Instagram")
                                                                         : QStringLiteral("Facebook"));
            f.campaign.key = r.campaignId;
            f.campaign.externalId = r.campaignId;
            f.campaign.name = r.campaignName;
            f.impressions = r.impressions;
            f.clicks = r.clicks;
            f.conversions = r.conversions;
            f.spendMicros = std::llround(r.spend * 1e6);
            if (r.revenue)
                f.revenueMicros = std::llround(*r.revenue * 1e6);
            f.reach = r.reach;
            out.rows << f;
        }
        return out;
    }

private:
    Platform m_platform;
    std::shared_ptr<Script> m_script;
};

const QDate kLastDay(2026, 11, 20);
const QDate kToday = kLastDay.addDays(1);

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    QHash<QString, std::shared_ptr<Script>> m_scripts; // by account id

    std::shared_ptr<Script> script(const QString &accountId)
    {
        auto &s = m_scripts[accountId];
        if (!s)
            s = std::make_shared<Script>();
        return s;
    }

    SyncService service(TokenSource tokens = {})
    {
        if (!tokens)
            tokens = [](const ConnectorAccount &) -> Result<QString> { return QStringLiteral("token"); };
        SyncService s(tokens, HttpLimits{}, [](qint64) { return true; });
        s.setConnectorMaker([this](const ConnectorConfig &config, HttpClient &) -> std::unique_ptr<Connector> {
            return std::make_unique<ImitationConnector>(config.platform, script(config.accountId));
        });
        return s;
    }

    static qint64 addAccount(TempDatabase &tmp, Platform platform, const QString &id, int backfill = 10,
                             const QString &name = {})
    {
        Storage::Database db = tmp.open();
        ConnectorAccount a;
        a.platform = platform;
        a.accountId = id;
        a.name = name;
        a.backfillDays = backfill;
        Result<qint64> added = ConnectorAccountRepository(db).add(a);
        if (!added)
            qFatal("%s", qPrintable(added.error().toString()));
        return *added;
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

    static ConnectorAccount account(TempDatabase &tmp, qint64 id)
    {
        Storage::Database db = tmp.open();
        Result<ConnectorAccount> a = ConnectorAccountRepository(db).find(id);
        if (!a)
            qFatal("%s", qPrintable(a.error().toString()));
        return *a;
    }

private slots:
    void init() { m_scripts.clear(); }

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

    void firstSyncWritesServedRows()
    {
        TempDatabase tmp;
        const qint64 id = addAccount(tmp, Platform::Meta, QStringLiteral("42"), 10);
        script(QStringLiteral("42"))->rows = sampleAdRows(kLastDay, true);
        script(QStringLiteral("42"))->currency = QStringLiteral("EUR");
        script(QStringLiteral("42"))->timeZone = QStringLiteral("Europe/Berlin");
        const SyncSummary s = sync(tmp, service());
        QCOMPARE(s.accounts.size(), 1);
        QVERIFY2(s.accounts[0].ok, qPrintable(s.accounts[0].error.toString()));
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.rowsWritten, qint64(24)); // 6 days × 2 campaigns × 2 placements
        QCOMPARE(s.accounts[0].window.from, kLastDay.addDays(-9));
        QCOMPARE(s.accounts[0].window.to, kLastDay);
        QCOMPARE(script(QStringLiteral("42"))->calls.size(), 1);
        QVERIFY(compareWithServed(tmp, sampleAdRows(kLastDay, true), true));

        const ConnectorAccount a = account(tmp, id);
        QCOMPARE(a.completeUpTo, kLastDay);
        QCOMPARE(a.lastStatus, QStringLiteral("ok"));
        QCOMPARE(a.currency, QStringLiteral("EUR"));
        QCOMPARE(a.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(a.lastRows, qint64(24));
        QCOMPARE(a.storedRows, qint64(24));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE source_kind = 'api' AND platform = "
                                          "'meta' AND name = 'Meta 42' AND currency = 'EUR' AND external_id = '42' "
                                          "AND time_zone = 'Europe/Berlin'")),
                 qint64(1));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE kind = 'sync' AND status = 'ok' "
                                          "AND rows_written = 24 AND layout = 'meta'")),
                 qint64(1));
        // The rollups are in step with the facts.
        QCOMPARE(tmp.count(QStringLiteral("SELECT SUM(spend) FROM rollup_daily")),
                 tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts")));
    }

    void restatementReplacesAndZeroes()
    {
        TempDatabase tmp;
        const qint64 id = addAccount(tmp, Platform::TikTok, QStringLiteral("7301"), 10);
        auto sc = script(QStringLiteral("7301"));
        sc->rows = sampleAdRows(kLastDay);
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
        revised.erase(std::remove_if(revised.begin(), revised.end(),
                                     [](const LoopbackAdRow &r) {
                                         return r.date == kLastDay.addDays(-1) &&
                                                r.campaignId == QLatin1String("1200002");
                                     }),
                      revised.end());
        sc->rows = revised;
        sc->calls.clear();
        const SyncSummary s = sync(tmp, service(), SyncRequest{{}, {}, {}, false, kToday.addDays(1)});
        QVERIFY(s.accounts[0].ok);
        // The second sync re-reads the restatement window (TikTok: 7 days) up to the new yesterday.
        QCOMPARE(sc->calls.size(), 1);
        QCOMPARE(sc->calls[0].from, kLastDay.addDays(1 - 7));
        QCOMPARE(sc->calls[0].to, kLastDay.addDays(1));
        QCOMPARE(s.accounts[0].rowsWritten, qint64(11 + 1)); // 11 served in the window + 1 zeroed
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
    }

    void historyLimitKeepsOlderRows()
    {
        // Rows stored while they were within the platform's history stay when a later --since read asks for days
        // the platform no longer gives: only the days it answered for are its whole truth.
        TempDatabase tmp;
        addAccount(tmp, Platform::VkAds, QStringLiteral("5"), 10);
        auto sc = script(QStringLiteral("5"));
        sc->rows = sampleAdRows(kLastDay);
        QCOMPARE(sync(tmp, service()).failed, 0);
        const qint64 spend = tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts"));
        sc->historyStart = kLastDay.addDays(-2);
        SyncRequest r;
        r.since = kLastDay.addDays(-9);
        const SyncSummary s = sync(tmp, service(), r);
        QCOMPARE(s.failed, 0);
        QCOMPARE(tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts")), spend);
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts WHERE spend_micros = 0")), qint64(0));
        // Without the limit the platform's answer is whole: a campaign gone from the served days is zeroed.
        sc->historyStart = QDate();
        sc->rows.removeIf([](const LoopbackAdRow &row) { return row.campaignId == QLatin1String("1200002"); });
        QCOMPARE(sync(tmp, service(), r).failed, 0);
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts WHERE spend_micros = 0")), qint64(6));
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

    void upToDateAndChunks()
    {
        TempDatabase tmp;
        addAccount(tmp, Platform::TikTok, QStringLiteral("1"), 75); // TikTok: at most 30 days a request
        auto sc = script(QStringLiteral("1"));
        sc->rows = sampleAdRows(kLastDay);
        SyncSummary s = sync(tmp, service());
        QVERIFY(s.accounts[0].ok);
        QCOMPARE(sc->calls.size(), 3);
        QCOMPARE(sc->calls[0].from, kLastDay.addDays(-74));
        QCOMPARE(sc->calls[0].to, kLastDay.addDays(-45));
        QCOMPARE(sc->calls[1].from, kLastDay.addDays(-44));
        QCOMPARE(sc->calls[2].to, kLastDay);
        QCOMPARE(s.rowsWritten, qint64(12));
        // --since after yesterday: nothing to read, ok with 0 rows and no request.
        sc->calls.clear();
        SyncRequest later;
        later.since = kToday;
        s = sync(tmp, service(), later);
        QVERIFY(s.accounts[0].ok);
        QVERIFY(s.accounts[0].skipped);
        QCOMPARE(s.rowsWritten, qint64(0));
        QCOMPARE(sc->calls.size(), 0);
    }

    void failingAccountDoesNotStopOthers()
    {
        TempDatabase tmp;
        const qint64 bad = addAccount(tmp, Platform::GoogleAds, QStringLiteral("1111111111"), 10);
        const qint64 good = addAccount(tmp, Platform::VkAds, QStringLiteral("55"), 10);
        script(QStringLiteral("1111111111"))->rows = sampleAdRows(kLastDay);
        script(QStringLiteral("55"))->rows = sampleAdRows(kLastDay);
        QVERIFY(sync(tmp, service()).failed == 0);
        const qint64 storedSpend = tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts"));

        // Google's token expires; VK restates. Google's stored rows stay exactly as they were.
        script(QStringLiteral("1111111111"))->error =
            Error{ErrorCode::Network, QStringLiteral("Google Ads: the token has expired; paste a new token."),
                  QStringLiteral("HTTP 401, requestId abc123")};
        QList<LoopbackAdRow> vk = sampleAdRows(kLastDay);
        vk[vk.size() - 1].spend += 5;
        script(QStringLiteral("55"))->rows = vk;
        SyncSummary s = sync(tmp, service(), SyncRequest{{}, {}, {}, false, kToday.addDays(1)});
        QCOMPARE(s.accounts.size(), 2);
        QCOMPARE(s.failed, 1);
        QVERIFY(!s.accounts[0].ok);
        QVERIFY(s.accounts[1].ok);
        QCOMPARE(s.accounts[0].error.message,
                 QStringLiteral("Google Ads 1111111111: Google Ads: the token has expired; paste a new token."));
        QVERIFY(s.message().contains(QLatin1String("1 failed")));
        QCOMPARE(tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts")), storedSpend + 5'000'000);
        const ConnectorAccount g = account(tmp, bad);
        QCOMPARE(g.lastStatus, QStringLiteral("failed"));
        QCOMPARE(g.lastDetail, QStringLiteral("HTTP 401, requestId abc123"));
        QCOMPARE(g.completeUpTo, kLastDay); // unchanged: the failed window was not read
        QCOMPARE(account(tmp, good).completeUpTo, kLastDay.addDays(1));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed' AND state = 'open' "
                                          "AND campaign = 'Google Ads 1111111111' AND severity = 'high'")),
                 qint64(1));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE kind = 'sync' AND status = "
                                          "'failed'")),
                 qint64(1));
        // Failing again keeps one alert; a good sync resolves it.
        sync(tmp, service(), SyncRequest{{}, {}, {}, false, kToday.addDays(1)});
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed'")), qint64(1));
        script(QStringLiteral("1111111111"))->error.reset();
        s = sync(tmp, service(), SyncRequest{{}, {}, {}, false, kToday.addDays(1)});
        QCOMPARE(s.failed, 0);
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed' AND state = "
                                          "'resolved'")),
                 qint64(1));
        QCOMPARE(account(tmp, bad).lastStatus, QStringLiteral("ok"));
    }

    void missingToken()
    {
        TempDatabase tmp;
        addAccount(tmp, Platform::YandexDirect, QStringLiteral("shop-login"), 10);
        Settings::MemorySecretStore secrets;
        SyncSummary s = sync(tmp, service(secretStoreTokens(secrets)));
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.accounts[0].error.code, ErrorCode::NotFound);
        QCOMPARE(s.accounts[0].error.message,
                 QStringLiteral("Yandex.Direct shop-login: no token: paste one on Data sources."));
        QCOMPARE(script(QStringLiteral("shop-login"))->calls.size(), 0);
        // With the token in the store, the connector gets it.
        QVERIFY(secrets.write(QStringLiteral("connectors/yandex_direct/shop-login"), QStringLiteral("y0_abc")));
        QString seen;
        SyncService withStore(secretStoreTokens(secrets));
        withStore.setConnectorMaker([&](const ConnectorConfig &c, HttpClient &) -> std::unique_ptr<Connector> {
            seen = c.token;
            return std::make_unique<ImitationConnector>(c.platform, script(c.accountId));
        });
        QCOMPARE(sync(tmp, withStore).failed, 0);
        QCOMPARE(seen, QStringLiteral("y0_abc"));

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
        const qint64 id = addAccount(tmp, Platform::TelegramAds, QStringLiteral("77"), 10);
        auto sc = script(QStringLiteral("77"));
        sc->rows = sampleAdRows(kLastDay);
        sc->currency = QStringLiteral("TON");
        QVERIFY(sync(tmp, service()).failed == 0);
        const qint64 tonSpend = tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts"));

        sc->currency = QStringLiteral("XTR");
        const SyncSummary s = sync(tmp, service(), SyncRequest{{}, {}, {}, false, kToday.addDays(1)});
        QVERIFY(s.accounts[0].ok);
        QCOMPARE(s.accounts[0].warnings.size(), 1);
        QVERIFY(s.accounts[0].warnings[0].contains(QLatin1String("changed from TON to XTR")));
        const ConnectorAccount a = account(tmp, id);
        QCOMPARE(a.currency, QStringLiteral("XTR"));
        QVERIFY(a.lastMessage.contains(QLatin1String("changed from TON to XTR")));
        // Two sources under one name, one per currency; the window's TON rows were restated into XTR and zeroed,
        // the days before the window stay in TON.
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE name = 'Telegram Ads 77' AND "
                                          "external_id = '77'")),
                 qint64(2));
        const QDate from = s.accounts[0].window.from;
        qint64 tonBefore = 0;
        for (const LoopbackAdRow &r : sampleAdRows(kLastDay)) {
            if (r.date < from)
                tonBefore += std::llround(r.spend * 1e6);
        }
        QCOMPARE(tmp.count(QStringLiteral("SELECT SUM(f.spend_micros) FROM facts f JOIN accounts a ON a.id = "
                                          "f.account_id WHERE a.currency = 'TON'")),
                 tonBefore);
        QVERIFY(tonBefore < tonSpend);
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed' AND metric = "
                                          "'currency' AND state = 'open'")),
                 qint64(1));
        // 12 TON rows (6 of them zeroed) and the window's 3 days × 2 campaigns in XTR.
        QCOMPARE(account(tmp, id).storedRows, qint64(18));
    }

    void progressPerAccount()
    {
        TempDatabase tmp;
        addAccount(tmp, Platform::Meta, QStringLiteral("1"), 10);
        addAccount(tmp, Platform::TikTok, QStringLiteral("2"), 10);
        script(QStringLiteral("1"))->rows = sampleAdRows(kLastDay);
        script(QStringLiteral("2"))->rows = sampleAdRows(kLastDay);
        QList<std::pair<double, QString>> seen;
        Jobs::JobContext context(tmp.location(), [&seen](double f, const QString &stage) {
            seen << std::pair{f, stage};
        });
        SyncRequest r;
        r.today = kToday;
        QVERIFY(service().run(r, context));
        QVERIFY(!seen.isEmpty());
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(seen[i].first >= seen[i - 1].first, qPrintable(seen[i].second));
        QCOMPARE(seen.last().first, 1.0);
        // The first account's stages in the first half, the second's in the second, each named.
        bool first = false, second = false;
        for (const auto &[f, stage] : seen) {
            if (stage.startsWith(QLatin1String("Meta 1: ")) && f <= 0.5)
                first = true;
            if (stage.startsWith(QLatin1String("TikTok 2: ")) && f >= 0.5)
                second = true;
        }
        QVERIFY(first && second);
    }

    void cancelBetweenAccounts()
    {
        TempDatabase tmp;
        addAccount(tmp, Platform::Meta, QStringLiteral("1"), 10);
        addAccount(tmp, Platform::TikTok, QStringLiteral("2"), 10);
        addAccount(tmp, Platform::VkAds, QStringLiteral("3"), 10);
        for (const char *id : {"1", "2", "3"})
            script(QString::fromLatin1(id))->rows = sampleAdRows(kLastDay);
        Jobs::JobContext context(tmp.location());
        // The second account's fetch is where the user presses Cancel.
        script(QStringLiteral("2"))->onFetch = [&context] { context.cancel(); };
        SyncRequest r;
        r.today = kToday;
        Result<SyncSummary> s = service().run(r, context);
        QVERIFY(s);
        QVERIFY(s->cancelled);
        QCOMPARE(s->accounts.size(), 1); // the first one, committed
        QVERIFY(s->accounts[0].ok);
        QCOMPARE(script(QStringLiteral("3"))->calls.size(), 0);
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts")), qint64(12));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE platform = 'tiktok'")), qint64(0));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM connector_accounts WHERE last_status = 'cancelled'")),
                 qint64(1));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts")), qint64(0)); // a cancel is no failure
    }

    void testConnection()
    {
        TempDatabase tmp;
        const qint64 id = addAccount(tmp, Platform::GoogleAds, QStringLiteral("2222222222"));
        script(QStringLiteral("2222222222"))->currency = QStringLiteral("RUB");
        script(QStringLiteral("2222222222"))->timeZone = QStringLiteral("Europe/Moscow");
        Jobs::JobContext context(tmp.location());
        Result<AccountProfile> p = service().test(id, context);
        QVERIFY(p);
        QCOMPARE(p->currency, QStringLiteral("RUB"));
        const ConnectorAccount a = account(tmp, id);
        QCOMPARE(a.currency, QStringLiteral("RUB"));
        QCOMPARE(a.timeZone, QStringLiteral("Europe/Moscow"));
        QVERIFY(a.lastStatus.isEmpty()); // a test is not a sync
        // A later test that finds another currency leaves the known one for the next sync to notice.
        script(QStringLiteral("2222222222"))->currency = QStringLiteral("USD");
        QCOMPARE(service().test(id, context)->currency, QStringLiteral("USD"));
        QCOMPARE(account(tmp, id).currency, QStringLiteral("RUB"));
        script(QStringLiteral("2222222222"))->error = Error{ErrorCode::Network, QStringLiteral("no permission"), {}};
        Result<AccountProfile> bad = service().test(id, context);
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, QStringLiteral("Google Ads 2222222222: no permission"));
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
        addAccount(tmp, Platform::Meta, QStringLiteral("9"), 3);
        script(QStringLiteral("9"))->rows = sampleAdRows(QDate::currentDate().addDays(-1));
        Refresh::RefreshOptions options;
        options.train = false;
        options.sync = service().step();
        Jobs::JobContext context(tmp.location());
        Result<Refresh::RefreshRun> run = Refresh::runRefresh(options, context);
        QVERIFY(run);
        QCOMPARE(run->steps[0].key, QStringLiteral("sync"));
        QCOMPARE(run->steps[0].status, Refresh::StepStatus::Ok);
        QVERIFY(run->steps[0].rowsChanged > 0);
        QVERIFY(run->steps[0].message.startsWith(QLatin1String("Synced 1 account")));
        // An account that fails makes the step Failed, keeps the rows other accounts changed.
        addAccount(tmp, Platform::VkAds, QStringLiteral("10"), 3);
        script(QStringLiteral("10"))->error = Error{ErrorCode::Network, QStringLiteral("down"), {}};
        Jobs::JobContext again(tmp.location());
        run = Refresh::runRefresh(options, again);
        QVERIFY(run);
        QCOMPARE(run->steps[0].status, Refresh::StepStatus::Failed);
        QVERIFY(run->steps[0].message.contains(QLatin1String("VK Ads 10: down")));
        QVERIFY(run->hasFailedStep());
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
