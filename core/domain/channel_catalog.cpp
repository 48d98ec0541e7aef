#include "core/domain/channel_catalog.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Demetra {

namespace {
struct Synonym
{
    const char16_t *pattern; // lower-case, matched as a whole word-ish token sequence
    const char16_t *canonical;
};

// Order matters: the first match wins ("instagram" before "facebook" for "Facebook & Instagram"? no: explicit).
constexpr Synonym kSynonyms[] = {
    {u"instagram", u"Instagram"},
    {u"insta", u"Instagram"},
    {u"facebook", u"Facebook"},
    {u"fb", u"Facebook"},
    {u"meta", u"Facebook"},
    {u"google ads", u"Google Ads"},
    {u"google", u"Google Ads"},
    {u"adwords", u"Google Ads"},
    {u"youtube", u"YouTube"},
    {u"tiktok", u"TikTok"},
    {u"tik tok", u"TikTok"},
    {u"telegram", u"Telegram"},
    {u"телеграм", u"Telegram"},
    {u"yandex", u"Yandex.Direct"},
    {u"яндекс", u"Yandex.Direct"},
    {u"vkontakte", u"VK"},
    {u"вконтакте", u"VK"},
    {u"vk ads", u"VK"},
    {u"vk", u"VK"},
    {u"вк", u"VK"},
    {u"pinterest", u"Pinterest"},
    {u"twitter", u"Twitter"},
    {u"linkedin", u"LinkedIn"},
    {u"snapchat", u"Snapchat"},
    {u"bing", u"Microsoft Ads"},
    {u"microsoft ads", u"Microsoft Ads"},
    {u"email", u"Email"},
    {u"e-mail", u"Email"},
    {u"website", u"Website"},
};

QString normalise(const QString &raw)
{
    QString s = raw.trimmed().toLower();
    static const QRegularExpression separators(QStringLiteral("[_\\-./]+"));
    s.replace(separators, QStringLiteral(" "));
    return s.simplified();
}

bool containsToken(const QString &haystack, QStringView token)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = haystack.indexOf(token, from);
        if (at < 0)
            return false;
        const qsizetype end = at + token.size();
        const bool startOk = at == 0 || !haystack.at(at - 1).isLetterOrNumber();
        const bool endOk = end == haystack.size() || !haystack.at(end).isLetterOrNumber();
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}
} // namespace

QString ChannelCatalog::canonical(const QString &raw)
{
    const QString s = normalise(raw);
    if (s.isEmpty())
        return {};
    for (const Synonym &syn : kSynonyms) {
        const QStringView pattern(syn.pattern);
        if (s == pattern)
            return QString::fromUtf16(syn.canonical);
    }
    // Longer names that contain a channel ("Meta - Facebook", "Google Ads Search"): token match.
    for (const Synonym &syn : kSynonyms) {
        const QStringView pattern(syn.pattern);
        if (pattern.size() >= 4 && containsToken(s, pattern))
            return QString::fromUtf16(syn.canonical);
    }
    return raw.trimmed();
}

QString ChannelCatalog::fromFileName(const QString &fileName)
{
    const QString s = normalise(QFileInfo(fileName).completeBaseName());
    for (const Synonym &syn : kSynonyms) {
        const QStringView pattern(syn.pattern);
        if (containsToken(s, pattern))
            return QString::fromUtf16(syn.canonical);
    }
    return {};
}

} // namespace Demetra
