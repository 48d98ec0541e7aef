// The sync service with the real connectors against each platform's loopback imitation (tests/support), data-driven
// over every platform whose connector and imitation exist: the first sync stores exactly the served rows (Meta per
// placement channel), a restatement shows the new numbers once with vanished rows zeroed and the restatement window
// re-read, a revoked token fails that account alone (stored rows untouched, an alert) while another platform's
// account syncs, a persistent server error part-way through stores nothing of the window.

#include "core/connectors/connector_account_repository.h"
#include "core/connectors/sync_service.h"
#include "core/jobs/job_context.h"
#include "tests/core/sync_test_support.h"
#include "tests/support/loopback_google_ads_server.h"
#include "tests/support/loopback_meta_server.h"
#include "tests/support/loopback_telegram_ads_server.h"
#include "tests/support/loopback_tiktok_server.h"
#include "tests/support/loopback_vk_ads_server.h"
#include "tests/support/loopback_yandex_direct_server.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <memory>

using namespace Demetra;
using namespace Demetra::Connectors;
using namespace Demetra::Test;

namespace {

// One platform's imitation behind one interface.
class Imitation
{
public:
    virtual ~Imitation() = default;
    virtual Platform platform() const = 0;
    virtual QString baseUrl() const = 0;
    virtual QString accountId() const = 0;
    virtual QString token() const = 0;
    virtual void setRows(const QList<LoopbackAdRow> &rows) = 0;
    /// Every request from now on: the token is refused.
    virtual void failAuth() = 0;
    /// Small pages, and the second page (or a later request) fails with a 5xx every time.
    virtual void failServerMidway() = 0;
    /// Answers normally again.
    virtual void recover() = 0;
    /// The account's currency from now on.
    virtual void setCurrency(const QString &currency) = 0;
    /// Whether a fetch reads the account's currency from the platform.
    virtual bool fetchReadsCurrency() const { return true; }
    virtual QList<LoopbackRequest> requests() const = 0;
    /// Meta reports placements as channels.
    virtual bool placements() const { return false; }
    /// Telegram Ads reports no conversion value.
    virtual bool revenue() const { return true; }
    /// Whether some request asked for the range [from, to].
    virtual bool askedFor(const QDate &from, const QDate &to) const
    {
        for (const LoopbackRequest &r : requests()) {
            const QString text = QUrl::fromPercentEncoding(r.path) + QString::fromUtf8(r.body);
            if (text.contains(from.toString(Qt::ISODate)) && text.contains(to.toString(Qt::ISODate)))
                return true;
        }
        return false;
    }
};

class MetaImitation : public Imitation
{
public:
    Platform platform() const override { return Platform::Meta; }
    QString baseUrl() const override { return m_server.baseUrl(); }
    QString accountId() const override { return m_server.accountId(); }
    QString token() const override { return m_server.token(); }
    void setRows(const QList<LoopbackAdRow> &rows) override { m_server.setRows(rows); }
    void failAuth() override { m_server.setMode(LoopbackMetaServer::Mode::ExpiredToken); }
    void failServerMidway() override
    {
        m_server.setPageSize(3);
        m_server.setMode(LoopbackMetaServer::Mode::ServerErrorAlways);
    }
    void recover() override { m_server.setMode(LoopbackMetaServer::Mode::Happy); }
    void setCurrency(const QString &c) override { m_server.setCurrency(c); }
    QList<LoopbackRequest> requests() const override { return m_server.requests(); }
    bool placements() const override { return true; }

private:
    LoopbackMetaServer m_server;
};

class TikTokImitation : public Imitation
{
public:
    Platform platform() const override { return Platform::TikTok; }
    QString baseUrl() const override { return m_server.baseUrl(); }
    QString accountId() const override { return m_server.accountId(); }
    QString token() const override { return m_server.token(); }
    void setRows(const QList<LoopbackAdRow> &rows) override { m_server.setRows(rows); }
    void failAuth() override { m_server.setMode(LoopbackTikTokServer::Mode::InvalidToken); }
    void failServerMidway() override
    {
        m_server.setPageSizeCap(3);
        m_server.setMode(LoopbackTikTokServer::Mode::HttpServerError, -1, 2);
    }
    void recover() override { m_server.setMode(LoopbackTikTokServer::Mode::Happy); }
    void setCurrency(const QString &c) override { m_server.setCurrency(c, QStringLiteral("America/New_York")); }
    QList<LoopbackRequest> requests() const override { return m_server.requests(); }

private:
    LoopbackTikTokServer m_server;
};

class TelegramImitation : public Imitation
{
public:
    Platform platform() const override { return Platform::TelegramAds; }
    QString baseUrl() const override { return m_server.baseUrl(); }
    QString accountId() const override { return m_server.accountId(); }
    QString token() const override { return m_server.token(); }
    void setRows(const QList<LoopbackAdRow> &rows) override { m_server.setRows(rows); }
    void failAuth() override { m_server.setMode(LoopbackTelegramAdsServer::Mode::AuthFailure, 1); }
    void failServerMidway() override
    {
        // getCurrentAccount, getAdsList, the first ad's statistics work; the second ad's fail every time.
        m_server.setMode(LoopbackTelegramAdsServer::Mode::ServerErrorAlways, m_server.requestCount() + 4);
    }
    void recover() override { m_server.setMode(LoopbackTelegramAdsServer::Mode::Happy); }
    void setCurrency(const QString &c) override { m_server.setCurrency(c); }
    QList<LoopbackRequest> requests() const override { return m_server.requests(); }
    bool revenue() const override { return false; }
    // Telegram asks by Unix seconds of UTC days: [from 00:00, to + 1 day 00:00).
    bool askedFor(const QDate &from, const QDate &to) const override
    {
        const QString start = QString::number(QDateTime(from, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        const QString end = QString::number(QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        for (const LoopbackRequest &r : requests()) {
            const QString text = QUrl::fromPercentEncoding(r.path) + QString::fromUtf8(r.body);
            if (text.contains(start) && text.contains(end))
                return true;
        }
        return false;
    }

private:
    LoopbackTelegramAdsServer m_server;
};

class GoogleAdsImitation : public Imitation
{
public:
    Platform platform() const override { return Platform::GoogleAds; }
    QString baseUrl() const override { return m_server.baseUrl(); }
    QString accountId() const override { return m_server.accountId(); }
    QString token() const override { return m_server.token(); }
    void setRows(const QList<LoopbackAdRow> &rows) override { m_server.setRows(rows); }
    void failAuth() override { m_server.setMode(LoopbackGoogleAdsServer::Mode::Unauthenticated); }
    void failServerMidway() override
    {
        // Streamed batches of 2 rows; the campaign query fails with 503 every time.
        m_server.setBatchSize(2);
        m_server.setFailRequest(1);
        m_server.setMode(LoopbackGoogleAdsServer::Mode::ServerErrorAlways);
    }
    void recover() override { m_server.setMode(LoopbackGoogleAdsServer::Mode::Happy); }
    void setCurrency(const QString &c) override { m_server.setCurrency(c); }
    QList<LoopbackRequest> requests() const override { return m_server.requests(); }

private:
    LoopbackGoogleAdsServer m_server;
};

class YandexDirectImitation : public Imitation
{
public:
    Platform platform() const override { return Platform::YandexDirect; }
    QString baseUrl() const override { return m_server.baseUrl(); }
    QString accountId() const override { return m_server.accountId(); }
    QString token() const override { return m_server.token(); }
    void setRows(const QList<LoopbackAdRow> &rows) override { m_server.setRows(rows); }
    void failAuth() override { m_server.setMode(LoopbackYandexDirectServer::Mode::InvalidToken); }
    // One TSV report, no pages: the report request fails with 500 every time.
    void failServerMidway() override { m_server.setMode(LoopbackYandexDirectServer::Mode::ServerError); }
    void recover() override { m_server.setMode(LoopbackYandexDirectServer::Mode::Happy); }
    void setCurrency(const QString &c) override { m_server.setCurrency(c); }
    QList<LoopbackRequest> requests() const override { return m_server.requests(); }

private:
    LoopbackYandexDirectServer m_server;
};

class VkAdsImitation : public Imitation
{
public:
    Platform platform() const override { return Platform::VkAds; }
    QString baseUrl() const override { return m_server.baseUrl(); }
    QString accountId() const override { return m_server.accountId(); }
    QString token() const override { return m_server.token(); }
    void setRows(const QList<LoopbackAdRow> &rows) override { m_server.setRows(rows); }
    void failAuth() override { m_server.setMode(LoopbackVkAdsServer::Mode::AuthFailure, m_server.requestCount() + 1); }
    void failServerMidway() override
    {
        // One ad plan a page: the plans' second page and everything after fail with 503.
        m_server.setPageSize(1);
        m_server.setMode(LoopbackVkAdsServer::Mode::ServerErrorAlways, m_server.requestCount() + 2);
    }
    void recover() override { m_server.setMode(LoopbackVkAdsServer::Mode::Happy); }
    void setCurrency(const QString &c) override { m_server.setAccount(c, QStringLiteral("Europe/Moscow")); }
    // The connector takes the currency from the account's "currency" option (default RUB), not from the platform.
    bool fetchReadsCurrency() const override { return false; }
    QList<LoopbackRequest> requests() const override { return m_server.requests(); }

private:
    LoopbackVkAdsServer m_server;
};

std::unique_ptr<Imitation> imitation(Platform p)
{
    switch (p) {
    case Platform::Meta:
        return std::make_unique<MetaImitation>();
    case Platform::TikTok:
        return std::make_unique<TikTokImitation>();
    case Platform::TelegramAds:
        return std::make_unique<TelegramImitation>();
    case Platform::GoogleAds:
        return std::make_unique<GoogleAdsImitation>();
    case Platform::YandexDirect:
        return std::make_unique<YandexDirectImitation>();
    case Platform::VkAds:
        return std::make_unique<VkAdsImitation>();
    }
    return nullptr;
}

// Days well in the past for every time zone (connectors clamp requests to yesterday).
const QDate kLastDay = QDate::currentDate().addDays(-3);

// What the platform can report of `rows`: without revenue where it has none.
QList<LoopbackAdRow> reportable(const Imitation &im, QList<LoopbackAdRow> rows)
{
    if (!im.revenue()) {
        for (LoopbackAdRow &r : rows)
            r.revenue.reset();
    }
    return rows;
}

HttpLimits fastLimits()
{
    HttpLimits l;
    l.timeoutMs = 10'000;
    l.maxAttempts = 3;
    return l;
}

} // namespace

class TestSyncPlatforms : public QObject
{
    Q_OBJECT

    static qint64 connect(TempDatabase &tmp, const Imitation &im, int backfill = 10)
    {
        Storage::Database db = tmp.open();
        ConnectorAccount a;
        a.platform = im.platform();
        a.accountId = im.accountId();
        a.baseUrl = im.baseUrl();
        a.backfillDays = backfill;
        Result<qint64> id = ConnectorAccountRepository(db).add(a);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return *id;
    }

    // Tokens per account from the imitations; waits are recorded, never slept.
    static SyncService service(const QHash<QString, QString> &tokens, QList<qint64> *waits = nullptr)
    {
        return SyncService([tokens](const ConnectorAccount &a) -> Result<QString> { return tokens.value(a.accountId); },
                           fastLimits(),
                           [waits](qint64 ms) {
                               if (waits)
                                   *waits << ms;
                               return true;
                           });
    }

    static SyncSummary sync(TempDatabase &tmp, const SyncService &s, const QDate &today)
    {
        SyncRequest r;
        r.today = today;
        Jobs::JobContext context(tmp.location());
        Result<SyncSummary> summary = s.run(r, context);
        if (!summary)
            qFatal("%s", qPrintable(summary.error().toString()));
        return *summary;
    }

    static void platforms()
    {
        QTest::addColumn<int>("platform");
        for (Platform p : {Platform::Meta, Platform::GoogleAds, Platform::TikTok, Platform::YandexDirect,
                           Platform::VkAds, Platform::TelegramAds}) {
            if (imitation(p))
                QTest::newRow(qPrintable(platformId(p))) << int(p);
        }
    }

private slots:
    void firstSyncAndRestatement_data() { platforms(); }
    void firstSyncAndRestatement()
    {
        QFETCH(int, platform);
        std::unique_ptr<Imitation> im = imitation(Platform(platform));
        TempDatabase tmp;
        const qint64 id = connect(tmp, *im);
        const QList<LoopbackAdRow> served = sampleAdRows(kLastDay, im->placements());
        im->setRows(served);
        const SyncService s = service({{im->accountId(), im->token()}});
        SyncSummary summary = sync(tmp, s, kLastDay.addDays(1));
        QVERIFY2(summary.failed == 0, qPrintable(summary.message()));
        QCOMPARE(summary.rowsWritten, qint64(served.size()));
        QVERIFY(compareWithServed(tmp, reportable(*im, served), im->placements()));
        QVERIFY(im->askedFor(kLastDay.addDays(-9), kLastDay));

        // Yesterday restated, campaign 2's day before gone; a day later the restatement window is re-read.
        QList<LoopbackAdRow> revised;
        for (LoopbackAdRow r : served) {
            if (r.date == kLastDay.addDays(-1) && r.campaignId == QLatin1String("1200002"))
                continue;
            if (r.date == kLastDay) {
                r.spend += 2.5;
                r.clicks += 11;
                r.impressions += 100;
            }
            revised << r;
        }
        im->setRows(revised);
        summary = sync(tmp, s, kLastDay.addDays(2));
        QVERIFY2(summary.failed == 0, qPrintable(summary.message()));
        const int restatement = platformInfo(Platform(platform)).restatementDays;
        QCOMPARE(summary.accounts[0].window.from, kLastDay.addDays(1 - restatement));
        QVERIFY(im->askedFor(kLastDay.addDays(1 - restatement), kLastDay.addDays(1)));
        QVERIFY(compareWithServed(tmp, reportable(*im, revised), im->placements()));
        // Nothing duplicated: the stored keys are the first sync's.
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts")), qint64(served.size()));
        QCOMPARE(tmp.count(QStringLiteral("SELECT SUM(spend) FROM rollup_daily")),
                 tmp.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts")));
        Storage::Database db = tmp.open();
        QCOMPARE(ConnectorAccountRepository(db).find(id)->completeUpTo, kLastDay.addDays(1));
    }

    void authFailureIsolated_data() { platforms(); }
    void authFailureIsolated()
    {
        QFETCH(int, platform);
        std::unique_ptr<Imitation> im = imitation(Platform(platform));
        // Another platform's account beside it (TikTok, or Meta when TikTok is the one under test).
        std::unique_ptr<Imitation> other =
            imitation(Platform(platform) == Platform::TikTok ? Platform::Meta : Platform::TikTok);
        TempDatabase tmp;
        const qint64 id = connect(tmp, *im);
        connect(tmp, *other);
        im->setRows(sampleAdRows(kLastDay, im->placements()));
        other->setRows(sampleAdRows(kLastDay, other->placements()));
        const SyncService s = service({{im->accountId(), im->token()}, {other->accountId(), other->token()}});
        QCOMPARE(sync(tmp, s, kLastDay.addDays(1)).failed, 0);
        const qint64 before = tmp.count(
            QStringLiteral("SELECT SUM(f.spend_micros) FROM facts f JOIN accounts a ON a.id = f.account_id WHERE "
                           "a.platform = '%1'")
                .arg(platformId(im->platform())));

        im->failAuth();
        QList<LoopbackAdRow> changed = sampleAdRows(kLastDay, other->placements());
        changed[changed.size() - 1].spend += 1;
        other->setRows(changed);
        const int requestsBefore = int(im->requests().size());
        const SyncSummary summary = sync(tmp, s, kLastDay.addDays(2));
        QCOMPARE(summary.failed, 1);
        const AccountSyncResult &failed =
            summary.accounts[0].accountId == id ? summary.accounts[0] : summary.accounts[1];
        QVERIFY(!failed.ok);
        QVERIFY2(
            failed.error.message.startsWith(platformDisplayName(im->platform()).section(QStringLiteral(" ("), 0, 0)),
            qPrintable(failed.error.message));
        // No retry of an auth failure: one request (two for platforms that check the account first).
        QVERIFY2(im->requests().size() - requestsBefore <= 2, qPrintable(QString::number(im->requests().size())));
        QCOMPARE(tmp.count(QStringLiteral("SELECT SUM(f.spend_micros) FROM facts f JOIN accounts a ON a.id = "
                                          "f.account_id WHERE a.platform = '%1'")
                               .arg(platformId(im->platform()))),
                 before);
        QVERIFY(compareWithServed(tmp, reportable(*other, changed), other->placements(),
                                  QStringLiteral("AND a.platform = '%1'").arg(platformId(other->platform()))));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed' AND state = "
                                          "'open'")),
                 qint64(1));
        // A good sync later resolves it.
        im->recover();
        QCOMPARE(sync(tmp, s, kLastDay.addDays(2)).failed, 0);
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed' AND state = "
                                          "'open'")),
                 qint64(0));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed' AND state = "
                                          "'resolved'")),
                 qint64(1));
    }

    void serverErrorMidwayStoresNothing_data() { platforms(); }
    void serverErrorMidwayStoresNothing()
    {
        QFETCH(int, platform);
        std::unique_ptr<Imitation> im = imitation(Platform(platform));
        TempDatabase tmp;
        const qint64 id = connect(tmp, *im);
        const QList<LoopbackAdRow> served = sampleAdRows(kLastDay, im->placements());
        im->setRows(served);
        QCOMPARE(sync(tmp, service({{im->accountId(), im->token()}}), kLastDay.addDays(1)).failed, 0);

        // Restated numbers that never arrive whole: the stored window stays exactly the first sync's.
        QList<LoopbackAdRow> changed = served;
        for (LoopbackAdRow &r : changed)
            r.spend += 1;
        im->setRows(changed);
        im->failServerMidway();
        QList<qint64> waits;
        const SyncSummary summary = sync(tmp, service({{im->accountId(), im->token()}}, &waits), kLastDay.addDays(2));
        QCOMPARE(summary.failed, 1);
        QVERIFY2(!waits.isEmpty(), "a 5xx is retried before the sync gives up");
        QVERIFY(compareWithServed(tmp, reportable(*im, served), im->placements()));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE kind = 'sync' AND status = "
                                          "'failed'")),
                 qint64(1));
        Storage::Database db = tmp.open();
        const ConnectorAccount a = *ConnectorAccountRepository(db).find(id);
        QCOMPARE(a.lastStatus, QStringLiteral("failed"));
        QCOMPARE(a.completeUpTo, kLastDay);
        QVERIFY(!a.lastMessage.isEmpty());
        QVERIFY2(!a.lastDetail.isEmpty(), "the detail carries the HTTP status / request id");
    }

    void currencyChange_data() { platforms(); }
    void currencyChange()
    {
        QFETCH(int, platform);
        std::unique_ptr<Imitation> im = imitation(Platform(platform));
        if (!im->fetchReadsCurrency())
            QSKIP("this connector does not read the currency from the platform on a fetch");
        TempDatabase tmp;
        const qint64 id = connect(tmp, *im);
        const QString first =
            Platform(platform) == Platform::TelegramAds ? QStringLiteral("TON") : QStringLiteral("USD");
        const QString second =
            Platform(platform) == Platform::TelegramAds ? QStringLiteral("XTR") : QStringLiteral("EUR");
        im->setCurrency(first);
        const QList<LoopbackAdRow> served = sampleAdRows(kLastDay, im->placements());
        im->setRows(served);
        const SyncService s = service({{im->accountId(), im->token()}});
        QCOMPARE(sync(tmp, s, kLastDay.addDays(1)).failed, 0);
        im->setCurrency(second);
        const SyncSummary summary = sync(tmp, s, kLastDay.addDays(2));
        QVERIFY2(summary.failed == 0, qPrintable(summary.message()));
        QVERIFY2(summary.accounts[0].warnings.join(u' ').contains(QStringLiteral("from %1 to %2").arg(first, second)),
                 qPrintable(summary.accounts[0].warnings.join(u' ')));
        // The window's days now in the new currency, the days before it still in the old one; every served
        // campaign-day counted once across both.
        const QDate from = summary.accounts[0].window.from;
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(DISTINCT f.day) FROM facts f JOIN accounts a ON a.id = "
                                          "f.account_id WHERE a.currency = '%1' AND f.spend_micros > 0")
                               .arg(second)),
                 qMin(qint64(6), from.daysTo(kLastDay) + 1)); // the served days inside the window
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts f JOIN accounts a ON a.id = f.account_id "
                                          "WHERE a.currency = '%1' AND f.day >= %2 AND f.spend_micros <> 0")
                               .arg(first)
                               .arg(from.toJulianDay())),
                 qint64(0));
        QVERIFY(compareWithServed(tmp, reportable(*im, served), im->placements()));
        Storage::Database db = tmp.open();
        QCOMPARE(ConnectorAccountRepository(db).find(id)->currency, second);
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'sync_failed' AND metric = "
                                          "'currency' AND state = 'open'")),
                 qint64(1));
    }

    void cancelWhilePolling()
    {
        // Yandex prepares the report offline and never finishes; the user cancels during the wait between polls.
        LoopbackYandexDirectServer server;
        server.setRows(sampleAdRows(kLastDay));
        server.setMode(LoopbackYandexDirectServer::Mode::NeverFinishes);
        server.setOfflinePolls(1000, 5);
        TempDatabase tmp;
        Storage::Database db = tmp.open();
        ConnectorAccount a;
        a.platform = Platform::YandexDirect;
        a.accountId = server.accountId();
        a.baseUrl = server.baseUrl();
        a.backfillDays = 10;
        const qint64 id = *ConnectorAccountRepository(db).add(a);
        Jobs::JobContext context(tmp.location());
        int waits = 0;
        SyncService s([&](const ConnectorAccount &) -> Result<QString> { return server.token(); }, fastLimits(),
                      [&](qint64) {
                          if (++waits == 3)
                              context.cancel();
                          return !context.isCancelled();
                      });
        SyncRequest r;
        r.today = kLastDay.addDays(1);
        Result<SyncSummary> summary = s.run(r, context);
        QVERIFY(summary);
        QVERIFY(summary->cancelled);
        QCOMPARE(waits, 3);
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts")), qint64(0));
        QCOMPARE(ConnectorAccountRepository(db).find(id)->lastStatus, QStringLiteral("cancelled"));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM alerts")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSyncPlatforms)
#include "test_sync_platforms.moc"
