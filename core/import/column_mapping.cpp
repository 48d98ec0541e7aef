#include "core/import/column_mapping.h"

#include "core/domain/channel_catalog.h"
#include "core/import/header_matcher.h"
#include "core/import/layout_detector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Demetra::Import {

namespace {

std::optional<ColumnRole> roleFromKey(const QString &key)
{
    for (int i = 0; i < kColumnRoleCount; ++i) {
        if (columnRoleKey(ColumnRole(i)) == key)
            return ColumnRole(i);
    }
    return std::nullopt;
}

QString dateOrderKey(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return QStringLiteral("day_first");
    case DateOrder::MonthFirst:
        return QStringLiteral("month_first");
    case DateOrder::Unknown:
        break;
    }
    return QStringLiteral("auto");
}

DateOrder dateOrderFromKey(const QString &key)
{
    if (key == QLatin1String("day_first"))
        return DateOrder::DayFirst;
    if (key == QLatin1String("month_first"))
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

/// Whether most non-empty values of `column` below the header read as dates (either day/month order).
bool looksLikeDates(const FilePreview &preview, int headerRecord, int column)
{
    int values = 0;
    int dates = 0;
    for (int r = headerRecord + 1; r < preview.records.size(); ++r) {
        const QByteArray cell = preview.records[r].value(column).trimmed().toUtf8();
        if (cell.isEmpty() || Values::isMissing(cell))
            continue;
        ++values;
        if (Values::parseDate(cell, DateOrder::DayFirst).state == CellState::Value ||
            Values::parseDate(cell, DateOrder::MonthFirst).state == CellState::Value)
            ++dates;
    }
    return values > 0 && dates * 3 >= values * 2;
}

QString columnName(const QStringList &headers, int column)
{
    const QString h = headers.value(column).trimmed();
    return h.isEmpty() ? QCoreApplication::translate("ColumnMapping", "column %1").arg(column + 1) : h;
}
} // namespace

QList<ColumnRole> ColumnMapping::choosableRoles()
{
    return {ColumnRole::Ignored,      ColumnRole::Dimension,   ColumnRole::Date,         ColumnRole::ReportingEnd,
            ColumnRole::CampaignName, ColumnRole::CampaignId,  ColumnRole::Channel,      ColumnRole::Spend,
            ColumnRole::Impressions,  ColumnRole::Clicks,      ColumnRole::Conversions,  ColumnRole::Revenue,
            ColumnRole::Reach,        ColumnRole::Engagements, ColumnRole::VideoViews,   ColumnRole::Currency,
            ColumnRole::Audience,     ColumnRole::Segment,     ColumnRole::Location,     ColumnRole::Language,
            ColumnRole::Goal,         ColumnRole::Company,     ColumnRole::CampaignType, ColumnRole::Duration,
            ColumnRole::AdGroup,      ColumnRole::Ad,          ColumnRole::Age,          ColumnRole::Gender,
            ColumnRole::Interest,     ColumnRole::Device,      ColumnRole::Placement};
}

bool ColumnMapping::isMeasure(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Spend:
    case ColumnRole::Impressions:
    case ColumnRole::Clicks:
    case ColumnRole::Conversions:
    case ColumnRole::Revenue:
    case ColumnRole::Reach:
        return true;
    default:
        return false;
    }
}

int ColumnMapping::guessHeaderRecord(const FilePreview &preview)
{
    int best = 0;
    int bestCells = -1;
    for (int i = 0; i < preview.records.size() && i < 10; ++i) {
        int cells = 0;
        for (const QString &f : preview.records[i])
            cells += f.trimmed().isEmpty() ? 0 : 1;
        if (cells > bestCells) {
            bestCells = cells;
            best = i;
        }
    }
    return best;
}

