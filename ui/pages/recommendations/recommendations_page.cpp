#include "ui/pages/recommendations/recommendations_page.h"

#include "core/advice/advice_budget_split.h"
#include "core/advice/advice_repository.h"
#include "core/advice/llm_settings.h"
#include "core/jobs/job_context.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "core/storage/database.h"
#include "ui/models/advice_history_model.h"
#include "ui/models/advice_verdict_model.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/data_table_view.h"
#include "ui/widgets/value_format.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Demetra::Ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

QLabel *muted(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    label->setFont(f);
    return label;
}

/// One statement: its text, then the figures it rests on in a muted line (also the tooltip).
QFrame *statementCard(const QString &title, const QString &text, const QString &figures, QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(QStringLiteral("adviceCard"));
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(3);
    if (!title.isEmpty()) {
        auto *t = new QLabel(title, card);
        QFont f = t->font();
        f.setBold(true);
        t->setFont(f);
        t->setWordWrap(true);
        layout->addWidget(t);
    }
    if (!text.isEmpty()) {
        auto *body = new QLabel(text, card);
        body->setWordWrap(true);
        body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(body);
    }
    if (!figures.isEmpty()) {
        layout->addWidget(muted(figures, card));
        card->setToolTip(figures);
    }
    return card;
}

void clearLayout(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
}

QString areaText(const QString &area)
{
    if (area == QLatin1String("cpa"))
        return QCoreApplication::translate("Demetra::Ui::RecommendationsPage", "CPA");
    if (area == QLatin1String("ctr"))
        return QCoreApplication::translate("Demetra::Ui::RecommendationsPage", "CTR");
    if (area == QLatin1String("cpm"))
        return QCoreApplication::translate("Demetra::Ui::RecommendationsPage", "CPM");
    if (area == QLatin1String("conversion"))
        return QCoreApplication::translate("Demetra::Ui::RecommendationsPage", "Conversion");
    return area;
}

} // namespace

RecommendationsPage::RecommendationsPage(PageContext context, QWidget *parent) : Page(context, parent)
{
    buildUi();
    whenDone(
        m_historyWatcher, [this](const QList<Advice::AdviceRecord> &records) { showHistory(records); },
        [this](const Error &e) { m_error->showMessage(e.message.toHtmlEscaped(), Banner::Kind::Error); });
    whenDone(
        m_adviceWatcher,
        [this](const Advice::AdviceResult &result) {
            m_wantId = result.id;
            loadHistory();
        },
        [this](const Error &e) {
            m_error->showMessage(tr("Could not write a recommendation: %1").arg(e.message.toHtmlEscaped()),
                                 Banner::Kind::Error);
        });
    connect(&m_adviceWatcher, &QFutureWatcherBase::finished, this, [this] { setGenerating(false); });
    connect(&m_adviceWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_adviceWatcher, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString &text) { m_progress->setFormat(text.isEmpty() ? QStringLiteral("%p %") : text); });
}

RecommendationsPage::~RecommendationsPage()
{
    if (m_adviceWatcher.isRunning())
        m_adviceWatcher.future().cancel();
    m_adviceWatcher.waitForFinished();
    m_historyWatcher.waitForFinished();
}

void RecommendationsPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    outer->setSpacing(6);

    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    m_author = heading(QString(), this);
    m_author->setObjectName(QStringLiteral("adviceAuthor"));
    m_period = muted(QString(), this);
    titles->addWidget(m_author);
    titles->addWidget(m_period);
    top->addLayout(titles, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMinimumWidth(280);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop writing the recommendation; nothing is stored"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &RecommendationsPage::cancelGeneration);
    m_regenerate = new QPushButton(tr("Regenerate"), this);
    m_regenerate->setToolTip(tr("Write a new recommendation for the selected period (Ctrl+R). Without a language "
                                "model configured in Settings it is written locally and nothing leaves the machine."));
    connect(m_regenerate, &QPushButton::clicked, this, &RecommendationsPage::regenerate);
    auto *shortcut = new QAction(this);
    shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QAction::triggered, this, &RecommendationsPage::regenerate);
    addAction(shortcut);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addWidget(m_regenerate);
    outer->addLayout(top);

    m_error = new Banner(this);
    outer->addWidget(m_error);
    m_fallback = new Banner(this);
    m_fallback->setObjectName(QStringLiteral("adviceFallback"));
    outer->addWidget(m_fallback);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_stack = new QStackedWidget(splitter);

    m_empty = new QLabel(tr("No recommendation yet: there is no data in the selected period. Import data or widen "
                            "the filter, then press Regenerate."),
                         m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(8);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("adviceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont sf = m_summary->font();
    sf.setPointSizeF(sf.pointSizeF() * 1.1);
    m_summary->setFont(sf);
    layout->addWidget(m_summary);

    layout->addWidget(heading(tr("Channels"), content));
    m_comparison = new QLabel(content);
    m_comparison->setWordWrap(true);
    layout->addWidget(m_comparison);
    m_verdictModel = new AdviceVerdictModel(this);
    m_verdicts = new DataTableView(content);
    m_verdicts->setModel(m_verdictModel);
    m_verdicts->setSortingEnabled(false);
    m_verdicts->setExportName(QStringLiteral("channel_verdicts"));
    m_verdicts->verticalHeader()->hide();
    m_verdicts->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_verdicts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_verdicts->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_verdicts);

    auto section = [&](const QString &title, QVBoxLayout *&target) {
        layout->addWidget(heading(title, content));
        target = new QVBoxLayout;
        target->setSpacing(6);
        layout->addLayout(target);
    };
    section(tr("Budget moves"), m_moves);
    section(tr("Actions"), m_actions);
    section(tr("Risks"), m_risks);
    section(tr("Forecasts"), m_forecasts);
    layout->addStretch(1);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    auto *historyBox = new QWidget(splitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(heading(tr("History"), historyBox));
    m_historyModel = new AdviceHistoryModel(this);
    m_history = new QTableView(historyBox);
    m_history->setObjectName(QStringLiteral("adviceHistory"));
    m_history->setModel(m_historyModel);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    historyLayout->addWidget(m_history);
    connect(m_history->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const Advice::AdviceRecord &r = m_historyModel->records().at(current.row());
                if (m_record && m_record->id == r.id)
                    return;
                m_record = r;
                showDocument();
            });

    splitter->addWidget(m_stack);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 300});
    outer->addWidget(splitter, 1);
    showDocument();
}

void RecommendationsPage::reload()
{
    loadHistory();
}

void RecommendationsPage::loadHistory()
{
    startJob<QList<Advice::AdviceRecord>>(m_historyWatcher,
                                          [](Jobs::JobContext &context) -> Result<QList<Advice::AdviceRecord>> {
                                              Result<Storage::Database *> db = context.database();
                                              if (!db)
                                                  return tl::unexpected(db.error());
                                              return Advice::AdviceRepository(**db).list(100);
                                          });
}

void RecommendationsPage::showHistory(const QList<Advice::AdviceRecord> &records)
{
    const qint64 keep = m_wantId ? m_wantId : (m_record ? m_record->id : 0);
    m_wantId = 0;
    m_historyModel->setSnapshot(records);
    if (records.isEmpty()) {
        m_record.reset();
        showDocument();
        // Nothing stored yet: write the first one (locally unless a model is configured).
        if (!m_autoWritten && !isGenerating()) {
            m_autoWritten = true;
            regenerate();
        }
        return;
    }
    int row = m_historyModel->rowOf(keep);
    if (row < 0)
        row = 0;
    m_record.reset();
    m_history->selectRow(row);
    if (!m_record) {
        m_record = records.at(row);
        showDocument();
    }
}

void RecommendationsPage::showRecord(qint64 id)
{
    const int row = m_historyModel->rowOf(id);
    if (row >= 0)
        m_history->selectRow(row);
}

