#pragma once

#include "core/import/column_mapping.h"
#include "core/import/layout_detector.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Demetra::Ui {

class PreviewTableModel;

/// Asks what the columns of a file with an unknown layout hold: a preview of its first rows, a role per column
/// (pre-filled with what Demetra recognises), the day/month order of its dates with a live example, the currency,
/// the channel when no column names it, and the period when it has no dates. OK stays disabled, with the reason
/// shown, until the mapping can be imported (ColumnMapping::problem()).
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    /// `preview`: the file's first records (FilePreviewReader); `initial`: the starting choice (a guess or a
    /// remembered mapping) for the header at `initial.headerRecord`.
    ColumnMappingDialog(Import::FilePreview preview, const Import::ColumnMapping &initial, QWidget *parent = nullptr);
    ~ColumnMappingDialog() override;

    /// The mapping as chosen so far.
    Import::ColumnMapping mapping() const;
    /// Why OK is disabled (translated), or empty when the mapping can be imported.
    QString problem() const;
    /// The text under the day/month order: how the first dates of the date column read.
    QString dateExample() const;

    /// Replaces the explanation at the top (rich text; escape file names).
    void setExplanation(const QString &html);

    // Programmatic access (tests, keyboard-free automation).
    int columnCount() const;
    QComboBox *roleCombo(int column) const;
    void setRole(int column, Import::ColumnRole role);
    Import::ColumnRole role(int column) const;
    void setChannel(const QString &channel);
    void setCurrency(const QString &currency);
    void setDateOrder(Import::DateOrder order);
    /// Marks the file as undated with rows covering `from` – `to` (invalid dates clear it).
    void setPeriod(const QDate &from, const QDate &to);
    /// Which of the first records holds the column names (0-based); the columns are rebuilt for it.
    void setHeaderRecord(int record);

    void accept() override;

private:
    void buildUi();
    void rebuildColumns(const Import::ColumnMapping &mapping);
    void refresh();
    Import::DateOrder shownDateOrder(bool *decided) const;
    int dateColumn() const;

    Import::FilePreview m_preview;
    Import::ColumnMapping m_base; ///< what the widgets do not edit (header line, savedAt)
    PreviewTableModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_table = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QWidget *m_columnsPanel = nullptr;
    QGridLayout *m_columnsGrid = nullptr;
    QList<QComboBox *> m_roleCombos;
    QList<QWidget *> m_columnWidgets;
    QComboBox *m_dateOrder = nullptr;
    QLabel *m_dateExample = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_channelHint = nullptr;
    QCheckBox *m_undated = nullptr;
    QDateEdit *m_periodFrom = nullptr;
    QDateEdit *m_periodTo = nullptr;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_rebuilding = false;
};

} // namespace Demetra::Ui
