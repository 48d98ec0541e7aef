#include "ui/pages/best_time/best_time_page.h"

#include "core/analytics/timing_analysis.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "ui/charts/heatmap_widget.h"
#include "ui/charts/ranking_bars_widget.h"
#include "ui/pages/audience/analysis_text.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Demetra::Ui {

namespace K = Settings::Keys;

namespace {
/// A weekday name for a row label or a sentence start ("понедельник" → "Понедельник").
QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QLabel *boldLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

BestTimePage::BestTimePage(PageContext context, QWidget *parent) : Page(context, parent)
{
    Settings::SettingsStore &settings = this->context().settings;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Metric:"), this));
    m_metric = new QComboBox(this);
    AnalysisText::fillMetricBox(m_metric, MetricInfo::fromKey(settings.value(K::BestTimeMetric)).value_or(Metric::Roi));
    controls->addWidget(m_metric);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Columns:"), this));
    m_axis = new QComboBox(this);
    m_axis->addItem(tr("Week of year"), Analytics::timingAxisKey(Analytics::TimingAxis::WeekOfYear));
    m_axis->addItem(tr("Month"), Analytics::timingAxisKey(Analytics::TimingAxis::Month));
    m_axis->setCurrentIndex(m_axis->findData(settings.value(K::BestTimeAxis)) == 1 ? 1 : 0);
    controls->addWidget(m_axis);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Minimum volume:"), this));
    m_minimum = new MinVolumeSpinBox(
        this->context().settings,
        tr("Cells and days with fewer impressions are shown greyed and never ranked, so a quiet day "
           "cannot be named the best by chance. The same setting is in Settings."),
        this);
    controls->addWidget(m_minimum);
    controls->addStretch(1);
    layout->addLayout(controls);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    m_stack = new QStackedWidget(this);
    m_content = new QWidget(m_stack);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    m_heatmapTitle = boldLabel(m_content);
    content->addWidget(m_heatmapTitle);
    m_heatmap = new HeatmapWidget(m_content);
    m_heatmap->setExportName(QStringLiteral("best-time"));
    content->addWidget(m_heatmap, 3);
    m_weekdayTitle = boldLabel(m_content);
    content->addWidget(m_weekdayTitle);
    m_weekdays = new RankingBarsWidget(m_content);
    m_weekdays->setExportName(QStringLiteral("best-time-weekdays"));
    content->addWidget(m_weekdays);
    m_notes = new QLabel(m_content);
    m_notes->setWordWrap(true);
    m_notes->setEnabled(false);
    content->addWidget(m_notes);
    m_message = new QLabel(m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        this->context().settings.setValue(K::BestTimeMetric, MetricInfo::key(AnalysisText::metricOf(m_metric)));
        invalidate();
    });
    connect(m_axis, &QComboBox::currentIndexChanged, this, [this] {
        this->context().settings.setValue(K::BestTimeAxis, m_axis->currentData().toString());
        invalidate();
    });
    connect(m_minimum, &MinVolumeSpinBox::volumeChanged, this, &Page::invalidate);
    whenDone(
        m_watcher, [this](const Analytics::TimingGrid &grid) { showGrid(grid); },
        [this](const Error &error) {
            m_grid.reset();
            showMessage(tr("The best-time analysis failed: %1").arg(error.message));
            emit errorOccurred(error.message);
        });
}

void BestTimePage::showEvent(QShowEvent *event)
{
    if (m_minimum->syncFromSettings())
        invalidate();
    Page::showEvent(event);
}

void BestTimePage::reload()
{
    m_minimum->syncFromSettings();
    const Analytics::DashboardFilter f = filter();
    const Metric metric = AnalysisText::metricOf(m_metric);
    const Analytics::TimingAxis axis =
        Analytics::timingAxisFromKey(m_axis->currentData().toString()).value_or(Analytics::TimingAxis::WeekOfYear);
    const qint64 minimum = m_minimum->value();
    startJob<Analytics::TimingGrid>(m_watcher, [f, axis, metric, minimum](Jobs::JobContext &c) {
        return Analytics::loadTiming(f, axis, metric, minimum, c);
    });
}

bool BestTimePage::isShowingMessage() const
{
    return m_stack->currentWidget() == m_message;
}

QString BestTimePage::message() const
{
    return isShowingMessage() ? m_message->text() : QString();
}

QString BestTimePage::summary() const
{
    QTextDocument doc;
    doc.setHtml(m_summary->text());
    return doc.toPlainText();
}

QString BestTimePage::notes() const
{
    return m_notes->text();
}

void BestTimePage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_summary->clear();
}

