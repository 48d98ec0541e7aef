#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QStackedLayout;

namespace Demetra::Ui {

/// A titled chart with the controls every chart has: a row for its own selectors (metric, granularity), an
/// explicit "no data" state instead of an empty plot, "Export as PNG…" in the context menu, and value tooltips
/// (see showValueTip). Follows the light or dark theme.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(const QString &title, QWidget *parent = nullptr);

    /// Takes ownership of `chart` (the previous one is deleted) and shows it.
    void setChart(QChart *chart);
    QChart *chart() const;
    QChartView *view() const { return m_view; }
    /// Shows `message` in place of the chart ("No data for this filter").
    void showMessage(const QString &message);
    void setTitle(const QString &title);
    /// A row above the chart for the panel's selectors.
    QHBoxLayout *controls() const { return m_controls; }
    /// Saves the chart as PNG (2× for HiDPI-quality output); returns false with a message on failure.
    bool exportPng(const QString &path, QString *error = nullptr) const;
    /// A tooltip with an exact value at the cursor (call from a series' hovered signal); empty text hides it.
    void showValueTip(const QString &text);
    /// The base name offered when exporting ("overview-growth").
    void setExportName(const QString &name) { m_exportName = name; }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QHBoxLayout *m_controls = nullptr;
    QStackedLayout *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QString m_exportName;
};

} // namespace Demetra::Ui
