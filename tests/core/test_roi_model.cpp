// The campaign ROI model: record (de)serialisation, the models table, the shipped model (Qt resource), features,
// training on the sample (time-ordered split, beats the channel baseline, progress and cancel), bad data, staleness
// and the predictions with their "why" (contributions sum to the prediction).

#include "core/forecast/data_fingerprint.h"
#include "core/forecast/model_record.h"
#include "core/forecast/model_store.h"
#include "core/forecast/roi_features.h"
#include "core/forecast/roi_model.h"
#include "core/forecast/roi_predictions_job.h"
#include "core/forecast/roi_rows.h"
#include "core/forecast/roi_training_job.h"
#include "core/forecast/xgb_booster.h"
#include "core/forecast/xgb_matrix.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QHash>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace Demetra;
using Demetra::Test::TempDatabase;

namespace {

QString sampleCsv()
{
    return QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv");
}

/// A Kaggle-schema file with `rows` rows spread over `days` days from `start`, in `channels`.
QString writeKaggle(const QString &dir, const QString &name, int rows, int days, const QStringList &channels,
                    const QDate &start = QDate(2025, 1, 1))
{
    QByteArray csv = "Campaign_ID,Target_Audience,Campaign_Goal,Duration,Channel_Used,Conversion_Rate,"
                     "Acquisition_Cost,ROI,Location,Language,Clicks,Impressions,Engagement_Score,"
                     "Customer_Segment,Date,Company\n";
    for (int i = 0; i < rows; ++i) {
        const QString channel = channels[i % channels.size()];
        const int clicks = 100 + (i * 37) % 900;
        const double roi = 0.5 + 0.001 * double(clicks) + (channel == channels.first() ? 1.0 : 0.0);
        csv += QStringLiteral("%1,Men 18-24,Increase Sales,30 Days,%2,0.05,\"$%3.00\",%4,Miami,English,%5,%6,%7,"
                              "Fashion,%8,Acme\n")
                   .arg(1000 + i)
                   .arg(channel)
                   .arg(100 + (i * 13) % 400)
                   .arg(roi, 0, 'f', 3)
                   .arg(clicks)
                   .arg(clicks * 20)
                   .arg(1 + i % 10)
                   .arg(start.addDays(i % days).toString(Qt::ISODate))
                   .toUtf8();
    }
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Analytics::DashboardFilter allTime()
{
    Analytics::DashboardFilter f;
    f.preset = Analytics::DatePreset::AllTime;
    return f;
}

Forecast::XgbParams fastParams()
{
    Forecast::XgbParams p;
    p.rounds = 40;
    return p;
}

} // namespace

class TestRoiModel : public QObject
{
    Q_OBJECT

private slots:
    void recordRoundTripsThroughJsonAndFiles()
    {
        Forecast::ModelRecord r;
        r.kind = QStringLiteral("roi");
        r.createdAt = QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC);
        r.modelJson = "{\"learner\":{}}";
        r.featureNames = {QStringLiteral("channel=VK"), QStringLiteral("month")};
        r.vocabularies = {{QStringLiteral("channel"), {QStringLiteral("VK")}}};
        r.fingerprint = QStringLiteral("10:abc");
        r.params.rounds = 7;
        r.params.eta = 0.3;
        r.validation.mae = 0.25;
        r.validation.r2 = 0.5;
        r.validation.baselineMae = 0.4;
        r.validation.baselineR2 = 0.1;
        r.validation.rowsTrain = 800;
        r.validation.rowsValidation = 200;
        r.validation.rowsSkipped = 3;
        r.validation.firstDay = QDate(2026, 1, 1);
        r.validation.splitDay = QDate(2026, 8, 1);
        r.validation.lastDay = QDate(2026, 8, 31);

