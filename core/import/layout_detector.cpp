#include "core/import/layout_detector.h"

#include "core/domain/channel_catalog.h"
#include "core/import/header_matcher.h"
#include "core/import/platform_export_layouts.h"
#include "core/import/value_parser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Demetra::Import {

namespace {

constexpr int kMaxHeaderSearch = 12;

std::array<int, kColumnRoleCount> emptyColumns()
{
    std::array<int, kColumnRoleCount> c{};
    c.fill(-1);
    return c;
}

int recognisedCount(const QStringList &fields)
{
    int n = 0;
    for (const QString &f : fields) {
        const ColumnRole r = HeaderMatcher::roleOf(f);
        if (r != ColumnRole::Dimension && !(r == ColumnRole::Ignored && f.trimmed().isEmpty()))
            ++n;
    }
    return n;
}

// "tv_S", "facebook_I", "search_clicks_P": Robyn-style wide columns.
const QRegularExpression &wideColumnPattern()
{
    static const QRegularExpression re(QStringLiteral("^(.+?)_(S|I|P|spend|impressions|clicks)$"));
    return re;
}

QString channelFromPrefix(QString prefix)
{
    prefix.remove(QRegularExpression(QStringLiteral("_(clicks|impressions|impr|spend|cost)$")));
    const QString canonical = ChannelCatalog::canonical(prefix);
    if (canonical != prefix.trimmed())
        return canonical;
    if (prefix.size() <= 3)
        return prefix.toUpper(); // tv -> TV, ooh -> OOH
    QString s = prefix;
    s.replace(u'_', u' ');
    s[0] = s[0].toUpper();
    return s;
}

QString metricKey(const QString &header)
{
    QString s = HeaderMatcher::normalise(header);
    s.replace(u'#', QStringLiteral("n "));
    s.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("_"));
    while (s.startsWith(u'_'))
        s.remove(0, 1);
    while (s.endsWith(u'_'))
        s.chop(1);
    return s;
}

bool parseRangeParts(const QStringList &parts, QDate &from, QDate &to)
{
    if (parts.size() != 2)
        return false;
    const QByteArray a = parts[0].toUtf8();
    const QByteArray b = parts[1].toUtf8();
    const DateCell da = Values::parseDate(a, DateOrder::Unknown);
    const DateCell db = Values::parseDate(b, DateOrder::Unknown);
    if (da.state != CellState::Value || db.state != CellState::Value || db.date < da.date)
        return false;
    from = da.date;
    to = db.date;
    return true;
}

bool parseRange(const QString &text, QDate &from, QDate &to)
{
    static const QRegularExpression sep(QStringLiteral("\\s+[-–—]\\s+|\\s*\\.\\.\\s*"));
    if (parseRangeParts(text.trimmed().split(sep), from, to))
        return true;
    // A range inside a title: "«Статистика по кампаниям» (01.11.2026 - 07.11.2026)".
    static const QRegularExpression inner(
        QStringLiteral("(\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\s*[-–—]\\s*"
                       "(\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{4}-\\d{2}-\\d{2})"));
    const QRegularExpressionMatch m = inner.match(text);
    return m.hasMatch() && parseRangeParts(QStringList{m.captured(1), m.captured(2)}, from, to);
}

void addReading(Layout &l, const QString &text)
{
    if (!l.readings.contains(text))
        l.readings << text;
}
} // namespace

