#include "app/cli/cli_io.h"
#include "app/cli/exit_codes.h"
#include "app/cli/model_commands.h"
#include "app/cli/terminal_progress.h"
#include "core/forecast/roi_training_job.h"
#include "core/jobs/job_context.h"
#include "core/storage/database_location.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Demetra::Cli {

namespace {

QString number(double v)
{
    return QString::number(v, 'f', 4);
}

QString textReport(const Forecast::RoiTrainingOutcome &o, const QString &outDir)
{
    const Forecast::ModelValidation &v = o.record.validation;
    const QLocale c = QLocale::c();
    QString text = QCoreApplication::translate(
                       "CliTrain", "Trained the campaign ROI model on %1 rows (%2 to %3), validated on %4 rows "
                                   "from %5 to %6 (time-ordered split).\n")
                       .arg(c.toString(v.rowsTrain), v.firstDay.toString(Qt::ISODate),
                            v.splitDay.addDays(-1).toString(Qt::ISODate), c.toString(v.rowsValidation),
                            v.splitDay.toString(Qt::ISODate), v.lastDay.toString(Qt::ISODate));
    text += QCoreApplication::translate("CliTrain", "Validation MAE %1 (channel-average baseline %2), R² %3 (baseline "
                                                    "%4).\n")
                .arg(number(v.mae), number(v.baselineMae), number(v.r2), number(v.baselineR2));
    if (v.rowsSkipped > 0)
        text += QCoreApplication::translate("CliTrain", "%1 rows were left out (NaN, infinite or negative values).\n")
                    .arg(c.toString(v.rowsSkipped));
    text += QCoreApplication::translate("CliTrain", "%1 features, %2. Took %3 s.\n")
                .arg(o.record.featureNames.size())
                .arg(o.record.params.describe())
                .arg(QString::number(o.seconds, 'f', 2));
    text += QCoreApplication::translate("CliTrain", "Saved as the database's current ROI model.\n");
    if (!outDir.isEmpty())
        text += QCoreApplication::translate("CliTrain", "Model files written to %1 (roi_model.json, "
                                                        "roi_model.meta.json).\n")
                    .arg(QDir::toNativeSeparators(outDir));
    return text;
}

QJsonObject jsonReport(const Forecast::RoiTrainingOutcome &o)
{
    const Forecast::ModelValidation &v = o.record.validation;
    return QJsonObject{
        {QStringLiteral("model"), o.record.kind},
        {QStringLiteral("rows_train"), v.rowsTrain},
        {QStringLiteral("rows_validation"), v.rowsValidation},
        {QStringLiteral("rows_skipped"), v.rowsSkipped},
        {QStringLiteral("first_day"), v.firstDay.toString(Qt::ISODate)},
        {QStringLiteral("split_day"), v.splitDay.toString(Qt::ISODate)},
        {QStringLiteral("last_day"), v.lastDay.toString(Qt::ISODate)},
        {QStringLiteral("mae"), v.mae},
        {QStringLiteral("r2"), v.r2},
        {QStringLiteral("baseline_mae"), v.baselineMae},
        {QStringLiteral("baseline_r2"), v.baselineR2},
        {QStringLiteral("seconds"), o.seconds},
        {QStringLiteral("params"), o.record.params.describe()},
        {QStringLiteral("fingerprint"), o.record.fingerprint},
        {QStringLiteral("features"), QJsonArray::fromStringList(o.record.featureNames)},
    };
}

} // namespace

int runTrain(QCommandLineParser &p)
{
    if (p.positionalArguments().size() > 1)
        return usageError(QCoreApplication::translate("CliTrain", "train takes no arguments, only options"));
    const bool json = p.isSet(QStringLiteral("json"));
    const QString outDir = p.value(QStringLiteral("out"));
    Result<Storage::DatabaseLocation> existing = existingDatabase(p);
    if (!existing)
        return reportError(existing.error());
    const Storage::DatabaseLocation location = *existing;

    watchInterrupts();
    TerminalProgress bar;
    Jobs::JobContext context(
        location, [&bar](double f, const QString &stage) { bar.update(f, stage); }, [] { return interrupted(); });
    Result<Forecast::RoiTrainingOutcome> outcome = Forecast::runRoiTraining(Forecast::XgbParams{}, context);
    bar.finish();
    if (!outcome)
        return reportError(outcome.error());
    if (!outDir.isEmpty()) {
        if (Status s = outcome->record.writeFiles(outDir, QStringLiteral("roi_model")); !s)
            return reportError(s.error());
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(jsonReport(*outcome)).toJson(QJsonDocument::Indented)));
    else
        printOut(textReport(*outcome, outDir));
    return ExitOk;
}

} // namespace Demetra::Cli
