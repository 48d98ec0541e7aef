#include "ui/pages/drill_down/drill_down_panel.h"

#include "ui/models/drill_filter_proxy.h"
#include "ui/models/drill_table_model.h"
#include "ui/pages/drill_down/breadcrumb_bar.h"
#include "ui/widgets/data_table_view.h"
#include "ui/widgets/value_format.h"

#include "core/settings/settings_store.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace Demetra::Ui {

using Analytics::DrillLevel;
using Analytics::DrillQuery;
using Analytics::DrillSnapshot;

struct DrillDownPanel::Level
{
    DrillLevel level = DrillLevel::Channels;
    QStackedWidget *container = nullptr; ///< the table, or the message
    DataTableView *view = nullptr;
    DrillTableModel *model = nullptr;
    DrillFilterProxy *proxy = nullptr;
    QLabel *message = nullptr;
    QFutureWatcher<Result<DrillSnapshot>> watcher;
    bool autoSize = false; ///< no remembered column widths: size the columns to the first data
};

namespace {
QString levelKey(DrillLevel level)
{
    switch (level) {
    case DrillLevel::Channels:
        return QStringLiteral("channels");
    case DrillLevel::Campaigns:
        return QStringLiteral("campaigns");
    case DrillLevel::Days:
        return QStringLiteral("days");
    }
    return QStringLiteral("rows");
}

constexpr int MaxLabelWidth = 280;
} // namespace

DrillDownPanel::DrillDownPanel(const QList<DrillLevel> &levels, Settings::SettingsStore &settings,
                               const QString &stateName, QWidget *parent)
    : QWidget(parent), m_levels(levels)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    m_crumbs = new BreadcrumbBar(this);
    top->addWidget(m_crumbs, 1);
    m_info = new QLabel(this);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_info);
    m_changes = new QCheckBox(tr("Show changes"), this);
    m_changes->setToolTip(tr("Show each KPI's change against the comparison period in a \"Δ\" column"));
    top->addWidget(m_changes);
    layout->addLayout(top);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    m_path << DrillQuery{levels.value(0, DrillLevel::Channels), QString(), 0};
    m_labels << QString();
    for (int d = 0; d < levels.size(); ++d)
        buildLevel(d, settings, stateName);

    connect(m_crumbs, &BreadcrumbBar::crumbClicked, this, &DrillDownPanel::goBack);
    connect(m_changes, &QCheckBox::toggled, this, [this](bool on) {
        setShowChanges(on);
        emit showChangesToggled(on);
    });
    for (const QKeySequence &k : {QKeySequence(Qt::Key_Backspace), QKeySequence(Qt::ALT | Qt::Key_Left)}) {
        auto *s = new QShortcut(k, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, &DrillDownPanel::goUp);
    }
    updateCrumbs();
    updateInfo();
}

DrillDownPanel::~DrillDownPanel() = default;

void DrillDownPanel::buildLevel(int depth, Settings::SettingsStore &settings, const QString &stateName)
{
    auto level = std::make_unique<Level>();
    level->level = m_levels[depth];
    level->container = new QStackedWidget(m_stack);
    level->view = new DataTableView(level->container);
    level->model = new DrillTableModel(level->level, this);
    level->proxy = new DrillFilterProxy(this);
    level->proxy->setDrillModel(level->model);
    level->view->setModel(level->proxy);
    level->view->setExportName(stateName + u'_' + levelKey(level->level));
    level->view->installEventFilter(this);
    if (level->level == DrillLevel::Days)
        level->view->sortByColumn(0, Qt::AscendingOrder);
    else
        level->view->sortByColumn(level->model->valueColumn(Metric::Spend), Qt::DescendingOrder);
    const QString name = stateName + u'/' + levelKey(level->level);
    level->autoSize = settings.raw(QStringLiteral("tables/%1/header").arg(name)).toByteArray().isEmpty();
    level->view->rememberState(settings, name);
    level->message = new QLabel(level->container);
    level->message->setAlignment(Qt::AlignCenter);
    level->message->setWordWrap(true);
    level->message->setForegroundRole(QPalette::PlaceholderText);
    level->container->addWidget(level->view);
    level->container->addWidget(level->message);
    m_stack->addWidget(level->container);

    connect(level->view, &QAbstractItemView::doubleClicked, this, [this, depth](const QModelIndex &index) {
        if (depth == m_depth)
            drillInto(index.row());
    });
    connect(level->proxy, &DrillFilterProxy::filterApplied, this, [this, depth] {
        updateShownTotals(depth);
        updateInfo();
    });
    connect(&level->watcher, &QFutureWatcherBase::finished, this, [this, depth] { onSnapshot(depth); });
    m_level.push_back(std::move(level));
    applyChangeColumns(depth);
}

