#pragma once

#include "core/common/result.h"
#include "core/refresh/refresh_options.h"

#include <QDate>
#include <QString>
#include <functional>
#include <optional>
#include <utility>

namespace Demetra::Jobs {
class JobContext;
}
namespace Demetra::Settings {
class SettingsStore;
}

namespace Demetra::Report {

enum class ReportFrequency
{
    Daily,   ///< yesterday
    Weekly,  ///< the last full ISO week, Monday to Sunday
    Monthly, ///< the last full calendar month
};

/// "daily", "weekly", "monthly" and back (settings and CLI values).
QString frequencyKey(ReportFrequency frequency);
std::optional<ReportFrequency> frequencyFromKey(const QString &key);

/// A report written on a schedule into a folder (an Excel workbook of every table).
struct ReportSchedule
{
    ReportFrequency frequency = ReportFrequency::Weekly;
    QString folder;
};

/// The schedule saved in settings (reports/scheduleFrequency, reports/scheduleFolder); nullopt when it is "off" or
/// unknown. A frequency without a folder is returned as it is (the step then fails asking for a folder).
std::optional<ReportSchedule> loadReportSchedule(const Settings::SettingsStore &settings);
/// Saves the schedule (nullopt: "off"; the folder is kept for the next time it is switched on).
void saveReportSchedule(Settings::SettingsStore &settings, const std::optional<ReportSchedule> &schedule);

/// The period the scheduled report made on `today` covers: the last complete day, ISO week or month before today.
std::pair<QDate, QDate> scheduledPeriod(ReportFrequency frequency, const QDate &today);
/// The file for that period: demetra-report-daily-2026-11-24.xlsx, demetra-report-weekly-2026-W47.xlsx,
/// demetra-report-monthly-2026-10.xlsx. Its existence in the folder is what marks the period as done, so a missed
/// run (computer off) is caught up at the next one and a run repeated the same day writes nothing.
QString scheduledFileName(ReportFrequency frequency, const QDate &today);
/// Writes the scheduled report when the folder does not hold the current period's file yet: returns the path
/// written, or nullopt when it was already there. Fails with Io (folder missing or not writable; no file left) or
/// the report job's error.
Result<std::optional<QString>> runScheduledReport(const ReportSchedule &schedule, const QDate &today,
                                                  Jobs::JobContext &context);

/// Writes the current period's workbook now, replacing the period's file when it is there ("Write one now" in
/// Settings); returns the path. Fails like runScheduledReport.
Result<QString> writeScheduledReportNow(const ReportSchedule &schedule, const QDate &today, Jobs::JobContext &context);

/// The refresh pipeline's reports step. `schedule` is asked at each run (the daemon follows the settings); nullopt:
/// Skipped "No scheduled report.". Ok "Wrote the weekly report <file> (<period>)." with the path in
/// StepOutcome::output; Skipped "Already written for <period>: <file>."; an error fails the step only. `today`
/// (the local date by default) picks the period.
Refresh::StepHook scheduledReportStep(std::function<std::optional<ReportSchedule>()> schedule,
                                      std::function<QDate()> today = {});

} // namespace Demetra::Report
