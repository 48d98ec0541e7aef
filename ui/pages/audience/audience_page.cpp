#include "ui/pages/audience/audience_page.h"

#include "core/analytics/audience_analysis.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "ui/models/total_last_sort_proxy.h"
#include "ui/pages/audience/analysis_text.h"
#include "ui/pages/audience/dimension_panel.h"
#include "ui/pages/audience/group_table_model.h"
#include "ui/widgets/data_table_view.h"
#include "ui/widgets/value_format.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Demetra::Ui {

namespace K = Settings::Keys;

namespace {
QString dimensionTitle(Analytics::Dimension d)
{
    switch (d) {
    case Analytics::Dimension::Audience:
        return QCoreApplication::translate("AudiencePage", "Target audience");
    case Analytics::Dimension::Segment:
        return QCoreApplication::translate("AudiencePage", "Customer segment");
    case Analytics::Dimension::Location:
        return QCoreApplication::translate("AudiencePage", "Location");
    case Analytics::Dimension::Language:
        return QCoreApplication::translate("AudiencePage", "Language");
    default:
        return {};
    }
}

QString noAttributeText(Analytics::Dimension d)
{
    switch (d) {
    case Analytics::Dimension::Audience:
        return QCoreApplication::translate("AudiencePage", "The data under this filter names no target audience.");
    case Analytics::Dimension::Segment:
        return QCoreApplication::translate("AudiencePage", "The data under this filter names no customer segment.");
    case Analytics::Dimension::Location:
        return QCoreApplication::translate("AudiencePage", "The data under this filter names no location.");
    default:
        return QCoreApplication::translate("AudiencePage", "The data under this filter names no language.");
    }
}

const Analytics::Dimension kDimensions[] = {Analytics::Dimension::Audience, Analytics::Dimension::Segment,
                                            Analytics::Dimension::Location, Analytics::Dimension::Language};
} // namespace

AudiencePage::AudiencePage(PageContext context, QWidget *parent) : Page(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Metric:"), this));
    m_metric = new QComboBox(this);
    AnalysisText::fillMetricBox(
        m_metric, MetricInfo::fromKey(this->context().settings.value(K::AudienceMetric)).value_or(Metric::Roi));
    controls->addWidget(m_metric);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Minimum volume:"), this));
    m_minimum =
        new MinVolumeSpinBox(this->context().settings,
                             tr("Groups with fewer impressions are shown greyed and never ranked, so a tiny group "
                                "cannot top the ranking by chance. The same setting is in Settings."),
                             this);
    controls->addWidget(m_minimum);
    controls->addStretch(1);
    layout->addLayout(controls);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_splitter = new QSplitter(Qt::Vertical, this);
    auto *scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *panel = new DimensionPanel(dimensionTitle(kDimensions[i]), grid);
        gridLayout->addWidget(panel, i / 2, i % 2);
        m_panels << panel;
    }
    gridLayout->setRowStretch(2, 1);
    scroll->setWidget(grid);
    m_splitter->addWidget(scroll);

    m_model = new GroupTableModel(this);
    auto *proxy = new TotalLastSortProxy(GroupTableModel::RawValueRole, GroupTableModel::IsTotalRole, this);
    proxy->setSourceModel(m_model);
    m_table = new DataTableView(m_splitter);
    m_table->setModel(proxy);
    m_table->setExportName(QStringLiteral("audience"));
    m_table->rememberState(this->context().settings, QStringLiteral("audience"));
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    const QByteArray state = this->context().settings.raw(QStringLiteral("audience/splitter")).toByteArray();
    if (!state.isEmpty())
        m_splitter->restoreState(state);
    else
        m_splitter->setSizes({620, 160});
    m_sizeColumns = !this->context().settings.raw(QStringLiteral("tables/audience/header")).isValid();
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { this->context().settings.setRaw(QStringLiteral("audience/splitter"), m_splitter->saveState()); });
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        this->context().settings.setValue(K::AudienceMetric, MetricInfo::key(AnalysisText::metricOf(m_metric)));
        invalidate();
    });
    connect(m_minimum, &MinVolumeSpinBox::volumeChanged, this, &Page::invalidate);
    whenDone(
        m_watcher, [this](const Analytics::AudienceSnapshot &snapshot) { showSnapshot(snapshot); },
        [this](const Error &error) {
            m_snapshot.reset();
            showMessage(tr("The audience analysis failed: %1").arg(error.message));
            emit errorOccurred(error.message);
        });
}

