#pragma once

#include "core/settings/setting_key.h"

#include <QByteArray>
#include <QStringList>

namespace Demetra::Settings::Keys {

// Storage and language.
inline const SettingKey<QString> DatabasePath{QStringLiteral("database/path"), QString()};
/// "en" or "ru"; empty: the system language.
inline const SettingKey<QString> UiLanguage{QStringLiteral("ui/language"), QString()};
/// "system", "light" or "dark".
inline const SettingKey<QString> UiTheme{QStringLiteral("ui/theme"), QStringLiteral("system")};
/// The page shown last (its stable key: "overview", "channels", ...).
inline const SettingKey<QString> UiPage{QStringLiteral("ui/page"), QStringLiteral("overview")};
inline const SettingKey<QByteArray> WindowGeometry{QStringLiteral("window/geometry"), QByteArray()};
inline const SettingKey<QByteArray> WindowState{QStringLiteral("window/state"), QByteArray()};
inline const SettingKey<QString> ImportLastFolder{QStringLiteral("import/lastFolder"), QString()};
/// Show the tray icon (and keep running in the tray when the window closes: no, closing quits).
inline const SettingKey<bool> TrayEnabled{QStringLiteral("ui/tray"), true};

// The dashboard filter (see DashboardFilter::load/save).
inline const SettingKey<QString> FilterPreset{QStringLiteral("filter/preset"), QStringLiteral("last_90_days")};
inline const SettingKey<QString> FilterFrom{QStringLiteral("filter/from"), QString()};
inline const SettingKey<QString> FilterTo{QStringLiteral("filter/to"), QString()};
inline const SettingKey<QString> FilterComparison{QStringLiteral("filter/comparison"), QStringLiteral("previous")};
inline const SettingKey<QStringList> FilterChannels{QStringLiteral("filter/channels"), QStringList()};
inline const SettingKey<QStringList> FilterSegments{QStringLiteral("filter/segments"), QStringList()};
inline const SettingKey<QStringList> FilterAudiences{QStringLiteral("filter/audiences"), QStringList()};

// Page choices.
/// Minimum impressions for a group to enter an audience or best-time ranking.
inline const SettingKey<qint64> MinImpressions{QStringLiteral("analysis/minImpressions"), 1000};

// Overview page choices (metric keys as in MetricInfo::key; granularity "day", "week" or "month").
inline const SettingKey<QString> OverviewGrowthMetric{QStringLiteral("overview/growthMetric"), QStringLiteral("spend")};
inline const SettingKey<QString> OverviewGranularity{QStringLiteral("overview/granularity"), QStringLiteral("week")};
inline const SettingKey<QString> OverviewCompareMetric{QStringLiteral("overview/compareMetric"),
                                                       QStringLiteral("roas")};
inline const SettingKey<QString> OverviewEfficiencyMetric{QStringLiteral("overview/efficiencyMetric"),
                                                          QStringLiteral("cpm")};

// Audience and best-time page choices (metric keys as in MetricInfo::key; best-time columns "week" or "month").
inline const SettingKey<QString> AudienceMetric{QStringLiteral("audience/metric"), QStringLiteral("roi")};
inline const SettingKey<QString> BestTimeMetric{QStringLiteral("besttime/metric"), QStringLiteral("roi")};
inline const SettingKey<QString> BestTimeAxis{QStringLiteral("besttime/axis"), QStringLiteral("week")};

/// Channels and Campaigns pages: show each KPI's change ("Δ" columns) next to it.
inline const SettingKey<bool> ChannelsShowChanges{QStringLiteral("channels/showChanges"), false};
inline const SettingKey<bool> CampaignsShowChanges{QStringLiteral("campaigns/showChanges"), false};
/// Campaigns page: minimum spend and impressions for a campaign to be listed (0: no minimum).
inline const SettingKey<double> CampaignsMinSpend{QStringLiteral("campaigns/minSpend"), 0.0};
inline const SettingKey<qint64> CampaignsMinImpressions{QStringLiteral("campaigns/minImpressions"), 0};

/// Forecast page: the channel, metric (SeriesMetric key) and horizon in days (7–90) shown last.
inline const SettingKey<QString> ForecastChannel{QStringLiteral("forecast/channel"), QString()};
inline const SettingKey<QString> ForecastMetricKey{QStringLiteral("forecast/metric"), QStringLiteral("roi")};
inline const SettingKey<int> ForecastHorizon{QStringLiteral("forecast/horizon"), 30};

/// Budget page: the plan's inputs. Total 0 means "the current spend over the period"; objective "revenue" or
/// "conversions"; mode "maximise", "target_cpa" or "target_roas"; bounds as multiples of current spend; per-channel
/// absolute limits as "Channel=amount" entries; the channel whose response curve is shown.
inline const SettingKey<double> BudgetTotal{QStringLiteral("budget/total"), 0.0};
inline const SettingKey<int> BudgetDays{QStringLiteral("budget/days"), 30};
inline const SettingKey<QString> BudgetObjective{QStringLiteral("budget/objective"), QStringLiteral("revenue")};
inline const SettingKey<QString> BudgetPlanMode{QStringLiteral("budget/mode"), QStringLiteral("maximise")};
inline const SettingKey<double> BudgetTarget{QStringLiteral("budget/target"), 0.0};
inline const SettingKey<double> BudgetBoundMin{QStringLiteral("budget/boundMin"), 0.5};
inline const SettingKey<double> BudgetBoundMax{QStringLiteral("budget/boundMax"), 2.0};
inline const SettingKey<QStringList> BudgetMinSpend{QStringLiteral("budget/minSpend"), QStringList()};
inline const SettingKey<QStringList> BudgetMaxSpend{QStringLiteral("budget/maxSpend"), QStringList()};
inline const SettingKey<QString> BudgetCurveChannel{QStringLiteral("budget/curveChannel"), QString()};

/// Alert rule thresholds (see Alerts::AlertThresholds, which validates them; ratios are fractions: 1.5 = 150 %).
inline const SettingKey<double> AlertsRoiMin{QStringLiteral("alerts/roiMin"), 1.5};
inline const SettingKey<double> AlertsCpaMax{QStringLiteral("alerts/cpaMax"), 600.0};
inline const SettingKey<double> AlertsConversionRateMin{QStringLiteral("alerts/conversionRateMin"), 0.05};
inline const SettingKey<double> AlertsCtrHigh{QStringLiteral("alerts/ctrHigh"), 0.15};
inline const SettingKey<double> AlertsCtrConversionRateMax{QStringLiteral("alerts/ctrConversionRateMax"), 0.05};
inline const SettingKey<double> AlertsEngagementMin{QStringLiteral("alerts/engagementMin"), 3.0};
inline const SettingKey<double> AlertsBudgetShareMax{QStringLiteral("alerts/budgetShareMax"), 0.9};
inline const SettingKey<double> AlertsUnderperformFactor{QStringLiteral("alerts/underperformFactor"), 0.7};
inline const SettingKey<double> AlertsAnomalySensitivity{QStringLiteral("alerts/anomalySensitivity"), 3.5};
inline const SettingKey<int> AlertsWindowDays{QStringLiteral("alerts/windowDays"), 7};
inline const SettingKey<int> AlertsBaselineDays{QStringLiteral("alerts/baselineDays"), 28};
inline const SettingKey<qint64> AlertsMinImpressions{QStringLiteral("alerts/minImpressions"), 1000};
inline const SettingKey<qint64> AlertsMinClicks{QStringLiteral("alerts/minClicks"), 50};
/// Rule keys ("roi_drop", ...) switched off.
inline const SettingKey<QStringList> AlertsDisabledRules{QStringLiteral("alerts/disabledRules"), QStringList()};

/// Minutes between background refreshes (the pipeline: sync, rollups, forecasts, alerts, recommendations, scheduled
/// report), 15–1440.
inline const SettingKey<int> RefreshIntervalMinutes{QStringLiteral("refresh/intervalMinutes"), 60};

/// The language model for recommendations (an OpenAI-compatible Chat Completions server). An empty base URL (the
/// default) means recommendations are written locally and nothing leaves the machine. The API key is never a setting:
/// it lives only in the SecretStore under llmApiKeySecret().
inline const SettingKey<QString> LlmBaseUrl{QStringLiteral("llm/baseUrl"), QString()};
inline const SettingKey<QString> LlmModel{QStringLiteral("llm/model"), QString()};
/// Sampling temperature 0–2.
inline const SettingKey<double> LlmTemperature{QStringLiteral("llm/temperature"), 0.2};
/// Seconds one request may take, 5–600.
inline const SettingKey<int> LlmTimeoutSeconds{QStringLiteral("llm/timeoutSeconds"), 60};

/// The scheduled report (Report::ReportSchedule): "off" (default), "daily", "weekly" or "monthly", and the folder the
/// Excel workbooks are written into by the refresh pipeline's reports step.
inline const SettingKey<QString> ReportsScheduleFrequency{QStringLiteral("reports/scheduleFrequency"),
                                                          QStringLiteral("off")};
inline const SettingKey<QString> ReportsScheduleFolder{QStringLiteral("reports/scheduleFolder"), QString()};

/// Daily database backups kept in the backups folder beside the database (DatabaseBackup: 1–365; others: the default).
inline const SettingKey<int> StorageBackupsKept{QStringLiteral("storage/backupsKept"), 7};

} // namespace Demetra::Settings::Keys
