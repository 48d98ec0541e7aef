#include "ui/import/preview_table_model.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace Demetra::Ui {

namespace {
constexpr int kMaxShown = 60; // characters of a cell shown in the table (the tooltip has all of it)
}

PreviewTableModel::PreviewTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PreviewTableModel::setPreview(const QStringList &headers, const QList<QStringList> &rows,
                                   const QList<qint64> &lines)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    m_lines = lines;
    m_roleNames.clear();
    m_used.clear();
    endResetModel();
}

void PreviewTableModel::setColumnRoles(const QStringList &roleNames, const QList<bool> &used)
{
    m_roleNames = roleNames;
    m_used = used;
    if (m_headers.isEmpty())
        return;
    emit headerDataChanged(Qt::Horizontal, 0, int(m_headers.size()) - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_headers.size()) - 1), {Qt::ForegroundRole});
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString text = m_rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text.size() > kMaxShown ? text.left(kMaxShown) + QChar(0x2026) : text;
    case Qt::ToolTipRole:
        return text.size() > kMaxShown ? text : QVariant();
    case Qt::ForegroundRole:
        if (!m_used.value(index.column(), true))
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_lines.value(section, section + 1);
        if (role == Qt::ToolTipRole)
            return tr("Line %1 of the file").arg(m_lines.value(section, section + 1));
        return {};
    }
    if (section < 0 || section >= m_headers.size())
        return {};
    const QString header =
        m_headers[section].trimmed().isEmpty() ? tr("Column %1").arg(section + 1) : m_headers[section].trimmed();
    const QString roleName = m_roleNames.value(section);
    switch (role) {
    case Qt::DisplayRole:
        return roleName.isEmpty() ? header : header + u'\n' + QChar(0x2192) + u' ' + roleName;
    case Qt::ToolTipRole:
        return roleName.isEmpty() ? header : tr("Column \"%1\" is read as: %2").arg(header, roleName);
    case Qt::FontRole:
        if (m_used.value(section, true)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (!m_used.value(section, true))
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

} // namespace Demetra::Ui
