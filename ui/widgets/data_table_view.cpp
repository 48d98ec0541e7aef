#include "ui/widgets/data_table_view.h"

#include "core/settings/settings_store.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

namespace Demetra::Ui {

namespace {
QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}
} // namespace

DataTableView::DataTableView(QWidget *parent) : QTableView(parent)
{
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void DataTableView::rememberState(Settings::SettingsStore &settings, const QString &name)
{
    m_settings = &settings;
    m_stateKey = QStringLiteral("tables/%1/header").arg(name);
    const QByteArray state = settings.raw(m_stateKey).toByteArray();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
    auto save = [this] {
        if (m_settings)
            m_settings->setRaw(m_stateKey, horizontalHeader()->saveState());
    };
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, save);
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, save);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, save);
}

QList<QList<QString>> DataTableView::cells(bool all, bool raw) const
{
    QList<QList<QString>> out;
    const QAbstractItemModel *m = model();
    if (!m)
        return out;
    const QHeaderView *h = horizontalHeader();
    QList<int> columns; // in visual order, hidden ones left out
    for (int v = 0; v < h->count(); ++v) {
        const int logical = h->logicalIndex(v);
        if (!h->isSectionHidden(logical))
            columns << logical;
    }
    QList<int> rows;
    if (all || !selectionModel() || !selectionModel()->hasSelection()) {
        for (int r = 0; r < m->rowCount(); ++r)
            rows << r;
    } else {
        for (const QModelIndex &i : selectionModel()->selectedRows())
            rows << i.row();
        std::sort(rows.begin(), rows.end());
    }
    QList<QString> header;
    for (int c : columns)
        header << m->headerData(c, Qt::Horizontal).toString();
    out << header;
    for (int r : rows) {
        QList<QString> line;
        for (int c : columns) {
            const QModelIndex i = m->index(r, c);
            const QVariant v = raw ? i.data(RawValueRole) : QVariant();
            switch (v.typeId()) {
            case QMetaType::Double:
            case QMetaType::Float:
                line << QString::number(v.toDouble(), 'g', 15);
                break;
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
                line << QString::number(v.toLongLong());
                break;
            case QMetaType::QDate:
                line << v.toDate().toString(Qt::ISODate);
                break;
            default: {
                const QString text = i.data(Qt::DisplayRole).toString();
                // A numeric column's "no value" is an empty cell, not a dash.
                line << (raw && text == QStringLiteral("—") ? QString() : text);
            }
            }
        }
        out << line;
    }
    return out;
}

QString DataTableView::selectionAsText(bool all) const
{
    QStringList lines;
    for (const QList<QString> &row : cells(all)) {
        QStringList clean;
        for (QString s : row)
            clean << s.replace(u'\t', u' ').replace(u'\n', u' ');
        lines << clean.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

bool DataTableView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray bytes;
    for (const QList<QString> &row : cells(true, true)) {
        QStringList fields;
        for (const QString &s : row)
            fields << csvField(s);
        bytes += fields.join(u',').toUtf8() + "\r\n";
    }
    file.write(bytes);
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void DataTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectionAsText());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void DataTableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy"));
    copy->setShortcut(QKeySequence::Copy);
    QAction *copyAll = menu.addAction(tr("Copy the whole table"));
    menu.addSeparator();
    QAction *csv = menu.addAction(tr("Export as CSV…"));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == copy) {
        QApplication::clipboard()->setText(selectionAsText());
    } else if (chosen == copyAll) {
        QApplication::clipboard()->setText(selectionAsText(true));
    } else if (chosen == csv) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export table"), m_exportName + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString message;
        if (!exportCsv(path, &message))
            QMessageBox::warning(this, tr("Export failed"), message);
    }
}

} // namespace Demetra::Ui