        Result<Forecast::ModelRecord> back = Forecast::ModelRecord::fromMetaJson(r.toMetaJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->kind, r.kind);
        QCOMPARE(back->createdAt, r.createdAt);
        QCOMPARE(back->featureNames, r.featureNames);
        QCOMPARE(back->vocabularies, r.vocabularies);
        QCOMPARE(back->fingerprint, r.fingerprint);
        QCOMPARE(back->params.rounds, 7);
        QCOMPARE(back->params.eta, 0.3);
        QVERIFY(back->validation == r.validation);
        QVERIFY(back->modelJson.isEmpty());

        QTemporaryDir dir;
        QVERIFY(r.writeFiles(dir.path(), QStringLiteral("roi_model")));
        Result<Forecast::ModelRecord> files = Forecast::ModelRecord::readFiles(dir.path(), QStringLiteral("roi_model"));
        QVERIFY(files);
        QCOMPARE(files->modelJson, r.modelJson);
        QVERIFY(files->validation == r.validation);

        for (const QByteArray &bad : {QByteArray("not json"), QByteArray("{\"format\": 99}"), QByteArray("[]"),
                                      QByteArray("{\"format\":1,\"kind\":\"roi\",\"features\":[]}")}) {
            Result<Forecast::ModelRecord> e = Forecast::ModelRecord::fromMetaJson(bad);
            QVERIFY(!e);
            QCOMPARE(e.error().code, ErrorCode::BadInput);
        }
        Result<Forecast::ModelRecord> missing = Forecast::ModelRecord::readFiles(dir.path(), QStringLiteral("none"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void shippedModelIsEmbeddedAndUsable()
    {
        Result<Forecast::ModelRecord> shipped = Forecast::ModelStore::shipped(QStringLiteral("roi"));
        QVERIFY2(shipped, qPrintable(shipped ? QString() : shipped.error().toString()));
        QVERIFY(shipped->shipped);
        QCOMPARE(shipped->kind, QStringLiteral("roi"));
        Result<Forecast::RoiFeatures> features = Forecast::RoiFeatures::fromRecord(*shipped);
        QVERIFY2(features, qPrintable(features ? QString() : features.error().toString()));
        Result<Forecast::XgbBooster> booster = Forecast::XgbBooster::loadJson(shipped->modelJson);
        QVERIFY(booster);
        QCOMPARE(booster->featureCount(), features->columnCount());
        QCOMPARE(features->vocabularies().first().values.size(), 8); // the sample's eight channels
        QVERIFY(shipped->validation.mae < shipped->validation.baselineMae);
    }

    void storeSavesReplacesAndLoads()
    {
        TempDatabase tmp;
        Storage::Database db = tmp.open();
        Result<std::optional<Forecast::ModelRecord>> none = Forecast::ModelStore::load(db, QStringLiteral("roi"));
        QVERIFY(none);
        QVERIFY(!none->has_value());

        Result<Forecast::ModelRecord> shipped = Forecast::ModelStore::shipped(QStringLiteral("roi"));
        QVERIFY(shipped);
        Result<Forecast::ModelRecord> current = Forecast::ModelStore::current(db, QStringLiteral("roi"));
        QVERIFY(current && current->shipped);

        Forecast::ModelRecord first = *shipped;
        first.fingerprint = QStringLiteral("first");
        QVERIFY(Forecast::ModelStore::save(db, first));
        Forecast::ModelRecord second = *shipped;
        second.fingerprint = QStringLiteral("second");
        QVERIFY(Forecast::ModelStore::save(db, second));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM models")), 1);
        Result<std::optional<Forecast::ModelRecord>> loaded = Forecast::ModelStore::load(db, QStringLiteral("roi"));
        QVERIFY(loaded && loaded->has_value());
        QCOMPARE((*loaded)->fingerprint, QStringLiteral("second"));
        QCOMPARE((*loaded)->modelJson, shipped->modelJson);
        QVERIFY(!(*loaded)->shipped);
    }

    void featuresEncodeTheStoredFacts()
    {
        TempDatabase tmp;
        QVERIFY(tmp.importOne(sampleCsv()).ok());
        Storage::Database db = tmp.open();
        Result<Forecast::RoiRows> rows = Forecast::RoiRows::load(db, true);
        QVERIFY(rows);
        QCOMPARE(rows->size(), qsizetype(20000));
        const Forecast::RoiFeatures f = Forecast::RoiFeatures::fromRows(*rows);
        QCOMPARE(f.vocabularies().size(), 6);
        QCOMPARE(f.vocabularies()[Forecast::RoiRows::Channel].values.size(), 8);
        const QStringList names = f.featureNames();
        QCOMPARE(names.size(), f.columnCount());
        QCOMPARE(names.last(), QStringLiteral("engagement_score"));
        QVERIFY(names.contains(QStringLiteral("channel=Instagram")));

        const Forecast::RoiFeatures::Matrix m = f.encodeAll(*rows);
        QCOMPARE(m.rows, rows->size());
        QCOMPARE(m.unseenRows, 0);
        const int cols = f.columnCount();
        const int numeric = cols - Forecast::RoiFeatures::kNumericCount;
        for (qsizetype i = 0; i < m.rows; i += 997) {
            const float *row = m.values.constData() + i * cols;
            int ones = 0;
            for (int c = 0; c < numeric; ++c) {
                QVERIFY(row[c] == 0.0f || row[c] == 1.0f);
                ones += row[c] == 1.0f;
            }
            QCOMPARE(ones, 6); // one value per attribute
            const int channelCol =
                names.indexOf(QStringLiteral("channel=") +
                              rows->values[Forecast::RoiRows::Channel][rows->codes[Forecast::RoiRows::Channel][i]]);
            QCOMPARE(row[channelCol], 1.0f);
            const QDate day = QDate::fromJulianDay(rows->day[i]);
            QCOMPARE(row[numeric + 1], float(day.month()));
            QCOMPARE(row[numeric + 2], float(day.dayOfWeek() - 1));
            QCOMPARE(row[numeric + 3], float(std::log1p(rows->clicks[i])));
            QCOMPARE(row[numeric + 4], float(std::log1p(rows->impressions[i])));
            QCOMPARE(row[numeric + 5], float(rows->clicks[i] / rows->impressions[i]));
        }
        // A filter narrows the rows (Instagram only).
        Analytics::AnalyticsFilter instagram;
        instagram.channels = {QStringLiteral("Instagram")};
        Result<Forecast::RoiRows> some = Forecast::RoiRows::load(db, true, &instagram);
        QVERIFY(some);
        QVERIFY(some->size() > 0 && some->size() < rows->size());
        for (const qint32 c : some->codes[Forecast::RoiRows::Channel])
            QCOMPARE(some->values[Forecast::RoiRows::Channel][c], QStringLiteral("Instagram"));
    }

    void nonFiniteRowsAreSkippedAndCounted()
    {
        Forecast::RoiRows rows;
        rows.values[Forecast::RoiRows::Channel] = {QStringLiteral("A"), QStringLiteral("B")};
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        for (int i = 0; i < 400; ++i) {
            rows.day << 2460000 + i % 20;
            rows.campaignId << i;
            rows.channelId << i % 2;
            for (int a = 0; a < Forecast::RoiRows::AttributeCount; ++a)
                rows.codes[a] << (a == 0 ? i % 2 : -1);
            rows.durationDays << 30.0f;
            rows.clicks << (i == 5 ? inf : 100.0 + i);
            rows.impressions << (i == 6 ? -1.0 : 1000.0);
            rows.engagement << (i == 7 ? nan : 5.0); // missing: kept
            rows.spend << 100.0;
            rows.revenue << (i == 8 ? nan : 150.0 + i);
        }
        Result<Forecast::RoiSplit> split = Forecast::RoiModel::timeSplit(rows);
        QVERIFY2(split, qPrintable(split ? QString() : split.error().toString()));
        QCOMPARE(split->skipped, qint64(3)); // inf clicks, negative impressions, unknown revenue
        QCOMPARE(split->train.size() + split->validation.size(), qsizetype(397));
        QCOMPARE(split->splitDay, QDate::fromJulianDay(2460016)); // last 4 of 20 days validate
        for (const qint32 i : split->train)
            QVERIFY(rows.day[i] < 2460016);
        for (const qint32 i : split->validation)
            QVERIFY(rows.day[i] >= 2460016);
        Result<Forecast::RoiTrainedModel> model = Forecast::RoiModel::train(rows, *split, fastParams());
        QVERIFY(model);
        QVERIFY(std::isfinite(model->validation.mae));
    }

    void tooLittleDataIsAClearError()
    {
        TempDatabase tmp;
        QVERIFY(tmp.importOne(writeKaggle(tmp.dir(), QStringLiteral("few.csv"), 150, 30, {QStringLiteral("VK")})).ok());
        Jobs::JobContext context(tmp.location());
        Result<Forecast::RoiTrainingOutcome> r = Forecast::runRoiTraining(fastParams(), context);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::BadInput);
        QVERIFY2(r.error().message.contains(QStringLiteral("at least 200 rows")), qPrintable(r.error().message));

        TempDatabase oneDay;
        QVERIFY(oneDay.importOne(writeKaggle(oneDay.dir(), QStringLiteral("day.csv"), 500, 1, {QStringLiteral("VK")}))
                    .ok());
        Jobs::JobContext context2(oneDay.location());
        Result<Forecast::RoiTrainingOutcome> r2 = Forecast::runRoiTraining(fastParams(), context2);
        QVERIFY(!r2);
        QCOMPARE(r2.error().code, ErrorCode::BadInput);
        QVERIFY(r2.error().detail.contains(QStringLiteral("1 distinct days")));

        TempDatabase empty;
        Jobs::JobContext context3(empty.location());
        QVERIFY(!Forecast::runRoiTraining(fastParams(), context3));
    }

    void trainsOnTheSampleAndBeatsTheChannelBaseline()
    {
        TempDatabase tmp;
        QVERIFY(tmp.importOne(sampleCsv()).ok());
        QList<double> progress;
        Jobs::JobContext context(tmp.location(), [&](double f, const QString &) { progress << f; });
        Result<Forecast::RoiTrainingOutcome> r = Forecast::runRoiTraining(Forecast::XgbParams{}, context);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(r->trained);
        const Forecast::ModelValidation &v = r->record.validation;
        QCOMPARE(v.rowsTrain + v.rowsValidation + v.rowsSkipped, qint64(20000));
        QVERIFY(v.rowsValidation > 2000 && v.rowsValidation < 6000);
        QVERIFY2(v.mae < v.baselineMae, qPrintable(QStringLiteral("%1 vs %2").arg(v.mae).arg(v.baselineMae)));
        QVERIFY2(v.r2 > v.baselineR2 + 0.05, qPrintable(QStringLiteral("%1 vs %2").arg(v.r2).arg(v.baselineR2)));
        QVERIFY(v.splitDay > v.firstDay && v.splitDay <= v.lastDay);
        QVERIFY(progress.size() > 200); // one report per round
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));

