#include "ui/models/drill_table_model.h"

#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QFont>
#include <QLocale>

namespace Demetra::Ui {

using Analytics::DrillLevel;
using Analytics::DrillRow;

DrillTableModel::DrillTableModel(DrillLevel level, QObject *parent)
    : QAbstractTableModel(parent), m_level(level), m_metrics{Metric::Spend,   Metric::Impressions,
                                                             Metric::Clicks,  Metric::Conversions,
                                                             Metric::Revenue, Metric::Ctr,
                                                             Metric::Cpc,     Metric::Cpm,
                                                             Metric::Cpa,     Metric::ConversionRate,
                                                             Metric::Roi,     Metric::Roas}
{
    m_snapshot.query.level = level;
}

void DrillTableModel::setSnapshot(const Analytics::DrillSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_totalOverride.reset();
    m_totalLabel.clear();
    endResetModel();
}

void DrillTableModel::setTotalOverride(std::optional<std::pair<Totals, Totals>> total, const QString &label)
{
    m_totalOverride = std::move(total);
    m_totalLabel = m_totalOverride ? label : QString();
    if (!m_snapshot.rows.isEmpty()) {
        const int row = int(m_snapshot.rows.size());
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

const DrillRow *DrillTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_snapshot.rows.size())
        return nullptr;
    return &m_snapshot.rows[row];
}

QString DrillTableModel::campaignLabel(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("(unnamed campaign)");
    bool numeric = true;
    for (const QChar c : trimmed) {
        if (!c.isDigit()) {
            numeric = false;
            break;
        }
    }
    return numeric ? tr("Campaign %1").arg(trimmed) : trimmed;
}

QString DrillTableModel::rowLabel(int row) const
{
    const DrillRow *r = rowAt(row);
    if (!r)
        return row == m_snapshot.rows.size() ? tr("Total") : QString();
    switch (m_level) {
    case DrillLevel::Channels:
        return r->name;
    case DrillLevel::Campaigns:
        return campaignLabel(r->name);
    case DrillLevel::Days:
        return ValueFormat::date(r->day);
    }
    return {};
}

int DrillTableModel::labelColumnCount() const
{
    switch (m_level) {
    case DrillLevel::Channels:
        return 1;
    case DrillLevel::Campaigns:
        return 3; // campaign, channel, goal
    case DrillLevel::Days:
        return 2; // date, channel
    }
    return 1;
}

int DrillTableModel::valueColumn(Metric m) const
{
    const qsizetype i = m_metrics.indexOf(m);
    return i < 0 ? -1 : labelColumnCount() + 2 * int(i);
}

int DrillTableModel::changeColumn(Metric m) const
{
    const int v = valueColumn(m);
    return v < 0 ? -1 : v + 1;
}

bool DrillTableModel::isChangeColumn(int column) const
{
    return column >= labelColumnCount() && (column - labelColumnCount()) % 2 == 1;
}

int DrillTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_snapshot.rows.isEmpty())
        return 0;
    return int(m_snapshot.rows.size()) + 1;
}

int DrillTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : labelColumnCount() + 2 * int(m_metrics.size());
}

QString DrillTableModel::currencyText() const
{
    return m_snapshot.currencies.join(QStringLiteral(" + "));
}

QVariant DrillTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool isTotal = row == m_snapshot.rows.size();
    if (role == IsTotalRole)
        return isTotal;
    if (role == Qt::FontRole) {
        if (!isTotal)
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    if (index.column() < labelColumnCount())
        return labelData(row, index.column(), role);
    if (isTotal) {
        const Totals &now = m_totalOverride ? m_totalOverride->first : m_snapshot.total;
        const Totals &before = m_totalOverride ? m_totalOverride->second : m_snapshot.previousTotal;
        return metricData(now, before, true, index.column(), role);
    }
    const DrillRow &r = m_snapshot.rows[row];
    return metricData(r.totals, r.previous, false, index.column(), role);
}

