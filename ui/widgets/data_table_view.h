#pragma once

#include <QTableView>

namespace Demetra::Settings {
class SettingsStore;
}

namespace Demetra::Ui {

/// The table every page uses: sortable, row selection, Ctrl+C copies the selection as tab-separated text (pastes
/// into a spreadsheet), "Copy" and "Export as CSV…" in the context menu, and its column state (order, widths,
/// sorting) remembered under a name.
class DataTableView : public QTableView
{
    Q_OBJECT

public:
    explicit DataTableView(QWidget *parent = nullptr);

    /// Restores and from then on saves the header state under `tables/<name>/header`.
    void rememberState(Settings::SettingsStore &settings, const QString &name);
    /// The selected cells (or all when `all`) as tab-separated text with a header line.
    QString selectionAsText(bool all = false) const;
    /// The role models put a cell's raw number in (DESIGN §5); CSV export writes it instead of the display text.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    /// Writes the whole table (as shown: sorted, filtered) to `path` as RFC 4180 CSV in UTF-8 with a header. Numbers
    /// are written raw (a dot for decimals, no separators, no % or currency; fractions stay fractions) so a
    /// spreadsheet reads them as numbers; "no value" is an empty cell.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    /// The base name offered when exporting.
    void setExportName(const QString &name) { m_exportName = name; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QList<QList<QString>> cells(bool all, bool raw = false) const;

    Settings::SettingsStore *m_settings = nullptr;
    QString m_stateKey;
    QString m_exportName = QStringLiteral("table");
};

} // namespace Demetra::Ui
