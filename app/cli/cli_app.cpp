#include "app/cli/cli_app.h"

#include "app/cli/cli_format.h"
#include "app/cli/cli_io.h"
#include "app/cli/connector_commands.h"
#include "app/cli/database_commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/model_commands.h"
#include "app/cli/report_command.h"
#include "app/cli/terminal_progress.h"
#include "core/analytics/analytics_service.h"
#include "core/import/import_job.h"
#include "core/jobs/job_context.h"
#include "core/sample/sample_generator.h"
#include "core/storage/database.h"
#include "core/storage/import_run_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace Demetra::Cli {

namespace {

void addOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("lang"),
         QCoreApplication::translate("CliApp", "Language of messages: en or ru (default: from the environment)."),
         QCoreApplication::translate("CliApp", "code")},
        {QStringLiteral("db"),
         QCoreApplication::translate("CliApp", "The database: a SQLite file (default: the user's data folder)."),
         QCoreApplication::translate("CliApp", "path")},
        {QStringLiteral("json"), QCoreApplication::translate("CliApp", "Print JSON instead of text.")},
        {QStringLiteral("from"),
         QCoreApplication::translate("CliApp", "First day of the period (YYYY-MM-DD); restore: the backup file."),
         QCoreApplication::translate("CliApp", "date")},
        {QStringLiteral("to"), QCoreApplication::translate("CliApp", "Last day of the period (YYYY-MM-DD)."),
         QCoreApplication::translate("CliApp", "date")},
        {QStringLiteral("channel"),
         QCoreApplication::translate("CliApp", "Only these channels (repeat or comma-separate)."),
         QCoreApplication::translate("CliApp", "name")},
        {QStringLiteral("audience"), QCoreApplication::translate("CliApp", "Only these target audiences."),
         QCoreApplication::translate("CliApp", "name")},
        {QStringLiteral("segment"), QCoreApplication::translate("CliApp", "Only these customer segments."),
         QCoreApplication::translate("CliApp", "name")},
        {QStringLiteral("location"), QCoreApplication::translate("CliApp", "Only these locations."),
         QCoreApplication::translate("CliApp", "name")},
        {QStringLiteral("language"), QCoreApplication::translate("CliApp", "Only these languages."),
         QCoreApplication::translate("CliApp", "name")},
        {QStringLiteral("campaign-id"),
         QCoreApplication::translate("CliApp", "Only these campaigns (ids from 'campaigns')."),
         QCoreApplication::translate("CliApp", "id")},
        {QStringLiteral("metric"),
         QCoreApplication::translate("CliApp", "timeseries: the metric (spend, clicks, ctr, roi, ...)."),
         QCoreApplication::translate("CliApp", "metric")},
        {QStringLiteral("by"),
         QCoreApplication::translate("CliApp",
                                     "timeseries: day, week or month; breakdown: channel, campaign, audience, segment, "
                                     "location, language, weekday, month."),
         QCoreApplication::translate("CliApp", "unit")},
        {QStringLiteral("per-channel"), QCoreApplication::translate("CliApp", "timeseries: one series per channel.")},
        {QStringLiteral("order-by"), QCoreApplication::translate("CliApp", "campaigns/breakdown: rank by this metric."),
         QCoreApplication::translate("CliApp", "metric")},
        {QStringLiteral("ascending"), QCoreApplication::translate("CliApp", "Rank from the lowest value.")},
        {QStringLiteral("limit"), QCoreApplication::translate("CliApp", "At most this many rows."),
         QCoreApplication::translate("CliApp", "n")},
        {QStringLiteral("min-impressions"),
         QCoreApplication::translate("CliApp", "Leave out groups with fewer impressions (volume gate)."),
         QCoreApplication::translate("CliApp", "n")},
        {QStringLiteral("account"),
         QCoreApplication::translate("CliApp", "import: the account name the rows are filed under; accounts/sync: "
                                               "the platform's account id."),
         QCoreApplication::translate("CliApp", "name")},
        {QStringLiteral("as-channel"),
         QCoreApplication::translate("CliApp", "import: file every row under this channel."),
         QCoreApplication::translate("CliApp", "name")},
        {QStringLiteral("currency"),
         QCoreApplication::translate("CliApp", "import: currency of money columns that do not name one (default USD)."),
         QCoreApplication::translate("CliApp", "code")},
        {QStringLiteral("period"),
         QCoreApplication::translate("CliApp", "import: reporting period of a file without dates, FROM:TO."),
         QCoreApplication::translate("CliApp", "from:to")},
        {QStringLiteral("date-order"),
         QCoreApplication::translate("CliApp",
                                     "import: day/month order of numeric dates: dmy or mdy (default: from the file)."),
         QCoreApplication::translate("CliApp", "order")},
        {QStringLiteral("cost-per-acquisition"),
         QCoreApplication::translate("CliApp", "import (Kaggle): read Acquisition_Cost as cost per conversion.")},
        {QStringLiteral("no-revenue-from-roi"),
         QCoreApplication::translate("CliApp", "import (Kaggle): do not derive revenue from ROI.")},
        {QStringLiteral("approved-conversions"),
         QCoreApplication::translate("CliApp", "import (Facebook ads): count Approved_Conversion.")},
        {QStringLiteral("rows"),
         QCoreApplication::translate("CliApp", "generate-sample: number of rows (default 20000)."),
         QCoreApplication::translate("CliApp", "n")},
        {QStringLiteral("seed"), QCoreApplication::translate("CliApp", "generate-sample: random seed."),
         QCoreApplication::translate("CliApp", "n")},
        {QStringLiteral("start"), QCoreApplication::translate("CliApp", "generate-sample: first day (YYYY-MM-DD)."),
         QCoreApplication::translate("CliApp", "date")},
        {QStringLiteral("days"),
         QCoreApplication::translate("CliApp", "generate-sample: number of days (default 365)."),
         QCoreApplication::translate("CliApp", "n")},
        {QStringLiteral("out"),
         QCoreApplication::translate(
             "CliApp", "generate-sample: output file; train: also write the model files here; backup: the copy."),
         QCoreApplication::translate("CliApp", "path")},
        {QStringLiteral("horizon"),
         QCoreApplication::translate("CliApp", "forecast: days ahead, 7 to 90 (default 30)."),
         QCoreApplication::translate("CliApp", "days")},
        {QStringLiteral("total"), QCoreApplication::translate("CliApp", "budget: the total budget to allocate."),
         QCoreApplication::translate("CliApp", "amount")},
        {QStringLiteral("bounds"),
         QCoreApplication::translate(
             "CliApp", "budget: per-channel bounds as multiples of historical mean spend (default 0.5:2.0)."),
         QCoreApplication::translate("CliApp", "min:max")},
        {QStringLiteral("min"), QCoreApplication::translate("CliApp", "budget: a channel's minimum spend, CHANNEL=N."),
         QCoreApplication::translate("CliApp", "channel=n")},
        {QStringLiteral("max"), QCoreApplication::translate("CliApp", "budget: a channel's maximum spend, CHANNEL=N."),
         QCoreApplication::translate("CliApp", "channel=n")},
        {QStringLiteral("target-cpa"),
         QCoreApplication::translate("CliApp", "budget: find the least budget that keeps CPA at or below this."),
         QCoreApplication::translate("CliApp", "amount")},
        {QStringLiteral("all"), QCoreApplication::translate("CliApp", "alerts: also resolved and dismissed alerts.")},
        {QStringLiteral("amount"), QCoreApplication::translate("CliApp", "budgets set: the planned amount."),
         QCoreApplication::translate("CliApp", "amount")},
        {QStringLiteral("campaign"),
         QCoreApplication::translate("CliApp", "budgets set: plan one campaign instead of the whole channel."),
         QCoreApplication::translate("CliApp", "name")},
        {QStringLiteral("interval"),
         QCoreApplication::translate("CliApp",
                                     "daemon: minutes between refreshes, 15 to 1440 (default: the setting, 60)."),
         QCoreApplication::translate("CliApp", "minutes")},
        {QStringLiteral("report-every"),
         QCoreApplication::translate("CliApp",
                                     "refresh/daemon: write the scheduled Excel report daily, weekly or monthly (off: "
                                     "none) when its period's file is not in the folder yet (default: the setting)."),
         QCoreApplication::translate("CliApp", "when")},
        {QStringLiteral("report-folder"),
         QCoreApplication::translate("CliApp", "refresh/daemon: the folder for the scheduled reports (default: the "
                                               "setting); files are named demetra-report-weekly-2026-W47.xlsx."),
         QCoreApplication::translate("CliApp", "dir")},
        {QStringLiteral("no-train"),
         QCoreApplication::translate("CliApp", "refresh/daemon: do not retrain the ROI model (only report if stale).")},
        {QStringLiteral("target-roas"),
         QCoreApplication::translate("CliApp", "budget: find the least budget that keeps ROAS at or above this."),
         QCoreApplication::translate("CliApp", "ratio")},
        {QStringLiteral("llm"),
         QCoreApplication::translate("CliApp", "advise: base URL of an OpenAI-compatible model server (API key from "
                                               "DEMETRA_LLM_API_KEY)."),
         QCoreApplication::translate("CliApp", "url")},
        {QStringLiteral("model"), QCoreApplication::translate("CliApp", "advise: the model to ask (with --llm)."),
         QCoreApplication::translate("CliApp", "name")},
        {QStringLiteral("preview"),
         QCoreApplication::translate("CliApp", "advise: print the exact request body and send nothing.")},
        {QStringLiteral("platform"),
         QCoreApplication::translate("CliApp", "accounts/sync: meta, google_ads, tiktok, yandex_direct, vk_ads or "
                                               "telegram_ads."),
         QCoreApplication::translate("CliApp", "platform")},
        {QStringLiteral("name"), QCoreApplication::translate("CliApp", "accounts add: the name shown for the account."),
         QCoreApplication::translate("CliApp", "name")},
        {QStringLiteral("base-url"),
         QCoreApplication::translate("CliApp", "accounts add: the platform's API at another address (https, or http "
                                               "to this computer), e.g. a corporate proxy."),
         QCoreApplication::translate("CliApp", "url")},
        {QStringLiteral("api-version"),
         QCoreApplication::translate("CliApp", "accounts add: the API version (default: the platform's)."),
         QCoreApplication::translate("CliApp", "version")},
        {QStringLiteral("option"),
         QCoreApplication::translate("CliApp", "accounts add: a platform option, KEY=VALUE (repeat)."),
         QCoreApplication::translate("CliApp", "key=value")},
        {QStringLiteral("backfill-days"),
         QCoreApplication::translate("CliApp", "accounts add: days the first sync reads back (default 90)."),
         QCoreApplication::translate("CliApp", "days")},
        {QStringLiteral("delete-data"),
         QCoreApplication::translate("CliApp", "accounts remove: also delete the account's stored rows.")},
        {QStringLiteral("format"),
         QCoreApplication::translate("CliApp", "report: xlsx or csv (default: from --out's suffix)."),
         QCoreApplication::translate("CliApp", "format")},
        {QStringLiteral("table"),
         QCoreApplication::translate("CliApp",
                                     "report --format csv: kpis, channels, campaigns, daily, forecasts, budget or "
                                     "alerts (default kpis)."),
         QCoreApplication::translate("CliApp", "table")},
        {QStringLiteral("since"),
         QCoreApplication::translate("CliApp", "sync: read from this day: 30d (days back) or YYYY-MM-DD."),
         QCoreApplication::translate("CliApp", "when")},
    });
}
} // namespace

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CliApp", "Demetra command-line tool.\n\nCommands:\n"
                  "  import FILE...        import CSV exports into the database\n"
                  "  summary               KPI totals for the period and change against the previous period\n"
                  "  channels              KPIs per channel\n"
                  "  campaigns             KPIs per campaign\n"
                  "  breakdown --by DIM    KPIs by audience, segment, location, language, weekday or month\n"
                  "  timeseries --metric M --by day|week|month   a metric over time\n"
                  "  runs                  recent imports and how they ended\n"
                  "  rejected RUN          the rows an import rejected, with line, column and reason\n"
                  "  generate-sample --out FILE   write the synthetic sample data set\n"
                  "  train                 train the campaign ROI model on the stored data\n"
                  "  forecast --channel NAME --metric M --horizon DAYS   forecast a channel's metric with intervals\n"
                  "  budget --total N      split a budget across channels by their response curves\n"
                  "  refresh               run the refresh pipeline once (sync, rollups, forecasts, alerts, "
                  "recommendations, scheduled report)\n"
                  "  daemon                run the refresh pipeline on its schedule until SIGTERM/SIGINT\n"
                  "    [--report-every daily|weekly|monthly --report-folder DIR]   refresh/daemon: also write the "
                  "scheduled Excel report\n"
                  "  alerts                list open alerts (--all: with resolved and dismissed ones)\n"
                  "  budgets set|list      manage planned budgets per channel and period\n"
                  "  advise [--llm URL --model M] [--preview]   recommendations in plain words (local or by a model)\n"
                  "  accounts add|list|remove|test --platform P --account ID   connected ad accounts (token from "
                  "DEMETRA_TOKEN_<PLATFORM>)\n"
                  "  sync [--platform P] [--account ID] [--since 30d|YYYY-MM-DD]   read the connected accounts' "
                  "statistics\n"
                  "  check                 the database's integrity check (read-only) and its backups\n"
                  "  backup [--out FILE]   a verified copy of the database (default: into the backups folder)\n"
                  "  restore --from FILE   replace the database with a backup (the old file is kept aside)\n"
                  "  report --format xlsx|csv --out FILE [--table T]   an Excel report or one table as CSV"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("CliApp", "What to do (see above)."));
    addOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("demetra-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QCoreApplication::translate("CliApp", "no command given"));
    const QString command = positional.first();
    // Database safety (issue 9): its own commands, then the integrity check before any command that uses the
    // database; warnings (a backup that failed) are printed when the command ends.
    struct NoticesAtExit
    {
        ~NoticesAtExit() { printDatabaseNotices(); }
    } notices;
    if (command == QLatin1String("check"))
        return runCheck(parser);
    if (command == QLatin1String("backup"))
        return runBackup(parser);
    if (command == QLatin1String("restore"))
        return runRestore(parser);
    if (command != QLatin1String("generate-sample")) {
        if (const int refused = refuseDamagedDatabase(parser))
            return refused;
    }
    if (command == QLatin1String("import"))
        return runImport(parser);
    if (command == QLatin1String("generate-sample"))
        return runGenerateSample(parser);
    if (command == QLatin1String("train"))
        return runTrain(parser);
    if (command == QLatin1String("forecast"))
        return runForecast(parser);
    if (command == QLatin1String("budget"))
        return runBudget(parser);
    if (command == QLatin1String("refresh"))
        return runRefresh(parser);
    if (command == QLatin1String("daemon"))
        return runDaemon(parser);
    if (command == QLatin1String("alerts"))
        return runAlerts(parser);
    if (command == QLatin1String("budgets"))
        return runBudgets(parser);
    if (command == QLatin1String("advise"))
        return runAdvise(parser);
    if (command == QLatin1String("accounts"))
        return runAccounts(parser);
    if (command == QLatin1String("sync"))
        return runSync(parser);
    if (command == QLatin1String("report"))
        return runReport(parser);
    if (command == QLatin1String("summary") || command == QLatin1String("channels") ||
        command == QLatin1String("campaigns") || command == QLatin1String("timeseries") ||
        command == QLatin1String("breakdown") || command == QLatin1String("runs") ||
        command == QLatin1String("rejected"))
        return runQuery(command, parser);
    return usageError(QCoreApplication::translate("CliApp", "unknown command \"%1\"").arg(command));
}

