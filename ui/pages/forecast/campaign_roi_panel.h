#pragma once

#include "core/analytics/dashboard_filter.h"
#include "core/common/result.h"
#include "core/forecast/roi_predictions.h"
#include "core/forecast/roi_training_job.h"
#include "ui/pages/page_context.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;

namespace Demetra::Ui {

class Banner;
class CampaignRoiBars;
class CampaignRoiModel;
class DataTableView;

/// The campaign ROI model in the Forecast page: which model answers and how good it is (validation MAE and R²
/// against the channel-average baseline; shipped or trained here; out of date), "Train now" with progress and
/// cancel (off the UI thread), every campaign's actual and predicted ROI for the filter, and for the selected one
/// the contributions that explain its prediction.
class CampaignRoiPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignRoiPanel(PageContext context, QWidget *parent = nullptr);
    ~CampaignRoiPanel() override;

    /// Uses `filter` from now on; reloads when visible (else when shown).
    void setFilter(const Analytics::DashboardFilter &filter);
    /// Starts loading the predictions for the current filter.
    void reload();
    /// True while the predictions or the selected campaign's explanation load (tests and the host page wait on it).
    bool isLoading() const;
    /// True while a training job runs.
    bool isTraining() const;
    /// Starts training the model on the stored data (what "Train now" does).
    void train();

    /// The last snapshot shown (empty before the first load).
    const Forecast::RoiPredictions &snapshot() const { return m_snapshot; }
    CampaignRoiModel *model() const { return m_model; }
    DataTableView *table() const { return m_table; }
    CampaignRoiBars *bars() const { return m_bars; }
    QString modelText() const;

signals:
    void loadingChanged(bool loading);
    /// A failure (translated), also shown in the panel's banner.
    void errorOccurred(const QString &message);
    /// A training run finished and saved a new model.
    void modelTrained();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSnapshot(const Forecast::RoiPredictions &snapshot);
    void showError(const Error &error);
    void showSelected();
    void setTrainingUi(bool training);

    PageContext m_context;
    Analytics::DashboardFilter m_filter;
    bool m_stale = true;
    bool m_loading = false;
    Forecast::RoiPredictions m_snapshot;
    QFutureWatcher<Result<Forecast::RoiPredictions>> m_predictions;
    QFutureWatcher<Result<Forecast::RoiTrainingOutcome>> m_training;
    QFutureWatcher<Result<Forecast::RoiCampaignPrediction>> m_explanation;
    bool m_explaining = false;

    Banner *m_banner = nullptr;
    QLabel *m_modelLine = nullptr;
    QLabel *m_modelState = nullptr;
    QPushButton *m_trainButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    CampaignRoiModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    DataTableView *m_table = nullptr;
    QLabel *m_whyTitle = nullptr;
    QLabel *m_whySubtitle = nullptr;
    CampaignRoiBars *m_bars = nullptr;
    QLabel *m_footer = nullptr;
};

} // namespace Demetra::Ui
