#include "core/report/report_schedule.h"

#include "core/report/report_job.h"
#include "core/report/xlsx_report_writer.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Demetra::Report {

QString frequencyKey(ReportFrequency frequency)
{
    switch (frequency) {
    case ReportFrequency::Daily:
        return QStringLiteral("daily");
    case ReportFrequency::Weekly:
        return QStringLiteral("weekly");
    case ReportFrequency::Monthly:
        return QStringLiteral("monthly");
    }
    return {};
}

std::optional<ReportFrequency> frequencyFromKey(const QString &key)
{
    for (ReportFrequency f : {ReportFrequency::Daily, ReportFrequency::Weekly, ReportFrequency::Monthly}) {
        if (frequencyKey(f) == key)
            return f;
    }
    return std::nullopt;
}

std::pair<QDate, QDate> scheduledPeriod(ReportFrequency frequency, const QDate &today)
{
    switch (frequency) {
    case ReportFrequency::Daily:
        return {today.addDays(-1), today.addDays(-1)};
    case ReportFrequency::Weekly: {
        const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
        return {thisMonday.addDays(-7), thisMonday.addDays(-1)};
    }
    case ReportFrequency::Monthly: {
        const QDate firstOfThisMonth(today.year(), today.month(), 1);
        return {firstOfThisMonth.addMonths(-1), firstOfThisMonth.addDays(-1)};
    }
    }
    return {};
}

QString scheduledFileName(ReportFrequency frequency, const QDate &today)
{
    const QDate from = scheduledPeriod(frequency, today).first;
    QString stamp;
    switch (frequency) {
    case ReportFrequency::Daily:
        stamp = from.toString(Qt::ISODate);
        break;
    case ReportFrequency::Weekly: {
        int year = 0;
        const int week = from.weekNumber(&year);
        stamp = QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
        break;
    }
    case ReportFrequency::Monthly:
        stamp = from.toString(QStringLiteral("yyyy-MM"));
        break;
    }
    return QStringLiteral("demetra-report-%1-%2.xlsx").arg(frequencyKey(frequency), stamp);
}

std::optional<ReportSchedule> loadReportSchedule(const Settings::SettingsStore &settings)
{
    const std::optional<ReportFrequency> frequency =
        frequencyFromKey(settings.value(Settings::Keys::ReportsScheduleFrequency));
    if (!frequency)
        return std::nullopt;
    return ReportSchedule{*frequency, settings.value(Settings::Keys::ReportsScheduleFolder)};
}

void saveReportSchedule(Settings::SettingsStore &settings, const std::optional<ReportSchedule> &schedule)
{
    settings.setValue(Settings::Keys::ReportsScheduleFrequency,
                      schedule ? frequencyKey(schedule->frequency) : QStringLiteral("off"));
    if (schedule)
        settings.setValue(Settings::Keys::ReportsScheduleFolder, schedule->folder);
}

namespace {

// Checks the folder, then writes the period's workbook at `path` (replacing a file there whole).
Status writeScheduledReport(const ReportSchedule &schedule, const QDate &today, const QString &path,
                            Jobs::JobContext &context)
{
    const auto [from, to] = scheduledPeriod(schedule.frequency, today);
    ReportRequest request;
    request.filter.from = from;
    request.filter.to = to;
    Result<ReportData> data = buildReportData(request, context);
    if (!data)
        return tl::unexpected(data.error());
    if (Status written = XlsxReportWriter::write(*data, path); !written) {
        if (written.error().code != ErrorCode::Io)
            return written;
        // The writer names the file; the folder is what the user can change.
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("ReportSchedule",
                                                "Cannot write the scheduled report into the folder %1 (%2); make it "
                                                "writable or choose another one in Settings, Scheduled reports "
                                                "(demetra-cli: --report-folder).")
                        .arg(QDir::toNativeSeparators(schedule.folder), written.error().message),
                    written.error().detail);
    }
    return {};
}

Status checkFolder(const ReportSchedule &schedule)
{
    if (schedule.folder.isEmpty())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("ReportSchedule", "No folder is chosen for the scheduled reports; "
                                                                  "choose one in Settings, Scheduled reports "
                                                                  "(demetra-cli: --report-folder)."),
                    QString());
    if (!QFileInfo(schedule.folder).isDir())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("ReportSchedule", "The folder for scheduled reports %1 does not exist; "
                                                                  "choose another one in Settings, Scheduled reports "
                                                                  "(demetra-cli: --report-folder).")
                        .arg(QDir::toNativeSeparators(schedule.folder)),
                    schedule.folder);
    return {};
}

} // namespace

Result<std::optional<QString>> runScheduledReport(const ReportSchedule &schedule, const QDate &today,
                                                  Jobs::JobContext &context)
{
    if (Status ok = checkFolder(schedule); !ok)
        return tl::unexpected(ok.error());
    const QString path = QDir(schedule.folder).filePath(scheduledFileName(schedule.frequency, today));
    if (QFileInfo::exists(path))
        return std::optional<QString>();
    if (Status written = writeScheduledReport(schedule, today, path, context); !written)
        return tl::unexpected(written.error());
    return std::optional<QString>(path);
}

Result<QString> writeScheduledReportNow(const ReportSchedule &schedule, const QDate &today, Jobs::JobContext &context)
{
    if (Status ok = checkFolder(schedule); !ok)
        return tl::unexpected(ok.error());
    const QString path = QDir(schedule.folder).filePath(scheduledFileName(schedule.frequency, today));
    if (Status written = writeScheduledReport(schedule, today, path, context); !written)
        return tl::unexpected(written.error());
    return path;
}

Refresh::StepHook scheduledReportStep(std::function<std::optional<ReportSchedule>()> schedule,
                                      std::function<QDate()> today)
{
    return [schedule, today](Jobs::JobContext &context) -> Result<Refresh::StepOutcome> {
        const std::optional<ReportSchedule> s = schedule ? schedule() : std::nullopt;
        if (!s)
            return Refresh::StepOutcome{Refresh::StepStatus::Skipped, 0,
                                        QCoreApplication::translate("Refresh", "No scheduled report."), QString()};
        const QDate day = today ? today() : QDate::currentDate();
        const auto [from, to] = scheduledPeriod(s->frequency, day);
        const QString period = from == to ? from.toString(Qt::ISODate)
                                          : QCoreApplication::translate("ReportSchedule", "%1 to %2")
                                                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        Result<std::optional<QString>> written = runScheduledReport(*s, day, context);
        if (!written)
            return tl::unexpected(written.error());
        if (!written->has_value())
            return Refresh::StepOutcome{Refresh::StepStatus::Skipped, 0,
                                        QCoreApplication::translate("ReportSchedule", "Already written for %1: %2.")
                                            .arg(period, QDir::toNativeSeparators(QDir(s->folder).filePath(
                                                             scheduledFileName(s->frequency, day)))),
                                        QString()};
        const QString path = QDir::toNativeSeparators(**written);
        QString text;
        switch (s->frequency) {
        case ReportFrequency::Daily:
            text = QCoreApplication::translate("ReportSchedule", "Wrote the daily report %1 (%2).");
            break;
        case ReportFrequency::Weekly:
            text = QCoreApplication::translate("ReportSchedule", "Wrote the weekly report %1 (%2).");
            break;
        case ReportFrequency::Monthly:
            text = QCoreApplication::translate("ReportSchedule", "Wrote the monthly report %1 (%2).");
            break;
        }
        return Refresh::StepOutcome{Refresh::StepStatus::Ok, 0, text.arg(path, period), **written};
    };
}

} // namespace Demetra::Report
