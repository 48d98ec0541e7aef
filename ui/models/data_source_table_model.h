#pragma once

#include "core/storage/source_info.h"

#include <QAbstractTableModel>
#include <QList>

namespace Demetra::Ui {

/// Adapts the list of data sources to a table: name, kind, rows, date span, currency, last update, imports and
/// problems. Display text is locale-formatted; RawValueRole holds what sorts (numbers, dates); problem cells are
/// coloured with Theme::bad() and explain themselves in a tooltip.
class DataSourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Rows,
        Span,
        Currency,
        LastUpdate,
        Imports,
        Problems,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int AccountIdRole = Qt::UserRole + 2;

    explicit DataSourceTableModel(QObject *parent = nullptr);

    /// Replaces the snapshot (resets the model).
    void setSnapshot(const QList<Storage::SourceInfo> &sources);
    const Storage::SourceInfo &source(int row) const { return m_sources.at(row); }
    /// The row of account `accountId`, -1 when absent.
    int rowOf(qint64 accountId) const;

    /// The name shown for a source (the entry of imports without rows has none of its own).
    static QString displayName(const Storage::SourceInfo &source);
    /// "2 rejected rows · 1 failed import", or "None".
    static QString problemsText(const Storage::SourceInfo &source);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Storage::SourceInfo &s, int column) const;
    QVariant raw(const Storage::SourceInfo &s, int column) const;
    QString toolTip(const Storage::SourceInfo &s, int column) const;

    QList<Storage::SourceInfo> m_sources;
};

} // namespace Demetra::Ui
