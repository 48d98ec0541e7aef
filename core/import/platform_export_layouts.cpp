#include "core/import/platform_export_layouts.h"

#include "core/domain/channel_catalog.h"
#include "core/import/header_matcher.h"
#include "core/import/layout_detector.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <initializer_list>

namespace Demetra::Import {

namespace {

using Names = std::initializer_list<const char16_t *>;

/// A header without its unit or qualifier: "Amount spent (USD)" -> "amount spent", "Потрачено, ₽" ->
/// "потрачено".
QString stemOf(const QString &header)
{
    static const QRegularExpression qualifier(QStringLiteral("\\s*(\\(.*\\)|,\\s*[a-zа-я.₽€$₸]{1,5})\\s*$"));
    QString s = HeaderMatcher::normalise(header);
    s.remove(qualifier);
    return s;
}

/// The columns of a header, normalised and stemmed, for looking names up.
struct Headers
{
    QStringList full;
    QStringList stems;

    explicit Headers(const QStringList &headers)
    {
        for (const QString &h : headers) {
            full << HeaderMatcher::normalise(h);
            stems << stemOf(h);
        }
    }

    /// Index of the first column whose full or stemmed name is one of `names`, else -1.
    int find(Names names) const
    {
        for (int c = 0; c < full.size(); ++c) {
            for (const char16_t *name : names) {
                if (full[c] == QStringView(name) || stems[c] == QStringView(name))
                    return c;
            }
        }
        return -1;
    }
    bool has(Names names) const { return find(names) >= 0; }
    /// Whether some column's full name starts with one of `prefixes`.
    bool startsWith(Names prefixes) const
    {
        for (const QString &f : full) {
            for (const char16_t *p : prefixes) {
                if (f.startsWith(QStringView(p)))
                    return true;
            }
        }
        return false;
    }
    bool contains(Names parts) const
    {
        for (const QString &f : full) {
            for (const char16_t *p : parts) {
                if (f.contains(QStringView(p)))
                    return true;
            }
        }
        return false;
    }
};

bool isCyrillic(const QStringList &texts)
{
    for (const QString &t : texts) {
        for (QChar ch : t) {
            if (ch.unicode() >= 0x0400 && ch.unicode() <= 0x04FF)
                return true;
        }
    }
    return false;
}

/// The text of the lines above the header (report title, date range), lower-cased.
QString titleText(const Layout &l, const FilePreview &preview)
{
    QStringList parts;
    for (int i = 0; i < l.headerRecord && i < preview.records.size(); ++i)
        parts << preview.records[i].join(u' ');
    return parts.join(u' ').toLower();
}

/// A channel column of a layout whose channel is fixed is a breakdown (Google's "Network", Yandex's "Площадка"):
/// kept as a slice so sibling rows stay apart, never read as the channel.
void channelColumnToSlice(Layout &l)
{
    const int c = l.column(ColumnRole::Channel);
    if (c < 0)
        return;
    l.setColumn(ColumnRole::Channel, -1);
    if (!l.has(ColumnRole::Placement))
        l.setColumn(ColumnRole::Placement, c);
    else if (!l.dimensionColumns.contains(c))
        l.dimensionColumns << c;
}

void setKind(Layout &l, LayoutKind kind, const char *id, const QString &displayName)
{
    l.kind = kind;
    l.id = QString::fromLatin1(id);
    l.displayName = displayName;
}

/// Currency codes named in the headers or in the first values of a currency column.
bool namesCurrency(const Layout &l, const FilePreview &preview, const QStringList &codes)
{
    for (const QString &h : l.headers) {
        if (codes.contains(HeaderMatcher::currencyIn(h)))
            return true;
    }
    if (const int cc = l.column(ColumnRole::Currency); cc >= 0) {
        for (int i = l.headerRecord + 1; i < preview.records.size(); ++i) {
            if (codes.contains(preview.records[i].value(cc).trimmed().toUpper()))
                return true;
        }
    }
    return false;
}

bool recogniseGoogle(Layout &l, const Headers &h)
{
    const bool english =
        h.has({u"impr."}) && h.has({u"currency code", u"cost / conv.", u"conv. value", u"avg. cpc", u"interactions"});
    const bool russian = h.has({u"ценность конв.", u"стоимость/конв.", u"стоим./конв.", u"код валюты",
                                u"сред. цена за клик", u"коэфф. конв."}) ||
                         (h.has({u"стоимость"}) && h.has({u"день"}) && h.has({u"кампания"}));
    if (!english && !russian)
        return false;
    setKind(l, LayoutKind::GoogleAdsUiReport, "google_ads_ui_report",
            QCoreApplication::translate("LayoutDetector", "Google Ads report export"));
    l.fixedChannel = QStringLiteral("Google Ads");
    channelColumnToSlice(l);
    return true;
}

bool recogniseTikTok(Layout &l, const Headers &h)
{
    if (!h.contains({u"(destination)", u"(пункт назначения)", u"(место назначения)"}))
        return false;
    setKind(l, LayoutKind::TikTokAdsExport, "tiktok_ads_export",
            QCoreApplication::translate("PlatformExportLayouts", "TikTok Ads Manager export"));
    l.fixedChannel = QStringLiteral("TikTok");
    channelColumnToSlice(l);
    return true;
}

bool recogniseMeta(Layout &l, const Headers &h)
{
    if (!h.has({u"amount spent", u"сумма затрат", u"reporting starts", u"начало отчетности", u"начало отчётности",
                u"result indicator", u"индикатор результатов", u"индикатор результата"}))
        return false;
    setKind(l, LayoutKind::MetaAdsManagerExport, "meta_ads_manager_export",
            QCoreApplication::translate("PlatformExportLayouts", "Meta Ads Manager export"));
    // A "Day" breakdown beside "Reporting starts/ends": the day is the row's date, the report's period is not its span.
    if (const int day = h.find({u"day", u"день", u"date", u"дата"}); day >= 0) {
        l.setColumn(ColumnRole::Date, day);
        l.setColumn(ColumnRole::ReportingEnd, -1);
    }
    // The optimisation events ("Results") before any single action type, link clicks before all clicks.
    for (Names names : {Names{u"results", u"результаты"}, Names{u"purchases", u"покупки"}, Names{u"leads", u"лиды"}}) {
        if (const int c = h.find(names); c >= 0) {
            l.setColumn(ColumnRole::Conversions, c);
            break;
        }
    }
    if (const int c = h.find({u"link clicks", u"клики по ссылке"}); c >= 0)
        l.setColumn(ColumnRole::Clicks, c);
    // Facebook, Instagram, Audience Network, Messenger: from the platform column, else from the placement.
    if (!l.has(ColumnRole::Channel) && l.has(ColumnRole::Placement))
        l.setColumn(ColumnRole::Channel, l.column(ColumnRole::Placement));
    if (!l.has(ColumnRole::Channel))
        l.fixedChannel = QStringLiteral("Facebook");
    return true;
}

bool recogniseTelegram(Layout &l, const Headers &h, const FilePreview &preview)
{
    const int adId = h.find({u"ad id", u"id объявления"});
    const int adTitle = h.find({u"ad title", u"ad", u"ad name", u"объявление", u"название объявления"});
    const int actions = h.find({u"actions", u"joins", u"joined", u"subscribers", u"new subscribers", u"действия",
                                u"подписки", u"вступления", u"подписчики", u"новые подписчики"});
    const bool hasCampaign = l.has(ColumnRole::CampaignId) || l.has(ColumnRole::CampaignName);
    const bool views = l.has(ColumnRole::VideoViews) || l.has(ColumnRole::Impressions);
    // The statistics of one ad (or of the whole account) come without an ad column: then the actions mark them.
    if (hasCampaign || (adId < 0 && adTitle < 0 && actions < 0) || !views || !l.has(ColumnRole::Spend))
        return false;
    const bool marked = actions >= 0 || h.has({u"budget spent", u"spent budget"}) ||
                        ChannelCatalog::fromFileName(preview.fileName) == QLatin1String("Telegram") ||
                        namesCurrency(l, preview, {QStringLiteral("TON"), QStringLiteral("XTR")});
    if (!marked)
        return false;
    setKind(l, LayoutKind::TelegramAdsExport, "telegram_ads_export",
            QCoreApplication::translate("PlatformExportLayouts", "Telegram Ads export"));
    // Telegram Ads has no campaigns: each ad is read as one (ad-platform-apis.md §5.3).
    l.setColumn(ColumnRole::Ad, -1);
    if (adId >= 0)
        l.setColumn(ColumnRole::CampaignId, adId);
    if (adTitle >= 0)
        l.setColumn(ColumnRole::CampaignName, adTitle);
    if (!l.has(ColumnRole::Impressions)) {
        l.setColumn(ColumnRole::Impressions, l.column(ColumnRole::VideoViews));
        l.setColumn(ColumnRole::VideoViews, -1);
    }
    if (actions >= 0 && !l.has(ColumnRole::Conversions))
        l.setColumn(ColumnRole::Conversions, actions);
    l.fixedChannel = QStringLiteral("Telegram");
    l.defaultCurrency = QStringLiteral("EUR");
    channelColumnToSlice(l);
    return true;
}

bool recogniseYandex(Layout &l, const Headers &h, const QString &title)
{
    const bool russian =
        h.has({u"№ кампании"}) || h.startsWith({u"расход (руб", u"расход, руб", u"доход (руб", u"ср. цена клика",
                                                u"расход (₽", u"расход, ₽"});
    const bool english = (h.has({u"campaign id"}) && h.startsWith({u"cost (rub", u"revenue (rub", u"avg. cpc (rub"}));
    const bool titled = title.contains(u'«') || title.contains(QStringLiteral("статистика")) ||
                        title.contains(QStringLiteral("директ")) || title.contains(QStringLiteral("yandex"));
    if (!russian && !english && !(titled && (l.has(ColumnRole::CampaignId) || l.has(ColumnRole::CampaignName))))
        return false;
    setKind(l, LayoutKind::YandexDirectReport, "yandex_direct_report",
            QCoreApplication::translate("PlatformExportLayouts", "Yandex.Direct report"));
    l.fixedChannel = QStringLiteral("Yandex.Direct");
    l.defaultCurrency = QStringLiteral("RUB");
    channelColumnToSlice(l);
    return true;
}

bool recogniseVk(Layout &l, const Headers &h)
{
    const bool hasCampaign = l.has(ColumnRole::CampaignId) || l.has(ColumnRole::CampaignName);
    const int spend = l.column(ColumnRole::Spend);
    if (!hasCampaign || spend < 0)
        return false;
    const QString stem = h.stems.value(spend);
    const bool russian = stem == u"потрачено" || stem == u"списания" || stem == u"списано";
    const bool english = stem == u"spent" && l.has(ColumnRole::CampaignId) &&
                         (l.has(ColumnRole::Reach) || l.has(ColumnRole::Conversions));
    if (!russian && !english)
        return false;
    setKind(l, LayoutKind::VkAdsExport, "vk_ads_export",
            QCoreApplication::translate("PlatformExportLayouts", "VK Ads export"));
    l.fixedChannel = QStringLiteral("VK");
    l.defaultCurrency = QStringLiteral("RUB");
    channelColumnToSlice(l);
    return true;
}

/// Whether the measure cells of the preview show decimals written with a dot ("12.5", "1,234.50") and none with a
/// comma ("12,5", "3518,40").
bool dotDecimalsOnly(const Layout &l, const FilePreview &preview)
{
    static const QRegularExpression dot(QStringLiteral("^[^,.]*\\d\\.\\d+\\D*$|^\\D*\\d{1,3}(,\\d{3})+\\.\\d+\\D*$"));
    static const QRegularExpression comma(QStringLiteral("^[^,.]*\\d,(\\d{1,2}|\\d{4,})\\D*$|\\d\\.\\d{3},\\d+\\D*$"));
    bool dots = false;
    for (ColumnRole role : {ColumnRole::Spend, ColumnRole::Revenue, ColumnRole::Impressions, ColumnRole::Clicks,
                            ColumnRole::Conversions, ColumnRole::Reach}) {
        const int c = l.column(role);
        if (c < 0)
            continue;
        for (int i = l.headerRecord + 1; i < preview.records.size(); ++i) {
            const QString cell = preview.records[i].value(c).trimmed();
            if (comma.match(cell).hasMatch())
                return false;
            dots = dots || dot.match(cell).hasMatch();
        }
    }
    return dots;
}

QString quotedHeader(const Layout &l, ColumnRole role)
{
    return u'"' + l.headers.value(l.column(role)).trimmed() + u'"';
}
} // namespace

bool PlatformExportLayouts::isPlatformExport(LayoutKind kind)
{
    switch (kind) {
    case LayoutKind::GoogleAdsUiReport:
    case LayoutKind::MetaAdsManagerExport:
    case LayoutKind::TikTokAdsExport:
    case LayoutKind::YandexDirectReport:
    case LayoutKind::VkAdsExport:
    case LayoutKind::TelegramAdsExport:
        return true;
    default:
        return false;
    }
}

bool PlatformExportLayouts::recognise(Layout &layout, const FilePreview &preview)
{
    Layout l = layout;
    const Headers h(l.headers);
    const bool found = recogniseGoogle(l, h) || recogniseTikTok(l, h) || recogniseMeta(l, h) ||
                       recogniseTelegram(l, h, preview) || recogniseYandex(l, h, titleText(l, preview)) ||
                       recogniseVk(l, h);
    if (!found)
        return false;
    // Russian-language exports write "3518,40" and "1 234,5": a lone comma is never a thousands separator there,
    // unless the file's own numbers show dot decimals and no comma decimal (Meta writes "12810.45" in every language).
    l.decimalComma = isCyrillic(l.headers) && !dotDecimalsOnly(l, preview);
    layout = std::move(l);
    return true;
}

void PlatformExportLayouts::addReadings(Layout &l)
{
    if (!isPlatformExport(l.kind))
        return;
    QStringList parts;
    if (!l.channelSource.isEmpty())
        parts << l.channelSource;
    if (l.kind == LayoutKind::TelegramAdsExport) {
        parts << QCoreApplication::translate(
            "PlatformExportLayouts",
            "the columns of this export are not verified against Telegram's documentation, so check this "
            "reading");
        if (l.has(ColumnRole::CampaignId) || l.has(ColumnRole::CampaignName))
            parts << QCoreApplication::translate(
                "PlatformExportLayouts",
                "each ad is read as a campaign (Telegram Ads has no campaigns) and views as impressions");
        else
            parts << QCoreApplication::translate("PlatformExportLayouts",
                                                 "no column names the ad, so the rows are read as one campaign (the ad "
                                                 "or account the file was downloaded for) and views as impressions");
    }
    if (l.has(ColumnRole::Date) && l.has(ColumnRole::ReportingEnd)) {
        parts << QCoreApplication::translate("PlatformExportLayouts",
                                             "each row covers its reporting period from %1 to %2")
                     .arg(quotedHeader(l, ColumnRole::Date), quotedHeader(l, ColumnRole::ReportingEnd));
    } else if (l.has(ColumnRole::Date)) {
        parts << QCoreApplication::translate("PlatformExportLayouts", "one row per day from %1")
                     .arg(quotedHeader(l, ColumnRole::Date));
    }
    if (l.has(ColumnRole::Conversions))
        parts << QCoreApplication::translate("PlatformExportLayouts", "conversions are %1")
                     .arg(quotedHeader(l, ColumnRole::Conversions));
    if (l.kind == LayoutKind::MetaAdsManagerExport && l.has(ColumnRole::Conversions)) {
        const Headers h(l.headers);
        const int indicator = h.find({u"result indicator", u"индикатор результатов", u"индикатор результата"});
        if (indicator >= 0 && h.find({u"results", u"результаты"}) == l.column(ColumnRole::Conversions))
            parts << QCoreApplication::translate("PlatformExportLayouts",
                                                 "results of every type named in \"%1\" count as conversions")
                         .arg(l.headers.value(indicator).trimmed());
    }
    if (l.has(ColumnRole::Revenue))
        parts << QCoreApplication::translate("PlatformExportLayouts", "revenue is %1")
                     .arg(quotedHeader(l, ColumnRole::Revenue));
    QString headerCurrency;
    QString currencyHeader;
    for (ColumnRole role : {ColumnRole::Spend, ColumnRole::Revenue}) {
        const QString h = l.headers.value(l.column(role));
        if (headerCurrency.isEmpty() && !HeaderMatcher::currencyIn(h).isEmpty()) {
            headerCurrency = HeaderMatcher::currencyIn(h);
            currencyHeader = h.trimmed();
        }
    }
    if (l.has(ColumnRole::Currency)) {
        parts << QCoreApplication::translate("PlatformExportLayouts", "the currency of each row is read from column %1")
                     .arg(quotedHeader(l, ColumnRole::Currency));
    } else if (!headerCurrency.isEmpty()) {
        parts << QCoreApplication::translate("PlatformExportLayouts", "amounts are in %1 (the header \"%2\" says so)")
                     .arg(headerCurrency, currencyHeader);
    } else if (!l.defaultCurrency.isEmpty()) {
        parts << QCoreApplication::translate(
                     "PlatformExportLayouts",
                     "no column names the currency, so amounts are read as %1 unless you choose another")
                     .arg(l.defaultCurrency);
    }
    if (l.decimalComma)
        parts << QCoreApplication::translate("PlatformExportLayouts", "a comma in numbers is the decimal separator");
    if (l.kind == LayoutKind::YandexDirectReport || l.kind == LayoutKind::GoogleAdsUiReport)
        parts << QCoreApplication::translate("PlatformExportLayouts",
                                             "total rows are skipped and \"--\" is an empty cell");
    const QString sentence = QCoreApplication::translate("PlatformExportLayouts", "%1: %2.")
                                 .arg(l.displayName, parts.join(QStringLiteral("; ")));
    l.readings.removeAll(l.channelSource);
    l.readings.prepend(sentence);
}

QString PlatformExportLayouts::metaChannel(const QString &cell)
{
    QString s = cell.trimmed().toLower();
    s.replace(u'_', u' ');
    for (const auto &[prefix, channel] :
         {std::pair{u"audience network", u"Audience Network"}, std::pair{u"messenger", u"Messenger"},
          std::pair{u"threads", u"Threads"}, std::pair{u"whatsapp", u"WhatsApp"}}) {
        if (s.contains(QStringView(prefix)))
            return QString::fromUtf16(channel);
    }
    return ChannelCatalog::canonical(cell);
}

} // namespace Demetra::Import