void DrillDownPanel::setRootCrumb(const QString &text)
{
    m_labels[0] = text;
    updateCrumbs();
}

void DrillDownPanel::setRootQuery(const DrillQuery &query)
{
    if (m_path[0].channel == query.channel && m_path[0].campaignId == query.campaignId)
        return;
    m_path[0] = query;
    m_path[0].level = m_levels.value(0);
    goBack(0);
    emit loadRequested(0, m_path[0]);
}

DrillQuery DrillDownPanel::query(int depth) const
{
    return m_path.value(depth);
}

DataTableView *DrillDownPanel::view(int depth) const
{
    return depth >= 0 && depth < int(m_level.size()) ? m_level[depth]->view : nullptr;
}

DrillTableModel *DrillDownPanel::model(int depth) const
{
    return depth >= 0 && depth < int(m_level.size()) ? m_level[depth]->model : nullptr;
}

DrillFilterProxy *DrillDownPanel::proxy(int depth) const
{
    return depth >= 0 && depth < int(m_level.size()) ? m_level[depth]->proxy : nullptr;
}

QFutureWatcher<Result<DrillSnapshot>> &DrillDownPanel::watcher(int depth)
{
    return m_level[std::clamp(depth, 0, int(m_level.size()) - 1)]->watcher;
}

QString DrillDownPanel::message(int depth) const
{
    if (depth < 0 || depth >= int(m_level.size()))
        return {};
    const Level &l = *m_level[depth];
    return l.container->currentWidget() == l.message ? l.message->text() : QString();
}

void DrillDownPanel::setShowChanges(bool on)
{
    m_showChanges = on;
    if (m_changes->isChecked() != on)
        m_changes->setChecked(on);
    for (int d = 0; d < int(m_level.size()); ++d)
        applyChangeColumns(d);
}

void DrillDownPanel::applyChangeColumns(int depth)
{
    Level &l = *m_level[depth];
    const bool show = m_showChanges && l.level != DrillLevel::Days;
    QHeaderView *h = l.view->horizontalHeader();
    for (Metric m : l.model->metrics())
        h->setSectionHidden(l.model->changeColumn(m), !show);
}

bool DrillDownPanel::drillInto(int proxyRow)
{
    const int d = m_depth;
    if (d + 1 >= levelCount())
        return false;
    const Level &l = *m_level[d];
    const int source = l.proxy->sourceRow(proxyRow);
    const Analytics::DrillRow *row = l.model->rowAt(source);
    if (!row)
        return false;
    DrillQuery q;
    q.level = m_levels[d + 1];
    q.channel = l.level == DrillLevel::Channels ? row->key : m_path[d].channel;
    q.campaignId = l.level == DrillLevel::Campaigns ? row->campaignId : m_path[d].campaignId;
    m_path = m_path.mid(0, d + 1);
    m_labels = m_labels.mid(0, d + 1);
    m_path << q;
    m_labels << l.model->rowLabel(source);
    m_depth = d + 1;
    Level &next = *m_level[m_depth];
    DrillSnapshot empty;
    empty.query = q;
    next.model->setSnapshot(empty);
    showMessage(m_depth, tr("Loading…"));
    m_stack->setCurrentIndex(m_depth);
    updateCrumbs();
    updateInfo();
    emit depthChanged(m_depth);
    emit loadRequested(m_depth, q);
    next.view->setFocus();
    return true;
}

void DrillDownPanel::goBack(int depth)
{
    if (depth < 0 || depth > m_depth)
        return;
    const bool changed = depth != m_depth;
    m_depth = depth;
    m_path = m_path.mid(0, depth + 1);
    m_labels = m_labels.mid(0, depth + 1);
    m_stack->setCurrentIndex(depth);
    updateCrumbs();
    updateInfo();
    m_level[depth]->view->setFocus();
    if (changed)
        emit depthChanged(depth);
}

void DrillDownPanel::goUp()
{
    if (m_depth > 0)
        goBack(m_depth - 1);
}

