#include "ui/pages/forecast/campaign_roi_panel.h"

#include "core/forecast/roi_predictions_job.h"
#include "core/jobs/job_runner.h"
#include "ui/models/campaign_roi_model.h"
#include "ui/pages/forecast/campaign_roi_bars.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/data_table_view.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace Demetra::Ui {

namespace {

QString ratio(double v)
{
    return QLocale().toString(v, 'f', 2);
}

} // namespace

CampaignRoiPanel::CampaignRoiPanel(PageContext context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new Banner(this);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *modelRow = new QHBoxLayout;
    m_modelLine = new QLabel(this);
    m_modelLine->setWordWrap(true);
    m_modelLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_modelLine->setToolTip(
        tr("Validation: the model was trained on the earlier days and scored on the last fifth of the days it never "
           "saw. MAE is the mean absolute error of ROI (0.10 = 10 percentage points); R² is the share of ROI's "
           "variation explained. The baseline predicts each campaign's channel average."));
    modelRow->addWidget(m_modelLine, 1);
    m_trainButton = new QPushButton(tr("Train now"), this);
    m_trainButton->setToolTip(tr("Train the ROI model on the data in this database (about a second per 100,000 "
                                 "rows); the current model stays until the new one is saved."));
    modelRow->addWidget(m_trainButton);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    modelRow->addWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->hide();
    modelRow->addWidget(m_cancelButton);
    layout->addLayout(modelRow);
    m_modelState = new QLabel(this);
    m_modelState->setWordWrap(true);
    layout->addWidget(m_modelState);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new CampaignRoiModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CampaignRoiModel::RawValueRole);
    m_table = new DataTableView(splitter);
    m_table->setModel(m_proxy);
    m_table->setExportName(QStringLiteral("campaign_roi"));
    m_table->sortByColumn(CampaignRoiModel::SpendColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->resizeSection(CampaignRoiModel::CampaignColumn, 230);
    m_table->horizontalHeader()->resizeSection(CampaignRoiModel::DifferenceColumn, 120);
    m_table->rememberState(m_context.settings, QStringLiteral("campaign_roi"));
    splitter->addWidget(m_table);

    auto *why = new QWidget(splitter);
    auto *whyLayout = new QVBoxLayout(why);
    whyLayout->setContentsMargins(8, 0, 0, 0);
    m_whyTitle = new QLabel(why);
    QFont bold = m_whyTitle->font();
    bold.setBold(true);
    m_whyTitle->setFont(bold);
    m_whyTitle->setMinimumWidth(1);
    whyLayout->addWidget(m_whyTitle);
    m_whySubtitle = new QLabel(why);
    m_whySubtitle->setMinimumWidth(1);
    whyLayout->addWidget(m_whySubtitle);
    m_bars = new CampaignRoiBars(why);
    whyLayout->addWidget(m_bars);
    whyLayout->addStretch(1);
    splitter->addWidget(why);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 480});
    layout->addWidget(splitter, 1);

    m_footer = new QLabel(this);
    m_footer->setWordWrap(true);
    m_footer->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_footer);

    connect(m_trainButton, &QPushButton::clicked, this, &CampaignRoiPanel::train);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_training.future().cancel(); });
    connect(&m_training, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_training, &QFutureWatcherBase::progressTextChanged, m_progress, [this](const QString &text) {
        m_progress->setFormat(text.isEmpty() ? QStringLiteral("%p%") : text);
        m_progress->setToolTip(text);
    });
    connect(&m_training, &QFutureWatcherBase::finished, this, [this] {
        setTrainingUi(false);
        if (m_training.isCanceled() || m_training.future().resultCount() == 0) {
            m_banner->showMessage(tr("Training was cancelled; the previous model is still in use."),
                                  Banner::Kind::Info);
            m_banner->show();
            return;
        }
        const Result<Forecast::RoiTrainingOutcome> r = m_training.result();
        if (!r) {
            if (r.error().code == ErrorCode::Cancelled) {
                m_banner->showMessage(tr("Training was cancelled; the previous model is still in use."),
                                      Banner::Kind::Info);
                m_banner->show();
            } else {
                showError(r.error());
            }
            return;
        }
        m_banner->showMessage(tr("The ROI model was trained on %1 rows and saved.")
                                  .arg(ValueFormat::count(r->record.validation.rowsTrain)),
                              Banner::Kind::Success);
        m_banner->show();
        emit modelTrained();
        reload();
    });
    connect(&m_predictions, &QFutureWatcherBase::finished, this, [this] {
        m_loading = false;
        if (m_predictions.isCanceled() || m_predictions.future().resultCount() == 0) {
            emit loadingChanged(false);
            return;
        }
        const Result<Forecast::RoiPredictions> r = m_predictions.result();
        if (r)
            showSnapshot(*r);
        else if (r.error().code != ErrorCode::Cancelled)
            showError(r.error());
        emit loadingChanged(false);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CampaignRoiPanel::showSelected);
    connect(&m_explanation, &QFutureWatcherBase::finished, this, [this] {
        m_explaining = false;
        if (m_explanation.isCanceled() || m_explanation.future().resultCount() == 0)
            return;
        const Result<Forecast::RoiCampaignPrediction> r = m_explanation.result();
        if (!r) {
            if (r.error().code != ErrorCode::Cancelled)
                m_bars->clear(tr("No explanation: %1").arg(r.error().message));
            return;
        }
        m_bars->setPrediction(*r);
    });
    m_bars->clear();
}