        Storage::Database db = tmp.open();
        Result<std::optional<Forecast::ModelRecord>> saved = Forecast::ModelStore::load(db, QStringLiteral("roi"));
        QVERIFY(saved && saved->has_value());
        QCOMPARE((*saved)->fingerprint, *Forecast::DataFingerprint::compute(db));
        QVERIFY((*saved)->validation == v);
        QCOMPARE(Forecast::roiModelIsStale(db).value_or(true), false);

        // Deterministic: the same data and parameters give the same model.
        Jobs::JobContext again(tmp.location());
        Result<Forecast::RoiTrainingOutcome> r2 = Forecast::runRoiTraining(Forecast::XgbParams{}, again);
        QVERIFY(r2);
        QCOMPARE(r2->record.validation.mae, v.mae);

        // Up to date: the "if stale" job does not train.
        Jobs::JobContext ifStale(tmp.location());
        Result<Forecast::RoiTrainingOutcome> skipped = Forecast::runRoiTrainingIfStale(fastParams(), ifStale);
        QVERIFY(skipped);
        QVERIFY(!skipped->trained);

        // New data: the fingerprint changes, the model is stale and the job trains.
        const QString before = *Forecast::DataFingerprint::compute(db);
        QVERIFY(tmp.importOne(writeKaggle(tmp.dir(), QStringLiteral("more.csv"), 300, 30, {QStringLiteral("VK")},
                                          QDate(2026, 1, 1)))
                    .ok());
        QVERIFY(*Forecast::DataFingerprint::compute(db) != before);
        QCOMPARE(Forecast::roiModelIsStale(db).value_or(false), true);
        Jobs::JobContext retrain(tmp.location());
        Result<Forecast::RoiTrainingOutcome> retrained = Forecast::runRoiTrainingIfStale(fastParams(), retrain);
        QVERIFY(retrained);
        QVERIFY(retrained->trained);
        QCOMPARE(Forecast::roiModelIsStale(db).value_or(true), false);
    }