void DrillDownPanel::reloadPath()
{
    for (int d = 0; d <= m_depth; ++d)
        emit loadRequested(d, m_path[d]);
}

void DrillDownPanel::onSnapshot(int depth)
{
    Level &l = *m_level[depth];
    if (l.watcher.future().resultCount() == 0)
        return; // replaced or cancelled
    const Result<DrillSnapshot> r = l.watcher.result();
    if (!r) {
        if (r.error().code == ErrorCode::Cancelled)
            return;
        showMessage(depth, tr("The table could not be computed: %1").arg(r.error().message));
        emit errorOccurred(r.error().message);
        return;
    }
    if (depth >= m_path.size() || r->query.level != m_path[depth].level || r->query.channel != m_path[depth].channel ||
        r->query.campaignId != m_path[depth].campaignId)
        return; // the user left this level meanwhile
    l.model->setSnapshot(*r);
    updateShownTotals(depth);
    if (!r->hasData) {
        showMessage(depth, tr("No data for this filter. Widen the dates or the channels in the filter bar, or import "
                              "data."));
    } else if (r->rows.isEmpty()) {
        showMessage(depth, l.level == DrillLevel::Days ? tr("This campaign has no rows in the chosen period.")
                                                       : tr("Nothing matches the filter in the chosen period."));
    } else {
        l.container->setCurrentWidget(l.view);
        if (l.autoSize) {
            l.autoSize = false;
            l.view->resizeColumnsToContents();
            QHeaderView *h = l.view->horizontalHeader();
            for (int c = 0; c < l.model->labelColumnCount(); ++c)
                h->resizeSection(c, qMin(h->sectionSize(c) + 12, MaxLabelWidth));
        }
    }
    updateCrumbs();
    updateInfo();
    emit snapshotShown(depth);
}

void DrillDownPanel::showMessage(int depth, const QString &text)
{
    Level &l = *m_level[depth];
    l.message->setText(text);
    l.container->setCurrentWidget(l.message);
}

void DrillDownPanel::updateCrumbs()
{
    QStringList crumbs;
    for (int d = 0; d <= m_depth && d < m_labels.size(); ++d)
        crumbs << crumbFor(d);
    m_crumbs->setCrumbs(crumbs);
}

QString DrillDownPanel::crumbFor(int depth) const
{
    if (depth == 0 || depth >= m_labels.size())
        return m_labels.value(0);
    return m_labels[depth];
}

void DrillDownPanel::updateShownTotals(int depth)
{
    Level &l = *m_level[depth];
    if (l.proxy->isFiltering())
        l.model->setTotalOverride(l.proxy->acceptedTotals(), tr("Total shown"));
    else
        l.model->setTotalOverride(std::nullopt);
}

QString DrillDownPanel::countText() const
{
    const Level &l = *m_level[m_depth];
    const int all = l.model->dataRowCount();
    QString text;
    switch (l.level) {
    case DrillLevel::Channels:
        text = all == 1 ? tr("1 channel") : tr("%Ln channels", nullptr, all);
        break;
    case DrillLevel::Campaigns:
        text = all == 1 ? tr("1 campaign") : tr("%Ln campaigns", nullptr, all);
        break;
    case DrillLevel::Days:
        text = all == 1 ? tr("1 daily row") : tr("%Ln daily rows", nullptr, all);
        break;
    }
    if (l.proxy->isFiltering())
        return tr("%1 of %2").arg(QLocale().toString(l.proxy->acceptedRowCount()), text);
    return text;
}

void DrillDownPanel::updateInfo()
{
    const Level &l = *m_level[m_depth];
    const DrillSnapshot &s = l.model->snapshot();
    // The filter bar shows the periods; the tooltip repeats them for the table.
    m_info->setText(s.from.isValid() ? countText() : QString());
    QString tip;
    if (s.from.isValid()) {
        tip = tr("Period: %1").arg(ValueFormat::dateRange(s.from, s.to));
        if (s.hasComparison() && l.level != DrillLevel::Days)
            tip += u'\n' + tr("Changes against: %1").arg(ValueFormat::dateRange(s.previousFrom, s.previousTo));
    }
    m_info->setToolTip(tip);
    m_changes->setEnabled(l.level != DrillLevel::Days);
}

bool DrillDownPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            DataTableView *v = currentView();
            if (watched == v && v->currentIndex().isValid()) {
                drillInto(v->currentIndex().row());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Demetra::Ui
