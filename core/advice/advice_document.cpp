#include "core/advice/advice_document.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <cmath>

namespace Demetra::Advice {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    if (!v || !std::isfinite(*v))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(*v);
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(0.0);
}

/// Reads one object against a list of keys, collecting the first error with its path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    /// Fails on a key not in `keys` and on a key of `keys` that is missing.
    std::optional<QString> checkKeys(const QStringList &keys) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!keys.contains(it.key())) {
                const QString where = m_path.isEmpty() ? QString() : m_path + QStringLiteral(": ");
                return where + QCoreApplication::translate("AdviceDocument", "unexpected key \"%1\"").arg(it.key());
            }
        }
        for (const QString &k : keys) {
            if (!m_object.contains(k)) {
                const QString where = m_path.isEmpty() ? QString() : m_path + QStringLiteral(": ");
                return where + QCoreApplication::translate("AdviceDocument", "missing key \"%1\"").arg(k);
            }
        }
        return std::nullopt;
    }

    std::optional<QString> string(const QString &key, QString &out) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            return expected(key, QCoreApplication::translate("AdviceDocument", "expected a string"));
        out = v.toString();
        return std::nullopt;
    }

    std::optional<QString> oneOf(const QString &key, const QStringList &values, QString &out) const
    {
        if (auto e = string(key, out))
            return e;
        if (!values.contains(out)) {
            QStringList quoted;
            for (const QString &s : values)
                quoted << QLatin1Char('"') + s + QLatin1Char('"');
            return expected(key, QCoreApplication::translate("AdviceDocument", "expected one of %1, got \"%2\"")
                                     .arg(quoted.join(QStringLiteral(", ")), out));
        }
        return std::nullopt;
    }

    std::optional<QString> boolean(const QString &key, bool &out) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isBool())
            return expected(key, QCoreApplication::translate("AdviceDocument", "expected true or false"));
        out = v.toBool();
        return std::nullopt;
    }

    std::optional<QString> real(const QString &key, double &out) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble())
            return expected(key, QCoreApplication::translate("AdviceDocument", "expected a number"));
        out = v.toDouble();
        return std::nullopt;
    }

    std::optional<QString> integer(const QString &key, int &out) const
    {
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9)
            return expected(key, QCoreApplication::translate("AdviceDocument", "expected a whole number"));
        out = int(d);
        return std::nullopt;
    }

    std::optional<QString> nullableReal(const QString &key, std::optional<double> &out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull()) {
            out.reset();
            return std::nullopt;
        }
        if (!v.isDouble())
            return expected(key, QCoreApplication::translate("AdviceDocument", "expected a number or null"));
        out = v.toDouble();
        return std::nullopt;
    }

    std::optional<QString> object(const QString &key, QJsonObject &out) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            return expected(key, QCoreApplication::translate("AdviceDocument", "expected an object"));
        out = v.toObject();
        return std::nullopt;
    }

    std::optional<QString> array(const QString &key, QJsonArray &out) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isArray())
            return expected(key, QCoreApplication::translate("AdviceDocument", "expected an array"));
        out = v.toArray();
        return std::nullopt;
    }

    QString path(const QString &key) const { return join(m_path, key); }

private:
    QString expected(const QString &key, const QString &what) const { return path(key) + QStringLiteral(": ") + what; }

    QJsonObject m_object;
    QString m_path;
};

/// Runs `read` on each element of `array` (each must be an object), with the element's path.
template<typename T, typename F>
std::optional<QString> readList(const QJsonArray &array, const QString &path, QList<T> &out, F read)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject())
            return itemPath + QStringLiteral(": ") +
                   QCoreApplication::translate("AdviceDocument", "expected an object");
        T item;
        if (auto e = read(Reader(array.at(i).toObject(), itemPath), item))
            return e;
        out.append(item);
    }
    return std::nullopt;
}

#define DEMETRA_TRY(expr)                                                                                              \
    if (auto e_ = (expr))                                                                                              \
    return e_

