// demetra-cli refresh: the refresh pipeline once. demetra-cli daemon: the pipeline on its schedule until
// SIGTERM/SIGINT, which stop it at a safe point (between steps or training rounds, never inside a transaction).
// The sync step reads the connected accounts with tokens from DEMETRA_TOKEN_<PLATFORM>.
//
// Exit codes of refresh: 0 when every step was ok or skipped, 5 (ExitStepFailed) when the run was recorded but a
// step failed, 130 when cancelled (Ctrl+C), 3/4 when the run could not happen at all (no database, database error).
// The daemon exits 0 after a clean stop.
//
// The reports step writes the scheduled Excel report (daily, weekly or monthly) into a folder when its period's file
// is not there yet: the schedule comes from --report-every/--report-folder, else from the app's settings
// (reports/scheduleFrequency, reports/scheduleFolder, read again at every run of the daemon). A report that cannot
// be written fails only that step (exit 5 for refresh; the daemon logs it and goes on).

#include "app/cli/cli_io.h"
#include "app/cli/exit_codes.h"
#include "app/cli/model_commands.h"
#include "app/cli/terminal_progress.h"
#include "core/advice/advice_job.h"
#include "core/advice/llm_settings.h"
#include "core/alerts/alert_repository.h"
#include "core/alerts/alert_thresholds.h"
#include "core/connectors/sync_service.h"
#include "core/jobs/job_context.h"
#include "core/jobs/job_runner.h"
#include "core/refresh/refresh_pipeline.h"
#include "core/refresh/refresh_run_repository.h"
#include "core/refresh/refresh_scheduler.h"
#include "core/report/report_schedule.h"
#include "core/settings/secret_store_environment.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "core/storage/database.h"
#include "core/storage/database_backup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Demetra::Cli {

namespace {

// The reports step from --report-every DAILY|WEEKLY|MONTHLY|off and --report-folder DIR; what the command line leaves
// out comes from the settings at each run. An unknown frequency, or a frequency with no folder anywhere, is a usage
// error.
Result<Refresh::StepHook> reportStepFrom(const QCommandLineParser &p)
{
    const bool everySet = p.isSet(QStringLiteral("report-every"));
    const bool folderSet = p.isSet(QStringLiteral("report-folder"));
    if (!everySet && !folderSet)
        return Report::scheduledReportStep([] { return Report::loadReportSchedule(Settings::SettingsStore()); });
    std::optional<Report::ReportFrequency> frequency;
    if (everySet) {
        const QString every = p.value(QStringLiteral("report-every")).trimmed().toLower();
        if (every == QLatin1String("off"))
            return Report::scheduledReportStep([] { return std::optional<Report::ReportSchedule>(); });
        frequency = Report::frequencyFromKey(every);
        if (!frequency)
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate("CliRefresh",
                                                    "--report-every takes daily, weekly, monthly or off, not \"%1\"")
                            .arg(p.value(QStringLiteral("report-every"))),
                        QString());
    } else {
        frequency = Report::frequencyFromKey(Settings::SettingsStore().value(Settings::Keys::ReportsScheduleFrequency));
        if (!frequency)
            frequency = Report::ReportFrequency::Daily;
    }
    QString folder = folderSet ? p.value(QStringLiteral("report-folder"))
                               : Settings::SettingsStore().value(Settings::Keys::ReportsScheduleFolder);
    if (folder.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("CliRefresh",
                                                "--report-every needs --report-folder DIR (no folder is saved in the "
                                                "settings either)"),
                    QString());
    folder = QFileInfo(folder).absoluteFilePath();
    const Report::ReportSchedule schedule{*frequency, folder};
    return Report::scheduledReportStep([schedule] { return std::optional<Report::ReportSchedule>(schedule); });
}

Refresh::RefreshOptions optionsFrom(const QCommandLineParser &p, const QString &trigger)
{
    const Settings::SettingsStore settings;
    Refresh::RefreshOptions options;
    options.trigger = trigger;
    options.train = !p.isSet(QStringLiteral("no-train"));
    options.thresholds = Alerts::AlertThresholds::load(settings);
    // Connected accounts (issue 7): tokens from DEMETRA_TOKEN_<PLATFORM>; without accounts the step is skipped.
    options.sync = Connectors::SyncService(Connectors::environmentTokens()).step();
    // Recommendations: the endpoint from the app's settings (none by default: written locally), the API key from
    // DEMETRA_LLM_API_KEY. Read again at every run so the daemon follows changes to the settings.
    options.recommendations = Advice::adviceStepHook([] {
        const Settings::SettingsStore current;
        Settings::EnvironmentSecretStore secrets;
        Advice::AdviceRequest request;
        request.input.filter = Analytics::DashboardFilter::load(current);
        request.input.language = Advice::adviceLanguage(current);
        request.endpoint = Advice::configuredLlmEndpoint(current, &secrets);
        return request;
    });
    return options;
}