CampaignRoiPanel::~CampaignRoiPanel()
{
    if (m_training.isRunning())
        m_training.future().cancel();
    if (m_predictions.isRunning())
        m_predictions.future().cancel();
    if (m_explanation.isRunning())
        m_explanation.future().cancel();
}

void CampaignRoiPanel::setFilter(const Analytics::DashboardFilter &filter)
{
    m_filter = filter;
    m_stale = true;
    if (isVisible())
        reload();
}

void CampaignRoiPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CampaignRoiPanel::reload()
{
    m_stale = false;
    if (m_predictions.isRunning())
        m_predictions.future().cancel();
    const Analytics::DashboardFilter f = m_filter;
    m_predictions.setFuture(m_context.jobs.run<Forecast::RoiPredictions>(
        [f](Jobs::JobContext &job) { return Forecast::loadRoiPredictions(f, job); }));
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
}

bool CampaignRoiPanel::isLoading() const
{
    return m_loading || m_explaining;
}

bool CampaignRoiPanel::isTraining() const
{
    return m_training.isRunning();
}

void CampaignRoiPanel::train()
{
    if (m_training.isRunning())
        return;
    m_banner->hide();
    setTrainingUi(true);
    m_training.setFuture(m_context.jobs.run<Forecast::RoiTrainingOutcome>(
        [](Jobs::JobContext &job) { return Forecast::runRoiTraining(Forecast::XgbParams{}, job); }));
}

void CampaignRoiPanel::setTrainingUi(bool training)
{
    m_trainButton->setEnabled(!training);
    m_progress->setVisible(training);
    m_cancelButton->setVisible(training);
    if (training) {
        m_progress->setValue(0);
        m_progress->setFormat(tr("Starting…"));
    }
}

QString CampaignRoiPanel::modelText() const
{
    return m_modelLine->text() + u'\n' + m_modelState->text();
}

