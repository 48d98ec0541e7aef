#pragma once

#include "core/advice/advice_record.h"

#include <QAbstractTableModel>
#include <QList>

namespace Demetra::Ui {

/// Adapts the stored recommendations (newest first) to a list: date, author ("Local" or the model), status ("As
/// asked", "Written locally: the model failed"). The fallback reason is the row's tooltip; RecordIdRole holds the id;
/// RawValueRole the creation time in milliseconds for sorting.
class AdviceHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Author,
        Status,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int RecordIdRole = Qt::UserRole + 2;

    explicit AdviceHistoryModel(QObject *parent = nullptr);

    /// Replaces the list (resets the model).
    void setSnapshot(const QList<Advice::AdviceRecord> &records);
    const QList<Advice::AdviceRecord> &records() const { return m_records; }
    /// The row of record `id`, -1 when absent.
    int rowOf(qint64 id) const;

    /// "Written locally from your data" or "Written by <model>".
    static QString authorText(const Advice::AdviceRecord &record);
    /// The short author for the list: "Local" or the model's name.
    static QString shortAuthor(const Advice::AdviceRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Advice::AdviceRecord> m_records;
};

} // namespace Demetra::Ui
