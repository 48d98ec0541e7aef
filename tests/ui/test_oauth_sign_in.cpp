// "Sign in with browser" against a loopback authorization server: a fake browser follows the authorization URL's
// redirect to Demetra's loopback reply handler, the code is exchanged and the credentials land in the secret store
// (Google Ads, TikTok's auth_code and JSON exchange, Meta's long-lived exchange); a forged state, a denied access, a
// refused client, a timeout and Cancel store nothing.

#include "core/connectors/oauth_credentials.h"
#include "core/jobs/job_runner.h"
#include "core/settings/secret_store_memory.h"
#include "tests/support/loopback_google_ads_server.h"
#include "tests/support/loopback_oauth_server.h"
#include "ui/pages/data_sources/account_dialog.h"
#include "ui/pages/data_sources/oauth_sign_in.h"
#include "ui/pages/data_sources/oauth_sign_in_dialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>
#include <memory>

using namespace Demetra;
using namespace Demetra::Connectors;
using namespace Demetra::Test;

namespace {

// A "browser": GETs the authorization URL, follows the 302 to the redirect URI (Demetra's reply handler) and keeps
// the page that handler answered.
class FakeBrowser
{
public:
    bool open(const QUrl &url)
    {
        opened << url;
        get(url);
        return true;
    }
    QList<QUrl> opened;
    QList<QUrl> visited;
    QString lastPage;

private:
    void get(const QUrl &url)
    {
        visited << url;
        QNetworkRequest r(url);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(r);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            reply->deleteLater();
            const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
            if (!location.isEmpty())
                get(location);
            else
                lastPage = QString::fromUtf8(reply->readAll());
        });
    }
    QNetworkAccessManager m_network;
};

ConnectorConfig googleConfig(const LoopbackOAuthServer &oauth)
{
    ConnectorConfig c;
    c.platform = Platform::GoogleAds;
    c.accountId = QStringLiteral("4567890123");
    c.options.insert(QStringLiteral("authorize_url"), oauth.authorizeUrl());
    c.options.insert(QStringLiteral("token_url"), oauth.tokenUrl());
    return c;
}

const QString kKey = QStringLiteral("connectors/google_ads/4567890123");

} // namespace

class TestOAuthSignIn : public QObject
{
    Q_OBJECT