QVariant DrillTableModel::labelData(int row, int column, int role) const
{
    const DrillRow *r = rowAt(row);
    if (!r) { // the totals row
        if (column != 0)
            return {};
        if (role == Qt::DisplayRole)
            return m_totalLabel.isEmpty() ? tr("Total") : m_totalLabel;
        if (role == RawValueRole)
            return QString(QChar(0xFFFF));
        if (role == Qt::ToolTipRole)
            return m_totalOverride ? tr("Sums of the rows shown; every KPI is a ratio of these sums.")
                                   : tr("Sums of every row of the selection; every KPI is a ratio of these sums.");
        return {};
    }
    if (m_level == DrillLevel::Days && column == 0) {
        switch (role) {
        case Qt::DisplayRole: {
            const QLocale locale;
            return QString(locale.dayName(r->day.dayOfWeek(), QLocale::ShortFormat) + QStringLiteral(", ") +
                           ValueFormat::date(r->day));
        }
        case RawValueRole:
            return double(r->day.toJulianDay());
        case Qt::ToolTipRole:
            return QLocale().toString(r->day, QLocale::LongFormat);
        default:
            return {};
        }
    }
    QString text;
    if (column == 0)
        text = rowLabel(row);
    else if (column == 1)
        text = r->channel;
    else if (column == 2)
        text = r->goal;
    switch (role) {
    case Qt::DisplayRole:
        if (column == 1)
            return QString(text).replace(u',', QStringLiteral(", "));
        return text;
    case RawValueRole:
        return text;
    case SearchTextRole:
        if (column != 0)
            return {};
        return QStringList{r->name, r->externalId, r->company, r->goal}.join(u'\n');
    case Qt::ToolTipRole: {
        if (column != 0)
            return text.isEmpty() ? QVariant() : QVariant(text);
        QStringList lines{text};
        if (m_level == DrillLevel::Campaigns) {
            if (!r->externalId.isEmpty())
                lines << tr("Id in the source: %1").arg(r->externalId);
            if (!r->company.isEmpty())
                lines << tr("Company: %1").arg(r->company);
            if (!r->goal.isEmpty())
                lines << tr("Goal: %1").arg(r->goal);
            lines << tr("Channels: %1").arg(QString(r->channel).replace(u',', QStringLiteral(", ")));
            lines << tr("Double-click or press Enter to see its days.");
        } else if (m_level == DrillLevel::Channels) {
            lines << tr("Double-click or press Enter to see its campaigns.");
        }
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant DrillTableModel::metricData(const Totals &now, const Totals &before, bool isTotal, int column, int role) const
{
    const int offset = column - labelColumnCount();
    const Metric m = m_metrics[offset / 2];
    const bool change = offset % 2 == 1;
    const std::optional<double> value = now.value(m);
    const bool compared = m_snapshot.hasComparison() && m_level != DrillLevel::Days;
    const std::optional<double> previous = compared ? before.value(m) : std::nullopt;
    const std::optional<double> delta = compared ? relativeChange(value, previous) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        return change ? ValueFormat::change(delta) : ValueFormat::metric(m, value);
    case RawValueRole: {
        const std::optional<double> v = change ? delta : value;
        return v ? QVariant(*v) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        if (!change || !delta || *delta == 0.0 || MetricInfo::changeIsNeutral(m))
            return {};
        const bool good = (*delta > 0) == MetricInfo::higherIsBetter(m);
        return good ? Theme::good() : Theme::bad();
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << MetricInfo::displayName(m) + QStringLiteral(" = ") + MetricInfo::formula(m);
        lines << tr("This period (%1): %2")
                     .arg(ValueFormat::dateRange(m_snapshot.from, m_snapshot.to), ValueFormat::metric(m, value));
        if (compared) {
            lines << tr("Comparison period (%1): %2")
                         .arg(ValueFormat::dateRange(m_snapshot.previousFrom, m_snapshot.previousTo),
                              ValueFormat::metric(m, previous));
            lines << tr("Change: %1").arg(ValueFormat::change(delta));
        }
        lines << (now.rows == 1 ? tr("1 fact row")
                                : tr("%Ln fact rows", nullptr, int(qMin<qint64>(now.rows, INT_MAX))));
        if (isTotal && m_totalOverride)
            lines << tr("Sums of the rows shown.");
        if (MetricInfo::isMoney(m) && !m_snapshot.currencies.isEmpty())
            lines << tr("Currency: %1").arg(currencyText());
        if (m_snapshot.currencies.size() > 1 && MetricInfo::isMoney(m))
            lines << tr("Several currencies are added without conversion.");
        if (!value)
            lines << tr("No value: the denominator is zero or the measure is missing.");
        else if (change && !delta && compared)
            lines << tr("No change: the comparison period has no value for it.");
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant DrillTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section < labelColumnCount()) {
        if (role != Qt::DisplayRole)
            return {};
        switch (m_level) {
        case DrillLevel::Channels:
            return tr("Channel");
        case DrillLevel::Campaigns:
            return section == 0 ? tr("Campaign") : (section == 1 ? tr("Channel") : tr("Goal"));
        case DrillLevel::Days:
            return section == 0 ? tr("Date") : tr("Channel");
        }
        return {};
    }
    const int offset = section - labelColumnCount();
    const Metric m = m_metrics[offset / 2];
    const bool change = offset % 2 == 1;
    if (role == Qt::DisplayRole) {
        if (change)
            return tr("Δ %1").arg(MetricInfo::shortName(m));
        QString name = MetricInfo::shortName(m);
        if (MetricInfo::isMoney(m) && !m_snapshot.currencies.isEmpty())
            name += QStringLiteral(", ") + currencyText();
        return name;
    }
    if (role == Qt::ToolTipRole) {
        if (change)
            return tr("Change of %1 against the comparison period").arg(MetricInfo::displayName(m));
        return QString(MetricInfo::displayName(m) + QStringLiteral(" = ") + MetricInfo::formula(m));
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace Demetra::Ui
