#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Demetra::Ui {

/// The first rows of a CSV file as read, for the column-mapping dialog: one column per header, the file line in the
/// vertical header, and under each column name the role it is given (unused columns greyed).
class PreviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PreviewTableModel(QObject *parent = nullptr);

    /// Resets the model: `headers` name the columns, `rows` are the records below the header, `lines` their file
    /// lines (same length as `rows`). Rows shorter than the header show empty cells; longer ones are cut.
    void setPreview(const QStringList &headers, const QList<QStringList> &rows, const QList<qint64> &lines);
    /// The role shown under each column name and whether the column is used (same length as the headers).
    void setColumnRoles(const QStringList &roleNames, const QList<bool> &used);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<qint64> m_lines;
    QStringList m_roleNames;
    QList<bool> m_used;
};

} // namespace Demetra::Ui
