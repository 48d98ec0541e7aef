// OAuth2 credentials for the connectors: the stored secret (plain token or credentials JSON), the refresh grant
// against a loopback authorization server (Google/Yandex form, TikTok JSON), write-back to the secret store,
// specific messages without secrets, and a Google Ads sync whose stored access token has expired.

#include "core/connectors/connector_account_repository.h"
#include "core/connectors/http_client.h"
#include "core/connectors/oauth_credentials.h"
#include "core/connectors/oauth_endpoints.h"
#include "core/connectors/oauth_grant_requests.h"
#include "core/connectors/oauth_token_answer.h"
#include "core/connectors/oauth_token_refresher.h"
#include "core/connectors/sync_service.h"
#include "core/jobs/job_context.h"
#include "core/settings/secret_store_memory.h"
#include "tests/support/loopback_google_ads_server.h"
#include "tests/support/loopback_oauth_server.h"
#include "tests/support/test_support.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Demetra;
using namespace Demetra::Connectors;
using namespace Demetra::Test;

namespace {

const QDateTime kNow(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

HttpLimits fastLimits()
{
    HttpLimits l;
    l.timeoutMs = 10'000;
    l.maxAttempts = 3;
    return l;
}

// A client whose waits are recorded, never slept.
std::unique_ptr<HttpClient> client()
{
    return std::make_unique<HttpClient>(fastLimits(), std::function<bool()>{}, [](qint64) { return true; });
}

ConnectorAccount googleAccount(const LoopbackOAuthServer &oauth)
{
    ConnectorAccount a;
    a.platform = Platform::GoogleAds;
    a.accountId = QStringLiteral("4567890123");
    a.name = QStringLiteral("Google Ads 4567890123");
    a.options.insert(QStringLiteral("token_url"), oauth.tokenUrl());
    return a;
}

OAuthCredentials expiring(const LoopbackOAuthServer &oauth, const QString &refresh, qint64 secondsLeft)
{
    OAuthCredentials c;
    c.structured = true;
    c.accessToken = QStringLiteral("at-old");
    c.refreshToken = refresh;
    c.expiresAt = kNow.addSecs(secondsLeft);
    c.clientId = oauth.clientId();
    c.clientSecret = oauth.clientSecret();
    return c;
}

// The error's text, or "" for a success (QVERIFY2 evaluates its message even when the check passes).
template<typename T> QString why(const Result<T> &r)
{
    return r ? QString() : r.error().toString();
}

bool containsSecret(const Error &e, const QStringList &secrets)
{
    for (const QString &s : secrets) {
        if (e.message.contains(s) || e.detail.contains(s))
            return true;
    }
    return false;
}

} // namespace

class TestOAuth : public QObject
{
    Q_OBJECT

private slots:
    void plainTokenIsAnAccessToken()
    {
        Result<OAuthCredentials> c = OAuthCredentials::fromSecret(QStringLiteral("  EAAB-plain \n"));
        QVERIFY(c);
        QVERIFY(!c->structured);
        QCOMPARE(c->accessToken, QStringLiteral("EAAB-plain"));
        QVERIFY(!c->canRefresh());
        QVERIFY(!c->needsRefresh(kNow));
        QCOMPARE(c->toSecret(), QStringLiteral("EAAB-plain"));
    }

