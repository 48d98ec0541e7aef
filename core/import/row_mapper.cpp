#include "core/import/row_mapper.h"

#include "core/domain/channel_catalog.h"
#include "core/import/header_matcher.h"
#include "core/import/platform_export_layouts.h"
#include "core/import/value_parser.h"

#include <QCoreApplication>
#include <cmath>

namespace Demetra::Import {

namespace {

// Bounds the campaign and slice caches (files with a fresh id on every row would otherwise grow them unbounded).
constexpr qsizetype kMaxCached = 20000;

QString shown(QByteArrayView v)
{
    QString s = QString::fromUtf8(v.first(qMin<qsizetype>(v.size(), 80)));
    if (v.size() > 80)
        s += QChar(0x2026);
    return s;
}

int leadingInt(const QString &s)
{
    int i = 0;
    while (i < s.size() && s[i].isSpace())
        ++i;
    int v = 0;
    int digits = 0;
    while (i < s.size() && s[i].isDigit() && digits < 6) {
        v = v * 10 + s[i].digitValue();
        ++i;
        ++digits;
    }
    return digits ? v : 0;
}

QString audienceFrom(const QString &gender, const QString &age)
{
    QString g = gender.trimmed();
    if (g.compare(QLatin1String("M"), Qt::CaseInsensitive) == 0 ||
        g.compare(QLatin1String("male"), Qt::CaseInsensitive) == 0)
        g = QStringLiteral("Men");
    else if (g.compare(QLatin1String("F"), Qt::CaseInsensitive) == 0 ||
             g.compare(QLatin1String("female"), Qt::CaseInsensitive) == 0)
        g = QStringLiteral("Women");
    return QString(g + u' ' + age.trimmed()).trimmed();
}
} // namespace

RowMapper::RowMapper(Layout layout, ImportOptions options, DateOrder dateOrder, int spanDays, bool decimalComma)
    : m_layout(std::move(layout)), m_options(std::move(options)), m_dateOrder(dateOrder), m_spanDays(qMax(1, spanDays)),
      m_decimalComma(decimalComma)
{
    if (m_layout.has(ColumnRole::Spend))
        m_spendInMicros = HeaderMatcher::normalise(m_layout.headers.value(m_layout.column(ColumnRole::Spend)))
                              .contains(QLatin1String("micros"));
    if (m_layout.isUndated()) {
        if (!m_options.periodFrom.isValid()) {
            m_options.periodFrom = m_layout.periodFrom;
            m_options.periodTo = m_layout.periodTo;
        }
        if (m_options.periodFrom.isValid() && m_options.periodTo.isValid())
            m_spanDays = int(m_options.periodFrom.daysTo(m_options.periodTo)) + 1;
    }
}

bool RowMapper::isSummaryRow(const CsvRecord &record) const
{
    for (QByteArrayView field : record.fields) {
        const QByteArrayView t = field.trimmed();
        if (t.isEmpty() || Values::isMissing(t))
            continue;
        // Cheap test first: "Total…" starts with T/t, "Итого…"/"Всего…" with the UTF-8 lead byte 0xD0.
        const char lead = t.front();
        if (lead != 'T' && lead != 't' && uchar(lead) != 0xD0)
            return false;
        const QString first = QString::fromUtf8(t.first(qMin<qsizetype>(t.size(), 16))).toLower();
        for (const char16_t *word : {u"total", u"итого", u"всего"}) {
            const QStringView w(word);
            if (first == w || first.startsWith(w + u':'))
                return true;
        }
        return false; // only the first non-empty cell can mark a summary row
    }
    return false;
}

bool RowMapper::reject(MappedRecord &out, const CsvRecord &record, int column, const QString &reason) const
{
    RejectedRow r;
    r.line = record.line;
    r.column = column >= 0 ? column + 1 : 0;
    r.columnName = column >= 0 ? m_layout.headers.value(column) : QString();
    r.reason = reason;
    r.raw = QString::fromUtf8(record.raw);
    out.facts.clear();
    out.outcomes.clear();
    out.rejected = r;
    return false;
}

QString RowMapper::text(const CsvRecord &record, ColumnRole role) const
{
    const int c = m_layout.column(role);
    if (c < 0 || c >= record.fields.size())
        return {};
    const QByteArrayView v = record.fields[c];
    if (Values::isMissing(v))
        return {};
    return QString::fromUtf8(v).trimmed();
}

void RowMapper::map(const CsvRecord &record, MappedRecord &out) const
{
    out.clear();
    if (!record.error.isEmpty()) {
        reject(out, record, record.errorColumn - 1, record.error);
        return;
    }
    const int expected = int(m_layout.headers.size());
    if (record.fields.size() < expected) {
        reject(out, record, -1,
               QCoreApplication::translate("RowMapper", "the row has %1 fields, the header has %2")
                   .arg(record.fields.size())
                   .arg(expected));
        return;
    }
    for (qsizetype c = expected; c < record.fields.size(); ++c) {
        if (!record.fields[c].trimmed().isEmpty()) {
            reject(out, record, int(c),
                   QCoreApplication::translate("RowMapper", "the row has %1 fields, the header has %2")
                       .arg(record.fields.size())
                       .arg(expected));
            return;
        }
    }

    // Totals that exports append ("Total: Account", "Итого") are sums of rows already read: counting them again
    // would double the figures.
    if (isSummaryRow(record)) {
        reject(out, record, -1,
               QCoreApplication::translate("RowMapper", "a summary row (a total of other rows), not imported"));
        return;
    }

    // Date, or the reporting period of an undated file.
    qint64 day = 0;
    int spanDays = m_spanDays;
    if (m_layout.isUndated()) {
        if (!m_options.periodFrom.isValid()) {
            reject(out, record, -1,
                   QCoreApplication::translate("RowMapper", "the file has no dates and no reporting period was given"));
            return;
        }
        day = m_options.periodFrom.toJulianDay();
    } else {
        const int dc = m_layout.column(ColumnRole::Date);
        const DateCell d = Values::parseDate(record.fields[dc], m_dateOrder);
        if (d.state == CellState::Missing) {
            reject(out, record, dc, QCoreApplication::translate("RowMapper", "the date is missing"));
            return;
        }
        if (d.state == CellState::Invalid) {
            reject(out, record, dc,
                   QCoreApplication::translate("RowMapper", "not a date: \"%1\" (%2)")
                       .arg(shown(record.fields[dc]), d.reason));
            return;
        }
        day = d.date.toJulianDay();
        // A row with its own period end ("Reporting ends") covers every day up to it.
        if (const int ec = m_layout.column(ColumnRole::ReportingEnd); ec >= 0) {
            const DateCell end = Values::parseDate(record.fields[ec], m_dateOrder);
            if (end.state == CellState::Invalid || (end.state == CellState::Value && end.date < d.date)) {
                reject(out, record, ec,
                       QCoreApplication::translate("RowMapper",
                                                   "the period end \"%1\" is not a date on or after the start")
                           .arg(shown(record.fields[ec])));
                return;
            }
            if (end.state == CellState::Value)
                spanDays = int(d.date.daysTo(end.date)) + 1;
        }
    }

    if (m_layout.kind == LayoutKind::MarketingMixWide || m_layout.kind == LayoutKind::BusinessOutcomes) {
        mapWide(record, day, out);
        return;
    }

    const bool decimalComma = m_decimalComma;
    FactRow f;
    f.line = record.line;
    f.day = day;
    f.spanDays = spanDays;

    // Measures: each validated in place.
    auto number = [&](ColumnRole role, std::optional<double> &dst) -> bool {
        const int c = m_layout.column(role);
        if (c < 0)
            return true;
        const NumberCell n = Values::parseNumber(record.fields[c], decimalComma);
        if (n.state == CellState::Invalid)
            return reject(
                out, record, c,
                QCoreApplication::translate("RowMapper", "not a number: \"%1\"").arg(shown(record.fields[c])));
        if (n.state == CellState::Value) {
            if (n.value < 0)
                return reject(
                    out, record, c,
                    QCoreApplication::translate("RowMapper", "negative %1: %2").arg(columnRoleName(role)).arg(n.value));
            if (!std::isfinite(n.value))
                return reject(out, record, c,
                              QCoreApplication::translate("RowMapper", "not a finite number: \"%1\"")
                                  .arg(shown(record.fields[c])));
            dst = n.value;
        }
        return true;
    };
    auto integer = [&](ColumnRole role, std::optional<qint64> &dst) -> bool {
        std::optional<double> v;
        if (!number(role, v))
            return false;
        if (v) {
            const int c = m_layout.column(role);
            if (*v > 9.0e15)
                return reject(
                    out, record, c,
                    QCoreApplication::translate("RowMapper", "%1 is too large: %2").arg(columnRoleName(role)).arg(*v));
            if (std::fabs(*v - std::round(*v)) > 1e-9)
                return reject(out, record, c,
                              QCoreApplication::translate("RowMapper", "%1 must be a whole number: \"%2\"")
                                  .arg(columnRoleName(role), shown(record.fields[c])));
            dst = qint64(std::llround(*v));
        }
        return true;
    };
    auto money = [&](ColumnRole role, std::optional<qint64> &dst, QString &currency) -> bool {
        const int c = m_layout.column(role);
        if (c < 0)
            return true;
        if (role == ColumnRole::Spend && m_spendInMicros) {
            std::optional<qint64> micros;
            if (!integer(role, micros))
                return false;
            dst = micros;
            return true;
        }
        const MoneyCell m = Values::parseMoney(record.fields[c], decimalComma);
        if (m.state == CellState::Invalid)
            return reject(out, record, c,
                          QCoreApplication::translate("RowMapper", "not an amount of money: \"%1\"")
                              .arg(shown(record.fields[c])));
        if (m.state == CellState::Value) {
            if (m.micros < 0)
                return reject(out, record, c,
                              QCoreApplication::translate("RowMapper", "negative %1: \"%2\"")
                                  .arg(columnRoleName(role), shown(record.fields[c])));
            dst = m.micros;
            if (!m.currency.isEmpty())
                currency = m.currency;
        }
        return true;
    };

    QString moneyCurrency;
    if (!integer(ColumnRole::Impressions, f.impressions) || !integer(ColumnRole::Clicks, f.clicks) ||
        !integer(ColumnRole::Reach, f.reach) || !integer(ColumnRole::Engagements, f.engagements) ||
        !integer(ColumnRole::VideoViews, f.videoViews))
        return;
    if (!money(ColumnRole::Spend, f.spendMicros, moneyCurrency) ||
        !money(ColumnRole::Revenue, f.revenueMicros, moneyCurrency))
        return;
    if (m_options.approvedConversions && m_layout.has(ColumnRole::ApprovedConversions)) {
        if (!number(ColumnRole::ApprovedConversions, f.conversions))
            return;
    } else if (!number(ColumnRole::Conversions, f.conversions)) {
        return;
    }

    if (m_layout.kind == LayoutKind::KaggleSocialMedia || m_layout.kind == LayoutKind::MarketingCampaignPerformance) {
        std::optional<qint64> cost;
        if (!money(ColumnRole::AcquisitionCost, cost, moneyCurrency))
            return;
        std::optional<double> rate;
        if (!number(ColumnRole::ConversionRate, rate))
            return;
        if (rate && *rate > 1.0)
            return void(reject(out, record, m_layout.column(ColumnRole::ConversionRate),
                               QCoreApplication::translate("RowMapper", "conversion rate above 100%: %1").arg(*rate)));
        if (rate && f.clicks)
            f.conversions = double(*f.clicks) * *rate;
        if (cost) {
            f.spendMicros = m_options.acquisitionCostPerConversion && f.conversions
                                ? std::optional<qint64>(std::llround(double(*cost) * *f.conversions))
                                : cost;
        }
        // ROI may be negative; it is not a measure but the reading that gives revenue.
        const int rc = m_layout.column(ColumnRole::Roi);
        const NumberCell roi = Values::parseNumber(record.fields[rc], decimalComma);
        if (roi.state == CellState::Invalid)
            return void(
                reject(out, record, rc,
                       QCoreApplication::translate("RowMapper", "not a number: \"%1\"").arg(shown(record.fields[rc]))));
        if (roi.state == CellState::Value && m_options.revenueFromRoi && f.spendMicros) {
            if (roi.value < -1.0)
                return void(reject(out, record, rc,
                                   QCoreApplication::translate("RowMapper", "ROI below -100%: %1").arg(roi.value)));
            f.revenueMicros = std::llround(double(*f.spendMicros) * (1.0 + roi.value));
        }
        std::optional<double> score;
        if (!number(ColumnRole::EngagementScore, score))
            return;
        f.engagementScore = score;
    }

    if (f.clicks && f.impressions && *f.clicks > *f.impressions) {
        reject(out, record, m_layout.column(ColumnRole::Clicks),
               QCoreApplication::translate("RowMapper", "clicks (%1) exceed impressions (%2)")
                   .arg(*f.clicks)
                   .arg(*f.impressions));
        return;
    }
    if (!f.spendMicros && !f.impressions && !f.clicks && !f.conversions && !f.revenueMicros && !f.reach) {
        reject(out, record, -1,
               QCoreApplication::translate(
                   "RowMapper", "the row has no measure (spend, impressions, clicks, conversions or revenue)"));
        return;
    }

    // Channel.
    if (!m_layout.fixedChannel.isEmpty()) {
        f.channel = m_layout.fixedChannel;
    } else {
        const QByteArrayView raw = record.fields[m_layout.column(ColumnRole::Channel)];
        auto it = m_channelNames.constFind(raw.toByteArray());
        if (it == m_channelNames.constEnd()) {
            const bool meta = m_layout.kind == LayoutKind::MetaAdsManagerExport;
            const QString name = Values::isMissing(raw) ? QString()
                                 : meta                 ? PlatformExportLayouts::metaChannel(QString::fromUtf8(raw))
                                                        : ChannelCatalog::canonical(QString::fromUtf8(raw));
            it = m_channelNames.insert(raw.toByteArray(), name);
        }
        if (it->isEmpty()) {
            reject(out, record, m_layout.column(ColumnRole::Channel),
                   QCoreApplication::translate("RowMapper", "the channel is empty"));
            return;
        }
        f.channel = *it;
    }

    // Currency: a currency column wins, then a symbol in the money cell, then the options / header.
    const QString currencyColumn = text(record, ColumnRole::Currency).toUpper();
    if (!currencyColumn.isEmpty()) {
        if (currencyColumn.size() != 3) {
            reject(out, record, m_layout.column(ColumnRole::Currency),
                   QCoreApplication::translate("RowMapper", "not a currency code: \"%1\"").arg(currencyColumn));
            return;
        }
        f.currency = currencyColumn;
    } else if (!moneyCurrency.isEmpty()) {
        f.currency = moneyCurrency;
    }

    // Campaign and slice: built once per distinct set of cells and shared (QString copies share their data).
    f.campaign = campaignFor(record);
    f.slice = sliceFor(record);

    out.facts.append(std::move(f));
}

QByteArray &RowMapper::cacheKey(const CsvRecord &record, std::initializer_list<ColumnRole> roles, bool dimensions) const
{
    m_keyBuffer.resize(0);
    for (ColumnRole role : roles) {
        const int col = m_layout.column(role);
        if (col >= 0)
            m_keyBuffer.append(record.fields[col].data(), record.fields[col].size());
        m_keyBuffer.append('\x1f');
    }
    if (dimensions) {
        for (int col : m_layout.dimensionColumns) {
            m_keyBuffer.append(record.fields[col].data(), record.fields[col].size());
            m_keyBuffer.append('\x1f');
        }
    }
    return m_keyBuffer;
}

CampaignInfo RowMapper::campaignFor(const CsvRecord &record) const
{
    const QByteArray &key = cacheKey(record,
                                     {ColumnRole::CampaignId, ColumnRole::CampaignName, ColumnRole::Goal,
                                      ColumnRole::Company, ColumnRole::CampaignType, ColumnRole::Duration},
                                     false);
    if (auto it = m_campaignCache.constFind(key); it != m_campaignCache.constEnd())
        return *it;
    CampaignInfo c;
    c.externalId = text(record, ColumnRole::CampaignId);
    const QString name = text(record, ColumnRole::CampaignName);
    c.goal = text(record, ColumnRole::Goal);
    c.company = text(record, ColumnRole::Company);
    c.campaignType = text(record, ColumnRole::CampaignType);
    c.durationDays = leadingInt(text(record, ColumnRole::Duration));
    if (m_layout.kind == LayoutKind::KaggleSocialMedia || m_layout.kind == LayoutKind::MarketingCampaignPerformance) {
        const QChar sep(0x1F);
        c.key = c.externalId + sep + c.company + sep + c.goal + sep + QString::number(c.durationDays) + sep +
                c.campaignType;
        c.name = c.company.isEmpty()
                     ? QCoreApplication::translate("RowMapper", "Campaign %1").arg(c.externalId)
                     : QCoreApplication::translate("RowMapper", "Campaign %1 · %2").arg(c.externalId, c.company);
    } else if (m_layout.kind == LayoutKind::FacebookAdCampaigns) {
        c.key = c.externalId;
        c.name = QCoreApplication::translate("RowMapper", "Campaign %1").arg(c.externalId);
    } else {
        c.key = !c.externalId.isEmpty() ? c.externalId : name;
        c.name = !name.isEmpty() ? name
                                 : (c.externalId.isEmpty()
                                        ? QCoreApplication::translate("RowMapper", "(all campaigns)")
                                        : QCoreApplication::translate("RowMapper", "Campaign %1").arg(c.externalId));
    }
    if (m_campaignCache.size() >= kMaxCached)
        m_campaignCache.clear();
    c.localId = m_nextLocalId++;
    m_campaignCache.insert(key, c);
    return c;
}

SliceInfo RowMapper::sliceFor(const CsvRecord &record) const
{
    static constexpr std::initializer_list<ColumnRole> kDetailRoles{
        ColumnRole::AdGroup,  ColumnRole::Ad,     ColumnRole::Age,      ColumnRole::Gender,
        ColumnRole::Interest, ColumnRole::Device, ColumnRole::Placement};
    const QByteArray &key =
        cacheKey(record,
                 {ColumnRole::Audience, ColumnRole::Segment, ColumnRole::Location, ColumnRole::Language,
                  ColumnRole::AdGroup, ColumnRole::Ad, ColumnRole::Age, ColumnRole::Gender, ColumnRole::Interest,
                  ColumnRole::Device, ColumnRole::Placement},
                 true);
    if (auto it = m_sliceCache.constFind(key); it != m_sliceCache.constEnd())
        return *it;
    SliceInfo s;
    s.audience = text(record, ColumnRole::Audience);
    s.segment = text(record, ColumnRole::Segment);
    s.location = text(record, ColumnRole::Location);
    s.language = text(record, ColumnRole::Language);
    if (s.audience.isEmpty() && (m_layout.has(ColumnRole::Age) || m_layout.has(ColumnRole::Gender)))
        s.audience = audienceFrom(text(record, ColumnRole::Gender), text(record, ColumnRole::Age));
    if (s.segment.isEmpty() && m_layout.has(ColumnRole::Interest))
        s.segment = QCoreApplication::translate("RowMapper", "Interest %1").arg(text(record, ColumnRole::Interest));
    QStringList detail;
    for (ColumnRole role : kDetailRoles) {
        const int col = m_layout.column(role);
        if (col >= 0)
            detail << m_layout.headers[col].trimmed() + u'=' + QString::fromUtf8(record.fields[col]).trimmed();
    }
    for (int col : m_layout.dimensionColumns)
        detail << m_layout.headers[col].trimmed() + u'=' + QString::fromUtf8(record.fields[col]).trimmed();
    s.detail = detail.join(QStringLiteral("; "));
    s.finalize();
    s.localId = m_nextLocalId++;
    if (m_sliceCache.size() >= kMaxCached)
        m_sliceCache.clear();
    m_sliceCache.insert(key, s);
    return s;
}

void RowMapper::mapWide(const CsvRecord &record, qint64 day, MappedRecord &out) const
{
    for (const WideChannel &w : m_layout.wide) {
        FactRow f;
        f.line = record.line;
        f.day = day;
        f.spanDays = m_spanDays;
        f.channel = w.channel;
        f.campaign.name = QCoreApplication::translate("RowMapper", "(all campaigns)");
        auto readInt = [&](int col, std::optional<qint64> &dst) -> bool {
            if (col < 0)
                return true;
            const NumberCell n = Values::parseNumber(record.fields[col]);
            if (n.state == CellState::Invalid)
                return reject(
                    out, record, col,
                    QCoreApplication::translate("RowMapper", "not a number: \"%1\"").arg(shown(record.fields[col])));
            if (n.state == CellState::Value) {
                if (n.value < 0)
                    return reject(out, record, col,
                                  QCoreApplication::translate("RowMapper", "negative value: %1").arg(n.value));
                dst = qint64(std::llround(n.value));
            }
            return true;
        };
        if (w.spendColumn >= 0) {
            const MoneyCell m = Values::parseMoney(record.fields[w.spendColumn]);
            if (m.state == CellState::Invalid)
                return void(reject(out, record, w.spendColumn,
                                   QCoreApplication::translate("RowMapper", "not an amount of money: \"%1\"")
                                       .arg(shown(record.fields[w.spendColumn]))));
            if (m.state == CellState::Value) {
                if (m.micros < 0)
                    return void(
                        reject(out, record, w.spendColumn, QCoreApplication::translate("RowMapper", "negative spend")));
                f.spendMicros = m.micros;
            }
        }
        if (!readInt(w.impressionsColumn, f.impressions) || !readInt(w.clicksColumn, f.clicks))
            return;
        if (f.spendMicros || f.impressions || f.clicks)
            out.facts.append(std::move(f));
    }
    for (const OutcomeColumn &o : m_layout.outcomes) {
        const MoneyCell m = Values::parseMoney(record.fields[o.column]);
        if (m.state != CellState::Value)
            continue; // categorical or missing: outcomes hold numbers only (noted in the readings)
        out.outcomes.append(OutcomeRow{record.line, day, m_spanDays, o.metric, m.micros});
    }
}

} // namespace Demetra::Import