std::optional<QString> readVerdict(const Reader &r, ChannelVerdict &v)
{
    DEMETRA_TRY(r.checkKeys({QStringLiteral("channel"), QStringLiteral("verdict"), QStringLiteral("roi"),
                             QStringLiteral("roi_change"), QStringLiteral("cpa"), QStringLiteral("ctr"),
                             QStringLiteral("conversion_rate"), QStringLiteral("spend"), QStringLiteral("figures")}));
    DEMETRA_TRY(r.string(QStringLiteral("channel"), v.channel));
    DEMETRA_TRY(r.oneOf(QStringLiteral("verdict"), AdviceDocument::verdictValues(), v.verdict));
    DEMETRA_TRY(r.nullableReal(QStringLiteral("roi"), v.roi));
    DEMETRA_TRY(r.nullableReal(QStringLiteral("roi_change"), v.roiChange));
    DEMETRA_TRY(r.nullableReal(QStringLiteral("cpa"), v.cpa));
    DEMETRA_TRY(r.nullableReal(QStringLiteral("ctr"), v.ctr));
    DEMETRA_TRY(r.nullableReal(QStringLiteral("conversion_rate"), v.conversionRate));
    DEMETRA_TRY(r.real(QStringLiteral("spend"), v.spend));
    DEMETRA_TRY(r.string(QStringLiteral("figures"), v.figures));
    return std::nullopt;
}

std::optional<QString> readComparison(const Reader &r, ChannelComparison &c)
{
    DEMETRA_TRY(r.checkKeys({QStringLiteral("best"), QStringLiteral("worst"), QStringLiteral("gap_is_significant"),
                             QStringLiteral("verdicts")}));
    DEMETRA_TRY(r.string(QStringLiteral("best"), c.best));
    DEMETRA_TRY(r.string(QStringLiteral("worst"), c.worst));
    DEMETRA_TRY(r.boolean(QStringLiteral("gap_is_significant"), c.gapIsSignificant));
    QJsonArray verdicts;
    DEMETRA_TRY(r.array(QStringLiteral("verdicts"), verdicts));
    return readList(verdicts, r.path(QStringLiteral("verdicts")), c.verdicts, readVerdict);
}

std::optional<QString> readForecast(const Reader &r, ForecastStatement &f)
{
    DEMETRA_TRY(r.checkKeys({QStringLiteral("channel"), QStringLiteral("metric"), QStringLiteral("horizon_days"),
                             QStringLiteral("value"), QStringLiteral("lower"), QStringLiteral("upper"),
                             QStringLiteral("beats_naive"), QStringLiteral("backtest_note")}));
    DEMETRA_TRY(r.string(QStringLiteral("channel"), f.channel));
    DEMETRA_TRY(r.string(QStringLiteral("metric"), f.metric));
    DEMETRA_TRY(r.integer(QStringLiteral("horizon_days"), f.horizonDays));
    DEMETRA_TRY(r.nullableReal(QStringLiteral("value"), f.value));
    DEMETRA_TRY(r.nullableReal(QStringLiteral("lower"), f.lower));
    DEMETRA_TRY(r.nullableReal(QStringLiteral("upper"), f.upper));
    DEMETRA_TRY(r.boolean(QStringLiteral("beats_naive"), f.beatsNaive));
    DEMETRA_TRY(r.string(QStringLiteral("backtest_note"), f.backtestNote));
    return std::nullopt;
}

std::optional<QString> readPredictions(const Reader &r, MlPredictions &p)
{
    DEMETRA_TRY(r.checkKeys({QStringLiteral("forecasts"), QStringLiteral("roi_model")}));
    QJsonArray forecasts;
    DEMETRA_TRY(r.array(QStringLiteral("forecasts"), forecasts));
    DEMETRA_TRY(readList(forecasts, r.path(QStringLiteral("forecasts")), p.forecasts, readForecast));
    QJsonObject model;
    DEMETRA_TRY(r.object(QStringLiteral("roi_model"), model));
    const Reader m(model, r.path(QStringLiteral("roi_model")));
    DEMETRA_TRY(m.checkKeys({QStringLiteral("mae"), QStringLiteral("r2"), QStringLiteral("baseline_mae")}));
    DEMETRA_TRY(m.nullableReal(QStringLiteral("mae"), p.roiModel.mae));
    DEMETRA_TRY(m.nullableReal(QStringLiteral("r2"), p.roiModel.r2));
    DEMETRA_TRY(m.nullableReal(QStringLiteral("baseline_mae"), p.roiModel.baselineMae));
    return std::nullopt;
}

