#include "core/connectors/account_id_rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Demetra::Connectors {

namespace {

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

Error invalid(Platform platform, const QString &typed, const QString &expected)
{
    return Error{ErrorCode::InvalidArgument,
                 QCoreApplication::translate("Connectors", "Account ID \"%1\" is not a %2 account id: %3")
                     .arg(typed, platformDisplayName(platform), expected),
                 QStringLiteral("account_id")};
}

} // namespace

Result<QString> normalizeAccountId(Platform platform, const QString &typed)
{
    QString id = typed.trimmed();
    switch (platform) {
    case Platform::Meta:
        if (id.startsWith(QLatin1String("act_"), Qt::CaseInsensitive))
            id = id.mid(4);
        if (!allDigits(id))
            return tl::unexpected(invalid(
                platform, typed,
                QCoreApplication::translate("Connectors", "give the ad account's digits (with or without \"act_\").")));
        return id;
    case Platform::GoogleAds:
        id.remove(u'-');
        id.remove(u' ');
        if (!allDigits(id) || id.size() != 10)
            return tl::unexpected(invalid(
                platform, typed,
                QCoreApplication::translate("Connectors", "give the 10-digit customer ID (dashes are allowed).")));
        return id;
    case Platform::TikTok:
        if (!allDigits(id))
            return tl::unexpected(invalid(
                platform, typed, QCoreApplication::translate("Connectors", "give the advertiser ID (digits).")));
        return id;
    case Platform::YandexDirect:
        if (id.isEmpty() || id.contains(QRegularExpression(QStringLiteral("\\s"))))
            return tl::unexpected(
                invalid(platform, typed,
                        QCoreApplication::translate("Connectors", "give the client login (text without spaces).")));
        return id;
    case Platform::VkAds:
        if (id.isEmpty() || id.contains(QRegularExpression(QStringLiteral("\\s"))))
            return tl::unexpected(invalid(
                platform, typed,
                QCoreApplication::translate("Connectors", "give the account ID (digits or text without spaces).")));
        return id;
    case Platform::TelegramAds:
        if (id.contains(QRegularExpression(QStringLiteral("\\s"))))
            return tl::unexpected(invalid(
                platform, typed,
                QCoreApplication::translate("Connectors",
                                            "give the account ID without spaces, or leave it empty for the token's "
                                            "own account.")));
        return id;
    }
    return id;
}

QString defaultAccountName(Platform platform, const QString &accountId)
{
    const QString platformName = QCoreApplication::translate("Connectors", platformInfo(platform).displayName);
    // "Meta (Facebook, Instagram) 123" reads badly: the short form before a parenthesis.
    QString shortName = platformName.section(QStringLiteral(" ("), 0, 0);
    return accountId.isEmpty() ? shortName : shortName + u' ' + accountId;
}

} // namespace Demetra::Connectors