int CliApp::runImport(QCommandLineParser &p)
{
    // Files that do not exist are reported here, without opening (or creating) the database for them.
    const bool json = p.isSet(QStringLiteral("json"));
    QStringList files;
    QJsonArray array;
    bool anyMissing = false;
    for (const QString &f : p.positionalArguments().mid(1)) {
        if (QFileInfo(f).isFile()) {
            files << f;
            continue;
        }
        anyMissing = true;
        Import::FileImportOutcome missing;
        missing.file = f;
        missing.error = Error{
            ErrorCode::NotFound,
            QCoreApplication::translate("CliApp", "%1: no such file; nothing was imported from it.").arg(f), QString()};
        printErr(QStringLiteral("demetra-cli: ") + missing.error->message + u'\n');
        if (json)
            array << CliFormat::importOutcome(missing);
    }
    if (files.isEmpty() && anyMissing) {
        if (json)
            printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitBadInput;
    }
    if (files.isEmpty())
        return usageError(QCoreApplication::translate("CliApp", "import needs at least one file"));
    Import::ImportRequest request;
    request.files = files;
    Import::ImportOptions &o = request.options;
    o.accountName = p.value(QStringLiteral("account"));
    o.channel = p.value(QStringLiteral("as-channel"));
    o.currency = p.value(QStringLiteral("currency")).toUpper();
    if (!o.currency.isEmpty() && o.currency.size() != 3)
        return usageError(
            QCoreApplication::translate("CliApp", "--currency takes a three-letter ISO code such as USD or RUB"));
    if (p.isSet(QStringLiteral("period"))) {
        const QStringList parts = p.value(QStringLiteral("period")).split(u':');
        o.periodFrom = QDate::fromString(parts.value(0), Qt::ISODate);
        o.periodTo = QDate::fromString(parts.value(1, parts.value(0)), Qt::ISODate);
        if (!o.periodFrom.isValid() || !o.periodTo.isValid() || o.periodTo < o.periodFrom)
            return usageError(QCoreApplication::translate("CliApp", "--period takes FROM:TO as YYYY-MM-DD:YYYY-MM-DD"));
    }
    if (p.isSet(QStringLiteral("date-order"))) {
        const QString v = p.value(QStringLiteral("date-order")).toLower();
        if (v == QLatin1String("dmy"))
            o.dateOrder = Import::DateOrder::DayFirst;
        else if (v == QLatin1String("mdy"))
            o.dateOrder = Import::DateOrder::MonthFirst;
        else
            return usageError(QCoreApplication::translate("CliApp", "--date-order takes dmy or mdy"));
    }
    o.acquisitionCostPerConversion = p.isSet(QStringLiteral("cost-per-acquisition"));
    o.revenueFromRoi = !p.isSet(QStringLiteral("no-revenue-from-roi"));
    o.approvedConversions = p.isSet(QStringLiteral("approved-conversions"));

    watchInterrupts();
    TerminalProgress bar;
    Jobs::JobContext context(
        Storage::DatabaseLocation::fromArgument(p.value(QStringLiteral("db"))),
        [&bar](double f, const QString &stage) { bar.update(f, stage); }, [] { return interrupted(); });
    Result<Import::ImportOutcome> outcome = Import::runImport(request, context);
    bar.finish();
    if (!outcome)
        return reportError(outcome.error());

    int exit = anyMissing ? ExitBadInput : ExitOk;
    for (const Import::FileImportOutcome &f : outcome->files) {
        if (json)
            array << CliFormat::importOutcome(f);
        else
            printOut(CliFormat::importText(f));
        if (f.cancelled)
            exit = ExitCancelled;
        else if (f.error && exit == ExitOk)
            exit = f.error->code == ErrorCode::Database || f.error->code == ErrorCode::Internal ? ExitInternal
                                                                                                : ExitBadInput;
        if (f.error)
            printErr(QStringLiteral("demetra-cli: ") + f.error->toString() + u'\n');
    }
    if (interrupted() && outcome->files.size() < files.size())
        exit = ExitCancelled;
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    return exit;
}

