#include "core/forecast/roi_predictions_job.h"

#include "core/analytics/analytics_service.h"
#include "core/forecast/data_fingerprint.h"
#include "core/forecast/model_store.h"
#include "core/forecast/roi_features.h"
#include "core/forecast/roi_model.h"
#include "core/forecast/roi_rows.h"
#include "core/forecast/xgb_booster.h"
#include "core/forecast/xgb_matrix.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace Demetra::Forecast {

namespace {

QString attributeLabel(int attribute)
{
    switch (attribute) {
    case RoiRows::Channel:
        return QCoreApplication::translate("RoiPredictions", "Channel");
    case RoiRows::Goal:
        return QCoreApplication::translate("RoiPredictions", "Goal");
    case RoiRows::Audience:
        return QCoreApplication::translate("RoiPredictions", "Audience");
    case RoiRows::Segment:
        return QCoreApplication::translate("RoiPredictions", "Segment");
    case RoiRows::Location:
        return QCoreApplication::translate("RoiPredictions", "Location");
    default:
        return QCoreApplication::translate("RoiPredictions", "Language");
    }
}

QString numericLabel(int numeric)
{
    switch (numeric) {
    case 0:
        return QCoreApplication::translate("RoiPredictions", "Duration (days)");
    case 1:
        return QCoreApplication::translate("RoiPredictions", "Month");
    case 2:
        return QCoreApplication::translate("RoiPredictions", "Day of week");
    case 3:
        return QCoreApplication::translate("RoiPredictions", "Clicks (log)");
    case 4:
        return QCoreApplication::translate("RoiPredictions", "Impressions (log)");
    case 5:
        return QCoreApplication::translate("RoiPredictions", "CTR");
    default:
        return QCoreApplication::translate("RoiPredictions", "Engagement score");
    }
}

struct Accumulator
{
    qint64 campaignId = 0;
    qint32 channelCode = -1;
    qint64 rows = 0;
    double weight = 0.0;
    double spendWithRevenue = 0.0;
    double revenue = 0.0;
    double prediction = 0.0;                                     ///< Σ spend × prediction (plain predictions)
    std::array<double, RoiFeatures::kGroupCount> contribution{}; ///< Σ spend × contribution per group (explained)
    std::array<qint32, RoiRows::AttributeCount> code{};
    std::array<bool, RoiRows::AttributeCount> mixed{};
};

Error cancelled()
{
    return Error{ErrorCode::Cancelled, QCoreApplication::translate("RoiPredictions", "Cancelled"), QString()};
}

struct LoadedModel
{
    ModelRecord record;
    RoiFeatures features;
    XgbBooster booster;
};

/// The current model, checked against the features this build computes.
Result<LoadedModel> loadModel(const Storage::Database &db)
{
    Result<ModelRecord> record = ModelStore::current(db, QString::fromLatin1(RoiModel::kKind));
    if (!record)
        return forward(record);
    Result<RoiFeatures> features = RoiFeatures::fromRecord(*record);
    if (!features)
        return forward(features);
    Result<XgbBooster> booster = XgbBooster::loadJson(record->modelJson);
    if (!booster)
        return forward(booster);
    if (booster->featureCount() != features->columnCount()) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("RoiModel",
                                                "The saved model was trained on other features than this version of "
                                                "Demetra uses; train it again."),
                    QStringLiteral("model has %1 features, its record lists %2")
                        .arg(booster->featureCount())
                        .arg(features->columnCount()));
    }
    return LoadedModel{std::move(*record), std::move(*features), std::move(*booster)};
}

struct Predicted
{
    QList<RoiCampaignPrediction> campaigns;
    qint64 rows = 0;
    qint64 unseenRows = 0;
    qint64 skippedRows = 0;
};

Result<QHash<qint64, QString>> campaignNames(const Storage::Database &db, const QList<Accumulator> &acc)
{
    QHash<qint64, QString> names;
    QHash<qint64, bool> wanted;
    for (const Accumulator &a : acc)
        wanted.insert(a.campaignId, true);
    const bool few = wanted.size() <= 64;
    Result<Storage::Statement> st =
        Storage::Statement::prepare(db, few ? QStringLiteral("SELECT id, name FROM campaigns WHERE id = ?")
                                            : QStringLiteral("SELECT id, name FROM campaigns"));
    if (!st)
        return forward(st);
    const auto read = [&]() -> Status {
        Result<bool> row;
        while ((row = st->next()) && *row) {
            const qint64 id = st->columnInt64(0);
            if (wanted.contains(id))
                names.insert(id, st->columnText(1));
        }
        if (!row)
            return tl::unexpected(row.error());
        return {};
    };
    if (few) {
        for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
            st->bind(1, it.key());
            if (Status s = read(); !s)
                return tl::unexpected(s.error());
        }
    } else if (Status s = read(); !s) {
        return tl::unexpected(s.error());
    }
    return names;
}