void RecommendationsPage::regenerate()
{
    if (isGenerating())
        return;
    m_error->hide();
    Advice::AdviceRequest request;
    request.input.filter = filter();
    request.input.language = Advice::adviceLanguage(context().settings);
    request.endpoint = Advice::configuredLlmEndpoint(context().settings, &context().secrets);
    setGenerating(true);
    m_progress->setFormat(request.endpoint ? tr("Asking %1…").arg(request.endpoint->model) : tr("Writing locally…"));
    startJob<Advice::AdviceResult>(
        m_adviceWatcher, [request](Jobs::JobContext &context) { return Advice::runAdvice(request, context); });
}

void RecommendationsPage::cancelGeneration()
{
    if (m_adviceWatcher.isRunning())
        m_adviceWatcher.future().cancel();
}

bool RecommendationsPage::isGenerating() const
{
    return m_adviceWatcher.isRunning();
}

void RecommendationsPage::setGenerating(bool on)
{
    m_progress->setVisible(on);
    m_cancel->setVisible(on);
    m_regenerate->setEnabled(!on);
    if (on)
        m_progress->setValue(0);
}

QString RecommendationsPage::authorText() const
{
    return m_author->text();
}

QString RecommendationsPage::summaryText() const
{
    return m_summary->text();
}

QString RecommendationsPage::fallbackText() const
{
    return m_fallback->isHidden() ? QString() : m_fallback->text();
}

bool RecommendationsPage::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

QHash<QString, double> RecommendationsPage::plannerSplit(int index)
{
    if (!m_record || index < 0 || index >= m_record->document.recommendations.budgetMoves.size())
        return {};
    return Advice::movedBudgetSplit(m_input, m_record->document.recommendations.budgetMoves.at(index),
                                    context().settings.value(Settings::Keys::BudgetDays));
}

void RecommendationsPage::clearSections()
{
    for (QVBoxLayout *l : {m_moves, m_actions, m_risks, m_forecasts})
        clearLayout(l);
    m_plannerButtons.clear();
}

