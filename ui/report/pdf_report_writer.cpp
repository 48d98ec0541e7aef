#include "ui/report/pdf_report_writer.h"

#include "core/domain/metric.h"
#include "core/report/report_tables.h"
#include "ui/models/budget_table_model.h"
#include "ui/pages/overview/chart_axes.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QDir>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QValueAxis>
#include <cmath>
#include <functional>
#include <memory>

namespace Demetra::Ui {

namespace {

using Report::CellKind;
using Report::ReportCell;
using Report::ReportData;
using Report::ReportTable;

/// Lays text, tables and charts out top to bottom, starting a new page when the next block does not fit.
class PdfReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    PdfReportRenderer(QPdfWriter &writer, const ReportData &data)
        : m_writer(writer), m_data(data), m_locale(QLocale()), m_currency(data.currency())
    {}

    bool render()
    {
        if (!m_painter.begin(&m_writer))
            return false;
        m_page = m_writer.pageLayout().paintRectPixels(m_writer.resolution());
        m_page.moveTo(0, 0);
        m_y = m_page.top();
        cover();
        if (m_data.isEmpty()) {
            heading(tr("Key figures"));
            paragraph(tr("There is no data in the selected period: nothing to report. Import a file or widen the "
                         "period."));
        } else {
            kpis();
            charts();
            channels();
            forecasts();
            budget();
        }
        recommendations();
        alerts();
        appendix();
        return m_painter.end();
    }

private:
    // --- formatting -------------------------------------------------------------------------------------------
    QString money(double v) const
    {
        const QString amount = m_locale.toString(v, 'f', 2);
        // A no-break space keeps the amount and its currency on one line in narrow columns.
        return m_currency.isEmpty() || m_currency == QLatin1String("mixed") ? amount
                                                                            : amount + QChar(0x00A0) + m_currency;
    }

    QString percent(double fraction) const
    {
        return m_locale.toString(fraction * 100.0, 'f', 2) + QChar(0x00A0) + u'%';
    }

    QString cellText(const ReportCell &c) const
    {
        if (c.value.isNull() || !c.value.isValid())
            return QStringLiteral("—");
        switch (c.kind) {
        case CellKind::Text:
            return c.value.toString();
        case CellKind::Integer:
            return m_locale.toString(c.value.toLongLong());
        case CellKind::Number:
            return m_locale.toString(c.value.toDouble(), 'f', 2);
        case CellKind::Money:
            return money(c.value.toDouble());
        case CellKind::MoneyMicros:
            return money(double(c.value.toLongLong()) / 1e6);
        case CellKind::Percent:
            return percent(c.value.toDouble());
        case CellKind::Date:
            return m_locale.toString(c.value.toDate(), QLocale::ShortFormat);
        }
        return {};
    }

    QString dateText(const QDate &d) const
    {
        return d.isValid() ? m_locale.toString(d, QLocale::ShortFormat) : QStringLiteral("—");
    }

    // --- layout -----------------------------------------------------------------------------------------------
    static QFont font(double points, bool bold = false)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    /// Starts a new page when `height` does not fit below; true when it did.
    bool need(int height)
    {
        if (m_y + height > m_page.bottom() && m_y > m_page.top()) {
            m_writer.newPage();
            m_y = m_page.top();
            return true;
        }
        return false;
    }

    void newPage()
    {
        m_writer.newPage();
        m_y = m_page.top();
    }

    int gap() const { return m_writer.resolution() / 8; }

    void text(const QString &s, const QFont &f, int flags = Qt::TextWordWrap)
    {
        m_painter.setFont(f);
        const QRect box = m_painter.boundingRect(QRect(m_page.left(), 0, m_page.width(), 100000), flags, s);
        need(box.height());
        m_painter.drawText(QRect(m_page.left(), m_y, m_page.width(), box.height()), flags, s);
        m_y += box.height() + gap() / 2;
    }

    int chartHeight() const { return m_page.width() * 9 / 16; }

    /// A heading kept on the same page as the first `keep` pixels of what follows it (at least an inch: a short
    /// paragraph and a table's header with its first rows), so no heading is left alone at a page's bottom.
    void heading(const QString &s, int keep = 0)
    {
        m_y += gap();
        need(m_writer.resolution() / 2 + std::max(keep, m_writer.resolution()));
        text(s, font(14, true));
    }

    void paragraph(const QString &s) { text(s, font(9.5)); }