std::optional<QString> readMove(const Reader &r, BudgetMove &m)
{
    DEMETRA_TRY(
        r.checkKeys({QStringLiteral("from_channel"), QStringLiteral("to_channel"), QStringLiteral("amount"),
                     QStringLiteral("currency"), QStringLiteral("expected_effect"), QStringLiteral("figures")}));
    DEMETRA_TRY(r.string(QStringLiteral("from_channel"), m.fromChannel));
    DEMETRA_TRY(r.string(QStringLiteral("to_channel"), m.toChannel));
    DEMETRA_TRY(r.real(QStringLiteral("amount"), m.amount));
    DEMETRA_TRY(r.string(QStringLiteral("currency"), m.currency));
    DEMETRA_TRY(r.string(QStringLiteral("expected_effect"), m.expectedEffect));
    DEMETRA_TRY(r.string(QStringLiteral("figures"), m.figures));
    return std::nullopt;
}

std::optional<QString> readAction(const Reader &r, AdviceAction &a)
{
    DEMETRA_TRY(r.checkKeys({QStringLiteral("area"), QStringLiteral("channel"), QStringLiteral("action"),
                             QStringLiteral("rationale"), QStringLiteral("figures")}));
    DEMETRA_TRY(r.oneOf(QStringLiteral("area"), AdviceDocument::actionAreas(), a.area));
    DEMETRA_TRY(r.string(QStringLiteral("channel"), a.channel));
    DEMETRA_TRY(r.string(QStringLiteral("action"), a.action));
    DEMETRA_TRY(r.string(QStringLiteral("rationale"), a.rationale));
    DEMETRA_TRY(r.string(QStringLiteral("figures"), a.figures));
    return std::nullopt;
}

std::optional<QString> readRisk(const Reader &r, AdviceRisk &k)
{
    DEMETRA_TRY(r.checkKeys({QStringLiteral("text"), QStringLiteral("figures")}));
    DEMETRA_TRY(r.string(QStringLiteral("text"), k.text));
    DEMETRA_TRY(r.string(QStringLiteral("figures"), k.figures));
    return std::nullopt;
}

std::optional<QString> readRecommendations(const Reader &r, AdviceRecommendations &rec)
{
    DEMETRA_TRY(r.checkKeys({QStringLiteral("budget_moves"), QStringLiteral("actions"), QStringLiteral("risks")}));
    QJsonArray moves;
    DEMETRA_TRY(r.array(QStringLiteral("budget_moves"), moves));
    DEMETRA_TRY(readList(moves, r.path(QStringLiteral("budget_moves")), rec.budgetMoves, readMove));
    QJsonArray actions;
    DEMETRA_TRY(r.array(QStringLiteral("actions"), actions));
    DEMETRA_TRY(readList(actions, r.path(QStringLiteral("actions")), rec.actions, readAction));
    QJsonArray risks;
    DEMETRA_TRY(r.array(QStringLiteral("risks"), risks));
    return readList(risks, r.path(QStringLiteral("risks")), rec.risks, readRisk);
}

#undef DEMETRA_TRY

QJsonObject schemaObject(const QJsonObject &properties)
{
    QJsonArray required;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        required.append(it.key());
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("additionalProperties"), false},
                       {QStringLiteral("required"), required},
                       {QStringLiteral("properties"), properties}};
}

QJsonObject schemaType(const QString &type)
{
    return QJsonObject{{QStringLiteral("type"), type}};
}

QJsonObject schemaNullableNumber()
{
    return QJsonObject{{QStringLiteral("type"), QJsonArray{QStringLiteral("number"), QStringLiteral("null")}}};
}

QJsonObject schemaEnum(const QStringList &values)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                       {QStringLiteral("enum"), QJsonArray::fromStringList(values)}};
}

QJsonObject schemaArray(const QJsonObject &items)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), items}};
}

} // namespace

const QStringList &AdviceDocument::verdictValues()
{
    static const QStringList values{QStringLiteral("best"), QStringLiteral("good"), QStringLiteral("weak"),
                                    QStringLiteral("worst"), QStringLiteral("not enough data")};
    return values;
}

const QStringList &AdviceDocument::actionAreas()
{
    static const QStringList values{QStringLiteral("cpa"), QStringLiteral("ctr"), QStringLiteral("cpm"),
                                    QStringLiteral("conversion")};
    return values;
}