ColumnMapping ColumnMapping::guess(const FilePreview &preview, int headerRecord)
{
    ColumnMapping m;
    m.headerRecord = qBound(0, headerRecord, qMax(0, int(preview.records.size()) - 1));
    m.headerLine = preview.lines.value(m.headerRecord, m.headerRecord + 1);
    m.headers = preview.records.value(m.headerRecord);
    const QList<ColumnRole> offered = choosableRoles();
    QList<ColumnRole> taken;
    for (const QString &header : m.headers) {
        ColumnRole role = HeaderMatcher::roleOf(header);
        if (role == ColumnRole::Dimension || !offered.contains(role) || taken.contains(role))
            role = ColumnRole::Ignored;
        if (role != ColumnRole::Ignored)
            taken << role;
        m.roles << role;
    }
    if (!m.roles.contains(ColumnRole::Date)) {
        for (int c = 0; c < m.roles.size(); ++c) {
            if (m.roles[c] == ColumnRole::Ignored && looksLikeDates(preview, m.headerRecord, c)) {
                m.roles[c] = ColumnRole::Date;
                break;
            }
        }
    }
    for (int c = 0; c < m.roles.size(); ++c) {
        if (m.roles[c] == ColumnRole::Spend || m.roles[c] == ColumnRole::Revenue) {
            const QString currency = HeaderMatcher::currencyIn(m.headers[c]);
            if (!currency.isEmpty())
                m.currency = currency;
        }
    }
    m.channel = ChannelCatalog::fromFileName(preview.fileName);
    return m;
}

QString ColumnMapping::problem() const
{
    if (roles.size() != headers.size())
        return QCoreApplication::translate("ColumnMapping", "The mapping does not match the file's columns.");
    for (int a = 0; a < roles.size(); ++a) {
        if (roles[a] == ColumnRole::Ignored || roles[a] == ColumnRole::Dimension)
            continue;
        for (int b = a + 1; b < roles.size(); ++b) {
            if (roles[b] == roles[a])
                return QCoreApplication::translate("ColumnMapping",
                                                   "Two columns are marked \"%1\": %2 and %3. Keep one.")
                    .arg(columnRoleName(roles[a]), columnName(headers, a), columnName(headers, b));
        }
    }
    if (!roles.contains(ColumnRole::Date)) {
        if (!periodFrom.isValid() || !periodTo.isValid())
            return QCoreApplication::translate(
                "ColumnMapping", "Mark the column that holds the date (or give the period the file covers).");
        if (periodTo < periodFrom)
            return QCoreApplication::translate("ColumnMapping", "The period ends before it starts.");
    }
    bool measure = false;
    for (ColumnRole r : roles)
        measure = measure || isMeasure(r);
    if (!measure)
        return QCoreApplication::translate(
            "ColumnMapping", "Mark at least one column as spend, impressions, clicks, conversions, revenue or reach.");
    if (!roles.contains(ColumnRole::Channel) && channel.trimmed().isEmpty())
        return QCoreApplication::translate(
            "ColumnMapping", "Choose the channel these rows belong to, or mark the column that names it.");
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    if (!currency.isEmpty() && !code.match(currency).hasMatch())
        return QCoreApplication::translate("ColumnMapping",
                                           "The currency must be a three-letter code such as USD, EUR or RUB.");
    return {};
}