QString LayoutDetector::defaultAccountName(const Layout &layout)
{
    switch (layout.kind) {
    case LayoutKind::KaggleSocialMedia:
        return QCoreApplication::translate("LayoutDetector", "Kaggle Social Media Ads");
    case LayoutKind::MarketingCampaignPerformance:
        return QCoreApplication::translate("LayoutDetector", "Marketing Campaign Performance");
    case LayoutKind::FacebookAdCampaigns:
        return QCoreApplication::translate("LayoutDetector", "Facebook ad campaigns export");
    case LayoutKind::GoogleAdsUiReport:
        return QCoreApplication::translate("LayoutDetector", "Google Ads report export");
    case LayoutKind::MarketingMixWide:
        return QCoreApplication::translate("LayoutDetector", "Marketing mix (weekly)");
    case LayoutKind::BusinessOutcomes:
        return QCoreApplication::translate("LayoutDetector", "Business outcomes");
    case LayoutKind::GenericDaily:
    case LayoutKind::MetaAdsManagerExport:
    case LayoutKind::TikTokAdsExport:
    case LayoutKind::YandexDirectReport:
    case LayoutKind::VkAdsExport:
    case LayoutKind::TelegramAdsExport:
        break;
    }
    if (!layout.fixedChannel.isEmpty())
        return QCoreApplication::translate("LayoutDetector", "%1 export").arg(layout.fixedChannel);
    if (layout.kind == LayoutKind::MetaAdsManagerExport)
        return QCoreApplication::translate("LayoutDetector", "Meta Ads export");
    return QCoreApplication::translate("LayoutDetector", "CSV import");
}