    // A dialog with the fake browser, a memory store and the fields filled.
    static std::unique_ptr<Ui::OAuthSignInDialog> dialog(const ConnectorConfig &config, FakeBrowser &browser,
                                                         Settings::MemorySecretStore &store,
                                                         const LoopbackOAuthServer &oauth)
    {
        auto d = std::make_unique<Ui::OAuthSignInDialog>(config);
        d->signIn().setBrowserOpener([&browser](const QUrl &url) { return browser.open(url); });
        d->setSecretStore(&store, kKey);
        d->clientIdEdit()->setText(oauth.clientId());
        d->clientSecretEdit()->setText(oauth.clientSecret());
        d->show();
        return d;
    }

private slots:
    void googleSignInStoresCredentials()
    {
        LoopbackOAuthServer oauth;
        FakeBrowser browser;
        Settings::MemorySecretStore store;
        auto d = dialog(googleConfig(oauth), browser, store, oauth);
        QTest::mouseClick(d->signInButton(), Qt::LeftButton);
        QVERIFY(!d->signInButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(d->result(), int(QDialog::Accepted), 10'000);

        // What the browser was sent to: the platform's parameters, a loopback redirect, a state.
        QCOMPARE(browser.opened.size(), 1);
        const QUrlQuery asked(browser.opened.constFirst());
        QCOMPARE(asked.queryItemValue(QStringLiteral("client_id")), oauth.clientId());
        QCOMPARE(asked.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(asked.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
        QCOMPARE(asked.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
        QCOMPARE(asked.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("https://www.googleapis.com/auth/adwords"));
        const QUrl redirect(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);
        QVERIFY(!asked.queryItemValue(QStringLiteral("state")).isEmpty());
        QVERIFY(!asked.hasQueryItem(QStringLiteral("client_secret"))); // never in the browser
        QTRY_VERIFY(browser.lastPage.contains(QStringLiteral("You can close this tab and return to Demetra")));

        // The code exchange: a form POST with the same redirect URI.
        QCOMPARE(oauth.grants(), QStringList{QStringLiteral("authorization_code")});
        LoopbackRequest exchange;
        for (const LoopbackRequest &r : oauth.requests()) {
            if (r.method == "POST")
                exchange = r;
        }
        const QUrlQuery form(QString::fromUtf8(exchange.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), redirect.toString());
        QCOMPARE(form.queryItemValue(QStringLiteral("code")), QStringLiteral("code-1"));

        Result<QString> stored = store.read(kKey);
        QVERIFY(stored);
        QCOMPARE(*stored, d->credentialsSecret());
        Result<OAuthCredentials> c = OAuthCredentials::fromSecret(*stored);
        QVERIFY(c);
        QCOMPARE(c->accessToken, QStringLiteral("at-1"));
        QCOMPARE(c->refreshToken, QStringLiteral("rt-1"));
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(c->expiresAt) - 3600) < 60);
        QCOMPARE(c->clientId, oauth.clientId());
        QCOMPARE(c->clientSecret, oauth.clientSecret());
        QCOMPARE(c->tokenUrl, oauth.tokenUrl());
        // The loopback server is closed once the sign-in ended.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(1000));
    }

    void stateMismatchIsRefused()
    {
        LoopbackOAuthServer oauth;
        oauth.setMode(LoopbackOAuthServer::Mode::WrongState);
        FakeBrowser browser;
        Settings::MemorySecretStore store;
        auto d = dialog(googleConfig(oauth), browser, store, oauth);
        QSignalSpy failed(&d->signIn(), &Ui::OAuthSignIn::failed);
        d->startSignIn();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
        QVERIFY2(d->statusText().contains(QStringLiteral("state mismatch")), qPrintable(d->statusText()));
        QVERIFY(d->isVisible()); // still open: the user may try again
        QVERIFY(d->signInButton()->isEnabled());
        QVERIFY(oauth.grants().isEmpty()); // the code was never exchanged
        QVERIFY(!store.read(kKey));
        QVERIFY(d->credentialsSecret().isEmpty());
    }

    void deniedAccessAndRefusedClientSayWhatToDo()
    {
        LoopbackOAuthServer oauth;
        oauth.setMode(LoopbackOAuthServer::Mode::AccessDenied);
        FakeBrowser browser;
        Settings::MemorySecretStore store;
        auto d = dialog(googleConfig(oauth), browser, store, oauth);
        QSignalSpy failed(&d->signIn(), &Ui::OAuthSignIn::failed);
        d->startSignIn();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
        QVERIFY2(d->statusText().contains(QStringLiteral("access was not granted")), qPrintable(d->statusText()));

        // The token endpoint refuses the client: the exchange's error is explained and nothing is stored.
        oauth.setMode(LoopbackOAuthServer::Mode::Happy);
        d->clientSecretEdit()->setText(QStringLiteral("wrong-secret"));
        d->startSignIn();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10'000);
        QVERIFY2(d->statusText().contains(QStringLiteral("client id or client secret is wrong")),
                 qPrintable(d->statusText()));
        QVERIFY(!d->statusText().contains(QStringLiteral("wrong-secret")));
        QVERIFY(!store.read(kKey));
    }

    void timeoutAndCancelStoreNothing()
    {
        LoopbackOAuthServer oauth;
        oauth.setMode(LoopbackOAuthServer::Mode::NoRedirect); // the user never finishes in the browser
        FakeBrowser browser;
        Settings::MemorySecretStore store;
        auto d = dialog(googleConfig(oauth), browser, store, oauth);
        d->signIn().setTimeout(300);
        QSignalSpy failed(&d->signIn(), &Ui::OAuthSignIn::failed);
        d->startSignIn();
        QVERIFY(d->signIn().isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
        QVERIFY2(d->statusText().contains(QStringLiteral("no answer from the browser")), qPrintable(d->statusText()));
        QVERIFY(!d->signIn().isRunning());

        d->signIn().setTimeout(60'000);
        d->startSignIn();
        QVERIFY(d->signIn().isRunning());
        const QUrl redirect = d->signIn().redirectUri();
        QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
        QCOMPARE(d->result(), int(QDialog::Rejected));
        QVERIFY(!d->isVisible());
        QVERIFY(!d->signIn().isRunning());
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.last().at(1).toString(), QStringLiteral("cancelled"));
        QTcpSocket probe; // the loopback server stopped listening
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(1000));
        QVERIFY(!store.read(kKey));
    }

    void tikTokUsesAuthCodeAndJson()
    {
        LoopbackOAuthServer oauth(QStringLiteral("app-42"), QStringLiteral("tt-secret"));
        ConnectorConfig c;
        c.platform = Platform::TikTok;
        c.accountId = QStringLiteral("7012345678901234567");
        c.options.insert(QStringLiteral("authorize_url"), oauth.tikTokAuthorizeUrl());
        c.options.insert(QStringLiteral("exchange_url"), oauth.tikTokAccessTokenUrl());
        FakeBrowser browser;
        Ui::OAuthSignIn signIn;
        signIn.setBrowserOpener([&browser](const QUrl &url) { return browser.open(url); });
        QSignalSpy ok(&signIn, &Ui::OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &Ui::OAuthSignIn::failed);
        QVERIFY(signIn.start(c, oauth.clientId(), oauth.clientSecret()));
        QTRY_COMPARE_WITH_TIMEOUT(ok.size() + failed.size(), 1, 10'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));
        const QUrlQuery asked(browser.opened.constFirst());
        QCOMPARE(asked.queryItemValue(QStringLiteral("app_id")), oauth.clientId());
        QVERIFY(!asked.hasQueryItem(QStringLiteral("client_id")));
        const auto credentials = ok.constFirst().at(0).value<OAuthCredentials>();
        QCOMPARE(credentials.accessToken, QStringLiteral("at-1"));
        QCOMPARE(credentials.refreshToken, QStringLiteral("rt-1"));
        QCOMPARE(ok.constFirst().at(1).toStringList(), QStringList{QStringLiteral("7012345678901234567")});
        const LoopbackRequest exchange = oauth.requests().constLast();
        QCOMPARE(exchange.json().value(QStringLiteral("auth_code")).toString(), QStringLiteral("code-1"));
        QCOMPARE(exchange.json().value(QStringLiteral("secret")).toString(), oauth.clientSecret());
    }

    void metaExchangesForALongLivedToken()
    {
        LoopbackOAuthServer oauth;
        ConnectorConfig c;
        c.platform = Platform::Meta;
        c.accountId = QStringLiteral("123");
        c.options.insert(QStringLiteral("authorize_url"), oauth.authorizeUrl());
        c.options.insert(QStringLiteral("exchange_url"), oauth.metaTokenUrl());
        FakeBrowser browser;
        Ui::OAuthSignIn signIn;
        signIn.setBrowserOpener([&browser](const QUrl &url) { return browser.open(url); });
        QSignalSpy ok(&signIn, &Ui::OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &Ui::OAuthSignIn::failed);
        QVERIFY(signIn.start(c, oauth.clientId(), oauth.clientSecret()));
        QTRY_COMPARE_WITH_TIMEOUT(ok.size() + failed.size(), 1, 10'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));
        QCOMPARE(QUrlQuery(browser.opened.constFirst()).queryItemValue(QStringLiteral("scope")),
                 QStringLiteral("ads_read"));
        QCOMPARE(oauth.grants(),
                 QStringList({QStringLiteral("authorization_code"), QStringLiteral("fb_exchange_token")}));
        const auto credentials = ok.constFirst().at(0).value<OAuthCredentials>();
        QCOMPARE(credentials.accessToken, QStringLiteral("at-2")); // the long-lived one
        QVERIFY(credentials.refreshToken.isEmpty());
        QVERIFY(QDateTime::currentDateTimeUtc().daysTo(credentials.expiresAt) >= 59);
    }

    void accountDialogTakesTheSignIn()
    {
        LoopbackOAuthServer oauth;
        FakeBrowser browser;
        Settings::MemorySecretStore store;
        QTemporaryDir dir;
        Jobs::JobRunner jobs(Storage::DatabaseLocation{dir.filePath(QStringLiteral("t.sqlite"))});
        Ui::AccountDialog dialog(jobs, store);
        ConnectorAccount account;
        account.id = 7;
        account.platform = Platform::GoogleAds;
        account.accountId = QStringLiteral("4567890123");
        account.name = QStringLiteral("Google Ads 4567890123");
        account.options = googleConfig(oauth).options;
        dialog.setAccount(account);
        dialog.setSignInBrowser([&browser](const QUrl &url) { return browser.open(url); });
        dialog.show();
        QVERIFY(dialog.signInButton()->isVisible());
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        auto *signIn = dialog.findChild<Ui::OAuthSignInDialog *>();
        QVERIFY(signIn);
        QTRY_VERIFY(signIn->isVisible());
        signIn->clientIdEdit()->setText(oauth.clientId());
        signIn->clientSecretEdit()->setText(oauth.clientSecret());
        QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.token().isEmpty(), 10'000);
        Result<OAuthCredentials> c = OAuthCredentials::fromSecret(dialog.token());
        QVERIFY(c);
        QCOMPARE(c->refreshToken, QStringLiteral("rt-1"));
        QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!store.read(account.secretKey())); // stored on Save, like a pasted token

        // Platforms without a browser sign-in do not offer it.
        Ui::AccountDialog other(jobs, store);
        other.show();
        const int telegram = other.platformBox()->findData(QStringLiteral("telegram_ads"));
        QVERIFY(telegram >= 0);
        other.platformBox()->setCurrentIndex(telegram);
        QVERIFY(!other.signInButton()->isVisible());
        other.platformBox()->setCurrentIndex(other.platformBox()->findData(QStringLiteral("yandex_direct")));
        QVERIFY(other.signInButton()->isVisible());
    }

    void connectionTestRefreshesAStoredSignIn()
    {
        LoopbackGoogleAdsServer google;
        LoopbackOAuthServer oauth;
        oauth.addValidRefreshToken(QStringLiteral("rt-stored"));
        oauth.setRotateRefreshTokens(true);
        oauth.setNextAccessToken(google.token());
        Settings::MemorySecretStore store;
        QTemporaryDir dir;
        Jobs::JobRunner jobs(Storage::DatabaseLocation{dir.filePath(QStringLiteral("t.sqlite"))});
        ConnectorAccount account;
        account.id = 3;
        account.platform = Platform::GoogleAds;
        account.accountId = google.accountId();
        account.name = QStringLiteral("Google Ads ") + google.accountId();
        account.baseUrl = google.baseUrl();
        account.options.insert(QStringLiteral("token_url"), oauth.tokenUrl());
        OAuthCredentials c;
        c.structured = true;
        c.accessToken = QStringLiteral("ya29.expired");
        c.refreshToken = QStringLiteral("rt-stored");
        c.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        c.clientId = oauth.clientId();
        c.clientSecret = oauth.clientSecret();
        QVERIFY(store.write(account.secretKey(), c.toSecret()));

        Ui::AccountDialog dialog(jobs, store);
        dialog.setAccount(account);
        dialog.setHttp(HttpLimits{10'000, 1 << 20, 2, 1, 1, 1000}, [](qint64) { return true; });
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 20'000);
        QVERIFY2(dialog.testStatus().startsWith(QStringLiteral("Connected")), qPrintable(dialog.testStatus()));
        for (const LoopbackRequest &r : google.requests())
            QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer " + google.token().toUtf8()));
        // The rotated refresh token replaced the stored one (the old one is dead now).
        Result<OAuthCredentials> stored = OAuthCredentials::fromSecret(*store.read(account.secretKey()));
        QVERIFY(stored);
        QCOMPARE(stored->accessToken, google.token());
        QCOMPARE(stored->refreshToken, QStringLiteral("rt-1"));
        QVERIFY(!oauth.validRefreshTokens().contains(QStringLiteral("rt-stored")));
    }

    void platformsWithoutBrowserSignInSaySo()
    {
        ConnectorConfig c;
        c.platform = Platform::TelegramAds;
        Ui::OAuthSignIn signIn;
        QSignalSpy failed(&signIn, &Ui::OAuthSignIn::failed);
        QVERIFY(!signIn.start(c, QStringLiteral("x"), QStringLiteral("y")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("paste a token")));
        c.platform = Platform::GoogleAds;
        QVERIFY(!signIn.start(c, QString(), QStringLiteral("y")));
        QVERIFY(failed.last().constFirst().toString().contains(QStringLiteral("client id")));
        c.options.insert(QStringLiteral("authorize_url"), QStringLiteral("http://example.com/authorize"));
        QVERIFY(!signIn.start(c, QStringLiteral("x"), QStringLiteral("y"))); // plain http off loopback
        QCOMPARE(failed.size(), 3);
    }
};

QTEST_MAIN(TestOAuthSignIn)
#include "test_oauth_sign_in.moc"
