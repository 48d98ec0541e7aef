#include "ui/widgets/filter_bar.h"

#include "ui/widgets/multi_select_button.h"
#include "ui/widgets/value_format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace Demetra::Ui {

using Analytics::ComparisonMode;
using Analytics::DatePreset;
using Analytics::DatePresetInfo;

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_preset = new QComboBox(this);
    for (DatePreset p : DatePresetInfo::all())
        m_preset->addItem(DatePresetInfo::displayName(p), int(p));
    m_preset->setToolTip(tr("Period. Relative periods end today, or at the last day with data when the data ends "
                            "earlier."));
    layout->addWidget(m_preset);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        layout->addWidget(e);
    }
    m_from->setToolTip(tr("First day of the custom range"));
    m_to->setToolTip(tr("Last day of the custom range (inclusive)"));
    m_comparison = new QComboBox(this);
    for (ComparisonMode m : {ComparisonMode::PreviousPeriod, ComparisonMode::YearAgo})
        m_comparison->addItem(tr("vs %1").arg(DatePresetInfo::comparisonName(m).toLower()), int(m));
    m_comparison->setToolTip(tr("What the changes on the KPI cards compare with"));
    layout->addWidget(m_comparison);
    m_channels = new MultiSelectButton(tr("Channels"), this);
    m_segments = new MultiSelectButton(tr("Segments"), this);
    m_audiences = new MultiSelectButton(tr("Audiences"), this);
    layout->addWidget(m_channels);
    layout->addWidget(m_segments);
    layout->addWidget(m_audiences);
    m_period = new QLabel(this);
    m_period->setTextFormat(Qt::PlainText);
    layout->addWidget(m_period, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomVisibility();
        readControls();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::readControls);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::readControls);
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &FilterBar::readControls);
    for (MultiSelectButton *b : {m_channels, m_segments, m_audiences})
        connect(b, &MultiSelectButton::selectionChanged, this, &FilterBar::readControls);
    updateCustomVisibility();
}

void FilterBar::setFilter(const Analytics::DashboardFilter &filter)
{
    m_updating = true;
    m_filter = filter;
    m_preset->setCurrentIndex(m_preset->findData(int(filter.preset)));
    m_from->setDate(filter.customFrom.isValid() ? filter.customFrom : QDate::currentDate().addDays(-29));
    m_to->setDate(filter.customTo.isValid() ? filter.customTo : QDate::currentDate());
    m_comparison->setCurrentIndex(m_comparison->findData(int(filter.comparison)));
    m_channels->setSelected(filter.channels);
    m_segments->setSelected(filter.segments);
    m_audiences->setSelected(filter.audiences);
    updateCustomVisibility();
    m_updating = false;
}

void FilterBar::setChoices(const QStringList &channels, const QStringList &segments, const QStringList &audiences)
{
    m_channels->setChoices(channels);
    m_segments->setChoices(segments);
    m_audiences->setChoices(audiences);
    m_segments->setVisible(!segments.isEmpty() || !m_filter.segments.isEmpty());
    m_audiences->setVisible(!audiences.isEmpty() || !m_filter.audiences.isEmpty());
}

void FilterBar::setResolved(const Analytics::ResolvedFilter &resolved)
{
    if (!resolved.hasData()) {
        m_period->setText(tr("No data yet"));
        m_period->setToolTip({});
        return;
    }
    const Analytics::AnalyticsFilter &c = resolved.current;
    QString text = ValueFormat::dateRange(c.from, c.to);
    if (resolved.comparison.from.isValid())
        text += QStringLiteral("  ·  ") +
                tr("vs %1").arg(ValueFormat::dateRange(resolved.comparison.from, resolved.comparison.to));
    m_period->setText(text);
    QString tip = tr("Data available: %1").arg(ValueFormat::dateRange(resolved.dataFrom, resolved.dataTo));
    if (resolved.anchoredToData)
        tip += u'\n' + tr("The data ends before today, so relative periods end at its last day, %1.")
                           .arg(ValueFormat::date(resolved.anchor));
    m_period->setToolTip(tip);
}

void FilterBar::readControls()
{
    if (m_updating)
        return;
    Analytics::DashboardFilter f;
    f.preset = DatePreset(m_preset->currentData().toInt());
    if (f.preset == DatePreset::Custom) {
        f.customFrom = m_from->date();
        f.customTo = m_to->date();
    }
    f.comparison = ComparisonMode(m_comparison->currentData().toInt());
    f.channels = m_channels->selected();
    f.segments = m_segments->selected();
    f.audiences = m_audiences->selected();
    if (f == m_filter)
        return;
    m_filter = f;
    emit filterChanged(m_filter);
}

void FilterBar::updateCustomVisibility()
{
    const bool custom = DatePreset(m_preset->currentData().toInt()) == DatePreset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

} // namespace Demetra::Ui
