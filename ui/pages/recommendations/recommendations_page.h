#pragma once

#include "core/advice/advice_job.h"
#include "core/advice/advice_record.h"
#include "ui/pages/page.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace Demetra::Ui {

class AdviceHistoryModel;
class AdviceVerdictModel;
class Banner;
class DataTableView;

/// The Recommendations page: the newest recommendation (or one picked from the history) in plain words — summary,
/// who wrote it ("Written locally from your data" / "Written by <model>") and, when the model failed, why; channel
/// verdicts with the figures behind them; budget moves, each with "Open in budget planner"; actions and risks with
/// the figures they rest on; ROI forecasts. Regenerate (Ctrl+R) runs the advice job off the UI thread (the language
/// model is asked inside the job) with progress and Cancel. With no recommendation stored yet, one is written when
/// the page is first shown.
class RecommendationsPage : public Page
{
    Q_OBJECT

public:
    explicit RecommendationsPage(PageContext context, QWidget *parent = nullptr);
    ~RecommendationsPage() override;

    QString key() const override { return QStringLiteral("recommendations"); }
    QString title() const override { return tr("Recommendations"); }

    /// Writes a new recommendation for the current filter in the UI language, with the configured endpoint (the API
    /// key is read from the secret store here, on the UI thread). Does nothing while one is being written.
    void regenerate();
    /// Stops the running generation; nothing is stored.
    void cancelGeneration();
    bool isGenerating() const;
    /// Shows stored recommendation `id` (selects it in the history).
    void showRecord(qint64 id);

    const std::optional<Advice::AdviceRecord> &shownRecord() const { return m_record; }
    QString authorText() const;
    QString summaryText() const;
    /// The fallback banner's text: empty when the model was not asked or answered.
    QString fallbackText() const;
    bool isEmptyStateShown() const;
    AdviceHistoryModel *historyModel() const { return m_historyModel; }
    AdviceVerdictModel *verdictModel() const { return m_verdictModel; }
    QTableView *historyView() const { return m_history; }
    QList<QPushButton *> plannerButtons() const { return m_plannerButtons; }
    QPushButton *regenerateButton() const { return m_regenerate; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// The split that "Open in budget planner" of budget move `index` hands over (empty without a plan).
    QHash<QString, double> plannerSplit(int index);

signals:
    /// "Open in budget planner": show the Budget page with this split (amount per channel over its period).
    void openBudgetPlanner(const QHash<QString, double> &spendByChannel);

protected:
    void reload() override;

private:
    void buildUi();
    void loadHistory();
    void showHistory(const QList<Advice::AdviceRecord> &records);
    void showDocument();
    void clearSections();
    void setGenerating(bool on);

    QFutureWatcher<Result<QList<Advice::AdviceRecord>>> m_historyWatcher;
    QFutureWatcher<Result<Advice::AdviceResult>> m_adviceWatcher;
    std::optional<Advice::AdviceRecord> m_record;
    QJsonObject m_input; ///< the shown record's input figures
    qint64 m_wantId = 0; ///< the record to select when the history arrives
    bool m_autoWritten = false;

    QLabel *m_author = nullptr;
    QLabel *m_period = nullptr;
    QPushButton *m_regenerate = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    Banner *m_error = nullptr;
    Banner *m_fallback = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_comparison = nullptr;
    DataTableView *m_verdicts = nullptr;
    AdviceVerdictModel *m_verdictModel = nullptr;
    QVBoxLayout *m_moves = nullptr;
    QVBoxLayout *m_actions = nullptr;
    QVBoxLayout *m_risks = nullptr;
    QVBoxLayout *m_forecasts = nullptr;
    QList<QPushButton *> m_plannerButtons;
    QTableView *m_history = nullptr;
    AdviceHistoryModel *m_historyModel = nullptr;
};

} // namespace Demetra::Ui