/// Predicts the facts `filter` selects, per campaign and channel; with `explain`, through exact contributions
/// (slow: for a few campaigns), else through plain predictions.
Result<Predicted> predict(const Storage::Database &db, const LoadedModel &model,
                          const Analytics::AnalyticsFilter &filter, bool explain, const Jobs::JobContext &context)
{
    Predicted out;
    Result<RoiRows> rows = RoiRows::load(db, false, &filter);
    if (!rows)
        return forward(rows);
    QList<qint32> usable;
    usable.reserve(rows->size());
    for (qsizetype i = 0; i < rows->size(); ++i) {
        if (RoiFeatures::rowIsFinite(*rows, i))
            usable << qint32(i);
        else
            ++out.skippedRows;
    }
    if (usable.isEmpty())
        return out;
    if (context.isCancelled())
        return tl::unexpected(cancelled());

    context.progress(0.4, QCoreApplication::translate("RoiPredictions", "Predicting"));
    const RoiFeatures &features = model.features;
    const RoiFeatures::Matrix x = features.encode(*rows, usable);
    out.rows = x.rows;
    out.unseenRows = x.unseenRows;
    const int columns = features.columnCount();
    Result<XgbMatrix> matrix = XgbMatrix::create(x.values.constData(), std::size_t(x.rows), std::size_t(columns));
    if (!matrix)
        return forward(matrix);
    Result<QList<float>> values = explain ? model.booster.contributions(*matrix) : model.booster.predict(*matrix);
    if (!values)
        return forward(values);
    if (context.isCancelled())
        return tl::unexpected(cancelled());

    context.progress(0.8, QCoreApplication::translate("RoiPredictions", "Explaining the predictions"));
    QList<int> groupOf(columns + 1);
    for (int c = 0; c < columns; ++c)
        groupOf[c] = features.groupOf(c);
    groupOf[columns] = RoiFeatures::kGroupCount - 1;
    const int stride = explain ? columns + 1 : 1;

    QHash<QPair<qint64, qint32>, qsizetype> index;
    QList<Accumulator> acc;
    for (qsizetype r = 0; r < x.rows; ++r) {
        const qint32 i = usable[r];
        const QPair<qint64, qint32> key(rows->campaignId[i], rows->channelId[i]);
        auto it = index.constFind(key);
        qsizetype slotIndex;
        if (it == index.constEnd()) {
            slotIndex = acc.size();
            index.insert(key, slotIndex);
            Accumulator a;
            a.campaignId = key.first;
            a.channelCode = rows->codes[RoiRows::Channel][i];
            for (int k = 0; k < RoiRows::AttributeCount; ++k)
                a.code[k] = rows->codes[k][i];
            acc << a;
        } else {
            slotIndex = *it;
        }
        Accumulator &a = acc[slotIndex];
        const double w = rows->spend[i];
        ++a.rows;
        a.weight += w;
        if (!std::isnan(rows->revenue[i])) {
            a.spendWithRevenue += w;
            a.revenue += rows->revenue[i];
        }
        const float *row = values->constData() + r * stride;
        if (explain) {
            for (int c = 0; c <= columns; ++c)
                a.contribution[groupOf[c]] += w * double(row[c]);
        } else {
            a.prediction += w * double(row[0]);
        }
        for (int k = 0; k < RoiRows::AttributeCount; ++k) {
            if (a.code[k] != rows->codes[k][i])
                a.mixed[k] = true;
        }
    }

    Result<QHash<qint64, QString>> names = campaignNames(db, acc);
    if (!names)
        return forward(names);

    const QString unknown = QCoreApplication::translate("RoiPredictions", "unknown");
    const QString several = QCoreApplication::translate("RoiPredictions", "several");
    out.campaigns.reserve(acc.size());
    for (const Accumulator &a : acc) {
        RoiCampaignPrediction p;
        p.campaignId = a.campaignId;
        p.campaign = names->value(a.campaignId);
        p.channel = a.channelCode >= 0 ? rows->values[RoiRows::Channel][a.channelCode] : unknown;
        p.rows = a.rows;
        p.spend = a.weight;
        p.hasActual = a.spendWithRevenue > 0.0;
        p.actualRoi = p.hasActual ? (a.revenue - a.spendWithRevenue) / a.spendWithRevenue : 0.0;
        if (!explain) {
            p.predictedRoi = a.prediction / a.weight;
            out.campaigns << p;
            continue;
        }
        double sum = 0.0;
        for (int g = 0; g < RoiFeatures::kGroupCount; ++g) {
            RoiContribution c;
            c.group = RoiFeatures::groupName(g);
            c.value = a.contribution[g] / a.weight;
            sum += c.value;
            if (g < RoiRows::AttributeCount) {
                const QString value = a.mixed[g] ? several : (a.code[g] >= 0 ? rows->values[g][a.code[g]] : unknown);
                c.label = QCoreApplication::translate("RoiPredictions", "%1 = %2").arg(attributeLabel(g), value);
            } else if (g < RoiFeatures::kGroupCount - 1) {
                c.label = numericLabel(g - RoiRows::AttributeCount);
            } else {
                c.label = QCoreApplication::translate("RoiPredictions", "Average ROI (bias)");
            }
            p.contributions << c;
        }
        p.predictedRoi = sum;
        std::stable_sort(
            p.contributions.begin(), p.contributions.end() - 1,
            [](const RoiContribution &l, const RoiContribution &r) { return std::abs(l.value) > std::abs(r.value); });
        out.campaigns << p;
    }
    std::stable_sort(out.campaigns.begin(), out.campaigns.end(),
                     [](const RoiCampaignPrediction &l, const RoiCampaignPrediction &r) { return l.spend > r.spend; });
    return out;
}

} // namespace