void RecommendationsPage::showDocument()
{
    clearSections();
    if (!m_record) {
        m_author->setText(tr("Recommendations"));
        m_period->clear();
        m_fallback->hide();
        m_verdictModel->setSnapshot({}, QString());
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const Advice::AdviceRecord &r = *m_record;
    const Advice::AdviceDocument &d = r.document;
    m_input = QJsonDocument::fromJson(r.inputJson).object();
    const QString currency = m_input.value(QStringLiteral("currency")).toString();
    const QJsonObject period = m_input.value(QStringLiteral("period")).toObject();
    const QDate from = QDate::fromString(period.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(period.value(QStringLiteral("to")).toString(), Qt::ISODate);

    m_author->setText(AdviceHistoryModel::authorText(r));
    QString when = QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
    if (from.isValid() && to.isValid())
        when = tr("%1 · from the figures of %2").arg(when, ValueFormat::dateRange(from, to));
    m_period->setText(when);
    if (r.fallbackReason.isEmpty()) {
        m_fallback->hide();
    } else {
        m_fallback->showMessage(tr("Written locally instead. %1").arg(r.fallbackReason.toHtmlEscaped()),
                                Banner::Kind::Info);
    }

    if (d.channelComparison.verdicts.isEmpty() && m_input.value(QStringLiteral("channels")).toArray().isEmpty()) {
        m_verdictModel->setSnapshot({}, currency);
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_summary->setText(d.summary);

    const Advice::ChannelComparison &c = d.channelComparison;
    QStringList comparison;
    if (!c.best.isEmpty())
        comparison << tr("Best ROI: %1").arg(c.best);
    if (!c.worst.isEmpty())
        comparison << tr("Worst ROI: %1").arg(c.worst);
    if (!c.best.isEmpty() && !c.worst.isEmpty())
        comparison << (c.gapIsSignificant ? tr("the gap is larger than day-to-day noise")
                                          : tr("the gap is within day-to-day noise"));
    m_comparison->setText(comparison.join(QStringLiteral(" · ")));
    m_verdictModel->setSnapshot(c.verdicts, currency);
    m_verdicts->setFixedHeight(m_verdicts->horizontalHeader()->height() + 2 * m_verdicts->frameWidth() +
                               m_verdicts->verticalHeader()->defaultSectionSize() * int(c.verdicts.size()) + 2);

    const QList<Advice::BudgetMove> &moves = d.recommendations.budgetMoves;
    const bool hasPlan =
        !m_input.value(QStringLiteral("budget_plan")).toObject().value(QStringLiteral("channels")).toArray().isEmpty();
    for (int i = 0; i < moves.size(); ++i) {
        const Advice::BudgetMove &m = moves.at(i);
        QFrame *card =
            statementCard(tr("Move %1 from %2 to %3")
                              .arg(ValueFormat::money(m.amount, m.currency.isEmpty() ? currency : m.currency),
                                   m.fromChannel, m.toChannel),
                          m.expectedEffect, m.figures, this);
        auto *button = new QPushButton(tr("Open in budget planner"), card);
        button->setToolTip(tr("Show the Budget page with this move applied to the current split"));
        button->setEnabled(hasPlan);
        connect(button, &QPushButton::clicked, this, [this, i] { emit openBudgetPlanner(plannerSplit(i)); });
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(button);
        static_cast<QVBoxLayout *>(card->layout())->addLayout(row);
        m_plannerButtons << button;
        m_moves->addWidget(card);
    }
    if (moves.isEmpty())
        m_moves->addWidget(muted(tr("No budget move is recommended."), this));

    for (const Advice::AdviceAction &a : d.recommendations.actions) {
        const QString title = a.channel.isEmpty() ? areaText(a.area) : tr("%1 · %2").arg(areaText(a.area), a.channel);
        QString text = a.action;
        if (!a.rationale.isEmpty())
            text += QStringLiteral("\n") + a.rationale;
        m_actions->addWidget(statementCard(title, text, a.figures, this));
    }
    if (d.recommendations.actions.isEmpty())
        m_actions->addWidget(muted(tr("No action is needed on CPA, CTR, CPM or conversion."), this));

    for (const Advice::AdviceRisk &risk : d.recommendations.risks)
        m_risks->addWidget(statementCard(QString(), risk.text, risk.figures, this));
    if (d.recommendations.risks.isEmpty())
        m_risks->addWidget(muted(tr("No risk was found."), this));

    for (const Advice::ForecastStatement &f : d.mlPredictions.forecasts) {
        const QString value = ValueFormat::metric(Metric::Roi, f.value);
        const QString band =
            tr("%1 – %2").arg(ValueFormat::metric(Metric::Roi, f.lower), ValueFormat::metric(Metric::Roi, f.upper));
        const QString title = tr("%1: %2 %3 in %4 days (80 % band %5)")
                                  .arg(f.channel, f.metric.toUpper(), value)
                                  .arg(f.horizonDays)
                                  .arg(band);
        const QString quality = f.beatsNaive ? tr("Beat the seasonal-naive baseline in the backtest.")
                                             : tr("Did not beat the seasonal-naive "
                                                  "baseline in the backtest.");
        m_forecasts->addWidget(statementCard(title, quality, f.backtestNote, this));
    }
    const Advice::RoiModelStatement &model = d.mlPredictions.roiModel;
    if (model.mae || model.r2)
        m_forecasts->addWidget(
            muted(tr("ROI model on held-out rows: MAE %1 (baseline %2), R² %3")
                      .arg(model.mae ? QLocale().toString(*model.mae, 'f', 3) : QStringLiteral("—"),
                           model.baselineMae ? QLocale().toString(*model.baselineMae, 'f', 3) : QStringLiteral("—"),
                           model.r2 ? QLocale().toString(*model.r2, 'f', 3) : QStringLiteral("—")),
                  this));
    if (d.mlPredictions.forecasts.isEmpty() && !model.mae && !model.r2)
        m_forecasts->addWidget(muted(tr("No forecast was available."), this));
}

} // namespace Demetra::Ui
