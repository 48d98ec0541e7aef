#pragma once

#include "core/alerts/alert_replay.h"
#include "core/alerts/alert_thresholds.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Demetra::Jobs {
class JobRunner;
}
namespace Demetra::Settings {
class SettingsStore;
}

namespace Demetra::Ui {

/// Settings → Alerts and refresh: every alert threshold with its unit and range, each rule switched on or off, the
/// anomaly sensitivity, the volume gates, and the refresh interval. "Replay on history" runs the rules with the
/// values being edited over the last 90 days (a job) and shows per rule how often they would have fired, before
/// anything is saved. Save refuses values out of range with the reason; Restore defaults refills the form.
class AlertSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    AlertSettingsPanel(Jobs::JobRunner &jobs, Settings::SettingsStore &settings, QWidget *parent = nullptr);
    ~AlertSettingsPanel() override;

    /// The thresholds as the form shows them (not validated).
    Alerts::AlertThresholds thresholds() const;
    void setThresholds(const Alerts::AlertThresholds &t);
    int refreshMinutes() const;

    /// Validates and saves; false (with the message shown) when a value is out of range.
    bool save();
    void restoreDefaults();
    /// Starts the replay with the form's values; false (with the message shown) when a value is out of range.
    bool replay();
    bool isReplaying() const { return m_replayWatcher.isRunning(); }
    /// True when the form differs from what is saved.
    bool isModified() const;

    QDoubleSpinBox *spinBox(const QString &name) const { return m_doubles.value(name); }
    QSpinBox *intBox(const QString &name) const { return m_ints.value(name); }
    QCheckBox *ruleBox(Alerts::AlertRule rule) const { return m_rules.value(rule); }
    QLabel *statusLabel() const { return m_status; }
    QTableWidget *replayTable() const { return m_replayTable; }
    QLabel *replayLabel() const { return m_replayLabel; }

signals:
    /// Thresholds or the refresh interval were saved.
    void saved();

private:
    QDoubleSpinBox *addDouble(const QString &name, double min, double max, int decimals, const QString &suffix,
                              const QString &tip);
    QSpinBox *addInt(const QString &name, int min, int max, const QString &suffix, const QString &tip);
    void showStatus(const QString &text, bool error);
    void showReplay(const Alerts::AlertReplay &replay);
    void updateModified();

    Jobs::JobRunner &m_jobs;
    Settings::SettingsStore &m_settings;
    QHash<QString, QDoubleSpinBox *> m_doubles;
    QHash<QString, QSpinBox *> m_ints;
    QHash<Alerts::AlertRule, QCheckBox *> m_rules;
    QSpinBox *m_interval = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_replayLabel = nullptr;
    QTableWidget *m_replayTable = nullptr;
    QPushButton *m_replay = nullptr;
    QPushButton *m_save = nullptr;
    QFutureWatcher<Result<Alerts::AlertReplay>> m_replayWatcher;
    Alerts::AlertThresholds m_replayed; ///< the values the shown replay used
};

} // namespace Demetra::Ui