void CampaignRoiPanel::showSnapshot(const Forecast::RoiPredictions &snapshot)
{
    m_snapshot = snapshot;
    const Forecast::RoiModelStatus &s = snapshot.model;
    const Forecast::ModelValidation &v = s.validation;
    m_modelLine->setText(tr("Trained on %1 rows to %2 · validation MAE %3 vs %4 for the channel average · R² %5 "
                            "(channel average %6)")
                             .arg(ValueFormat::count(v.rowsTrain), ValueFormat::date(v.splitDay.addDays(-1)),
                                  ratio(v.mae), ratio(v.baselineMae), ratio(v.r2), ratio(v.baselineR2)));
    QString state;
    QColor colour;
    if (s.shipped) {
        state = tr("Shipped model: trained on the sample data, not on yours. Train it on your data before relying "
                   "on its predictions.");
        colour = Theme::bad();
        m_trainButton->setText(tr("Train now"));
    } else if (s.stale) {
        state = tr("Out of date: the data changed since this model was trained on %1. Retrain to include it.")
                    .arg(ValueFormat::date(s.createdAt.toLocalTime().date()));
        colour = Theme::bad();
        m_trainButton->setText(tr("Retrain"));
    } else {
        state = tr("Trained on this data on %1; up to date.").arg(ValueFormat::date(s.createdAt.toLocalTime().date()));
        colour = Theme::good();
        m_trainButton->setText(tr("Retrain"));
    }
    if (v.rowsValidation > 0 && v.mae >= v.baselineMae)
        state += u' ' + tr("It does not beat the channel average on held-out days: use its predictions with caution.");
    m_modelState->setText(state);
    QPalette pal = m_modelState->palette();
    pal.setColor(QPalette::WindowText, colour);
    m_modelState->setPalette(pal);

    m_model->setSnapshot(snapshot.campaigns);
    QString footer;
    if (snapshot.campaigns.isEmpty()) {
        footer = tr("No campaigns with spend in this period.");
    } else {
        footer = tr("%1 campaigns from %2 fact rows.")
                     .arg(ValueFormat::count(snapshot.campaigns.size()), ValueFormat::count(snapshot.rows));
        if (snapshot.unseenRows > 0)
            footer += u' ' + tr("%1 rows have a channel, goal, audience, segment, location or language the model "
                                "never saw; it treats them as none of the known ones.")
                                 .arg(ValueFormat::count(snapshot.unseenRows));
        if (snapshot.skippedRows > 0)
            footer += u' ' + tr("%1 rows with infinite or negative values were left out.")
                                 .arg(ValueFormat::count(snapshot.skippedRows));
    }
    m_footer->setText(footer);
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    else
        showSelected();
}

void CampaignRoiPanel::showError(const Error &error)
{
    m_banner->showMessage(error.message.toHtmlEscaped(), Banner::Kind::Error);
    m_banner->setToolTip(error.detail);
    m_banner->show();
    m_snapshot = {};
    m_model->setSnapshot({});
    m_modelLine->setText(tr("No ROI predictions are shown: %1").arg(error.message));
    m_modelState->setText(error.code == ErrorCode::BadInput || error.code == ErrorCode::NotFound
                              ? tr("Train the model on this data (Train now) to replace it.")
                              : QString());
    QPalette pal = m_modelState->palette();
    pal.setColor(QPalette::WindowText, Theme::bad());
    m_modelState->setPalette(pal);
    m_trainButton->setText(tr("Train now"));
    m_footer->clear();
    showSelected();
    emit errorOccurred(error.message);
}

void CampaignRoiPanel::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_explanation.isRunning())
        m_explanation.future().cancel();
    if (!current.isValid()) {
        m_explaining = false;
        m_whyTitle->setText(tr("Why this prediction"));
        m_whySubtitle->clear();
        m_bars->clear();
        return;
    }
    const int row = m_proxy->data(current, CampaignRoiModel::SnapshotRowRole).toInt();
    const Forecast::RoiCampaignPrediction &p = m_model->campaigns().at(row);
    m_whyTitle->setText(tr("%1 on %2").arg(p.campaign, p.channel));
    m_whySubtitle->setText(tr("Why the model predicts an ROI of %1 (actual: %2)")
                               .arg(ValueFormat::metric(Metric::Roi, p.predictedRoi),
                                    ValueFormat::metric(Metric::Roi, p.hasActual ? std::optional<double>(p.actualRoi)
                                                                                 : std::optional<double>())));
    m_whyTitle->setToolTip(tr("The bars are the model's contributions: how much each attribute moved this "
                              "campaign's predicted ROI away from the model's average. With the average they add "
                              "up to the prediction."));
    m_whySubtitle->setToolTip(m_whyTitle->toolTip());
    m_bars->clear(tr("Explaining…"));
    // The explanation (exact contributions of the campaign's rows) is computed for the selected campaign only.
    const Analytics::DashboardFilter f = m_filter;
    const qint64 campaignId = p.campaignId;
    const QString channel = p.channel;
    m_explaining = true;
    m_explanation.setFuture(
        m_context.jobs.run<Forecast::RoiCampaignPrediction>([f, campaignId, channel](Jobs::JobContext &job) {
            return Forecast::explainRoiPrediction(f, campaignId, channel, job);
        }));
}

} // namespace Demetra::Ui