// The rotating daily backup (at most one a day, the newest storage/backupsKept kept), taken when the schedule runs.
// A failure is printed and the refresh goes on.
void dailyBackup(const QString &databasePath)
{
    const int kept =
        Storage::DatabaseBackup::keptOrDefault(Settings::SettingsStore().value(Settings::Keys::StorageBackupsKept));
    Result<std::optional<Storage::BackupInfo>> b = Storage::DatabaseBackup::dailyIfDue(databasePath, kept);
    if (!b)
        printErr(QStringLiteral("%1 backup: %2\n")
                     .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), b.error().toString()));
    else if (b->has_value())
        printErr(QCoreApplication::translate("CliRefresh", "%1 daily backup written: %2\n")
                     .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), (*b)->path));
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

double seconds(const Refresh::RefreshRun &run)
{
    return run.startedAt.isValid() && run.finishedAt.isValid() ? double(run.startedAt.msecsTo(run.finishedAt)) / 1000.0
                                                               : 0.0;
}

QList<Alerts::Alert> openedAlerts(const Storage::DatabaseLocation &location, const Refresh::RefreshRun &run)
{
    QList<Alerts::Alert> out;
    if (run.openedAlerts.isEmpty())
        return out;
    Result<Storage::Database> db = Storage::Database::open(location);
    if (!db)
        return out;
    Alerts::AlertRepository alerts(*db);
    for (qint64 id : run.openedAlerts) {
        if (Result<Alerts::Alert> a = alerts.get(id))
            out << *a;
    }
    return out;
}

QString textReport(const Refresh::RefreshRun &run, const QList<Alerts::Alert> &alerts)
{
    QString text = QCoreApplication::translate("CliRefresh", "Refresh run %1 (%2): %3 in %4 s.\n")
                       .arg(run.id)
                       .arg(run.trigger, Refresh::runStatusTitle(run.status), QString::number(seconds(run), 'f', 2));
    int width = 0;
    for (const Refresh::RefreshStep &s : run.steps)
        width = qMax(width, int(Refresh::stepTitle(s.key).size()));
    for (const Refresh::RefreshStep &s : run.steps) {
        text += QStringLiteral("  %1  %2  %3\n")
                    .arg(Refresh::stepTitle(s.key).leftJustified(width),
                         Refresh::stepStatusTitle(s.status).leftJustified(9), s.message);
        if (s.status == Refresh::StepStatus::Failed && !s.detail.isEmpty())
            text += QStringLiteral("  %1  %2  %3\n").arg(QString(width, u' '), QString(9, u' '), s.detail);
    }
    if (alerts.isEmpty()) {
        text += QCoreApplication::translate("CliRefresh", "No new alerts.\n");
    } else {
        text += QCoreApplication::translate("CliRefresh", "%n new alert(s):\n", nullptr, int(alerts.size()));
        const int shown = int(qMin(alerts.size(), qsizetype(20)));
        for (int k = 0; k < shown; ++k) {
            const Alerts::Alert &a = alerts[k];
            text +=
                QStringLiteral("  [%1] %2  %3\n")
                    .arg(Alerts::severityKey(a.finding.severity), Alerts::ruleKey(a.finding.rule), a.finding.message);
        }
        if (alerts.size() > shown)
            text += QCoreApplication::translate("CliRefresh", "  … and %1 more: demetra-cli alerts lists them all.\n")
                        .arg(alerts.size() - shown);
    }
    return text;
}