void AudiencePage::showEvent(QShowEvent *event)
{
    // The minimum volume is shared with the best-time page and Settings: pick up a change made there.
    if (m_minimum->syncFromSettings())
        invalidate();
    Page::showEvent(event);
}

void AudiencePage::reload()
{
    m_minimum->syncFromSettings();
    const Analytics::DashboardFilter f = filter();
    const Metric metric = AnalysisText::metricOf(m_metric);
    const qint64 minimum = m_minimum->value();
    startJob<Analytics::AudienceSnapshot>(m_watcher, [f, metric, minimum](Jobs::JobContext &c) {
        return Analytics::loadAudience(f, metric, minimum, c);
    });
}

bool AudiencePage::isShowingMessage() const
{
    return m_stack->currentWidget() == m_message;
}

QString AudiencePage::message() const
{
    return isShowingMessage() ? m_message->text() : QString();
}

QString AudiencePage::summary() const
{
    return m_summary->text();
}

void AudiencePage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_summary->clear();
    m_model->setSnapshot({}, {});
}

void AudiencePage::showSnapshot(const Analytics::AudienceSnapshot &snapshot)
{
    m_snapshot = snapshot;
    if (snapshot.factRows == 0) {
        showMessage(tr("No data for this filter. Widen the date range or clear the channel, segment and audience "
                       "filters."));
        return;
    }
    if (!snapshot.hasAttributes()) {
        showMessage(tr("This data has no audience attributes: none of the imported sources names a target audience, "
                       "customer segment, location or language, so there is nothing to compare here. Files with "
                       "such columns (the social-media advertising layout has them) fill this page."));
        return;
    }
    const QString currency = AnalysisText::currencyOf(snapshot.currencies);
    int below = 0;
    QList<GroupTableRow> rows;
    for (int i = 0; i < snapshot.dimensions.size() && i < m_panels.size(); ++i) {
        const Analytics::GroupRanking &ranking = snapshot.dimensions[i];
        if (!ranking.hasAttribute()) {
            m_panels[i]->showMessage(noAttributeText(ranking.dimension));
            continue;
        }
        m_panels[i]->showRanking(ranking, snapshot.minImpressions, currency);
        below += int(ranking.belowMinimum.size());
        const QString dimension = dimensionTitle(ranking.dimension);
        for (const Analytics::BreakdownRow &r : ranking.ranked)
            rows << GroupTableRow{dimension, r.label, false, r.totals};
        for (const Analytics::BreakdownRow &r : ranking.belowMinimum)
            rows << GroupTableRow{dimension, r.label, true, r.totals};
    }
    m_model->setSnapshot(rows, currency);
    if (m_sizeColumns && !rows.isEmpty()) {
        m_sizeColumns = false; // once, when no column state was remembered
        m_table->resizeColumnsToContents();
    }
    QString text =
        tr("%1 by attribute, %2. Groups with fewer than %3 impressions are greyed and never ranked.")
            .arg(MetricInfo::displayName(snapshot.metric), ValueFormat::dateRange(snapshot.from, snapshot.to),
                 ValueFormat::count(snapshot.minImpressions));
    text += u' ' + (below > 0 ? tr("%n group(s) below the minimum volume.", nullptr, below)
                              : tr("Every group reaches the minimum volume."));
    if (snapshot.currencies.size() > 1)
        text += u' ' + tr("Money sums mix currencies (%1).").arg(snapshot.currencies.join(QStringLiteral(", ")));
    m_summary->setText(text);
    m_stack->setCurrentWidget(m_splitter);
}

} // namespace Demetra::Ui