    /// A table with a header row; `weights` share the page width between columns.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &weights)
    {
        const int pad = m_writer.resolution() / 24;
        const QList<int> widths = columnWidths(header, rows, weights, pad);
        std::function<void(const QStringList &, bool)> drawRow = [&](const QStringList &cells, bool bold) {
            const QFont f = font(8.5, bold);
            m_painter.setFont(f);
            int h = 0;
            for (int i = 0; i < cells.size(); ++i) {
                const QRect r = m_painter.boundingRect(QRect(0, 0, widths.value(i) - 2 * pad, 100000), Qt::TextWordWrap,
                                                       cells.at(i));
                h = std::max(h, r.height());
            }
            h += 2 * pad;
            // A table going on over a page break repeats its header row there.
            if (need(h) && !bold) {
                drawRow(header, true);
                m_painter.setFont(f);
            }
            int x = m_page.left();
            if (bold)
                m_painter.fillRect(QRect(x, m_y, m_page.width(), h), QColor(0xDD, 0xE7, 0xF0));
            for (int i = 0; i < cells.size(); ++i) {
                const int align = (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter | Qt::TextWordWrap;
                m_painter.drawText(QRect(x + pad, m_y + pad, widths.value(i) - 2 * pad, h - 2 * pad), align,
                                   cells.at(i));
                x += widths.value(i);
            }
            m_painter.setPen(QColor(0xC0, 0xC0, 0xC0));
            m_painter.drawLine(m_page.left(), m_y + h, m_page.right(), m_y + h);
            m_painter.setPen(Qt::black);
            m_y += h;
        };
        drawRow(header, true);
        for (const QStringList &r : rows)
            drawRow(r, false);
        m_y += gap();
    }

    /// Column widths in pixels: each column at least as wide as the longest word of its header and cells (words are
    /// never cut: "Рекомендуемый" must fit whole), the rest of the page shared by `weights`. When the words alone
    /// are wider than the page, the columns get their words' share of it.
    QList<int> columnWidths(const QStringList &header, const QList<QStringList> &rows, const QList<int> &weights,
                            int pad)
    {
        const qsizetype n = header.size();
        QList<double> minimum(n, 0.0);
        auto measure = [&](const QStringList &cells, bool bold) {
            const QFontMetricsF metrics(font(8.5, bold), m_painter.device());
            for (qsizetype i = 0; i < std::min(n, cells.size()); ++i) {
                for (const QString &word : cells.at(i).split(u' ', Qt::SkipEmptyParts))
                    minimum[i] = std::max(minimum[i], metrics.horizontalAdvance(word) + 2.0 * pad + 2.0);
            }
        };
        measure(header, true);
        for (const QStringList &r : rows)
            measure(r, false);
        double weightSum = 0, minimumSum = 0;
        for (qsizetype i = 0; i < n; ++i) {
            weightSum += std::max(1, weights.value(i, 1));
            minimumSum += minimum[i];
        }
        const double width = m_page.width();
        QList<int> widths;
        if (minimumSum >= width) {
            for (qsizetype i = 0; i < n; ++i)
                widths << int(width * minimum[i] / minimumSum);
            return widths;
        }
        // Weighted widths, raised to their minimum; the columns above their minimum give up the difference.
        QList<double> w(n);
        for (qsizetype i = 0; i < n; ++i)
            w[i] = width * std::max(1, weights.value(i, 1)) / weightSum;
        for (int round = 0; round < 8; ++round) {
            double deficit = 0, spare = 0;
            for (qsizetype i = 0; i < n; ++i) {
                if (w[i] < minimum[i]) {
                    deficit += minimum[i] - w[i];
                    w[i] = minimum[i];
                } else {
                    spare += w[i] - minimum[i];
                }
            }
            if (deficit <= 0.5 || spare <= 0)
                break;
            for (qsizetype i = 0; i < n; ++i) {
                if (w[i] > minimum[i])
                    w[i] -= deficit * (w[i] - minimum[i]) / spare;
            }
        }
        for (double x : w)
            widths << int(x);
        return widths;
    }

    /// Fonts readable at print size: the chart is drawn into a 960 × 540 scene scaled to the page's width.
    static void printFonts(QChart *c)
    {
        QFont labels = font(1);
        labels.setPointSizeF(12);
        QFont titles = labels;
        titles.setPointSizeF(13);
        titles.setBold(true);
        c->setTitleFont(titles);
        c->legend()->setFont(labels);
        QFont categories = labels;
        categories.setPointSizeF(10);
        for (QAbstractAxis *a : c->axes()) {
            // Channel names under bars share the width between them: a smaller font keeps them whole.
            a->setLabelsFont(a->type() == QAbstractAxis::AxisTypeBarCategory && a->orientation() == Qt::Horizontal
                                 ? categories
                                 : labels);
            QFont axisTitle = labels;
            axisTitle.setBold(true);
            a->setTitleFont(axisTitle);
        }
    }

    /// A money value axis over [0, top] in the app charts' K/M scale, the unit and currency as its title ("K USD"),
    /// labels with the locale's separators.
    QValueAxis *moneyAxis(double top) const
    {
        const ChartAxes::Scale scale = ChartAxes::scaleFor(Metric::Spend, top);
        QStringList unit;
        if (!scale.unit.isEmpty())
            unit << scale.unit;
        if (!m_currency.isEmpty() && m_currency != QLatin1String("mixed"))
            unit << m_currency;
        return ChartAxes::valueAxis(0.0, top > 0 ? top * 1.05 / scale.divisor : 1.0, unit.join(u' '));
    }

    /// Draws a chart offscreen (a QGraphicsScene rendered into the PDF's painter): vector output, no window.
    void chart(QChart *chartPtr)
    {
        std::unique_ptr<QChart> owned(chartPtr);
        const int h = chartHeight();
        need(h);
        QGraphicsScene scene;
        owned->setAnimationOptions(QChart::NoAnimation);
        // Fonts and locale before the size: the chart measures its labels when it lays itself out.
        ChartAxes::localize(owned.get());
        printFonts(owned.get());
        owned->legend()->setAlignment(Qt::AlignBottom);
        owned->resize(960, 540);
        scene.addItem(owned.get());
        scene.setSceneRect(0, 0, 960, 540);
        scene.render(&m_painter, QRectF(m_page.left(), m_y, m_page.width(), h), scene.sceneRect());
        scene.removeItem(owned.get());
        m_y += h + gap();
    }

    // --- sections ---------------------------------------------------------------------------------------------
    void cover()
    {
        text(tr("Demetra advertising report"), font(22, true));
        if (m_data.summary.from.isValid()) {
            paragraph(tr("Period: %1 to %2").arg(dateText(m_data.summary.from), dateText(m_data.summary.to)));
            paragraph(tr("Compared with: %1 to %2")
                          .arg(dateText(m_data.summary.previousFrom), dateText(m_data.summary.previousTo)));
        } else {
            paragraph(tr("Period: no data"));
        }
        paragraph(tr("Filters: %1").arg(m_data.filterText()));
        paragraph(tr("Generated: %1 UTC").arg(m_locale.toString(m_data.generatedAt.toUTC(), QLocale::ShortFormat)));
        if (m_data.summary.currencies.size() > 1)
            paragraph(tr("Warning: the period mixes currencies (%1); money sums add them as they are.")
                          .arg(m_data.summary.currencies.join(QStringLiteral(", "))));
        heading(tr("Data freshness"));
        if (m_data.sources.isEmpty()) {
            paragraph(tr("No data sources."));
        } else {
            QList<QStringList> rows;
            for (const Report::DataSourceFreshness &s : m_data.sources) {
                const QString kind =
                    s.kind == QLatin1String("api") ? tr("connected account (%1)").arg(s.platform) : tr("imported file");
                QString complete = s.kind == QLatin1String("api")
                                       ? (s.completeUpTo.isValid() ? dateText(s.completeUpTo) : tr("not synced yet"))
                                       : QStringLiteral("—");
                if (s.kind == QLatin1String("api") && !s.lastStatus.isEmpty() && s.lastStatus != QLatin1String("ok"))
                    complete += u' ' + tr("(last sync: %1)").arg(s.lastStatus);
                rows << QStringList{s.name, kind, dateText(s.firstDay), dateText(s.lastDay), complete};
            }
            table({tr("Source"), tr("Kind"), tr("First day"), tr("Last day"), tr("Complete up to")}, rows,
                  {4, 4, 2, 2, 3});
        }
        newPage();
    }

    void kpis()
    {
        heading(tr("Key figures"));
        const std::optional<ReportTable> t = Report::reportTable(m_data, QStringLiteral("kpis"));
        QList<QStringList> rows;
        for (const QList<ReportCell> &r : t->rows) {
            QString change = cellText(r.value(4));
            if (!r.value(4).value.isNull() && r.value(4).value.toDouble() > 0)
                change.prepend(u'+');
            rows << QStringList{cellText(r.value(0)), cellText(r.value(2)), cellText(r.value(3)), change};
        }
        table({tr("Metric"), tr("Current period"), tr("Previous period"), tr("Change")}, rows, {4, 3, 3, 2});
    }

    void charts()
    {
        heading(tr("Growth"), chartHeight());
        auto *growth = new QChart;
        growth->setTitle(tr("Daily spend and revenue"));
        auto *spend = new QLineSeries;
        spend->setName(tr("Spend"));
        auto *revenue = new QLineSeries;
        revenue->setName(tr("Revenue"));
        double top = 0;
        for (const Analytics::SeriesPoint &p : m_data.daily)
            top = std::max({top, double(p.totals.spendMicros) / 1e6, double(p.totals.revenueMicros) / 1e6});
        const double divisor = ChartAxes::scaleFor(Metric::Spend, top).divisor;
        for (const Analytics::SeriesPoint &p : m_data.daily) {
            const double x = double(QDateTime(p.periodStart, QTime(12, 0)).toMSecsSinceEpoch());
            spend->append(x, double(p.totals.spendMicros) / 1e6 / divisor);
            revenue->append(x, double(p.totals.revenueMicros) / 1e6 / divisor);
        }
        growth->addSeries(spend);
        growth->addSeries(revenue);
        auto *dates = new QDateTimeAxis;
        dates->setFormat(m_locale.dateFormat(QLocale::ShortFormat));
        dates->setTickCount(7);
        QValueAxis *values = moneyAxis(top);
        growth->addAxis(dates, Qt::AlignBottom);
        growth->addAxis(values, Qt::AlignLeft);
        for (QLineSeries *s : {spend, revenue}) {
            s->attachAxis(dates);
            s->attachAxis(values);
        }
        chart(growth);

        heading(tr("Channel comparison"), chartHeight());
        QStringList names;
        auto *spendSet = new QBarSet(tr("Spend"));
        auto *revenueSet = new QBarSet(tr("Revenue"));
        auto *roiSet = new QBarSet(tr("ROI, %"));
        double highest = 0, lowestRoi = 0, highestRoi = 0;
        for (const Analytics::BreakdownRow &c : m_data.channels)
            highest = std::max({highest, double(c.totals.spendMicros) / 1e6, double(c.totals.revenueMicros) / 1e6});
        const double barDivisor = ChartAxes::scaleFor(Metric::Spend, highest).divisor;
        for (const Analytics::BreakdownRow &c : m_data.channels) {
            names << c.label;
            *spendSet << double(c.totals.spendMicros) / 1e6 / barDivisor;
            *revenueSet << double(c.totals.revenueMicros) / 1e6 / barDivisor;
            const double roi = std::round(c.totals.value(Metric::Roi).value_or(0.0) * 1000.0) / 10.0;
            *roiSet << roi;
            lowestRoi = std::min(lowestRoi, roi);
            highestRoi = std::max(highestRoi, roi);
        }
        auto *comparison = new QChart;
        comparison->setTitle(tr("Spend and revenue by channel"));
        auto *bars = new QBarSeries;
        bars->append(spendSet);
        bars->append(revenueSet);
        comparison->addSeries(bars);
        auto *categories = new QBarCategoryAxis;
        categories->append(names);
        categories->setLabelsAngle(-30); // eight channel names side by side are cut short when level
        QValueAxis *amounts = moneyAxis(highest);
        comparison->addAxis(categories, Qt::AlignBottom);
        comparison->addAxis(amounts, Qt::AlignLeft);
        bars->attachAxis(categories);
        bars->attachAxis(amounts);
        chart(comparison);

        heading(tr("ROI by channel"), chartHeight());
        auto *roiChart = new QChart;
        roiChart->setTitle(tr("ROI = (revenue − spend) / spend"));
        auto *roiBars = new QHorizontalBarSeries;
        roiBars->append(roiSet);
        roiBars->setLabelsVisible(true);
        roiBars->setLabelsFormat(QStringLiteral("@value %"));
        roiChart->addSeries(roiBars);
        auto *channelAxis = new QBarCategoryAxis;
        channelAxis->append(names);
        auto *roiAxis = new QValueAxis;
        roiAxis->setRange(std::min(0.0, lowestRoi * 1.15), std::max(1.0, highestRoi * 1.15));
        roiAxis->applyNiceNumbers();
        // Localized labels (ChartAxes::localize) keep the text around the number as it is: a single "%".
        roiAxis->setLabelFormat(QStringLiteral("%.0f %"));
        roiChart->addAxis(channelAxis, Qt::AlignLeft);
        roiChart->addAxis(roiAxis, Qt::AlignBottom);
        roiBars->attachAxis(channelAxis);
        roiBars->attachAxis(roiAxis);
        roiChart->legend()->hide();
        chart(roiChart);
    }

    void channels()
    {
        heading(tr("Channels"));
        const std::optional<ReportTable> t = Report::reportTable(m_data, QStringLiteral("channels"));
        // channel, spend, revenue, impressions, clicks, conversions, ctr, cpc, cpm, cr, cpa, roas, roi
        const QList<int> shown{0, 1, 2, 4, 5, 6, 10, 12};
        QStringList header;
        for (int i : shown)
            header << t->columns.at(i).title;
        QList<QStringList> rows;
        for (const QList<ReportCell> &r : t->rows) {
            QStringList cells;
            for (int i : shown)
                cells << cellText(r.value(i));
            rows << cells;
        }
        table(header, rows, {3, 4, 4, 3, 3, 2, 3, 2});
    }

    void forecasts()
    {
        heading(tr("Forecasts"));
        if (!m_data.forecasts) {
            paragraph(m_data.forecastError ? m_data.forecastError->message
                                           : tr("Forecasts were not computed for this report."));
            return;
        }
        paragraph(tr("Expected ROI over the next %n day(s) with the 80 % interval, and when revenue covers spend.",
                     nullptr, m_data.forecasts->horizonDays));
        QList<QStringList> rows;
        QStringList sentences;
        for (const Forecast::ChannelRoiForecast &c : m_data.forecasts->channels) {
            if (c.payback) {
                const Forecast::PaybackEstimate &p = *c.payback;
                const QString roi = p.roi ? percent(*p.roi) : QStringLiteral("—");
                const QString band = p.roiLower && p.roiUpper
                                         ? QStringLiteral("%1 … %2").arg(percent(*p.roiLower), percent(*p.roiUpper))
                                         : QStringLiteral("—");
                rows << QStringList{c.channel,
                                    money(p.spend),
                                    money(p.revenue),
                                    QStringLiteral("%1 … %2").arg(money(p.revenueLower), money(p.revenueUpper)),
                                    roi,
                                    band,
                                    p.text()};
            } else {
                rows << QStringList{c.channel,
                                    QStringLiteral("—"),
                                    QStringLiteral("—"),
                                    QStringLiteral("—"),
                                    QStringLiteral("—"),
                                    QStringLiteral("—"),
                                    c.error ? c.error->message : QString()};
            }
            if (c.roiBacktest)
                sentences << c.channel + QStringLiteral(": ") + c.roiBacktest->sentence();
        }
        table(
            {tr("Channel"), tr("Spend"), tr("Revenue"), tr("Revenue, 80 %"), tr("ROI"), tr("ROI, 80 %"), tr("Payback")},
            rows, {3, 3, 3, 4, 2, 3, 4});
        for (const QString &s : sentences)
            paragraph(s);
    }

    void budget()
    {
        heading(tr("Budget recommendation"));
        const std::optional<ReportTable> t = Report::reportTable(m_data, QStringLiteral("budget"));
        if (!t->note.isEmpty())
            paragraph(t->note);
        if (t->rows.isEmpty())
            return;
        QStringList header;
        for (const Report::ReportColumn &c : t->columns)
            header << c.title;
        QList<QStringList> rows;
        const QList<Budget::ChannelAllocation> &plan = m_data.budget->plan->channels;
        for (qsizetype i = 0; i < t->rows.size(); ++i) {
            QStringList cells;
            for (const ReportCell &c : t->rows.at(i))
                cells << cellText(c);
            // The table holds the stable key ("at_min_bound") for CSV: show the Budget page's words instead.
            if (i < plan.size() && plan.at(i).reason.isEmpty() && !cells.isEmpty())
                cells.last() = BudgetTableModel::statusText(plan.at(i).status);
            rows << cells;
        }
        table(header, rows, {3, 3, 3, 2, 3, 2, 3});
    }

    void recommendations()
    {
        heading(tr("Recommendations"));
        if (!m_data.advice) {
            paragraph(tr("No recommendations were written yet (Recommendations page, or demetra-cli advise)."));
            return;
        }
        const Advice::AdviceRecord &a = *m_data.advice;
        const QString author = a.isLocal() ? tr("Demetra's local advisor") : a.author;
        paragraph(tr("Written by %1 on %2.").arg(author, m_locale.toString(a.createdAt.toUTC(), QLocale::ShortFormat)));
        if (!a.document.summary.isEmpty())
            paragraph(a.document.summary);
        for (const Advice::BudgetMove &m : a.document.recommendations.budgetMoves)
            paragraph(QStringLiteral("• ") +
                      tr("Move budget from %1 to %2: %3").arg(m.fromChannel, m.toChannel, m.expectedEffect));
        for (const Advice::AdviceAction &x : a.document.recommendations.actions)
            paragraph(QStringLiteral("• ") + (x.channel.isEmpty() ? QString() : x.channel + QStringLiteral(": ")) +
                      x.action + (x.rationale.isEmpty() ? QString() : QStringLiteral(" — ") + x.rationale));
        for (const Advice::AdviceRisk &r : a.document.recommendations.risks)
            paragraph(QStringLiteral("⚠ ") + r.text);
    }

    void alerts()
    {
        heading(tr("Open alerts"));
        if (m_data.openAlerts.isEmpty()) {
            paragraph(tr("No open alerts."));
            return;
        }
        QList<QStringList> rows;
        for (const Alerts::Alert &a : m_data.openAlerts)
            rows << QStringList{Alerts::severityTitle(a.finding.severity), a.finding.message,
                                dateText(a.firstSeen.date())};
        table({tr("Severity"), tr("Alert"), tr("Since")}, rows, {2, 10, 2});
    }

    void appendix()
    {
        newPage();
        heading(tr("Appendix: formulas"));
        QList<QStringList> rows;
        for (Metric m :
             {Metric::Ctr, Metric::Cpc, Metric::Cpm, Metric::ConversionRate, Metric::Cpa, Metric::Roas, Metric::Roi})
            rows << QStringList{MetricInfo::displayName(m), MetricInfo::formula(m)};
        table({tr("Metric"), tr("Formula")}, rows, {4, 8});
        paragraph(tr("Every KPI is a ratio of sums over the period; a zero denominator gives no value (—). The change "
                     "compares with the period of the same length just before. Money is summed exactly in the "
                     "account currency. Forecast intervals are 80 % bands from rolling-origin backtests."));
        heading(tr("Appendix: data sources"));
        for (const Report::DataSourceFreshness &s : m_data.sources) {
            QString line = tr("%1: data from %2 to %3").arg(s.name, dateText(s.firstDay), dateText(s.lastDay));
            if (s.kind == QLatin1String("api"))
                line += u' ' + tr("(complete up to %1)")
                                   .arg(s.completeUpTo.isValid() ? dateText(s.completeUpTo) : tr("not synced yet"));
            paragraph(line);
        }
    }

    QPdfWriter &m_writer;
    const ReportData &m_data;
    QLocale m_locale;
    QString m_currency;
    QPainter m_painter;
    QRect m_page;
    int m_y = 0;
};

} // namespace

QPageSize::PageSizeId PdfReportWriter::defaultPageSize(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

Status PdfReportWriter::write(const Report::ReportData &data, const QString &path, QPageSize::PageSizeId pageSize)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("PdfReportWriter",
                                                "Cannot write the PDF report %1: %2. Choose a folder you can write to.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    path);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("PdfReportWriter", "Demetra advertising report"));
        writer.setCreator(QStringLiteral("Demetra"));
        PdfReportRenderer renderer(writer, data);
        if (!renderer.render())
            return fail(ErrorCode::Io,
                        QCoreApplication::translate("PdfReportWriter", "Cannot draw the PDF report %1.")
                            .arg(QDir::toNativeSeparators(path)),
                        path);
    }
    if (!file.commit())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("PdfReportWriter",
                                                "Cannot write the PDF report %1: %2. Nothing was written; check the "
                                                "free space.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    path);
    return {};
}

} // namespace Demetra::Ui