int CliApp::runGenerateSample(QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("out")))
        return usageError(QCoreApplication::translate("CliApp", "generate-sample needs --out FILE"));
    Sample::SampleSpec spec;
    bool ok = true;
    if (p.isSet(QStringLiteral("rows")))
        spec.rows = p.value(QStringLiteral("rows")).toLongLong(&ok);
    if (!ok || spec.rows <= 0)
        return usageError(QCoreApplication::translate("CliApp", "--rows takes a positive number"));
    if (p.isSet(QStringLiteral("seed")))
        spec.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usageError(QCoreApplication::translate("CliApp", "--seed takes a number"));
    if (p.isSet(QStringLiteral("days")))
        spec.days = p.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || spec.days <= 0)
        return usageError(QCoreApplication::translate("CliApp", "--days takes a positive number"));
    if (p.isSet(QStringLiteral("start"))) {
        spec.start = QDate::fromString(p.value(QStringLiteral("start")), Qt::ISODate);
        if (!spec.start.isValid())
            return usageError(QCoreApplication::translate("CliApp", "--start takes a date as YYYY-MM-DD"));
    }
    TerminalProgress bar;
    const qint64 total = spec.rows;
    Result<qint64> written = Sample::writeSampleCsv(spec, p.value(QStringLiteral("out")), [&](qint64 rows) {
        bar.update(double(rows) / double(total), QCoreApplication::translate("CliApp", "Writing sample rows"));
    });
    bar.finish();
    if (!written)
        return reportError(written.error());
    printErr(QCoreApplication::translate("CliApp", "Wrote %1 rows to %2\n")
                 .arg(*written)
                 .arg(p.value(QStringLiteral("out"))));
    return ExitOk;
}