    void cancelLeavesThePreviousModel()
    {
        TempDatabase tmp;
        QVERIFY(tmp.importOne(sampleCsv()).ok());
        {
            Jobs::JobContext context(tmp.location());
            QVERIFY(Forecast::runRoiTraining(fastParams(), context));
        }
        Storage::Database db = tmp.open();
        const QByteArray before = (*Forecast::ModelStore::load(db, QStringLiteral("roi")))->modelJson;
        int rounds = 0;
        Jobs::JobContext context(
            tmp.location(), [&](double, const QString &) { ++rounds; }, [&] { return rounds > 10; });
        Result<Forecast::RoiTrainingOutcome> r = Forecast::runRoiTraining(Forecast::XgbParams{}, context);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(rounds < 20);
        QCOMPARE((*Forecast::ModelStore::load(db, QStringLiteral("roi")))->modelJson, before);
    }

    void predictionsExplainThemselves()
    {
        TempDatabase tmp;
        QVERIFY(tmp.importOne(sampleCsv()).ok());
        {
            // Before training: the shipped model answers, and says so.
            Jobs::JobContext context(tmp.location());
            Result<Forecast::RoiPredictions> p = Forecast::loadRoiPredictions(allTime(), context);
            QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
            QVERIFY(p->model.shipped);
            QVERIFY(!p->campaigns.isEmpty());
        }
        {
            Jobs::JobContext context(tmp.location());
            QVERIFY(Forecast::runRoiTraining(fastParams(), context));
        }
        Jobs::JobContext context(tmp.location());
        Result<Forecast::RoiPredictions> p = Forecast::loadRoiPredictions(allTime(), context);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        QVERIFY(!p->model.shipped);
        QVERIFY(!p->model.stale);
        QCOMPARE(p->rows, qint64(20000));
        QCOMPARE(p->unseenRows, qint64(0));
        QVERIFY(p->campaigns.size() > 10);
        for (qsizetype i = 1; i < p->campaigns.size(); ++i)
            QVERIFY(p->campaigns[i - 1].spend >= p->campaigns[i].spend);

        // The list carries no contributions (too slow for every campaign); the explanation of one campaign does:
        // grouped per attribute, bias included, they sum to the prediction, which matches the list's.
        for (const Forecast::RoiCampaignPrediction &c : p->campaigns)
            QVERIFY(c.contributions.isEmpty());
        for (const qsizetype k : {qsizetype(0), qsizetype(1), p->campaigns.size() / 2, p->campaigns.size() - 1}) {
            const Forecast::RoiCampaignPrediction &c = p->campaigns[k];
            Jobs::JobContext explainContext(tmp.location());
            Result<Forecast::RoiCampaignPrediction> e =
                Forecast::explainRoiPrediction(allTime(), c.campaignId, c.channel, explainContext);
            QVERIFY2(e, qPrintable(e ? QString() : e.error().toString()));
            QCOMPARE(e->campaignId, c.campaignId);
            QCOMPARE(e->channel, c.channel);
            QCOMPARE(e->rows, c.rows);
            QCOMPARE(e->contributions.size(), Forecast::RoiFeatures::kGroupCount);
            QCOMPARE(e->contributions.last().group, QStringLiteral("bias"));
            double sum = 0.0;
            for (const Forecast::RoiContribution &g : e->contributions)
                sum += g.value;
            QVERIFY2(std::abs(sum - e->predictedRoi) < 1e-6, qPrintable(c.campaign));
            QVERIFY2(std::abs(e->predictedRoi - c.predictedRoi) < 1e-4,
                     qPrintable(QStringLiteral("%1 vs %2").arg(e->predictedRoi).arg(c.predictedRoi)));
            for (qsizetype i = 2; i + 1 < e->contributions.size(); ++i)
                QVERIFY(std::abs(e->contributions[i - 1].value) >= std::abs(e->contributions[i].value));
            for (const Forecast::RoiContribution &g : e->contributions) {
                if (g.group == QLatin1String("channel"))
                    QCOMPARE(g.label, QStringLiteral("Channel = ") + c.channel);
            }
        }
        {
            const Forecast::RoiCampaignPrediction &c = p->campaigns.first();
            Jobs::JobContext explainContext(tmp.location());
            Result<Forecast::RoiCampaignPrediction> e =
                Forecast::explainRoiPrediction(allTime(), c.campaignId, QStringLiteral("Nowhere"), explainContext);
            QVERIFY(!e);
            QCOMPARE(e.error().code, ErrorCode::NotFound);
        }

        // The prediction is the spend-weighted mean of the model's own predictions for the campaign's rows,
        // computed here independently through XgbBooster::predict.
        const Forecast::RoiCampaignPrediction &top = p->campaigns.first();
        Storage::Database db = tmp.open();
        Result<Forecast::ModelRecord> record = Forecast::ModelStore::current(db, QStringLiteral("roi"));
        QVERIFY(record);
        Result<Forecast::RoiFeatures> features = Forecast::RoiFeatures::fromRecord(*record);
        QVERIFY(features);
        Result<Forecast::XgbBooster> booster = Forecast::XgbBooster::loadJson(record->modelJson);
        QVERIFY(booster);
        Analytics::AnalyticsFilter only;
        only.campaignIds = {top.campaignId};
        only.channels = {top.channel};
        Result<Forecast::RoiRows> rows = Forecast::RoiRows::load(db, false, &only);
        QVERIFY(rows);
        QCOMPARE(qint64(rows->size()), top.rows);
        const Forecast::RoiFeatures::Matrix x = features->encodeAll(*rows);
        Result<Forecast::XgbMatrix> m = Forecast::XgbMatrix::create(x.values.constData(), std::size_t(x.rows),
                                                                    std::size_t(features->columnCount()));
        QVERIFY(m);
        Result<QList<float>> predicted = booster->predict(*m);
        QVERIFY(predicted);
        double weighted = 0.0;
        double spend = 0.0;
        double revenue = 0.0;
        for (qsizetype i = 0; i < rows->size(); ++i) {
            weighted += rows->spend[i] * double((*predicted)[i]);
            spend += rows->spend[i];
            revenue += rows->revenue[i];
        }
        QVERIFY2(std::abs(weighted / spend - top.predictedRoi) < 1e-4,
                 qPrintable(QStringLiteral("%1 vs %2").arg(weighted / spend).arg(top.predictedRoi)));
        QVERIFY(std::abs(top.spend - spend) < 1e-6);
        QVERIFY(top.hasActual);
        QVERIFY(std::abs(top.actualRoi - (revenue - spend) / spend) < 1e-9);

        // A channel filter narrows the campaigns.
        Analytics::DashboardFilter vk = allTime();
        vk.channels = {QStringLiteral("VK")};
        Jobs::JobContext vkContext(tmp.location());
        Result<Forecast::RoiPredictions> vkOnly = Forecast::loadRoiPredictions(vk, vkContext);
        QVERIFY(vkOnly);
        QVERIFY(!vkOnly->campaigns.isEmpty());
        for (const Forecast::RoiCampaignPrediction &c : vkOnly->campaigns)
            QCOMPARE(c.channel, QStringLiteral("VK"));
    }