QString BestTimePage::slotName(const Analytics::TimingCell &cell, Analytics::TimingAxis axis) const
{
    const QLocale locale;
    const QString day = locale.dayName(cell.weekday, QLocale::LongFormat);
    if (axis == Analytics::TimingAxis::Month)
        return tr("%1 in %2", "weekday in month")
            .arg(day, locale.standaloneMonthName(cell.column, QLocale::LongFormat));
    return tr("%1 in week %2", "weekday in ISO week").arg(day).arg(cell.column);
}

void BestTimePage::showGrid(const Analytics::TimingGrid &grid)
{
    m_grid = grid;
    if (grid.isEmpty()) {
        QString text = tr("No data for this filter. Widen the date range or clear the channel, segment and audience "
                          "filters.");
        if (grid.multiDayRows > 0)
            text += u'\n' + tr("%n row(s) cover several days (weekly or period totals) and have no weekday.", nullptr,
                               int(qMin<qint64>(grid.multiDayRows, INT_MAX)));
        showMessage(text);
        return;
    }
    const QLocale locale;
    const Metric metric = grid.metric;
    const QString currency = AnalysisText::currencyOf(grid.currencies);
    const QString name = MetricInfo::shortName(metric);
    const bool additive = MetricInfo::isAdditive(metric);
    const bool byMonth = grid.axis == Analytics::TimingAxis::Month;

    // The grid: Monday … Sunday × weeks (up to the last week with data) or months.
    QStringList rows;
    for (int d = 1; d <= 7; ++d)
        rows << capitalised(locale.dayName(d, QLocale::LongFormat));
    int columns = 12;
    if (!byMonth) {
        columns = 52;
        for (const Analytics::TimingCell &c : grid.cells)
            columns = std::max(columns, c.column);
    }
    QStringList columnLabels;
    for (int c = 1; c <= columns; ++c)
        columnLabels << (byMonth ? locale.standaloneMonthName(c, QLocale::ShortFormat) : QString::number(c));
    QList<HeatmapCell> cells(7 * columns);
    std::optional<double> low;
    std::optional<double> high;
    const QString belowNote =
        tr("Below the minimum volume of %1 impressions: not ranked.").arg(ValueFormat::count(grid.minImpressions));
    for (int i = 0; i < grid.cells.size(); ++i) {
        const Analytics::TimingCell &c = grid.cells[i];
        if (c.weekday < 1 || c.weekday > 7 || c.column < 1 || c.column > columns)
            continue;
        HeatmapCell &h = cells[(c.weekday - 1) * columns + (c.column - 1)];
        h.value = c.totals.value(metric);
        h.muted = c.belowMinimum;
        // Ratios in full (they differ in the second decimal); sums and money compact, to fit the cell.
        h.text = ValueFormat::metric(metric, h.value, MetricInfo::isAdditive(metric) || MetricInfo::isMoney(metric));
        QString tip = slotName(c, grid.axis);
        tip += u'\n' + MetricInfo::displayName(metric) + QStringLiteral(": ") +
               AnalysisText::value(metric, h.value, currency);
        tip += u'\n' + tr("Impressions: %1").arg(ValueFormat::count(c.totals.impressions));
        tip += u'\n' + tr("%n day(s) with data: %1", nullptr, int(c.days)).arg(ValueFormat::dateRange(c.first, c.last));
        if (!h.value)
            tip += u'\n' + tr("No value: the denominator is zero or the measure is missing.");
        if (c.belowMinimum)
            tip += u'\n' + belowNote;
        h.toolTip = tip;
        if (i == grid.bestCell)
            h.outline = Theme::good();
        else if (i == grid.worstCell)
            h.outline = Theme::bad();
        if (!c.belowMinimum && h.value) {
            low = low ? std::min(*low, *h.value) : *h.value;
            high = high ? std::max(*high, *h.value) : *h.value;
        }
    }
    m_heatmap->setGrid(rows, columnLabels, cells);
    m_heatmap->setShowValues(byMonth);
    m_heatmap->setLegend(ValueFormat::metric(metric, low, true), ValueFormat::metric(metric, high, true),
                         tr("below the minimum volume (%1 impressions)").arg(ValueFormat::count(grid.minImpressions)));
    m_heatmapTitle->setText(
        byMonth ? tr("%1 by day of week and month").arg(MetricInfo::displayName(metric))
                : tr("%1 by day of week and week of the year (ISO weeks)").arg(MetricInfo::displayName(metric)));

    // The words: best and worst slot, best and worst weekday, each with its volume.
    QStringList lines;
    auto valueOf = [&](const Analytics::TimingCell &c) {
        return AnalysisText::value(metric, c.totals.value(metric), currency);
    };
    const QString good = Theme::good().name();
    const QString bad = Theme::bad().name();
    if (grid.bestCell >= 0) {
        const Analytics::TimingCell &b = grid.cells[grid.bestCell];
        QString line =
            (additive ? tr("Highest: %1, %2 %3 on %4 impressions.") : tr("Best: %1, %2 %3 on %4 impressions."))
                .arg(slotName(b, grid.axis).toHtmlEscaped(), name, valueOf(b),
                     AnalysisText::volume(b.totals.impressions));
        line = QStringLiteral("<span style='color:%1'>&#9632;</span> ").arg(good) + line;
        if (grid.worstCell >= 0) {
            const Analytics::TimingCell &w = grid.cells[grid.worstCell];
            line += QStringLiteral(" &nbsp; <span style='color:%1'>&#9632;</span> ").arg(bad) +
                    (additive ? tr("Lowest: %1, %2 %3 on %4 impressions.") : tr("Worst: %1, %2 %3 on %4 impressions."))
                        .arg(slotName(w, grid.axis).toHtmlEscaped(), name, valueOf(w),
                             AnalysisText::volume(w.totals.impressions));
        }
        lines << line;
    } else {
        lines << tr("No day reaches the minimum volume of %1 impressions with a %2 value, so none is ranked.")
                     .arg(ValueFormat::count(grid.minImpressions), name);
    }
    if (grid.bestWeekday >= 0) {
        const Analytics::TimingCell &b = grid.weekdays[grid.bestWeekday];
        const QString day = capitalised(locale.dayName(b.weekday, QLocale::LongFormat));
        if (grid.worstWeekday >= 0) {
            const Analytics::TimingCell &w = grid.weekdays[grid.worstWeekday];
            lines << (additive ? tr("%1 has the highest %2 of the week (%3, %4 impressions); %5 the lowest (%6, %7 "
                                    "impressions).")
                               : tr("%1 is the best day for %2 (%3, %4 impressions); %5 the worst (%6, %7 "
                                    "impressions)."))
                         .arg(day, name, valueOf(b), AnalysisText::volume(b.totals.impressions),
                              locale.dayName(w.weekday, QLocale::LongFormat), valueOf(w),
                              AnalysisText::volume(w.totals.impressions));
        } else {
            lines << tr("%1 is the only day above the minimum volume: %2 %3 (%4 impressions).")
                         .arg(day, name, valueOf(b), AnalysisText::volume(b.totals.impressions));
        }
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    // Weekdays as bars, Monday first.
    QList<RankingBar> bars;
    for (int i = 0; i < grid.weekdays.size(); ++i) {
        const Analytics::TimingCell &w = grid.weekdays[i];
        RankingBar b;
        b.label = capitalised(locale.dayName(w.weekday, QLocale::LongFormat));
        b.value = w.totals.value(metric);
        b.valueText = tr("%1 · %2 impr.")
                          .arg(ValueFormat::metric(metric, b.value, true), AnalysisText::volume(w.totals.impressions));
        b.muted = w.belowMinimum;
        b.color = i == grid.bestWeekday ? Theme::good() : i == grid.worstWeekday ? Theme::bad() : QColor();
        b.toolTip = b.label + u'\n' + MetricInfo::displayName(metric) + QStringLiteral(": ") + valueOf(w) + u'\n' +
                    tr("Impressions: %1").arg(ValueFormat::count(w.totals.impressions)) + u'\n' +
                    tr("%n day(s) with data: %1", nullptr, int(w.days)).arg(ValueFormat::dateRange(w.first, w.last));
        if (w.belowMinimum)
            b.toolTip += u'\n' + belowNote;
        bars << b;
    }
    m_weekdays->setBars(bars, tr("Below the minimum volume, not ranked"));
    m_weekdayTitle->setText(tr("%1 by day of week").arg(MetricInfo::displayName(metric)));

    QStringList notes;
    notes << tr("Hour of day: the stored data is daily and none of the imported sources has an hour column, so an "
                "hourly analysis is not possible; it needs hourly data.");
    if (grid.multiDayRows > 0)
        notes << tr("%n row(s) covering several days (weekly or period totals) are left out: they have no weekday.",
                    nullptr, int(qMin<qint64>(grid.multiDayRows, INT_MAX)));
    notes << (grid.fromRollup ? tr("Computed from the daily totals.")
                              : tr("Computed from the individual rows (a segment or audience filter applies)."));
    m_notes->setText(notes.join(u' '));
    m_stack->setCurrentWidget(m_content);
}

} // namespace Demetra::Ui