QJsonObject jsonReport(const Refresh::RefreshRun &run, const QList<Alerts::Alert> &alerts)
{
    QJsonArray steps;
    for (const Refresh::RefreshStep &s : run.steps) {
        steps.append(QJsonObject{
            {QStringLiteral("step"), s.key},
            {QStringLiteral("status"), Refresh::stepStatusKey(s.status)},
            {QStringLiteral("message"), s.message},
            {QStringLiteral("detail"), s.detail},
            {QStringLiteral("rows_changed"), s.rowsChanged},
            {QStringLiteral("started_at"), iso(s.startedAt)},
            {QStringLiteral("finished_at"), iso(s.finishedAt)},
        });
    }
    QJsonArray newAlerts;
    for (const Alerts::Alert &a : alerts) {
        newAlerts.append(QJsonObject{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("rule"), Alerts::ruleKey(a.finding.rule)},
            {QStringLiteral("severity"), Alerts::severityKey(a.finding.severity)},
            {QStringLiteral("channel"), a.finding.channel},
            {QStringLiteral("campaign"), a.finding.campaign},
            {QStringLiteral("value"), a.finding.value},
            {QStringLiteral("threshold"), a.finding.threshold},
            {QStringLiteral("message"), a.finding.message},
        });
    }
    QJsonArray notify;
    for (qint64 id : run.toNotify)
        notify.append(id);
    return QJsonObject{
        {QStringLiteral("id"), run.id},
        {QStringLiteral("trigger"), run.trigger},
        {QStringLiteral("status"), run.status},
        {QStringLiteral("started_at"), iso(run.startedAt)},
        {QStringLiteral("finished_at"), iso(run.finishedAt)},
        {QStringLiteral("seconds"), seconds(run)},
        {QStringLiteral("rows_changed"), run.rowsChanged},
        {QStringLiteral("message"), run.message},
        {QStringLiteral("model_retrained"), run.modelRetrained},
        {QStringLiteral("report_written"), run.reportWritten},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("new_alerts"), newAlerts},
        {QStringLiteral("to_notify"), notify},
    };
}

int exitCodeOf(const Refresh::RefreshRun &run)
{
    if (run.status == QLatin1String("cancelled"))
        return ExitCancelled;
    return run.hasFailedStep() ? ExitStepFailed : ExitOk;
}

// One line per run for the daemon's log (stderr).
QString logLine(const Refresh::RefreshRun &run, const QDateTime &next)
{
    QStringList steps;
    for (const Refresh::RefreshStep &s : run.steps)
        steps << QStringLiteral("%1 %2").arg(s.key, Refresh::stepStatusKey(s.status));
    QString line =
        QStringLiteral("%1 refresh #%2 (%3): %4 in %5 s; %6; %7")
            .arg(iso(run.finishedAt))
            .arg(run.id)
            .arg(run.trigger, run.status, QString::number(seconds(run), 'f', 2), steps.join(QStringLiteral(", ")),
                 QCoreApplication::translate("CliRefresh", "%n new alert(s)", nullptr, run.newAlerts));
    if (!run.message.isEmpty())
        line += QStringLiteral(" — ") + run.message;
    if (next.isValid())
        line += QStringLiteral("; ") + QCoreApplication::translate("CliRefresh", "next %1").arg(iso(next));
    return line + u'\n';
}

} // namespace

int runRefresh(QCommandLineParser &p)
{
    if (p.positionalArguments().size() > 1)
        return usageError(QCoreApplication::translate("CliRefresh", "refresh takes no arguments, only options"));
    Result<Storage::DatabaseLocation> location = existingDatabase(p);
    if (!location)
        return reportError(location.error());
    Refresh::RefreshOptions options = optionsFrom(p, QStringLiteral("cli"));
    if (Status valid = options.thresholds.validate(); !valid)
        return reportError(valid.error());
    Result<Refresh::StepHook> report = reportStepFrom(p);
    if (!report)
        return usageError(report.error().message);
    options.report = *report;

    watchInterrupts();
    TerminalProgress bar;
    Jobs::JobContext context(
        *location, [&bar](double f, const QString &stage) { bar.update(f, stage); }, [] { return interrupted(); });
    Result<Refresh::RefreshRun> run = Refresh::runRefresh(options, context);
    bar.finish();
    if (!run)
        return reportError(run.error());
    const QList<Alerts::Alert> alerts = openedAlerts(*location, *run);
    if (p.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(jsonReport(*run, alerts)).toJson(QJsonDocument::Indented)));
    else
        printOut(textReport(*run, alerts));
    return exitCodeOf(*run);
}

