#pragma once

#include "ui/pages/page.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QCheckBox;

namespace Demetra::Ui {

class AlertSettingsPanel;
class DatabaseSettingsPanel;
class LlmSettingsPanel;
class ScheduledReportPanel;

/// Preferences: interface language (after a restart), theme, the minimum volume for rankings, the tray icon, where
/// the database lives (this computer's file or a team's PostgreSQL server), the alert thresholds and refresh interval
/// (with a replay on history before saving), the scheduled reports and the language model.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    SettingsPage(PageContext context, QString databaseDescription, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings"); }
    bool usesFilter() const override { return false; }

signals:
    /// The theme ("system", "light", "dark") was changed; the window applies it at once.
    void themeChanged(const QString &mode);
    void trayChanged(bool enabled);
    /// A setting that changes computed figures (the minimum volume) changed: pages must reload.
    void analysisChanged();
    /// The alert thresholds or the refresh interval were saved.
    void alertSettingsChanged();

public:
    AlertSettingsPanel *alertSettings() const { return m_alerts; }
    LlmSettingsPanel *llmSettings() const { return m_llm; }
    ScheduledReportPanel *scheduledReports() const { return m_reports; }
    DatabaseSettingsPanel *databaseSettings() const { return m_database; }

protected:
    void reload() override {}

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_minImpressions = nullptr;
    QCheckBox *m_tray = nullptr;
    QLabel *m_restartNote = nullptr;
    AlertSettingsPanel *m_alerts = nullptr;
    LlmSettingsPanel *m_llm = nullptr;
    ScheduledReportPanel *m_reports = nullptr;
    DatabaseSettingsPanel *m_database = nullptr;
};

} // namespace Demetra::Ui
