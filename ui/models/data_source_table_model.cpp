#include "ui/models/data_source_table_model.h"

#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QBrush>
#include <QLocale>

namespace Demetra::Ui {

DataSourceTableModel::DataSourceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DataSourceTableModel::setSnapshot(const QList<Storage::SourceInfo> &sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

int DataSourceTableModel::rowOf(qint64 accountId) const
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources[i].accountId == accountId)
            return i;
    }
    return -1;
}

QString DataSourceTableModel::displayName(const Storage::SourceInfo &source)
{
    return source.isAccount() ? source.name : tr("Imports that stored no rows");
}

QString DataSourceTableModel::problemsText(const Storage::SourceInfo &s)
{
    QStringList parts;
    if (s.rejectedRows > 0)
        parts << tr("Rejected rows: %1").arg(ValueFormat::count(s.rejectedRows));
    if (s.failedImports > 0)
        parts << tr("Failed imports: %1").arg(ValueFormat::count(s.failedImports));
    else if (s.lastStatus == QLatin1String("failed") || s.lastStatus == QLatin1String("interrupted"))
        parts << tr("Last import failed");
    return parts.isEmpty() ? tr("None") : parts.join(QStringLiteral(" · "));
}

int DataSourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int DataSourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataSourceTableModel::display(const Storage::SourceInfo &s, int column) const
{
    switch (column) {
    case Name:
        return displayName(s);
    case Kind:
        if (!s.isAccount())
            return QStringLiteral("—");
        return s.sourceKind == QLatin1String("api") ? tr("Platform account") : tr("CSV file");
    case Rows:
        return ValueFormat::count(s.storedRows());
    case Span:
        return s.firstDay.isValid() ? ValueFormat::dateRange(s.firstDay, s.lastDay) : QStringLiteral("—");
    case Currency:
        return s.currency.isEmpty() ? QStringLiteral("—") : s.currency;
    case LastUpdate:
        return s.lastUpdate.isValid() ? QLocale().toString(s.lastUpdate.toLocalTime(), QLocale::ShortFormat)
                                      : QStringLiteral("—");
    case Imports:
        return ValueFormat::count(s.imports);
    case Problems:
        return problemsText(s);
    default:
        return {};
    }
}

QVariant DataSourceTableModel::raw(const Storage::SourceInfo &s, int column) const
{
    switch (column) {
    case Name:
        return displayName(s).toLower();
    case Kind:
        return s.sourceKind;
    case Rows:
        return s.storedRows();
    case Span:
        return s.firstDay.isValid() ? QVariant(s.firstDay.toJulianDay()) : QVariant();
    case Currency:
        return s.currency;
    case LastUpdate:
        return s.lastUpdate.isValid() ? QVariant(s.lastUpdate.toMSecsSinceEpoch()) : QVariant();
    case Imports:
        return s.imports;
    case Problems:
        return s.rejectedRows + s.failedImports;
    default:
        return {};
    }
}

QString DataSourceTableModel::toolTip(const Storage::SourceInfo &s, int column) const
{
    switch (column) {
    case Name:
        if (!s.isAccount())
            return tr("Recorded imports that stored no rows for any source, such as files that failed as a whole.");
        return tr("%1, money in %2, time zone %3").arg(s.name, s.currency, s.timeZone);
    case Kind:
        if (!s.isAccount())
            return {};
        return s.sourceKind == QLatin1String("api") ? tr("Platform: %1").arg(s.platform)
                                                    : tr("Imported CSV files, layout “%1”").arg(s.platform);
    case Rows: {
        QString tip = tr("%1 daily fact rows").arg(ValueFormat::count(s.factRows));
        if (s.outcomeRows > 0)
            tip += u'\n' + tr("%1 business outcome rows").arg(ValueFormat::count(s.outcomeRows));
        return tip;
    }
    case Span:
        if (!s.firstDay.isValid())
            return tr("No rows stored");
        return tr("Days: %1, from the first day with data to the last day covered")
            .arg(ValueFormat::count(s.firstDay.daysTo(s.lastDay) + 1));
    case LastUpdate:
        return tr("When the latest successful import of this source finished");
    case Imports:
        return tr("Recorded imports of this source, including re-imports and failed attempts");
    case Problems: {
        QStringList lines;
        if (s.rejectedRows > 0)
            lines << tr("Rows rejected by the latest import of each file are not in the data. Select the source "
                        "and an import to see each row with its line, column and reason.");
        if (s.failedImports > 0)
            lines << tr("An import failed and was not repeated successfully; it changed nothing.");
        if (s.lastRunId > 0 && !s.lastMessage.isEmpty())
            lines << tr("Latest import (#%1, %2): %3").arg(s.lastRunId).arg(s.lastStatus, s.lastMessage);
        return lines.isEmpty() ? tr("No rejected rows and no failed imports") : lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant DataSourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size() || index.column() >= ColumnCount)
        return {};
    const Storage::SourceInfo &s = m_sources[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(s, column);
    case RawValueRole:
        return raw(s, column);
    case AccountIdRole:
        return s.accountId;
    case Qt::ToolTipRole: {
        const QString tip = toolTip(s, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        if (column == Problems && s.hasProblems())
            return QBrush(Theme::bad());
        if (!s.isAccount())
            return QBrush(Theme::isDark() ? QColor(160, 160, 160) : QColor(110, 110, 110));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Rows || column == Imports)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DataSourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Source");
        case Kind:
            return tr("Kind");
        case Rows:
            return tr("Rows");
        case Span:
            return tr("Dates");
        case Currency:
            return tr("Currency");
        case LastUpdate:
            return tr("Last update");
        case Imports:
            return tr("Imports");
        case Problems:
            return tr("Problems");
        default:
            return {};
        }
    }
    return {};
}

} // namespace Demetra::Ui