int runDaemon(QCommandLineParser &p)
{
    if (p.positionalArguments().size() > 1)
        return usageError(QCoreApplication::translate("CliRefresh", "daemon takes no arguments, only options"));
    Result<Storage::DatabaseLocation> location = existingDatabase(p);
    if (!location)
        return reportError(location.error());
    Refresh::RefreshOptions options = optionsFrom(p, QString());
    if (Status valid = options.thresholds.validate(); !valid)
        return reportError(valid.error());
    Result<Refresh::StepHook> report = reportStepFrom(p);
    if (!report)
        return usageError(report.error().message);
    options.report = *report;

    auto *app = QCoreApplication::instance();
    Jobs::JobRunner jobs(*location);
    QFutureWatcher<Result<Refresh::RefreshRun>> watcher;
    Refresh::RefreshScheduler scheduler([&](const QString &trigger) {
        Refresh::RefreshOptions o = options;
        o.trigger = trigger;
        const QString databasePath = location->isPostgres() ? QString() : location->target;
        watcher.setFuture(jobs.run<Refresh::RefreshRun>([o, databasePath](Jobs::JobContext &context) {
            if (!databasePath.isEmpty())
                dailyBackup(databasePath);
            return Refresh::runRefresh(o, context);
        }));
    });

    int minutes = Settings::SettingsStore().value(Settings::Keys::RefreshIntervalMinutes);
    if (p.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        minutes = p.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok)
            return usageError(QCoreApplication::translate("CliRefresh", "--interval takes whole minutes, not \"%1\"")
                                  .arg(p.value(QStringLiteral("interval"))));
    }
    if (Status s = scheduler.setIntervalMinutes(minutes); !s)
        return reportError(s.error());
    // Tests (and trials) run the schedule in seconds.
    bool secondsSet = false;
    const qint64 testSeconds = qEnvironmentVariableIntValue("DEMETRA_DAEMON_INTERVAL_SECONDS", &secondsSet);
    if (secondsSet && testSeconds > 0) {
        scheduler.setIntervalSeconds(testSeconds);
        scheduler.setCheckPeriod(200);
        scheduler.setLateAfterSeconds(qMax<qint64>(2, testSeconds));
    }

    QDateTime lastRun;
    {
        Result<Storage::Database> db = Storage::Database::open(*location);
        if (!db)
            return reportError(db.error());
        Result<std::optional<Refresh::RefreshRun>> last = Refresh::RefreshRunRepository(*db).lastFinished();
        if (last && last->has_value())
            lastRun = (*last)->startedAt;
    }

    bool stopping = false;
    int exitCode = ExitOk;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, app, [&] {
        scheduler.runFinished();
        if (watcher.future().resultCount() > 0) {
            const Result<Refresh::RefreshRun> r = watcher.result();
            if (r) {
                printErr(logLine(*r, stopping ? QDateTime() : scheduler.nextRunAt()));
                if (!r->reportWritten.isEmpty())
                    printErr(QCoreApplication::translate("CliRefresh", "%1 scheduled report written: %2\n")
                                 .arg(iso(r->finishedAt), QDir::toNativeSeparators(r->reportWritten)));
            } else
                printErr(
                    QStringLiteral("%1 refresh: %2\n").arg(iso(QDateTime::currentDateTimeUtc()), r.error().toString()));
        }
        if (stopping)
            QCoreApplication::exit(exitCode);
    });
    QObject::connect(&scheduler, &Refresh::RefreshScheduler::tickSkipped, app, [](const QString &trigger) {
        printErr(QCoreApplication::translate("CliRefresh",
                                             "%1 refresh (%2) skipped: the previous refresh is still running\n")
                     .arg(iso(QDateTime::currentDateTimeUtc()), trigger));
    });

    watchInterrupts();
    QTimer interrupts;
    interrupts.setInterval(100);
    QObject::connect(&interrupts, &QTimer::timeout, app, [&] {
        if (!interrupted() || stopping)
            return;
        stopping = true;
        scheduler.stop();
        if (watcher.isRunning()) {
            printErr(QCoreApplication::translate("CliRefresh",
                                                 "%1 stopping: the running refresh stops at its next safe point\n")
                         .arg(iso(QDateTime::currentDateTimeUtc())));
            watcher.future().cancel();
        } else {
            printErr(
                QCoreApplication::translate("CliRefresh", "%1 stopped\n").arg(iso(QDateTime::currentDateTimeUtc())));
            QCoreApplication::exit(exitCode);
        }
    });
    interrupts.start();

    printErr(QCoreApplication::translate("CliRefresh", "%1 demetra-cli daemon: refreshing %2 every %3 s; next run %4\n")
                 .arg(iso(QDateTime::currentDateTimeUtc()), location->displayName())
                 .arg(scheduler.intervalSeconds())
                 .arg(iso(lastRun.isValid() ? lastRun.addSecs(scheduler.intervalSeconds())
                                            : QDateTime::currentDateTimeUtc())));
    scheduler.start(lastRun);
    const int code = QCoreApplication::exec();
    if (watcher.isRunning())
        watcher.waitForFinished();
    return code;
}

} // namespace Demetra::Cli