Layout ColumnMapping::toLayout() const
{
    Layout l;
    l.kind = LayoutKind::GenericDaily;
    l.id = QStringLiteral("user_mapping");
    l.displayName = QCoreApplication::translate("ColumnMapping", "Your column mapping");
    l.headerRecord = headerRecord;
    l.headerLine = headerLine;
    l.headers = headers;
    l.columns.fill(-1);
    QStringList mapped;
    QStringList breakdowns;
    QStringList unused;
    for (int c = 0; c < roles.size(); ++c) {
        const ColumnRole role = roles[c];
        if (role == ColumnRole::Ignored) {
            if (!headers.value(c).trimmed().isEmpty())
                unused << columnName(headers, c);
            continue;
        }
        if (role == ColumnRole::Dimension) {
            l.dimensionColumns << c;
            breakdowns << columnName(headers, c);
            continue;
        }
        if (!l.has(role))
            l.setColumn(role, c);
        mapped << QStringLiteral("%1 \u2192 %2").arg(columnName(headers, c), columnRoleName(role));
    }
    if (l.has(ColumnRole::Channel)) {
        l.channelSource = QCoreApplication::translate("ColumnMapping", "the channel is read from column \"%1\"")
                              .arg(columnName(headers, l.column(ColumnRole::Channel)));
    } else {
        l.fixedChannel = ChannelCatalog::canonical(channel);
        l.channelSource = QCoreApplication::translate("ColumnMapping", "every row is filed under %1, as you chose")
                              .arg(l.fixedChannel);
    }
    if (!l.has(ColumnRole::Date)) {
        l.periodFrom = periodFrom;
        l.periodTo = periodTo;
    }
    l.readings << QCoreApplication::translate("ColumnMapping", "Columns read as you mapped them: %1.")
                      .arg(mapped.join(QStringLiteral(", ")));
    l.readings << l.channelSource;
    if (dateOrder == DateOrder::DayFirst)
        l.readings << QCoreApplication::translate("ColumnMapping",
                                                  "Numeric dates are read day first (31/12/2025), as you chose.");
    else if (dateOrder == DateOrder::MonthFirst)
        l.readings << QCoreApplication::translate("ColumnMapping",
                                                  "Numeric dates are read month first (12/31/2025), as you chose.");
    if (!l.has(ColumnRole::Date) && periodFrom.isValid())
        l.readings << QCoreApplication::translate("ColumnMapping", "The rows cover %1 – %2, as you gave.")
                          .arg(periodFrom.toString(Qt::ISODate), periodTo.toString(Qt::ISODate));
    if (!breakdowns.isEmpty())
        l.readings << QCoreApplication::translate("ColumnMapping",
                                                  "Kept as breakdowns (rows that differ in them stay apart): %1.")
                          .arg(breakdowns.join(QStringLiteral(", ")));
    if (!unused.isEmpty())
        l.readings << QCoreApplication::translate("ColumnMapping",
                                                  "Columns not used: %1. Rows that differ only in them are summed.")
                          .arg(unused.join(QStringLiteral(", ")));
    return l;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray roleKeys;
    for (ColumnRole r : roles)
        roleKeys.append(columnRoleKey(r));
    QJsonObject o;
    o.insert(QStringLiteral("headers"), QJsonArray::fromStringList(headers));
    o.insert(QStringLiteral("headerRecord"), headerRecord);
    o.insert(QStringLiteral("roles"), roleKeys);
    o.insert(QStringLiteral("channel"), channel);
    o.insert(QStringLiteral("currency"), currency);
    o.insert(QStringLiteral("dateOrder"), dateOrderKey(dateOrder));
    o.insert(QStringLiteral("savedAt"), savedAt.toString(Qt::ISODateWithMs));
    return o;
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &object)
{
    ColumnMapping m;
    for (const QJsonValue &h : object.value(QStringLiteral("headers")).toArray())
        m.headers << h.toString();
    for (const QJsonValue &r : object.value(QStringLiteral("roles")).toArray()) {
        const std::optional<ColumnRole> role = roleFromKey(r.toString());
        if (!role)
            return std::nullopt;
        m.roles << *role;
    }
    if (m.headers.isEmpty() || m.roles.size() != m.headers.size())
        return std::nullopt;
    m.headerRecord = qMax(0, object.value(QStringLiteral("headerRecord")).toInt());
    m.headerLine = m.headerRecord + 1;
    m.channel = object.value(QStringLiteral("channel")).toString();
    m.currency = object.value(QStringLiteral("currency")).toString();
    m.dateOrder = dateOrderFromKey(object.value(QStringLiteral("dateOrder")).toString());
    m.savedAt = QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    return m;
}

} // namespace Demetra::Import
