#pragma once

#include "core/storage/source_run.h"

#include <QAbstractTableModel>
#include <QList>

namespace Demetra::Ui {

/// Adapts the import runs of one data source to a table: number, file, layout, when, status, rows read, written,
/// still stored and rejected, and the run's message. Failed runs and rejected rows are coloured with Theme::bad().
class ImportRunTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        File,
        Layout,
        Finished,
        Status,
        RowsRead,
        RowsWritten,
        RowsStored,
        Rejected,
        Message,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int RunIdRole = Qt::UserRole + 2;

    explicit ImportRunTableModel(QObject *parent = nullptr);

    /// Replaces the snapshot (resets the model).
    void setSnapshot(const QList<Storage::SourceRun> &runs);
    const Storage::SourceRun &run(int row) const { return m_runs.at(row); }
    /// The row of run `runId`, -1 when absent.
    int rowOf(qint64 runId) const;
    /// The translated word for a run status ("ok" -> "Imported").
    static QString statusText(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Storage::SourceRun &r, int column) const;
    QVariant raw(const Storage::SourceRun &r, int column) const;

    QList<Storage::SourceRun> m_runs;
};

} // namespace Demetra::Ui
