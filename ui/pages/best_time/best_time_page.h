#pragma once

#include "core/analytics/timing_grid.h"
#include "ui/pages/page.h"
#include "ui/widgets/min_volume_spin_box.h"

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace Demetra::Ui {

class HeatmapWidget;
class RankingBarsWidget;

/// When ads work best: a heatmap of the chosen metric by day of week × week of year (or month), cells under the
/// minimum volume greyed, the best and worst slot and weekday named in words with their volume, and the weekdays as
/// bars. The store is daily, so the page says plainly that an hourly analysis needs hourly data.
class BestTimePage : public Page
{
    Q_OBJECT

public:
    explicit BestTimePage(PageContext context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("besttime"); }
    QString title() const override { return tr("Best time"); }

    QComboBox *metricBox() const { return m_metric; }
    QComboBox *axisBox() const { return m_axis; }
    QSpinBox *minimumBox() const { return m_minimum; }
    HeatmapWidget *heatmap() const { return m_heatmap; }
    RankingBarsWidget *weekdayBars() const { return m_weekdays; }
    /// The last grid shown (none before the first load or after a failure).
    const std::optional<Analytics::TimingGrid> &grid() const { return m_grid; }
    bool isShowingMessage() const;
    QString message() const;
    /// The sentences naming the best and worst slot and weekday (plain text).
    QString summary() const;
    QString notes() const;

protected:
    void reload() override;
    void showEvent(QShowEvent *event) override;

private:
    void showGrid(const Analytics::TimingGrid &grid);
    void showMessage(const QString &text);
    QString slotName(const Analytics::TimingCell &cell, Analytics::TimingAxis axis) const;

    QComboBox *m_metric = nullptr;
    QComboBox *m_axis = nullptr;
    MinVolumeSpinBox *m_minimum = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_heatmapTitle = nullptr;
    HeatmapWidget *m_heatmap = nullptr;
    QLabel *m_weekdayTitle = nullptr;
    RankingBarsWidget *m_weekdays = nullptr;
    QLabel *m_notes = nullptr;
    std::optional<Analytics::TimingGrid> m_grid;
    QFutureWatcher<Result<Analytics::TimingGrid>> m_watcher;
};

} // namespace Demetra::Ui
