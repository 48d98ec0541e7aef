#include "ui/pages/data_sources/platform_help.h"

#include "core/connectors/account_id_rules.h"

namespace Demetra::Ui {

using Connectors::Platform;

QString PlatformHelp::normalizedAccountId(Platform platform, const QString &text)
{
    // The same normalisation the repository applies when the account is added.
    const Result<QString> id = Connectors::normalizeAccountId(platform, text);
    return id ? *id : text.trimmed();
}

QString PlatformHelp::accountIdProblem(Platform platform, const QString &accountId)
{
    const QString typed = accountId.trimmed();
    if (Connectors::normalizeAccountId(platform, typed))
        return {};
    switch (platform) {
    case Platform::Meta:
        if (typed.isEmpty())
            return tr("Enter the Meta ad account id (digits, with or without “act_”).");
        return tr("A Meta ad account id is digits only, like 1234567890 or act_1234567890.");
    case Platform::GoogleAds:
        if (typed.isEmpty())
            return tr("Enter the Google Ads customer id (10 digits, like 123-456-7890).");
        return tr("A Google Ads customer id has 10 digits, like 123-456-7890 (dashes are optional).");
    case Platform::TikTok:
        if (typed.isEmpty())
            return tr("Enter the TikTok advertiser id (digits).");
        return tr("A TikTok advertiser id is digits only, like 7123456789012345678.");
    case Platform::YandexDirect:
        if (typed.isEmpty())
            return tr("Enter the Yandex.Direct login of the advertiser (the Yandex ID login, like my-shop).");
        return tr("A Yandex login has no spaces, like my-shop.");
    case Platform::VkAds:
        if (typed.isEmpty())
            return tr("Enter the VK Ads account id (its number or username in the account settings).");
        return tr("A VK Ads account id has no spaces, like 12345678.");
    case Platform::TelegramAds:
        return tr("A Telegram Ads account id has no spaces; leave it empty for the token's own account.");
    }
    return {};
}

QString PlatformHelp::accountIdLabel(Platform platform)
{
    switch (platform) {
    case Platform::Meta:
        return tr("Ad account id:");
    case Platform::GoogleAds:
        return tr("Customer id:");
    case Platform::TikTok:
        return tr("Advertiser id:");
    case Platform::YandexDirect:
        return tr("Login:");
    case Platform::VkAds:
    case Platform::TelegramAds:
        return tr("Account id:");
    }
    return tr("Account id:");
}

QString PlatformHelp::accountIdPlaceholder(Platform platform)
{
    switch (platform) {
    case Platform::Meta:
        return QStringLiteral("act_1234567890");
    case Platform::GoogleAds:
        return QStringLiteral("123-456-7890");
    case Platform::TikTok:
        return QStringLiteral("7123456789012345678");
    case Platform::YandexDirect:
        return QStringLiteral("my-shop");
    case Platform::VkAds:
        return QStringLiteral("12345678");
    case Platform::TelegramAds:
        return tr("empty: the token's own account");
    }
    return {};
}

QString PlatformHelp::tokenHelp(Platform platform)
{
    switch (platform) {
    case Platform::Meta:
        return tr("Token: in Meta Business Suite open Business settings → Users → System users, add the ad account "
                  "to a system user and generate a token with the ads_read permission (it does not expire). A user "
                  "token from the Graph API Explorer also works but expires within about 60 days. The account id is "
                  "shown in Ads Manager next to the account name.");
    case Platform::GoogleAds:
        return tr("Token: an OAuth 2.0 access token with the scope https://www.googleapis.com/auth/adwords from a "
                  "Google Cloud project that has Google Ads API access (for example from the OAuth 2.0 Playground "
                  "with your own client). Access tokens expire after about an hour. The customer id is shown at the "
                  "top of the Google Ads interface; reaching it through a manager account needs the manager's id as "
                  "the login customer id (Advanced).");
    case Platform::TikTok:
        return tr("Token: create an app on TikTok API for Business (business-api.tiktok.com), authorise your "
                  "advertiser account with it and exchange the authorisation code for an access token. The "
                  "advertiser id is shown in TikTok Ads Manager under the account name.");
    case Platform::YandexDirect:
        return tr("Token: register an app at oauth.yandex.ru with access to the Yandex Direct API, have it approved "
                  "in Direct (Tools → API), and get an OAuth token for the advertiser's Yandex ID. Agencies enter the "
                  "client's login under Advanced.");
    case Platform::VkAds:
        return tr("Token: in VK Ads open Settings → API access to get a client id and a client secret. Paste an "
                  "access token here, or enter the client id under Advanced and paste the client secret here: "
                  "Demetra then obtains access tokens itself.");
    case Platform::TelegramAds:
        return tr("Token: create an API token in the account settings on ads.telegram.org; it is tied to that "
                  "advertiser account. Leave the account id empty for it, or enter a related account's id (agencies). "
                  "Without an API token, import the CSV export of ads.telegram.org instead.");
    }
    return {};
}

QList<PlatformHelp::Option> PlatformHelp::options(Platform platform)
{
    switch (platform) {
    case Platform::Meta:
        return {
            {QStringLiteral("conversion_actions"), tr("Conversion action types:"),
             QStringLiteral("lead, offsite_conversion.fb_pixel_purchase"),
             tr("Comma-separated action types counted as conversions; empty: the connector's default (leads and "
                "purchases)")},
            {QStringLiteral("revenue_actions"), tr("Revenue action types:"), QStringLiteral("purchase"),
             tr("Comma-separated action types whose values are revenue; empty: the connector's default (purchases)")},
        };
    case Platform::GoogleAds:
        return {
            {QStringLiteral("login_customer_id"), tr("Login customer id:"), QStringLiteral("987-654-3210"),
             tr("The manager (MCC) account the customer is reached through; empty when calling the account directly")},
            {QStringLiteral("developer_token"), tr("Developer token:"), QString(),
             tr("Only for API versions that still require it; Google stopped requiring developer tokens in 2026. "
                "Stored with the account's settings, not in the keychain.")},
        };
    case Platform::TikTok:
        return {
            {QStringLiteral("revenue_metric"), tr("Revenue metric:"), QStringLiteral("total_purchase_value"),
             tr("The report metric read as revenue (depends on the campaigns' optimisation events)")},
        };
    case Platform::YandexDirect:
        return {
            {QStringLiteral("client_login"), tr("Client login:"), QStringLiteral("client-shop"),
             tr("Agencies and representatives: the client whose statistics are read (the Client-Login header)")},
            {QStringLiteral("goals"), tr("Metrica goals:"), QStringLiteral("31415926, 27182818"),
             tr("Comma-separated Yandex Metrica goal ids (up to 10) whose conversions and revenue are read")},
            {QStringLiteral("attribution_models"), tr("Attribution models:"), QStringLiteral("LC"),
             tr("Comma-separated attribution models for the goals (FC, LC, LSC, LYDC, …)")},
            {QStringLiteral("currency"), tr("Currency:"), QStringLiteral("RUB"),
             tr("The account currency (ISO code) when the platform does not report it")},
        };
    case Platform::VkAds:
        return {
            {QStringLiteral("client_id"), tr("Client id:"), QString(),
             tr("With a client id, the token field holds the client secret and Demetra obtains access tokens")},
            {QStringLiteral("agency_client_name"), tr("Agency client:"), QString(),
             tr("Agencies with a client id: the client's username whose statistics are read")},
            {QStringLiteral("currency"), tr("Currency:"), QStringLiteral("RUB"),
             tr("The account currency (ISO code) when the platform does not report it")},
        };
    case Platform::TelegramAds:
        return {
            {QStringLiteral("currency"), tr("Currency:"), QStringLiteral("EUR"),
             tr("The account currency when the platform does not report it (EUR, TON, XTR)")},
        };
    }
    return {};
}

QList<PlatformHelp::Option> PlatformHelp::allOptions(Platform platform)
{
    QList<Option> all = options(platform);
    all.append(restatementOption(platform));
    return all;
}

PlatformHelp::Option PlatformHelp::restatementOption(Platform platform)
{
    return {QStringLiteral("restatement_days"), tr("Days re-read on every sync:"),
            QString::number(Connectors::platformInfo(platform).restatementDays),
            tr("The trailing days the platform may still revise (late conversions, attribution); every sync reads "
               "them again and the charts mark them as still settling. Empty: the platform's usual window.")};
}

} // namespace Demetra::Ui
