#include "ui/models/import_run_table_model.h"

#include "core/import/layout_detector.h"

#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QBrush>
#include <QFileInfo>
#include <QLocale>

namespace Demetra::Ui {

namespace {
bool isFailure(const QString &status)
{
    return status == QLatin1String("failed") || status == QLatin1String("interrupted");
}
} // namespace

ImportRunTableModel::ImportRunTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportRunTableModel::setSnapshot(const QList<Storage::SourceRun> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int ImportRunTableModel::rowOf(qint64 runId) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs[i].record.id == runId)
            return i;
    }
    return -1;
}

QString ImportRunTableModel::statusText(const QString &status)
{
    if (status == QLatin1String("ok"))
        return tr("Imported");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("interrupted"))
        return tr("Interrupted");
    if (status == QLatin1String("running"))
        return tr("Running");
    return status;
}

int ImportRunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int ImportRunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRunTableModel::display(const Storage::SourceRun &r, int column) const
{
    const Storage::ImportRunRecord &rec = r.record;
    switch (column) {
    case Id:
        return QString(u'#' + QString::number(rec.id));
    case File:
        return QFileInfo(rec.source).fileName();
    case Layout:
        return rec.layout.isEmpty() ? QStringLiteral("—") : Import::LayoutDetector::displayNameOf(rec.layout);
    case Finished: {
        const QDateTime t = rec.finishedAt.isValid() ? rec.finishedAt : rec.startedAt;
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
    }
    case Status:
        return statusText(rec.status);
    case RowsRead:
        return ValueFormat::count(rec.rowsRead);
    case RowsWritten:
        return ValueFormat::count(rec.rowsWritten);
    case RowsStored:
        return ValueFormat::count(r.rowsStored);
    case Rejected:
        return ValueFormat::count(rec.rowsRejected);
    case Message:
        return QString(rec.message).replace(u'\n', QStringLiteral(" · "));
    default:
        return {};
    }
}

QVariant ImportRunTableModel::raw(const Storage::SourceRun &r, int column) const
{
    const Storage::ImportRunRecord &rec = r.record;
    switch (column) {
    case Id:
        return rec.id;
    case File:
        return QFileInfo(rec.source).fileName().toLower();
    case Layout:
        return rec.layout;
    case Finished: {
        const QDateTime t = rec.finishedAt.isValid() ? rec.finishedAt : rec.startedAt;
        return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
    }
    case Status:
        return rec.status;
    case RowsRead:
        return rec.rowsRead;
    case RowsWritten:
        return rec.rowsWritten;
    case RowsStored:
        return r.rowsStored;
    case Rejected:
        return rec.rowsRejected;
    case Message:
        return rec.message;
    default:
        return {};
    }
}

QVariant ImportRunTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size() || index.column() >= ColumnCount)
        return {};
    const Storage::SourceRun &r = m_runs[index.row()];
    const Storage::ImportRunRecord &rec = r.record;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case RawValueRole:
        return raw(r, column);
    case RunIdRole:
        return rec.id;
    case Qt::ForegroundRole:
        if ((column == Status && isFailure(rec.status)) || (column == Rejected && rec.rowsRejected > 0))
            return QBrush(Theme::bad());
        return {};
    case Qt::TextAlignmentRole:
        if (column == Id || column == RowsRead || column == RowsWritten || column == RowsStored || column == Rejected)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (column) {
        case File: {
            QString tip = rec.source;
            if (r.fileSize >= 0)
                tip += u'\n' + tr("%1 bytes").arg(ValueFormat::count(r.fileSize));
            return tip;
        }
        case Finished:
            return tr("Started %1").arg(QLocale().toString(rec.startedAt.toLocalTime(), QLocale::LongFormat));
        case RowsRead:
            return tr("Data records read from the file");
        case RowsWritten:
            return tr("Rows written or updated (rows of the same key are summed into one)");
        case RowsStored:
            return tr("Rows of this source that this import wrote last; a later import of the same rows takes them "
                      "over");
        case Rejected:
            return rec.rowsRejected > 0 ? tr("Select the import to see the rejected rows with their reasons")
                                        : tr("No rows rejected");
        case Message:
            return rec.message.isEmpty() ? QVariant() : QVariant(rec.message);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ImportRunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Import");
    case File:
        return tr("File");
    case Layout:
        return tr("Layout");
    case Finished:
        return tr("When");
    case Status:
        return tr("Status");
    case RowsRead:
        return tr("Read");
    case RowsWritten:
        return tr("Written");
    case RowsStored:
        return tr("Stored now");
    case Rejected:
        return tr("Rejected");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Demetra::Ui