    void unseenCategoriesAreCountedNotFatal()
    {
        TempDatabase tmp;
        QVERIFY(tmp.importOne(sampleCsv()).ok());
        {
            Jobs::JobContext context(tmp.location());
            QVERIFY(Forecast::runRoiTraining(fastParams(), context));
        }
        QVERIFY(tmp.importOne(writeKaggle(tmp.dir(), QStringLiteral("snap.csv"), 50, 10, {QStringLiteral("Snapchat")}))
                    .ok());
        Jobs::JobContext context(tmp.location());
        Result<Forecast::RoiPredictions> p = Forecast::loadRoiPredictions(allTime(), context);
        QVERIFY(p);
        QCOMPARE(p->unseenRows, qint64(50));
        QVERIFY(p->model.stale);
    }

    void damagedOrForeignModelsGiveClearErrors()
    {
        TempDatabase tmp;
        QVERIFY(tmp.importOne(sampleCsv()).ok());
        Storage::Database db = tmp.open();
        Result<Forecast::ModelRecord> shipped = Forecast::ModelStore::shipped(QStringLiteral("roi"));
        QVERIFY(shipped);

        Forecast::ModelRecord corrupt = *shipped;
        corrupt.modelJson = "{ this is not a model";
        QVERIFY(Forecast::ModelStore::save(db, corrupt));
        Jobs::JobContext c1(tmp.location());
        Result<Forecast::RoiPredictions> p1 = Forecast::loadRoiPredictions(allTime(), c1);
        QVERIFY(!p1);
        QCOMPARE(p1.error().code, ErrorCode::BadInput);

        Forecast::ModelRecord foreign = *shipped;
        foreign.featureNames.removeLast();
        QVERIFY(Forecast::ModelStore::save(db, foreign));
        Jobs::JobContext c2(tmp.location());
        Result<Forecast::RoiPredictions> p2 = Forecast::loadRoiPredictions(allTime(), c2);
        QVERIFY(!p2);
        QCOMPARE(p2.error().code, ErrorCode::BadInput);
        QVERIFY(p2.error().message.contains(QStringLiteral("other features")));

        Forecast::ModelRecord wrongWidth = *shipped;
        wrongWidth.vocabularies[0].values << QStringLiteral("Myspace");
        wrongWidth.featureNames = Forecast::RoiFeatures::fromRecord(*shipped)->featureNames();
        wrongWidth.featureNames.insert(8, QStringLiteral("channel=Myspace"));
        QVERIFY(Forecast::ModelStore::save(db, wrongWidth));
        Jobs::JobContext c3(tmp.location());
        Result<Forecast::RoiPredictions> p3 = Forecast::loadRoiPredictions(allTime(), c3);
        QVERIFY(!p3);
        QVERIFY(p3.error().message.contains(QStringLiteral("other features")));

        // A meta row that is not a record at all.
        QVERIFY(db.exec(QStringLiteral("UPDATE models SET meta = 'garbage'")));
        Jobs::JobContext c4(tmp.location());
        Result<Forecast::RoiPredictions> p4 = Forecast::loadRoiPredictions(allTime(), c4);
        QVERIFY(!p4);
        QCOMPARE(p4.error().code, ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestRoiModel)
#include "test_roi_model.moc"