    void credentialsRoundTrip()
    {
        const QString json = QStringLiteral(
            "{\"access_token\":\"ya29.a\",\"refresh_token\":\"1//r\",\"expires_at\":\"2026-11-25T10:30:00Z\","
            "\"client_id\":\"cid.apps.googleusercontent.com\",\"client_secret\":\"GOCSPX-s\",\"token_url\":\"http://"
            "127.0.0.1:1/token\"}");
        Result<OAuthCredentials> c = OAuthCredentials::fromSecret(json);
        QVERIFY(c);
        QVERIFY(c->structured);
        QCOMPARE(c->accessToken, QStringLiteral("ya29.a"));
        QCOMPARE(c->refreshToken, QStringLiteral("1//r"));
        QCOMPARE(c->expiresAt, QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC));
        QCOMPARE(c->clientId, QStringLiteral("cid.apps.googleusercontent.com"));
        QCOMPARE(c->clientSecret, QStringLiteral("GOCSPX-s"));
        QCOMPARE(c->tokenUrl, QStringLiteral("http://127.0.0.1:1/token"));
        Result<OAuthCredentials> again = OAuthCredentials::fromSecret(c->toSecret());
        QVERIFY(again);
        QCOMPARE(again->toSecret(), c->toSecret());
        QCOMPARE(again->expiresAt, c->expiresAt);
        // An offset is read and kept as the same instant in UTC.
        Result<OAuthCredentials> offset = OAuthCredentials::fromSecret(
            QStringLiteral("{\"refresh_token\":\"r\",\"expires_at\":\"2026-11-25T13:30:00+03:00\"}"));
        QVERIFY(offset);
        QCOMPARE(offset->expiresAt, c->expiresAt);
        QVERIFY(offset->toSecret().contains(QStringLiteral("\"expires_at\":\"2026-11-25T10:30:00Z\"")));
    }