int CliApp::runQuery(const QString &command, QCommandLineParser &p)
{
    Result<Analytics::AnalyticsFilter> filter = filterFrom(p);
    if (!filter)
        return reportError(filter.error());
    Result<Storage::DatabaseLocation> existing = existingDatabase(p);
    if (!existing)
        return reportError(existing.error());
    const Storage::DatabaseLocation location = *existing;
    Result<Storage::Database> db = Storage::Database::open(location);
    if (!db)
        return reportError(db.error());
    const Analytics::AnalyticsService analytics(*db);
    const bool json = p.isSet(QStringLiteral("json"));
    auto emitJson = [](const QJsonValue &v) {
        const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
        printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    };

    std::optional<Metric> orderBy;
    if (p.isSet(QStringLiteral("order-by"))) {
        orderBy = MetricInfo::fromKey(p.value(QStringLiteral("order-by")));
        if (!orderBy)
            return usageError(QCoreApplication::translate("CliApp", "unknown metric \"%1\"")
                                  .arg(p.value(QStringLiteral("order-by"))));
    }
    Analytics::BreakdownOptions options;
    options.orderBy = orderBy;
    options.descending = !p.isSet(QStringLiteral("ascending"));
    options.limit = p.value(QStringLiteral("limit")).toInt();
    options.minImpressions = p.value(QStringLiteral("min-impressions")).toLongLong();

    if (command == QLatin1String("summary")) {
        Result<Analytics::KpiSummary> s = analytics.summary(*filter);
        if (!s)
            return reportError(s.error());
        if (json)
            emitJson(CliFormat::summary(*s));
        else
            printOut(CliFormat::summaryText(*s));
        return ExitOk;
    }
    if (command == QLatin1String("channels") || command == QLatin1String("campaigns") ||
        command == QLatin1String("breakdown")) {
        Analytics::Dimension dim =
            command == QLatin1String("channels") ? Analytics::Dimension::Channel : Analytics::Dimension::Campaign;
        if (command == QLatin1String("breakdown")) {
            const std::optional<Analytics::Dimension> d = Analytics::dimensionFromKey(p.value(QStringLiteral("by")));
            if (!d)
                return usageError(QCoreApplication::translate(
                    "CliApp",
                    "breakdown needs --by channel|campaign|account|audience|segment|location|language|weekday|month"));
            dim = *d;
        }
        Result<QList<Analytics::BreakdownRow>> rows = analytics.breakdown(*filter, dim, options);
        if (!rows)
            return reportError(rows.error());
        const QString keyName =
            dim == Analytics::Dimension::Campaign ? QStringLiteral("campaign") : Analytics::dimensionKey(dim);
        if (json) {
            QJsonArray array;
            for (const Analytics::BreakdownRow &r : *rows) {
                QJsonObject o = CliFormat::measures(r.totals);
                if (dim == Analytics::Dimension::Campaign) {
                    o.insert(QStringLiteral("campaign_id"), r.id);
                    o.insert(QStringLiteral("campaign"), r.label);
                    o.insert(QStringLiteral("channels"),
                             QJsonArray::fromStringList(r.channel.split(u',', Qt::SkipEmptyParts)));
                } else if (dim == Analytics::Dimension::Weekday || dim == Analytics::Dimension::Month) {
                    o.insert(keyName, r.key.toInt());
                } else {
                    o.insert(keyName, r.label);
                }
                array << o;
            }
            emitJson(array);
        } else {
            printOut(CliFormat::table(keyName, *rows, dim == Analytics::Dimension::Channel));
        }
        return ExitOk;
    }
    if (command == QLatin1String("timeseries")) {
        const std::optional<Metric> metric = MetricInfo::fromKey(p.value(QStringLiteral("metric")));
        if (!metric)
            return usageError(QCoreApplication::translate(
                "CliApp", "timeseries needs --metric (spend, impressions, clicks, conversions, revenue, ctr, cpc, "
                          "cpm, cpa, conversion_rate, roi, roas)"));
        const QString by = p.isSet(QStringLiteral("by")) ? p.value(QStringLiteral("by")) : QStringLiteral("day");
        Analytics::Granularity g = Analytics::Granularity::Day;
        if (by == QLatin1String("week"))
            g = Analytics::Granularity::Week;
        else if (by == QLatin1String("month"))
            g = Analytics::Granularity::Month;
        else if (by != QLatin1String("day"))
            return usageError(QCoreApplication::translate("CliApp", "--by takes day, week or month"));
        Result<QList<Analytics::SeriesPoint>> points =
            analytics.timeSeries(*filter, g, p.isSet(QStringLiteral("per-channel")));
        if (!points)
            return reportError(points.error());
        if (json) {
            QJsonArray array;
            for (const Analytics::SeriesPoint &pt : *points) {
                QJsonObject o;
                o.insert(QStringLiteral("period"), pt.periodStart.toString(Qt::ISODate));
                if (p.isSet(QStringLiteral("per-channel")))
                    o.insert(QStringLiteral("channel"), pt.channel);
                const std::optional<double> v = pt.totals.value(*metric);
                o.insert(QStringLiteral("value"), v ? QJsonValue(*v) : QJsonValue());
                o.insert(QStringLiteral("rows"), pt.totals.rows);
                array << o;
            }
            emitJson(array);
        } else {
            for (const Analytics::SeriesPoint &pt : *points) {
                printOut(pt.periodStart.toString(Qt::ISODate) + QStringLiteral("  ") +
                         (pt.channel.isEmpty() ? QString() : pt.channel.leftJustified(16)) +
                         CliFormat::value(*metric, pt.totals.value(*metric)).rightJustified(16) + u'\n');
            }
        }
        return ExitOk;
    }
    if (command == QLatin1String("rejected")) {
        bool ok = false;
        const qint64 runId = p.positionalArguments().value(1).toLongLong(&ok);
        if (!ok)
            return usageError(
                QCoreApplication::translate("CliApp", "rejected needs the run number (see 'demetra-cli runs')"));
        Storage::ImportRunRepository runs(*db);
        Result<QList<Import::RejectedRow>> rows = runs.rejected(runId, options.limit > 0 ? options.limit : 1000000);
        if (!rows)
            return reportError(rows.error());
        QJsonArray array;
        for (const Import::RejectedRow &r : *rows) {
            if (json) {
                QJsonObject o;
                o.insert(QStringLiteral("line"), r.line);
                o.insert(QStringLiteral("column"), r.column);
                o.insert(QStringLiteral("column_name"), r.columnName);
                o.insert(QStringLiteral("reason"), r.reason);
                o.insert(QStringLiteral("raw"), r.raw);
                array << o;
            } else {
                printOut(r.column > 0 ? QStringLiteral("line %1, column %2 (%3): %4\n")
                                            .arg(r.line)
                                            .arg(r.column)
                                            .arg(r.columnName, r.reason)
                                      : QStringLiteral("line %1: %2\n").arg(r.line).arg(r.reason));
            }
        }
        if (json)
            emitJson(array);
        return ExitOk;
    }
    // runs
    Storage::ImportRunRepository runs(*db);
    Result<QList<Storage::ImportRunRecord>> recent = runs.recent(options.limit > 0 ? options.limit : 20);
    if (!recent)
        return reportError(recent.error());
    QJsonArray array;
    for (const Storage::ImportRunRecord &r : *recent) {
        if (json) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), r.id);
            o.insert(QStringLiteral("kind"), r.kind);
            o.insert(QStringLiteral("source"), r.source);
            o.insert(QStringLiteral("layout"), r.layout);
            o.insert(QStringLiteral("status"), r.status);
            o.insert(QStringLiteral("started_at"), r.startedAt.toString(Qt::ISODate));
            o.insert(QStringLiteral("rows_read"), r.rowsRead);
            o.insert(QStringLiteral("rows_written"), r.rowsWritten);
            o.insert(QStringLiteral("rows_rejected"), r.rowsRejected);
            o.insert(QStringLiteral("message"), r.message);
            array << o;
        } else {
            printOut(QStringLiteral("#%1 %2 %3 %4: %5 read, %6 written, %7 rejected\n")
                         .arg(r.id)
                         .arg(r.startedAt.toString(Qt::ISODate), r.status, r.source)
                         .arg(r.rowsRead)
                         .arg(r.rowsWritten)
                         .arg(r.rowsRejected));
        }
    }
    if (json)
        emitJson(array);
    return ExitOk;
}

} // namespace Demetra::Cli