Result<RoiPredictions> loadRoiPredictions(const Analytics::DashboardFilter &filter, Jobs::JobContext &context,
                                          const QDate &today)
{
    context.progress(0.0, QCoreApplication::translate("RoiPredictions", "Loading the ROI model"));
    Result<Storage::Database *> dbp = context.database();
    if (!dbp)
        return forward(dbp);
    const Storage::Database &db = **dbp;
    RoiPredictions out;
    Result<LoadedModel> model = loadModel(db);
    if (!model)
        return forward(model);
    Result<QString> fingerprint = DataFingerprint::compute(db);
    if (!fingerprint)
        return forward(fingerprint);
    out.model.shipped = model->record.shipped;
    out.model.stale = model->record.fingerprint != *fingerprint;
    out.model.createdAt = model->record.createdAt;
    out.model.params = model->record.params.describe();
    out.model.validation = model->record.validation;

    const Analytics::AnalyticsService analytics(db);
    Result<Analytics::ResolvedFilter> resolved = filter.resolve(analytics, today);
    if (!resolved)
        return forward(resolved);
    out.resolved = *resolved;
    if (!out.resolved.hasData()) {
        context.progress(1.0);
        return out;
    }
    if (context.isCancelled())
        return tl::unexpected(cancelled());

    context.progress(0.2, QCoreApplication::translate("RoiPredictions", "Reading the campaigns"));
    Result<Predicted> predicted = predict(db, *model, out.resolved.current, false, context);
    if (!predicted)
        return forward(predicted);
    out.campaigns = std::move(predicted->campaigns);
    out.rows = predicted->rows;
    out.unseenRows = predicted->unseenRows;
    out.skippedRows = predicted->skippedRows;
    context.progress(1.0);
    return out;
}

Result<RoiCampaignPrediction> explainRoiPrediction(const Analytics::DashboardFilter &filter, qint64 campaignId,
                                                   const QString &channel, Jobs::JobContext &context,
                                                   const QDate &today)
{
    Result<Storage::Database *> dbp = context.database();
    if (!dbp)
        return forward(dbp);
    const Storage::Database &db = **dbp;
    Result<LoadedModel> model = loadModel(db);
    if (!model)
        return forward(model);
    const Analytics::AnalyticsService analytics(db);
    Result<Analytics::ResolvedFilter> resolved = filter.resolve(analytics, today);
    if (!resolved)
        return forward(resolved);
    Analytics::AnalyticsFilter only = resolved->current;
    only.campaignIds = {campaignId};
    only.channels = {channel};
    Result<Predicted> predicted = resolved->hasData() ? predict(db, *model, only, true, context) : Predicted{};
    if (!predicted)
        return forward(predicted);
    if (predicted->campaigns.isEmpty())
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("RoiPredictions", "This campaign has no spend on %1 in the selected period.")
                .arg(channel));
    context.progress(1.0);
    return predicted->campaigns.first();
}

} // namespace Demetra::Forecast
