// demetra-roi-bench: times the campaign ROI model's training path on a Kaggle-schema CSV and prints one JSON line
// per split kind.
//   demetra-roi-bench --csv FILE --workdir DIR [--runs N] [--rounds N] [--seed N] [--reuse]
// The file is imported into DIR/roi_bench.sqlite first (not timed; --reuse keeps an existing one). Then, per run:
// reading the facts from the store (SQLite C API), the split, the one-hot/numeric encoding, the DMatrix and 200
// boosting rounds (hist, depth 6, eta 0.1, 2 threads, seed 0: the parameters of /work/shared/bench/train_models.py
// --model xgb). Validation R²/MAE are printed for the time-ordered split the app uses and for a seeded random 80/20
// split (the peer's kind).

#include "core/forecast/roi_model.h"
#include "core/forecast/roi_rows.h"
#include "core/import/import_job.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Demetra;

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString csv = option(args, QStringLiteral("--csv"));
    const QString workdir = option(args, QStringLiteral("--workdir"));
    if (csv.isEmpty() || workdir.isEmpty()) {
        std::fprintf(
            stderr, "usage: demetra-roi-bench --csv FILE --workdir DIR [--runs N] [--rounds N] [--seed N] [--reuse]\n");
        return 2;
    }
    const int runs = qMax(1, option(args, QStringLiteral("--runs"), QStringLiteral("1")).toInt());
    const quint64 seed = option(args, QStringLiteral("--seed"), QStringLiteral("0")).toULongLong();
    Forecast::XgbParams params;
    params.rounds = qMax(1, option(args, QStringLiteral("--rounds"), QStringLiteral("200")).toInt());

    QDir().mkpath(workdir);
    const QString dbPath = QDir(workdir).filePath(QStringLiteral("roi_bench.sqlite"));
    const bool reuse = args.contains(QStringLiteral("--reuse")) && QFile::exists(dbPath);
    if (!reuse) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath + suffix);
    }
    const Storage::DatabaseLocation location{dbPath};
    if (!reuse) {
        QElapsedTimer t;
        t.start();
        Jobs::JobContext context(location);
        Result<Import::ImportOutcome> imported = Import::runImport(Import::ImportRequest{{csv}, {}}, context);
        if (!imported || imported->files.isEmpty() || imported->files.first().error) {
            std::fprintf(stderr, "demetra-roi-bench: import failed: %s\n",
                         qPrintable(!imported                   ? imported.error().toString()
                                    : imported->files.isEmpty() ? QStringLiteral("no file")
                                                                : imported->files.first().error->toString()));
            return 4;
        }
        std::fprintf(stderr, "imported %s in %.2f s (not timed below)\n", qPrintable(csv), seconds(t));
    }
    Result<Storage::Database> db = Storage::Database::open(location);
    if (!db) {
        std::fprintf(stderr, "demetra-roi-bench: %s\n", qPrintable(db.error().toString()));
        return 4;
    }

    for (int run = 0; run < runs; ++run) {
        for (const bool timeOrdered : {true, false}) {
            QElapsedTimer t;
            t.start();
            Result<Forecast::RoiRows> rows = Forecast::RoiRows::load(*db, true);
            if (!rows) {
                std::fprintf(stderr, "demetra-roi-bench: %s\n", qPrintable(rows.error().toString()));
                return 4;
            }
            const double readS = seconds(t);
            t.restart();
            Result<Forecast::RoiSplit> split =
                timeOrdered ? Forecast::RoiModel::timeSplit(*rows) : Forecast::RoiModel::randomSplit(*rows, 0.8, seed);
            if (!split) {
                std::fprintf(stderr, "demetra-roi-bench: %s\n", qPrintable(split.error().toString()));
                return 3;
            }
            const double splitS = seconds(t);
            Result<Forecast::RoiTrainedModel> model = Forecast::RoiModel::train(*rows, *split, params);
            if (!model) {
                std::fprintf(stderr, "demetra-roi-bench: %s\n", qPrintable(model.error().toString()));
                return 4;
            }
            const Forecast::ModelValidation &v = model->validation;
            const double features = readS + splitS + model->encodeSeconds;
            const QJsonObject line{
                {QStringLiteral("run"), run + 1},
                {QStringLiteral("split"), timeOrdered ? QStringLiteral("time") : QStringLiteral("random80")},
                {QStringLiteral("seed"), timeOrdered ? QJsonValue() : QJsonValue(qint64(seed))},
                {QStringLiteral("rows"), rows->size()},
                {QStringLiteral("n_train"), v.rowsTrain},
                {QStringLiteral("n_test"), v.rowsValidation},
                {QStringLiteral("n_features"), model->features.columnCount()},
                {QStringLiteral("read_s"), readS},
                {QStringLiteral("split_s"), splitS},
                {QStringLiteral("encode_s"), model->encodeSeconds},
                {QStringLiteral("features_split_s"), features},
                {QStringLiteral("dmatrix_s"), model->matrixSeconds},
                {QStringLiteral("train_s"), model->trainSeconds},
                {QStringLiteral("total_s"), features + model->matrixSeconds + model->trainSeconds},
                {QStringLiteral("r2"), v.r2},
                {QStringLiteral("mae"), v.mae},
                {QStringLiteral("baseline_r2"), v.baselineR2},
                {QStringLiteral("baseline_mae"), v.baselineMae},
            };
            std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
        }
    }
    return 0;
}