QJsonObject AdviceDocument::toJson() const
{
    QJsonArray verdicts;
    for (const ChannelVerdict &v : channelComparison.verdicts) {
        verdicts.append(QJsonObject{{QStringLiteral("channel"), v.channel},
                                    {QStringLiteral("verdict"), v.verdict},
                                    {QStringLiteral("roi"), number(v.roi)},
                                    {QStringLiteral("roi_change"), number(v.roiChange)},
                                    {QStringLiteral("cpa"), number(v.cpa)},
                                    {QStringLiteral("ctr"), number(v.ctr)},
                                    {QStringLiteral("conversion_rate"), number(v.conversionRate)},
                                    {QStringLiteral("spend"), number(v.spend)},
                                    {QStringLiteral("figures"), v.figures}});
    }
    QJsonArray forecasts;
    for (const ForecastStatement &f : mlPredictions.forecasts) {
        forecasts.append(QJsonObject{{QStringLiteral("channel"), f.channel},
                                     {QStringLiteral("metric"), f.metric},
                                     {QStringLiteral("horizon_days"), f.horizonDays},
                                     {QStringLiteral("value"), number(f.value)},
                                     {QStringLiteral("lower"), number(f.lower)},
                                     {QStringLiteral("upper"), number(f.upper)},
                                     {QStringLiteral("beats_naive"), f.beatsNaive},
                                     {QStringLiteral("backtest_note"), f.backtestNote}});
    }
    QJsonArray moves;
    for (const BudgetMove &m : recommendations.budgetMoves) {
        moves.append(QJsonObject{{QStringLiteral("from_channel"), m.fromChannel},
                                 {QStringLiteral("to_channel"), m.toChannel},
                                 {QStringLiteral("amount"), number(m.amount)},
                                 {QStringLiteral("currency"), m.currency},
                                 {QStringLiteral("expected_effect"), m.expectedEffect},
                                 {QStringLiteral("figures"), m.figures}});
    }
    QJsonArray actions;
    for (const AdviceAction &a : recommendations.actions) {
        actions.append(QJsonObject{{QStringLiteral("area"), a.area},
                                   {QStringLiteral("channel"), a.channel},
                                   {QStringLiteral("action"), a.action},
                                   {QStringLiteral("rationale"), a.rationale},
                                   {QStringLiteral("figures"), a.figures}});
    }
    QJsonArray risks;
    for (const AdviceRisk &k : recommendations.risks)
        risks.append(QJsonObject{{QStringLiteral("text"), k.text}, {QStringLiteral("figures"), k.figures}});

    return QJsonObject{
        {QStringLiteral("channel_comparison"),
         QJsonObject{{QStringLiteral("best"), channelComparison.best},
                     {QStringLiteral("worst"), channelComparison.worst},
                     {QStringLiteral("gap_is_significant"), channelComparison.gapIsSignificant},
                     {QStringLiteral("verdicts"), verdicts}}},
        {QStringLiteral("ml_predictions"),
         QJsonObject{{QStringLiteral("forecasts"), forecasts},
                     {QStringLiteral("roi_model"),
                      QJsonObject{{QStringLiteral("mae"), number(mlPredictions.roiModel.mae)},
                                  {QStringLiteral("r2"), number(mlPredictions.roiModel.r2)},
                                  {QStringLiteral("baseline_mae"), number(mlPredictions.roiModel.baselineMae)}}}}},
        {QStringLiteral("recommendations"), QJsonObject{{QStringLiteral("budget_moves"), moves},
                                                        {QStringLiteral("actions"), actions},
                                                        {QStringLiteral("risks"), risks}}},
        {QStringLiteral("summary"), summary}};
}

Result<AdviceDocument> AdviceDocument::fromJson(const QJsonObject &object)
{
    AdviceDocument doc;
    const Reader top(object, QString());
    auto check = [&]() -> std::optional<QString> {
        if (auto e = top.checkKeys({QStringLiteral("channel_comparison"), QStringLiteral("ml_predictions"),
                                    QStringLiteral("recommendations"), QStringLiteral("summary")}))
            return e;
        QJsonObject part;
        if (auto e = top.object(QStringLiteral("channel_comparison"), part))
            return e;
        if (auto e = readComparison(Reader(part, QStringLiteral("channel_comparison")), doc.channelComparison))
            return e;
        if (auto e = top.object(QStringLiteral("ml_predictions"), part))
            return e;
        if (auto e = readPredictions(Reader(part, QStringLiteral("ml_predictions")), doc.mlPredictions))
            return e;
        if (auto e = top.object(QStringLiteral("recommendations"), part))
            return e;
        if (auto e = readRecommendations(Reader(part, QStringLiteral("recommendations")), doc.recommendations))
            return e;
        return top.string(QStringLiteral("summary"), doc.summary);
    };
    if (std::optional<QString> error = check())
        return fail(ErrorCode::BadInput, *error, QStringLiteral("advice contract"));
    return doc;
}

