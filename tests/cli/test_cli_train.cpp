// demetra-cli train end to end: trains on the imported sample, prints the metrics as text and JSON, writes the model
// files with --out (loadable, with a record that matches them), and fails clearly without data.

#include "core/forecast/model_record.h"
#include "core/forecast/roi_features.h"
#include "core/forecast/xgb_booster.h"
#include "tests/cli/cli_test_support.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using Demetra::Test::CliRun;
using Demetra::Test::runCli;

namespace {

QString sampleCsv()
{
    return QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv");
}

} // namespace

class TestCliTrain : public QObject
{
    Q_OBJECT

private slots:
    void trainsPrintsAndWritesTheModel()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, sampleCsv()}, dir.path());
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());

        const QString out = dir.filePath(QStringLiteral("model"));
        const CliRun r = runCli({QStringLiteral("train"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                                 QStringLiteral("--out"), out},
                                dir.path());
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(doc.isObject(), r.describe().constData());
        const QJsonObject o = doc.object();
        for (const char *key : {"model", "rows_train", "rows_validation", "split_day", "mae", "r2", "baseline_mae",
                                "baseline_r2", "seconds", "features"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("roi"));
        QCOMPARE(o.value(QStringLiteral("rows_train")).toInteger() +
                     o.value(QStringLiteral("rows_validation")).toInteger(),
                 qint64(20000));
        const QDate split = QDate::fromString(o.value(QStringLiteral("split_day")).toString(), Qt::ISODate);
        QVERIFY(split > QDate(2025, 11, 1) && split < QDate(2026, 11, 1));
        QVERIFY(o.value(QStringLiteral("mae")).toDouble() < o.value(QStringLiteral("baseline_mae")).toDouble());
        QVERIFY(o.value(QStringLiteral("r2")).toDouble() > o.value(QStringLiteral("baseline_r2")).toDouble());
        QVERIFY(o.value(QStringLiteral("seconds")).toDouble() > 0.0);
        const QJsonArray features = o.value(QStringLiteral("features")).toArray();
        QVERIFY(features.contains(QStringLiteral("channel=Instagram")));
        QVERIFY(features.contains(QStringLiteral("log_clicks")));

        // The files: a record that matches the JSON and a model XGBoost loads, with as many features as listed.
        Demetra::Result<Demetra::Forecast::ModelRecord> record =
            Demetra::Forecast::ModelRecord::readFiles(out, QStringLiteral("roi_model"));
        QVERIFY2(record, qPrintable(record ? QString() : record.error().toString()));
        QCOMPARE(record->featureNames.size(), features.size());
        QCOMPARE(record->validation.mae, o.value(QStringLiteral("mae")).toDouble());
        QVERIFY(Demetra::Forecast::RoiFeatures::fromRecord(*record));
        Demetra::Result<Demetra::Forecast::XgbBooster> booster =
            Demetra::Forecast::XgbBooster::loadJson(record->modelJson);
        QVERIFY(booster);
        QCOMPARE(booster->featureCount(), int(features.size()));

        // Text output: the metrics against the baseline, nothing on stdout but the report.
        const CliRun text = runCli({QStringLiteral("train"), QStringLiteral("--db"), db}, dir.path());
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        QVERIFY(text.out.contains("Validation MAE"));
        QVERIFY(text.out.contains("channel-average baseline"));
        QVERIFY(text.out.contains("Saved as the database's current ROI model."));
    }

    void failsClearlyWithoutData()
    {
        QTemporaryDir dir;
        const CliRun missing = runCli(
            {QStringLiteral("train"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite"))}, dir.path());
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains("There is no database"));
        QVERIFY(missing.out.isEmpty());

        QByteArray csv = "Campaign_ID,Target_Audience,Campaign_Goal,Duration,Channel_Used,Conversion_Rate,"
                         "Acquisition_Cost,ROI,Location,Language,Clicks,Impressions,Engagement_Score,"
                         "Customer_Segment,Date,Company\n";
        for (int i = 0; i < 60; ++i)
            csv += QStringLiteral("%1,Men 18-24,Increase Sales,30 Days,VK,0.05,\"$100.00\",1.5,Moscow,Russian,100,"
                                  "2000,5,Food,2025-01-%2,Acme\n")
                       .arg(i + 1)
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .toUtf8();
        const QString file = dir.filePath(QStringLiteral("few.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const QString db = dir.filePath(QStringLiteral("few.sqlite"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, file}, dir.path()).exitCode, 0);
        const CliRun few =
            runCli({QStringLiteral("train"), QStringLiteral("--db"), db, QStringLiteral("--json")}, dir.path());
        QCOMPARE(few.exitCode, 3);
        QVERIFY2(few.err.contains("Not enough data to train the ROI model"), few.describe().constData());
        QVERIFY(few.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "test_cli_train.moc"
