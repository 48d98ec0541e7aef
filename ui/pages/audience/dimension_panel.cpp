#include "ui/pages/audience/dimension_panel.h"

#include "ui/charts/ranking_bars_widget.h"
#include "ui/pages/audience/analysis_text.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace Demetra::Ui {

namespace {
QString barToolTip(const Analytics::BreakdownRow &row, Metric metric, const QString &currency, const QString &note)
{
    QString tip = row.label.isEmpty() ? row.key : row.label;
    tip += u'\n' + MetricInfo::displayName(metric) + QStringLiteral(": ") +
           AnalysisText::value(metric, row.totals.value(metric), currency);
    tip += u'\n' + QCoreApplication::translate("DimensionPanel", "Impressions: %1")
                       .arg(ValueFormat::count(row.totals.impressions));
    const int rows = int(std::min(row.totals.rows, qint64(INT_MAX)));
    tip += u'\n' + QCoreApplication::translate("DimensionPanel", "%n fact rows", nullptr, rows);
    tip += u'\n' + MetricInfo::shortName(metric) + QStringLiteral(" = ") + MetricInfo::formula(metric);
    if (!row.totals.value(metric))
        tip += u'\n' + QCoreApplication::translate("DimensionPanel",
                                                   "No value: the denominator is zero or the measure is missing.");
    if (!note.isEmpty())
        tip += u'\n' + note;
    return tip;
}
} // namespace

DimensionPanel::DimensionPanel(const QString &title, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    m_title = new QLabel(title, this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);
    m_sentence = new QLabel(this);
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    layout->addWidget(m_sentence);
    m_bars = new RankingBarsWidget(this);
    m_bars->setExportName(QStringLiteral("audience-") + title.toLower().replace(u' ', u'-'));
    layout->addWidget(m_bars);
    layout->addStretch(1);
}

QString DimensionPanel::sentence() const
{
    return m_sentence->text();
}

void DimensionPanel::showMessage(const QString &message)
{
    m_sentence->setText(message);
    m_sentence->setEnabled(false);
    m_bars->setBars({});
    m_bars->hide();
}

void DimensionPanel::showRanking(const Analytics::GroupRanking &ranking, qint64 minImpressions, const QString &currency)
{
    const Metric metric = ranking.metric;
    const QString name = MetricInfo::shortName(metric);
    const bool additive = MetricInfo::isAdditive(metric);
    const Analytics::BreakdownRow *best = ranking.best();
    const Analytics::BreakdownRow *worst = ranking.worst();
    auto valueOf = [&](const Analytics::BreakdownRow *r) {
        return AnalysisText::value(metric, r->totals.value(metric), currency);
    };
    QString text;
    if (best && worst) {
        text = (additive ? tr("%1 has the highest %2, %3 (%4 impressions); %5 the lowest, %6 (%7 impressions).")
                         : tr("%1 has the best %2, %3 (%4 impressions); %5 the worst, %6 (%7 impressions)."))
                   .arg(best->label, name, valueOf(best), AnalysisText::volume(best->totals.impressions), worst->label,
                        valueOf(worst), AnalysisText::volume(worst->totals.impressions));
    } else if (best) {
        text = tr("%1: %2 %3 (%4 impressions), the only group above the minimum volume with a value.")
                   .arg(best->label, name, valueOf(best), AnalysisText::volume(best->totals.impressions));
    } else if (!ranking.ranked.isEmpty()) {
        text = tr("No group has a %1 value: its denominator is zero or missing.").arg(name);
    } else {
        text = tr("No group reaches the minimum volume of %1 impressions, so none is ranked.")
                   .arg(ValueFormat::count(minImpressions));
    }
    m_sentence->setText(text);
    m_sentence->setEnabled(true);

    QList<RankingBar> bars;
    for (const Analytics::BreakdownRow &r : ranking.ranked) {
        RankingBar b;
        b.label = r.label;
        b.value = r.totals.value(metric);
        b.valueText = tr("%1 · %2 impr.")
                          .arg(ValueFormat::metric(metric, b.value, true), AnalysisText::volume(r.totals.impressions));
        b.toolTip = barToolTip(r, metric, currency, {});
        b.color = &r == best ? Theme::good() : &r == worst ? Theme::bad() : QColor();
        bars << b;
    }
    const QString belowNote =
        tr("Below the minimum volume of %1 impressions: not ranked.").arg(ValueFormat::count(minImpressions));
    for (const Analytics::BreakdownRow &r : ranking.belowMinimum) {
        RankingBar b;
        b.label = r.label;
        b.value = r.totals.value(metric);
        b.valueText = tr("%1 · %2 impr.")
                          .arg(ValueFormat::metric(metric, b.value, true), AnalysisText::volume(r.totals.impressions));
        b.toolTip = barToolTip(r, metric, currency, belowNote);
        b.muted = true;
        bars << b;
    }
    if (ranking.unspecified) {
        const Analytics::BreakdownRow &r = *ranking.unspecified;
        RankingBar b;
        b.label = tr("Not specified");
        b.value = r.totals.value(metric);
        b.valueText = tr("%1 · %2 impr.")
                          .arg(ValueFormat::metric(metric, b.value, true), AnalysisText::volume(r.totals.impressions));
        Analytics::BreakdownRow named = r;
        named.label = b.label;
        b.toolTip = barToolTip(named, metric, currency, tr("Rows that do not name this attribute: not ranked."));
        b.muted = true;
        bars << b;
    }
    const int below = int(ranking.belowMinimum.size());
    const QString caption =
        below > 0 ? tr("%n group(s) below the minimum volume of %1 impressions, not ranked", nullptr, below)
                        .arg(ValueFormat::count(minImpressions))
                  : tr("Not ranked");
    m_bars->setBars(bars, caption);
    m_bars->show();
}

} // namespace Demetra::Ui
