#include "core/report/report_schedule.h"

#include "core/report/report_job.h"
#include "core/report/xlsx_report_writer.h"

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

Result<std::optional<QString>> runScheduledReport(const ReportSchedule &schedule, const QDate &today,
                                                  Jobs::JobContext &context)
{
    const QFileInfo folder(schedule.folder);
    if (schedule.folder.isEmpty() || !folder.isDir())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("ReportSchedule", "The folder for scheduled reports %1 does not exist; "
                                                                  "choose another one in Settings.")
                        .arg(QDir::toNativeSeparators(schedule.folder)),
                    schedule.folder);
    const QString path = QDir(schedule.folder).filePath(scheduledFileName(schedule.frequency, today));
    if (QFileInfo::exists(path))
        return std::optional<QString>();
    const auto [from, to] = scheduledPeriod(schedule.frequency, today);
    ReportRequest request;
    request.filter.from = from;
    request.filter.to = to;
    Result<ReportData> data = buildReportData(request, context);
    if (!data)
        return tl::unexpected(data.error());
    if (Status written = XlsxReportWriter::write(*data, path); !written)
        return tl::unexpected(written.error());
    return std::optional<QString>(path);
}

} // namespace Demetra::Report
