#include "ui/models/advice_history_model.h"

#include <QLocale>

namespace Demetra::Ui {

AdviceHistoryModel::AdviceHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void AdviceHistoryModel::setSnapshot(const QList<Advice::AdviceRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int AdviceHistoryModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return i;
    }
    return -1;
}

QString AdviceHistoryModel::authorText(const Advice::AdviceRecord &record)
{
    return record.isLocal() ? tr("Written locally from your data") : tr("Written by %1").arg(record.author);
}

QString AdviceHistoryModel::shortAuthor(const Advice::AdviceRecord &record)
{
    return record.isLocal() ? tr("Local") : record.author;
}

int AdviceHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AdviceHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdviceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const Advice::AdviceRecord &r = m_records.at(index.row());
    const bool fallback = r.status == QLatin1String("fallback");
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Author:
            return shortAuthor(r);
        case Status:
            return fallback ? tr("Model failed") : tr("OK");
        default:
            return {};
        }
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Date:
            return r.createdAt.toMSecsSinceEpoch();
        case Author:
            return shortAuthor(r);
        case Status:
            return r.status;
        default:
            return {};
        }
    }
    if (role == RecordIdRole)
        return r.id;
    if (role == Qt::ToolTipRole) {
        QString tip = authorText(r);
        if (!r.fallbackReason.isEmpty())
            tip += QStringLiteral("\n") + r.fallbackReason;
        return tip;
    }
    return {};
}

QVariant AdviceHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Author:
        return tr("Author");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Demetra::Ui