Result<AdviceDocument> AdviceDocument::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("AdviceDocument", "not valid JSON at offset %1: %2")
                        .arg(error.offset)
                        .arg(error.errorString()),
                    QString::fromUtf8(json.left(200)));
    }
    if (!doc.isObject()) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("AdviceDocument", "expected one JSON object at the top level"),
                    QString::fromUtf8(json.left(200)));
    }
    return fromJson(doc.object());
}

QJsonObject AdviceDocument::jsonSchema()
{
    const QJsonObject str = schemaType(QStringLiteral("string"));
    const QJsonObject num = schemaType(QStringLiteral("number"));
    const QJsonObject nnum = schemaNullableNumber();
    const QJsonObject verdict = schemaObject({{QStringLiteral("channel"), str},
                                              {QStringLiteral("verdict"), schemaEnum(verdictValues())},
                                              {QStringLiteral("roi"), nnum},
                                              {QStringLiteral("roi_change"), nnum},
                                              {QStringLiteral("cpa"), nnum},
                                              {QStringLiteral("ctr"), nnum},
                                              {QStringLiteral("conversion_rate"), nnum},
                                              {QStringLiteral("spend"), num},
                                              {QStringLiteral("figures"), str}});
    const QJsonObject comparison =
        schemaObject({{QStringLiteral("best"), str},
                      {QStringLiteral("worst"), str},
                      {QStringLiteral("gap_is_significant"), schemaType(QStringLiteral("boolean"))},
                      {QStringLiteral("verdicts"), schemaArray(verdict)}});
    const QJsonObject forecast = schemaObject({{QStringLiteral("channel"), str},
                                               {QStringLiteral("metric"), str},
                                               {QStringLiteral("horizon_days"), schemaType(QStringLiteral("integer"))},
                                               {QStringLiteral("value"), nnum},
                                               {QStringLiteral("lower"), nnum},
                                               {QStringLiteral("upper"), nnum},
                                               {QStringLiteral("beats_naive"), schemaType(QStringLiteral("boolean"))},
                                               {QStringLiteral("backtest_note"), str}});
    const QJsonObject predictions =
        schemaObject({{QStringLiteral("forecasts"), schemaArray(forecast)},
                      {QStringLiteral("roi_model"), schemaObject({{QStringLiteral("mae"), nnum},
                                                                  {QStringLiteral("r2"), nnum},
                                                                  {QStringLiteral("baseline_mae"), nnum}})}});
    const QJsonObject move = schemaObject({{QStringLiteral("from_channel"), str},
                                           {QStringLiteral("to_channel"), str},
                                           {QStringLiteral("amount"), num},
                                           {QStringLiteral("currency"), str},
                                           {QStringLiteral("expected_effect"), str},
                                           {QStringLiteral("figures"), str}});
    const QJsonObject action = schemaObject({{QStringLiteral("area"), schemaEnum(actionAreas())},
                                             {QStringLiteral("channel"), str},
                                             {QStringLiteral("action"), str},
                                             {QStringLiteral("rationale"), str},
                                             {QStringLiteral("figures"), str}});
    const QJsonObject risk = schemaObject({{QStringLiteral("text"), str}, {QStringLiteral("figures"), str}});
    const QJsonObject recs = schemaObject({{QStringLiteral("budget_moves"), schemaArray(move)},
                                           {QStringLiteral("actions"), schemaArray(action)},
                                           {QStringLiteral("risks"), schemaArray(risk)}});
    return schemaObject({{QStringLiteral("channel_comparison"), comparison},
                         {QStringLiteral("ml_predictions"), predictions},
                         {QStringLiteral("recommendations"), recs},
                         {QStringLiteral("summary"), str}});
}

} // namespace Demetra::Advice