Result<Layout> LayoutDetector::detect(const FilePreview &preview, const QString &channelOverride)
{
    // 1. The header: the early record that names the most known columns (at least two).
    int headerIndex = -1;
    int bestScore = 1;
    for (int i = 0; i < preview.records.size() && i < kMaxHeaderSearch; ++i) {
        const int score = recognisedCount(preview.records[i]);
        if (score > bestScore) {
            bestScore = score;
            headerIndex = i;
        }
    }
    if (headerIndex < 0) {
        // A header that names only its date (business figures): the first record with a date column.
        for (int i = 0; i < preview.records.size() && i < kMaxHeaderSearch && headerIndex < 0; ++i) {
            for (const QString &f : preview.records[i]) {
                if (HeaderMatcher::roleOf(f) == ColumnRole::Date && preview.records[i].size() >= 2) {
                    headerIndex = i;
                    break;
                }
            }
        }
    }
    if (headerIndex < 0) {
        const QStringList first = preview.records.isEmpty() ? QStringList() : preview.records.first();
        return fail(ErrorCode::UnknownLayout,
                    QCoreApplication::translate(
                        "LayoutDetector",
                        "%1: no column names a date, campaign, channel or measure Demetra knows, so the layout is "
                        "unknown. Headers: %2")
                        .arg(QFileInfo(preview.fileName).fileName(), first.join(QStringLiteral(", ")).left(600)),
                    first.join(u'\n'));
    }

    Layout l;
    l.columns = emptyColumns();
    l.headerRecord = headerIndex;
    l.headerLine = preview.lines.value(headerIndex, headerIndex + 1);
    l.headers = preview.records[headerIndex];

    // Title lines above the header may carry the report's period ("May 18, 2025 - August 15, 2025").
    for (int i = 0; i < headerIndex; ++i) {
        for (const QString &cell : preview.records[i]) {
            QDate from, to;
            if (parseRange(cell, from, to)) {
                l.periodFrom = from;
                l.periodTo = to;
            }
        }
    }

    QStringList normalised;
    QStringList unused;
    for (int c = 0; c < l.headers.size(); ++c) {
        normalised << HeaderMatcher::normalise(l.headers[c]);
        const ColumnRole role = HeaderMatcher::roleOf(l.headers[c]);
        if (role == ColumnRole::Ignored)
            continue;
        if (role == ColumnRole::Dimension) {
            // Not part of the key: a status, budget or unknown ratio that changes between exports would otherwise
            // make a re-import keep the old row beside the new one. Rows that differ only here are summed.
            if (!l.headers[c].trimmed().isEmpty())
                unused << l.headers[c].trimmed();
            continue;
        }
        if (!l.has(role))
            l.setColumn(role, c);
    }

    int wideCount = 0;
    for (const QString &h : l.headers) {
        if (wideColumnPattern().match(h.trimmed()).hasMatch())
            ++wideCount;
    }
    const bool hasAdMeasure = l.has(ColumnRole::Spend) || l.has(ColumnRole::Impressions) || l.has(ColumnRole::Clicks) ||
                              l.has(ColumnRole::AcquisitionCost);
    const bool hasCampaign = l.has(ColumnRole::CampaignId) || l.has(ColumnRole::CampaignName);

    if (l.has(ColumnRole::CampaignId) && l.has(ColumnRole::AcquisitionCost) && l.has(ColumnRole::Roi) &&
        l.has(ColumnRole::ConversionRate) && l.has(ColumnRole::Channel)) {
        const bool sibling = l.has(ColumnRole::CampaignType);
        l.kind = sibling ? LayoutKind::MarketingCampaignPerformance : LayoutKind::KaggleSocialMedia;
        l.id = sibling ? QStringLiteral("marketing_campaign_performance") : QStringLiteral("kaggle_social_media");
        l.displayName = sibling ? QCoreApplication::translate("LayoutDetector", "Kaggle Marketing Campaign Performance")
                                : QCoreApplication::translate("LayoutDetector", "Kaggle Social Media Advertising");
        // Campaign attributes live on the row; an id repeated with other attributes is another campaign.
        l.dimensionColumns.clear();
    } else if (normalised.contains(QStringLiteral("xyz campaign id")) &&
               normalised.contains(QStringLiteral("fb campaign id"))) {
        l.kind = LayoutKind::FacebookAdCampaigns;
        l.id = QStringLiteral("facebook_ad_campaigns");
        l.displayName = QCoreApplication::translate("LayoutDetector", "Facebook ad campaigns (no dates)");
        l.fixedChannel = QStringLiteral("Facebook");
    } else if (wideCount >= 2 && !hasCampaign && l.has(ColumnRole::Date)) {
        l.kind = LayoutKind::MarketingMixWide;
        l.id = QStringLiteral("marketing_mix_wide");
        l.displayName = QCoreApplication::translate("LayoutDetector", "Marketing mix, one column per channel");
    } else if (hasAdMeasure) {
        // A platform's own export (Meta, Google, TikTok, Yandex.Direct, VK, Telegram), else a generic daily file.
        if (!PlatformExportLayouts::recognise(l, preview)) {
            l.kind = LayoutKind::GenericDaily;
            l.id = QStringLiteral("generic_daily");
            l.displayName = QCoreApplication::translate("LayoutDetector", "Daily campaign export");
        }
    } else if (l.has(ColumnRole::Date) && l.headers.size() >= 2) {
        l.kind = LayoutKind::BusinessOutcomes;
        l.id = QStringLiteral("business_outcomes");
        l.displayName = QCoreApplication::translate("LayoutDetector", "Business outcomes by date");
    } else {
        return fail(ErrorCode::UnknownLayout,
                    QCoreApplication::translate(
                        "LayoutDetector",
                        "%1: the columns do not match a known layout (no spend, impressions or clicks column). "
                        "Headers: %2")
                        .arg(QFileInfo(preview.fileName).fileName(), l.headers.join(QStringLiteral(", ")).left(600)),
                    l.headers.join(u'\n'));
    }

    // 2. Wide and outcome columns.
    if (l.kind == LayoutKind::MarketingMixWide || l.kind == LayoutKind::BusinessOutcomes) {
        for (int c = 0; c < l.headers.size(); ++c) {
            if (c == l.column(ColumnRole::Date))
                continue;
            const QString h = l.headers[c].trimmed();
            const QRegularExpressionMatch m = wideColumnPattern().match(h);
            if (l.kind == LayoutKind::MarketingMixWide && m.hasMatch() && m.captured(2) != QLatin1String("B")) {
                const QString channel = channelFromPrefix(m.captured(1));
                auto it = std::find_if(l.wide.begin(), l.wide.end(),
                                       [&](const WideChannel &w) { return w.channel == channel; });
                if (it == l.wide.end()) {
                    l.wide.append(WideChannel{channel});
                    it = l.wide.end() - 1;
                }
                const QString kind = m.captured(2);
                if (kind == QLatin1String("S") || kind == QLatin1String("spend"))
                    it->spendColumn = c;
                else if (kind == QLatin1String("I") || kind == QLatin1String("impressions"))
                    it->impressionsColumn = c;
                else
                    it->clicksColumn = c;
                continue;
            }
            QString key = metricKey(h);
            if (key.endsWith(QLatin1String("_b")))
                key.chop(2);
            if (!key.isEmpty())
                l.outcomes.append(OutcomeColumn{c, key});
        }
        l.dimensionColumns.clear();
        addReading(
            l, QCoreApplication::translate(
                   "LayoutDetector", "Dated figures that are not per campaign (%1) are stored as business outcomes.")
                   .arg([&] {
                       QStringList keys;
                       for (const OutcomeColumn &o : l.outcomes)
                           keys << o.metric;
                       return keys.join(QStringLiteral(", "));
                   }()));
        if (l.kind == LayoutKind::MarketingMixWide) {
            QStringList channels;
            for (const WideChannel &w : l.wide)
                channels << w.channel;
            addReading(l, QCoreApplication::translate(
                              "LayoutDetector",
                              "Each row holds one period for every channel (%1): columns ending in _S are spend, _I "
                              "impressions, _P clicks.")
                              .arg(channels.join(QStringLiteral(", "))));
        }
    }

    // 3. Period cadence: weekly data covers 7 days per row.
    // (Decided by the import job from the dates it reads; the detector only needs the date column.)

    // 4. Where the channel comes from.
    if (!channelOverride.isEmpty()) {
        l.fixedChannel = ChannelCatalog::canonical(channelOverride);
        l.setColumn(ColumnRole::Channel, -1);
        l.channelSource =
            QCoreApplication::translate("LayoutDetector", "every row is filed under %1, as chosen").arg(l.fixedChannel);
    } else if (l.has(ColumnRole::Channel)) {
        l.channelSource = QCoreApplication::translate("LayoutDetector", "the channel is read from column \"%1\"")
                              .arg(l.headers[l.column(ColumnRole::Channel)]);
    } else if (!l.fixedChannel.isEmpty()) {
        l.channelSource =
            QCoreApplication::translate("LayoutDetector", "every row is %1 (the layout is that platform's export)")
                .arg(l.fixedChannel);
    } else if (const QString fromName = ChannelCatalog::fromFileName(preview.fileName); !fromName.isEmpty()) {
        l.fixedChannel = fromName;
        l.channelSource =
            QCoreApplication::translate("LayoutDetector", "no column names the channel; the file name says %1")
                .arg(fromName);
    } else if (l.kind != LayoutKind::MarketingMixWide && l.kind != LayoutKind::BusinessOutcomes) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "LayoutDetector",
                        "%1 does not say which channel its rows belong to (no channel column, and the file name names "
                        "none). Choose the channel for this file.")
                        .arg(QFileInfo(preview.fileName).fileName()));
    }
    if (!l.channelSource.isEmpty())
        addReading(l, l.channelSource);
    PlatformExportLayouts::addReadings(l);

    // 5. The readings specific to a layout.
    if (l.kind == LayoutKind::KaggleSocialMedia || l.kind == LayoutKind::MarketingCampaignPerformance) {
        addReading(l,
                   QCoreApplication::translate("LayoutDetector", "Acquisition_Cost is the campaign's cost (spend)."));
        addReading(l, QCoreApplication::translate("LayoutDetector", "Conversions = Clicks × Conversion_Rate."));
        addReading(l, QCoreApplication::translate("LayoutDetector", "Revenue = cost × (1 + ROI)."));
        addReading(l, QCoreApplication::translate(
                          "LayoutDetector",
                          "A Campaign_ID that repeats with another company, goal or duration is another campaign; "
                          "audience, segment, location and language are kept as slices."));
    }
    if (l.kind == LayoutKind::FacebookAdCampaigns) {
        addReading(l, QCoreApplication::translate(
                          "LayoutDetector",
                          "Conversions are Total_Conversion; rows are ads, kept as slices of their campaign "
                          "(xyz_campaign_id) by ad set, age, gender and interest."));
    }
    if (l.isUndated()) {
        if (l.periodFrom.isValid()) {
            addReading(
                l, QCoreApplication::translate(
                       "LayoutDetector", "The file has no date column; its rows cover %1 – %2 (from the title lines).")
                       .arg(l.periodFrom.toString(Qt::ISODate), l.periodTo.toString(Qt::ISODate)));
        } else {
            addReading(
                l, QCoreApplication::translate(
                       "LayoutDetector", "The file has no date column; its rows cover the reporting period you give."));
        }
    }
    // A platform export may give a role to a column HeaderMatcher left unknown ("Actions" on Telegram).
    for (int c : l.columns) {
        if (c >= 0)
            unused.removeAll(l.headers.value(c).trimmed());
    }
    if (!unused.isEmpty() && l.kind != LayoutKind::MarketingMixWide && l.kind != LayoutKind::BusinessOutcomes) {
        addReading(l, QCoreApplication::translate("LayoutDetector",
                                                  "Columns not used: %1. Rows that differ only in them are summed.")
                          .arg(unused.join(QStringLiteral(", "))));
    }
    if (!l.dimensionColumns.isEmpty()) {
        QStringList names;
        for (int c : l.dimensionColumns)
            names << l.headers[c];
        addReading(l, QCoreApplication::translate(
                          "LayoutDetector",
                          "Other breakdown columns (%1) keep sibling rows apart as slices of their campaign-day.")
                          .arg(names.join(QStringLiteral(", "))));
    }
    return l;
}