    void malformedCredentialsAreRefusedWithoutTheSecret_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QStringLiteral("{\"access_token\":\"sekret-1\", ") << QStringLiteral("JSON");
        QTest::newRow("array") << QStringLiteral("{\"access_token\": [\"sekret-1\"]}")
                               << QStringLiteral("access_token");
        QTest::newRow("number") << QStringLiteral("{\"refresh_token\": 12345678}") << QStringLiteral("refresh_token");
        QTest::newRow("bad date") << QStringLiteral("{\"access_token\":\"sekret-1\",\"expires_at\":\"tomorrow\"}")
                                  << QStringLiteral("expires_at");
        QTest::newRow("no token") << QStringLiteral("{\"client_id\":\"sekret-1\",\"client_secret\":\"sekret-2\"}")
                                  << QStringLiteral("refresh_token");
    }

    void malformedCredentialsAreRefusedWithoutTheSecret()
    {
        QFETCH(QString, secret);
        QFETCH(QString, mentions);
        Result<OAuthCredentials> c = OAuthCredentials::fromSecret(secret);
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::BadInput);
        QVERIFY2(c.error().message.contains(mentions), qPrintable(why(c)));
        QVERIFY(c.error().message.contains(QStringLiteral("sign in again")));
        QVERIFY(!containsSecret(c.error(), {QStringLiteral("sekret"), QStringLiteral("12345678")}));
    }

    void refreshIsDueWithinFiveMinutes()
    {
        LoopbackOAuthServer oauth;
        QVERIFY(!expiring(oauth, QStringLiteral("r"), 301).needsRefresh(kNow));
        QVERIFY(expiring(oauth, QStringLiteral("r"), 300).needsRefresh(kNow));
        QVERIFY(expiring(oauth, QStringLiteral("r"), -10).needsRefresh(kNow));
        OAuthCredentials noExpiry = expiring(oauth, QStringLiteral("r"), 0);
        noExpiry.expiresAt = QDateTime();
        QVERIFY(!noExpiry.needsRefresh(kNow));
        noExpiry.accessToken.clear();
        QVERIFY(noExpiry.needsRefresh(kNow));
    }

    void endpointsDefaultAndOverride()
    {
        ConnectorConfig google;
        google.platform = Platform::GoogleAds;
        std::optional<OAuthEndpoints> g = oauthEndpoints(google);
        QVERIFY(g);
        QCOMPARE(g->authorizeUrl, QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth")));
        QCOMPARE(g->refreshUrl, QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
        QCOMPARE(g->exchangeUrl, g->refreshUrl);
        QCOMPARE(g->scope, QStringLiteral("https://www.googleapis.com/auth/adwords"));
        QVERIFY(g->authorizeExtras.contains({QStringLiteral("access_type"), QStringLiteral("offline")}));
        QVERIFY(g->authorizeExtras.contains({QStringLiteral("prompt"), QStringLiteral("consent")}));
        google.options.insert(QStringLiteral("token_url"), QStringLiteral("http://127.0.0.1:9/token"));
        google.options.insert(QStringLiteral("authorize_url"), QStringLiteral("http://127.0.0.1:9/authorize"));
        g = oauthEndpoints(google);
        QCOMPARE(g->refreshUrl, QUrl(QStringLiteral("http://127.0.0.1:9/token")));
        QCOMPARE(g->exchangeUrl, QUrl(QStringLiteral("http://127.0.0.1:9/token")));
        QCOMPARE(g->authorizeUrl, QUrl(QStringLiteral("http://127.0.0.1:9/authorize")));

        ConnectorConfig yandex;
        yandex.platform = Platform::YandexDirect;
        QCOMPARE(oauthEndpoints(yandex)->refreshUrl, QUrl(QStringLiteral("https://oauth.yandex.ru/token")));
        QCOMPARE(oauthEndpoints(yandex)->authorizeUrl, QUrl(QStringLiteral("https://oauth.yandex.ru/authorize")));

        ConnectorConfig tiktok;
        tiktok.platform = Platform::TikTok;
        std::optional<OAuthEndpoints> t = oauthEndpoints(tiktok);
        QCOMPARE(t->refreshUrl,
                 QUrl(QStringLiteral("https://business-api.tiktok.com/open_api/v1.3/oauth2/refresh_token/")));
        QCOMPARE(t->exchangeUrl,
                 QUrl(QStringLiteral("https://business-api.tiktok.com/open_api/v1.3/oauth2/access_token/")));
        QCOMPARE(t->style, OAuthGrantStyle::TikTokJson);
        QCOMPARE(t->codeParameter, QStringLiteral("auth_code"));

        ConnectorConfig meta;
        meta.platform = Platform::Meta;
        meta.apiVersion = QStringLiteral("v26.0");
        std::optional<OAuthEndpoints> m = oauthEndpoints(meta);
        QCOMPARE(m->authorizeUrl, QUrl(QStringLiteral("https://www.facebook.com/v26.0/dialog/oauth")));
        QCOMPARE(m->exchangeUrl, QUrl(QStringLiteral("https://graph.facebook.com/v26.0/oauth/access_token")));
        QVERIFY(m->refreshUrl.isEmpty());
        QVERIFY(m->longLivedExchange);

        ConnectorConfig vk;
        vk.platform = Platform::VkAds;
        QCOMPARE(oauthEndpoints(vk)->refreshUrl, QUrl(QStringLiteral("https://ads.vk.com/api/v2/oauth2/token.json")));
        QVERIFY(oauthEndpoints(vk)->authorizeUrl.isEmpty());

        ConnectorConfig telegram;
        telegram.platform = Platform::TelegramAds;
        QVERIFY(!oauthEndpoints(telegram));
    }

    void grantRequestsCarrySecretsInTheBody()
    {
        ConnectorConfig google;
        google.platform = Platform::GoogleAds;
        const OAuthEndpoints g = *oauthEndpoints(google);
        const HttpRequest r = OAuthGrantRequests::refresh(g, g.refreshUrl, QStringLiteral("1//r+/="),
                                                          QStringLiteral("cid"), QStringLiteral("s&t"));
        QCOMPARE(r.method, QByteArrayLiteral("POST"));
        QVERIFY(!r.url.hasQuery());
        const QUrlQuery form(QString::fromLatin1(r.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded), QStringLiteral("1//r+/="));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded), QStringLiteral("s&t"));
        QVERIFY(!r.label.contains(QStringLiteral("1//r")));

        ConnectorConfig tiktok;
        tiktok.platform = Platform::TikTok;
        const OAuthEndpoints t = *oauthEndpoints(tiktok);
        const HttpRequest tr = OAuthGrantRequests::refresh(t, t.refreshUrl, QStringLiteral("rt"), QStringLiteral("app"),
                                                           QStringLiteral("sec"));
        const QJsonObject o = QJsonDocument::fromJson(tr.body).object();
        QCOMPARE(o.value(QStringLiteral("app_id")).toString(), QStringLiteral("app"));
        QCOMPARE(o.value(QStringLiteral("secret")).toString(), QStringLiteral("sec"));
        QCOMPARE(o.value(QStringLiteral("refresh_token")).toString(), QStringLiteral("rt"));
        QCOMPARE(o.value(QStringLiteral("grant_type")).toString(), QStringLiteral("refresh_token"));
    }

    void tokenAnswersAreReadTolerantly()
    {
        Result<OAuthTokenAnswer> n = OAuthTokenAnswer::parse(
            "{\"access_token\":\"a\",\"expires_in\":3599,\"refresh_token\":\"r\"}", OAuthGrantStyle::Form);
        QVERIFY(n);
        QCOMPARE(*n->expiresInSeconds, 3599);
        QCOMPARE(n->refreshToken, QStringLiteral("r"));
        Result<OAuthTokenAnswer> s =
            OAuthTokenAnswer::parse("{\"access_token\":\"a\",\"expires_in\":\"86400\"}", OAuthGrantStyle::Form);
        QVERIFY(s);
        QCOMPARE(*s->expiresInSeconds, 86400);
        QVERIFY(s->refreshToken.isEmpty());
        QVERIFY(!OAuthTokenAnswer::parse("{\"access_token\":\"a\",\"expires_in\":\"soon\"}", OAuthGrantStyle::Form));
        QVERIFY(!OAuthTokenAnswer::parse("{\"token_type\":\"bearer\"}", OAuthGrantStyle::Form));
        QVERIFY(!OAuthTokenAnswer::parse("{\"access_token\":\"a", OAuthGrantStyle::Form));
        Result<OAuthTokenAnswer> t =
            OAuthTokenAnswer::parse("{\"code\":0,\"message\":\"OK\",\"request_id\":\"x\",\"data\":{\"access_token\":"
                                    "\"a\",\"advertiser_ids\":[\"7\",\"8\"]}}",
                                    OAuthGrantStyle::TikTokJson);
        QVERIFY(t);
        QCOMPARE(t->advertiserIds, QStringList({QStringLiteral("7"), QStringLiteral("8")}));
        std::optional<OAuthErrorAnswer> e =
            OAuthTokenAnswer::error("{\"code\":40105,\"message\":\"bad\",\"request_id\":\"q\"}");
        QVERIFY(e);
        QCOMPARE(e->code, QStringLiteral("40105"));
        QCOMPARE(e->requestId, QStringLiteral("q"));
        QVERIFY(!OAuthTokenAnswer::error("{\"code\":0,\"data\":{\"access_token\":\"a\"}}"));
        QVERIFY(!OAuthTokenAnswer::error("garbage"));
    }

    void freshCredentialsAreUsedWithoutARequest()
    {
        LoopbackOAuthServer oauth;
        auto http = client();
        int writes = 0;
        Result<QString> token = resolveAccessToken(
            expiring(oauth, QStringLiteral("rt-0"), 3000).toSecret(), googleAccount(oauth), *http,
            [&writes](const QString &) {
                ++writes;
                return Status{};
            },
            [] { return kNow; });
        QVERIFY(token);
        QCOMPARE(*token, QStringLiteral("at-old"));
        QCOMPARE(oauth.requests().size(), 0);
        QCOMPARE(writes, 0);
        // A plain token is never sent anywhere either.
        Result<QString> plain = resolveAccessToken(QStringLiteral("pasted"), googleAccount(oauth), *http, {});
        QCOMPARE(*plain, QStringLiteral("pasted"));
        QCOMPARE(oauth.requests().size(), 0);
    }

    void expiringTokenIsRefreshedAndWrittenBack_data()
    {
        QTest::addColumn<bool>("rotate");
        QTest::addColumn<bool>("expiresAsString");
        QTest::newRow("google: same refresh token, expires_in number") << false << false;
        QTest::newRow("rotated refresh token, expires_in string") << true << true;
    }

    void expiringTokenIsRefreshedAndWrittenBack()
    {
        QFETCH(bool, rotate);
        QFETCH(bool, expiresAsString);
        LoopbackOAuthServer oauth;
        oauth.addValidRefreshToken(QStringLiteral("rt-0"));
        oauth.setRotateRefreshTokens(rotate);
        oauth.setExpiresInAsString(expiresAsString);
        Settings::MemorySecretStore store;
        const ConnectorAccount account = googleAccount(oauth);
        auto http = client();
        Result<QString> token = resolveAccessToken(
            expiring(oauth, QStringLiteral("rt-0"), 120).toSecret(), account, *http,
            [&store, &account](const QString &secret) { return store.write(account.secretKey(), secret); },
            [] { return kNow; });
        QVERIFY2(token, qPrintable(why(token)));
        QCOMPARE(*token, QStringLiteral("at-1"));
        QCOMPARE(oauth.grants(), QStringList{QStringLiteral("refresh_token")});
        QCOMPARE(oauth.requests().size(), 1);
        const LoopbackRequest request = oauth.requests().constFirst();
        QCOMPARE(request.method, QByteArrayLiteral("POST"));
        QCOMPARE(request.headers.value("content-type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
        QVERIFY(!request.path.contains("rt-0")); // never in the URL

        Result<QString> stored = store.read(account.secretKey());
        QVERIFY(stored);
        Result<OAuthCredentials> c = OAuthCredentials::fromSecret(*stored);
        QVERIFY(c);
        QCOMPARE(c->accessToken, QStringLiteral("at-1"));
        QCOMPARE(c->expiresAt, kNow.addSecs(3600));
        QCOMPARE(c->refreshToken, rotate ? QStringLiteral("rt-1") : QStringLiteral("rt-0"));
        QCOMPARE(c->clientId, oauth.clientId());
        QCOMPARE(c->clientSecret, oauth.clientSecret());

        // The next resolution uses the stored, fresh token; with rotation, the old refresh token is dead.
        Result<QString> again = resolveAccessToken(*stored, account, *http, {}, [] { return kNow.addSecs(60); });
        QVERIFY2(again, qPrintable(why(again)));
        QCOMPARE(*again, QStringLiteral("at-1"));
        QCOMPARE(oauth.requests().size(), 1);
        QCOMPARE(oauth.validRefreshTokens().contains(QStringLiteral("rt-0")), !rotate);
    }

    void refreshFailuresSaySpecificallyWhatToDo_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid_grant") << int(LoopbackOAuthServer::Mode::InvalidGrant)
                                       << QStringLiteral("the sign-in has expired or was revoked (invalid_grant); "
                                                         "sign in again");
        QTest::newRow("invalid_client") << int(LoopbackOAuthServer::Mode::InvalidClient)
                                        << QStringLiteral("the OAuth client id or client secret is wrong");
        QTest::newRow("malformed") << int(LoopbackOAuthServer::Mode::Malformed)
                                   << QStringLiteral("the token endpoint's answer cannot be read");
    }

    void refreshFailuresSaySpecificallyWhatToDo()
    {
        QFETCH(int, mode);
        QFETCH(QString, message);
        LoopbackOAuthServer oauth;
        oauth.addValidRefreshToken(QStringLiteral("rt-secret-0"));
        oauth.setMode(LoopbackOAuthServer::Mode(mode));
        auto http = client();
        int writes = 0;
        const OAuthCredentials c = expiring(oauth, QStringLiteral("rt-secret-0"), -60);
        Result<QString> token = resolveAccessToken(
            c.toSecret(), googleAccount(oauth), *http,
            [&writes](const QString &) {
                ++writes;
                return Status{};
            },
            [] { return kNow; });
        QVERIFY(!token);
        QVERIFY2(token.error().message.contains(message), qPrintable(why(token)));
        QVERIFY2(token.error().message.startsWith(QStringLiteral("Google Ads 4567890123: ")), qPrintable(why(token)));
        QVERIFY(!containsSecret(token.error(), {c.refreshToken, c.clientSecret, c.accessToken}));
        QCOMPARE(writes, 0);
        QCOMPARE(http->requestCount(), 1); // refused grants are not retried
        if (mode != int(LoopbackOAuthServer::Mode::Malformed))
            QVERIFY2(token.error().detail.contains(QStringLiteral("HTTP 40")), qPrintable(why(token)));
    }

    void throttledAndFailingEndpointsAreRetried()
    {
        LoopbackOAuthServer oauth;
        oauth.addValidRefreshToken(QStringLiteral("rt-0"));
        oauth.setMode(LoopbackOAuthServer::Mode::RateLimitedOnce);
        auto http = client();
        Result<QString> token = resolveAccessToken(expiring(oauth, QStringLiteral("rt-0"), 10).toSecret(),
                                                   googleAccount(oauth), *http, {}, [] { return kNow; });
        QVERIFY2(token, qPrintable(why(token)));
        QCOMPARE(http->waits(), QList<qint64>{7000}); // exactly what Retry-After said
        QCOMPARE(oauth.grants().size(), 2);

        oauth.setMode(LoopbackOAuthServer::Mode::ServerErrorOnce);
        auto http2 = client();
        token = resolveAccessToken(expiring(oauth, QStringLiteral("rt-0"), 10).toSecret(), googleAccount(oauth), *http2,
                                   {}, [] { return kNow; });
        QVERIFY2(token, qPrintable(why(token)));
        QCOMPARE(http2->requestCount(), 2);
    }

    void expiredWithoutRefreshTokenAsksToSignInAgain()
    {
        LoopbackOAuthServer oauth;
        OAuthCredentials c = expiring(oauth, QString(), -5);
        auto http = client();
        Result<QString> token = resolveAccessToken(c.toSecret(), googleAccount(oauth), *http, {}, [] { return kNow; });
        QVERIFY(!token);
        QVERIFY(token.error().message.contains(QStringLiteral("no refresh token is stored")));
        QCOMPARE(oauth.requests().size(), 0);
        // Still valid for a minute: used as is (nothing to refresh with).
        c = expiring(oauth, QString(), 60);
        token = resolveAccessToken(c.toSecret(), googleAccount(oauth), *http, {}, [] { return kNow; });
        QCOMPARE(*token, QStringLiteral("at-old"));
        // Meta has no refresh grant: an expired long-lived token asks for a new sign-in.
        ConnectorAccount meta;
        meta.platform = Platform::Meta;
        meta.accountId = QStringLiteral("123");
        meta.name = QStringLiteral("Meta 123");
        c = expiring(oauth, QStringLiteral("r"), -5);
        token = resolveAccessToken(c.toSecret(), meta, *http, {}, [] { return kNow; });
        QVERIFY(!token);
        QVERIFY2(token.error().message.contains(QStringLiteral("sign in again")), qPrintable(why(token)));
    }

    void tikTokRefreshUsesItsJsonEndpoint()
    {
        LoopbackOAuthServer oauth(QStringLiteral("app-7"), QStringLiteral("tt-secret"));
        oauth.addValidRefreshToken(QStringLiteral("tt-rt"));
        ConnectorAccount a;
        a.platform = Platform::TikTok;
        a.accountId = QStringLiteral("7012345678901234567");
        a.name = QStringLiteral("TikTok 7012345678901234567");
        OAuthCredentials c = expiring(oauth, QStringLiteral("tt-rt"), 0);
        c.tokenUrl = oauth.tikTokRefreshTokenUrl(); // the stored token_url when the account has no option
        auto http = client();
        Result<QString> token = resolveAccessToken(c.toSecret(), a, *http, {}, [] { return kNow; });
        QVERIFY2(token, qPrintable(why(token)));
        QCOMPARE(*token, QStringLiteral("at-1"));
        QCOMPARE(oauth.requests().constFirst().headers.value("content-type"), QByteArrayLiteral("application/json"));

        oauth.setMode(LoopbackOAuthServer::Mode::InvalidGrant); // HTTP 200 with code 40105
        token = resolveAccessToken(c.toSecret(), a, *http, {}, [] { return kNow; });
        QVERIFY(!token);
        QVERIFY2(token.error().message.contains(QStringLiteral("sign in again")), qPrintable(why(token)));
        QVERIFY(token.error().detail.contains(QStringLiteral("tt-req-1")));
        QVERIFY(!containsSecret(token.error(), {QStringLiteral("tt-rt"), QStringLiteral("tt-secret")}));
    }

    void googleAdsSyncRefreshesAnExpiredToken()
    {
        LoopbackGoogleAdsServer google;
        const QDate lastDay = QDate::currentDate().addDays(-3);
        google.setRows(sampleAdRows(lastDay));
        LoopbackOAuthServer oauth;
        oauth.addValidRefreshToken(QStringLiteral("1//stored-refresh"));
        oauth.setNextAccessToken(google.token()); // the refreshed token is the one the imitation accepts

        TempDatabase tmp;
        ConnectorAccount a;
        a.platform = Platform::GoogleAds;
        a.accountId = google.accountId();
        a.baseUrl = google.baseUrl();
        a.backfillDays = 10;
        qint64 id = 0;
        {
            Storage::Database db = tmp.open();
            Result<qint64> added = ConnectorAccountRepository(db).add(a);
            QVERIFY(added);
            id = *added;
        }
        OAuthCredentials c;
        c.structured = true;
        c.accessToken = QStringLiteral("ya29.expired");
        c.refreshToken = QStringLiteral("1//stored-refresh");
        c.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        c.clientId = oauth.clientId();
        c.clientSecret = oauth.clientSecret();
        c.tokenUrl = oauth.tokenUrl();
        Settings::MemorySecretStore store;
        QVERIFY(store.write(a.secretKey(), c.toSecret()));

        SyncService service(secretStoreTokens(store), fastLimits(), [](qint64) { return true; });
        SyncRequest request;
        request.today = lastDay.addDays(1);
        Jobs::JobContext context(tmp.location());
        Result<SyncSummary> summary = service.run(request, context);
        QVERIFY2(summary, qPrintable(why(summary)));
        QCOMPARE(summary->accounts.size(), 1);
        QVERIFY2(summary->accounts.constFirst().ok, qPrintable(summary->accounts.constFirst().error.toString()));
        QVERIFY(summary->rowsWritten > 0);
        QCOMPARE(oauth.grants(), QStringList{QStringLiteral("refresh_token")});
        // Every Google Ads request carried the refreshed token, none the expired one.
        QVERIFY(!google.requests().isEmpty());
        for (const LoopbackRequest &r : google.requests())
            QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer " + google.token().toUtf8()));
        Result<OAuthCredentials> stored = OAuthCredentials::fromSecret(*store.read(a.secretKey()));
        QCOMPARE(stored->accessToken, google.token());
        QVERIFY(stored->expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
        QCOMPARE(stored->refreshToken, QStringLiteral("1//stored-refresh"));

        // A revoked sign-in fails the account with what to do, and the stored credentials stay.
        oauth.setMode(LoopbackOAuthServer::Mode::InvalidGrant);
        OAuthCredentials expired = *stored;
        expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(store.write(a.secretKey(), expired.toSecret()));
        Jobs::JobContext context2(tmp.location());
        summary = service.run(request, context2);
        QVERIFY(summary);
        QVERIFY(!summary->accounts.constFirst().ok);
        QVERIFY2(summary->accounts.constFirst().error.message.contains(QStringLiteral("sign in again")),
                 qPrintable(summary->accounts.constFirst().error.message));
        QCOMPARE(*store.read(a.secretKey()), expired.toSecret());
        Storage::Database db = tmp.open();
        QVERIFY(ConnectorAccountRepository(db).find(id)->lastMessage.contains(QStringLiteral("sign in again")));
    }

    void environmentMayHoldCredentials()
    {
        LoopbackOAuthServer oauth;
        oauth.addValidRefreshToken(QStringLiteral("rt-env"));
        OAuthCredentials c = expiring(oauth, QStringLiteral("rt-env"), -1);
        c.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        c.tokenUrl = oauth.tokenUrl();
        qputenv("DEMETRA_TOKEN_GOOGLE_ADS_4567890123", c.toSecret().toUtf8());
        ConnectorAccount a;
        a.platform = Platform::GoogleAds;
        a.accountId = QStringLiteral("4567890123");
        a.name = QStringLiteral("Google Ads 4567890123");
        Result<QString> token = environmentTokens()(a);
        qunsetenv("DEMETRA_TOKEN_GOOGLE_ADS_4567890123");
        QVERIFY2(token, qPrintable(why(token)));
        QCOMPARE(*token, QStringLiteral("at-1"));
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "test_oauth.moc"