QString LayoutDetector::displayNameOf(const QString &id)
{
    // The same texts as detect() gives each layout, so one translation serves both.
    static const std::pair<const char *, const char *> names[] = {
        {"kaggle_social_media", QT_TRANSLATE_NOOP("LayoutDetector", "Kaggle Social Media Advertising")},
        {"marketing_campaign_performance",
         QT_TRANSLATE_NOOP("LayoutDetector", "Kaggle Marketing Campaign Performance")},
        {"facebook_ad_campaigns", QT_TRANSLATE_NOOP("LayoutDetector", "Facebook ad campaigns (no dates)")},
        {"marketing_mix_wide", QT_TRANSLATE_NOOP("LayoutDetector", "Marketing mix, one column per channel")},
        {"google_ads_ui_report", QT_TRANSLATE_NOOP("LayoutDetector", "Google Ads report export")},
        {"generic_daily", QT_TRANSLATE_NOOP("LayoutDetector", "Daily campaign export")},
        {"business_outcomes", QT_TRANSLATE_NOOP("LayoutDetector", "Business outcomes by date")},
    };
    static const std::pair<const char *, const char *> platformNames[] = {
        {"meta_ads_manager_export", QT_TRANSLATE_NOOP("PlatformExportLayouts", "Meta Ads Manager export")},
        {"tiktok_ads_export", QT_TRANSLATE_NOOP("PlatformExportLayouts", "TikTok Ads Manager export")},
        {"yandex_direct_report", QT_TRANSLATE_NOOP("PlatformExportLayouts", "Yandex.Direct report")},
        {"vk_ads_export", QT_TRANSLATE_NOOP("PlatformExportLayouts", "VK Ads export")},
        {"telegram_ads_export", QT_TRANSLATE_NOOP("PlatformExportLayouts", "Telegram Ads export")},
    };
    for (const auto &[key, name] : platformNames) {
        if (id == QLatin1String(key))
            return QCoreApplication::translate("PlatformExportLayouts", name);
    }
    for (const auto &[key, name] : names) {
        if (id == QLatin1String(key))
            return QCoreApplication::translate("LayoutDetector", name);
    }
    if (id == QLatin1String("user_mapping"))
        return QCoreApplication::translate("ColumnMapping", "Your column mapping");
    return id;
}

} // namespace Demetra::Import
