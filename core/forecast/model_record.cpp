#include "core/forecast/model_record.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Demetra::Forecast {

namespace {

constexpr int kFormatVersion = 1;

Error badMeta(const QString &detail)
{
    return Error{
        ErrorCode::BadInput,
        QCoreApplication::translate("ModelRecord", "The model's description file is damaged or from another program."),
        detail};
}

QString dayText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Status writeOne(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("ModelRecord", "Cannot write the model file %1.")
                        .arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    return {};
}

Result<QByteArray> readOne(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("ModelRecord", "The model file %1 does not exist.")
                                             .arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("ModelRecord", "Cannot read the model file %1.")
                        .arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    return file.readAll();
}

} // namespace

QByteArray ModelRecord::toMetaJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormatVersion);
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("fingerprint"), fingerprint);
    o.insert(QStringLiteral("features"), QJsonArray::fromStringList(featureNames));
    QJsonArray vocab;
    for (const CategoryVocabulary &v : vocabularies) {
        vocab.append(QJsonObject{{QStringLiteral("attribute"), v.attribute},
                                 {QStringLiteral("values"), QJsonArray::fromStringList(v.values)}});
    }
    o.insert(QStringLiteral("vocabularies"), vocab);
    o.insert(QStringLiteral("params"), QJsonObject{
                                           {QStringLiteral("description"), params.describe()},
                                           {QStringLiteral("rounds"), params.rounds},
                                           {QStringLiteral("max_depth"), params.maxDepth},
                                           {QStringLiteral("eta"), params.eta},
                                           {QStringLiteral("min_child_weight"), params.minChildWeight},
                                           {QStringLiteral("subsample"), params.subsample},
                                           {QStringLiteral("lambda"), params.lambda},
                                           {QStringLiteral("threads"), params.threads},
                                           {QStringLiteral("seed"), params.seed},
                                           {QStringLiteral("objective"), params.objective},
                                       });
    const ModelValidation &v = validation;
    o.insert(QStringLiteral("validation"), QJsonObject{
                                               {QStringLiteral("split"), QStringLiteral("time-ordered")},
                                               {QStringLiteral("mae"), v.mae},
                                               {QStringLiteral("r2"), v.r2},
                                               {QStringLiteral("baseline"), QStringLiteral("channel mean ROI")},
                                               {QStringLiteral("baseline_mae"), v.baselineMae},
                                               {QStringLiteral("baseline_r2"), v.baselineR2},
                                               {QStringLiteral("rows_train"), v.rowsTrain},
                                               {QStringLiteral("rows_validation"), v.rowsValidation},
                                               {QStringLiteral("rows_skipped"), v.rowsSkipped},
                                               {QStringLiteral("first_day"), dayText(v.firstDay)},
                                               {QStringLiteral("split_day"), dayText(v.splitDay)},
                                               {QStringLiteral("last_day"), dayText(v.lastDay)},
                                           });
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<ModelRecord> ModelRecord::fromMetaJson(const QByteArray &meta)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(meta, &parseError);
    if (doc.isNull() || !doc.isObject())
        return tl::unexpected(badMeta(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt() != kFormatVersion)
        return tl::unexpected(badMeta(QStringLiteral("format %1, expected %2")
                                          .arg(o.value(QStringLiteral("format")).toInt())
                                          .arg(kFormatVersion)));
    ModelRecord r;
    r.kind = o.value(QStringLiteral("kind")).toString();
    if (r.kind.isEmpty())
        return tl::unexpected(badMeta(QStringLiteral("no kind")));
    r.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    r.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
    const QJsonValue features = o.value(QStringLiteral("features"));
    if (!features.isArray() || features.toArray().isEmpty())
        return tl::unexpected(badMeta(QStringLiteral("no feature list")));
    for (const QJsonValue &f : features.toArray()) {
        if (!f.isString())
            return tl::unexpected(badMeta(QStringLiteral("a feature name is not a string")));
        r.featureNames << f.toString();
    }
    for (const QJsonValue &v : o.value(QStringLiteral("vocabularies")).toArray()) {
        const QJsonObject vo = v.toObject();
        CategoryVocabulary cv;
        cv.attribute = vo.value(QStringLiteral("attribute")).toString();
        if (cv.attribute.isEmpty() || !vo.value(QStringLiteral("values")).isArray())
            return tl::unexpected(badMeta(QStringLiteral("a vocabulary without attribute or values")));
        for (const QJsonValue &s : vo.value(QStringLiteral("values")).toArray())
            cv.values << s.toString();
        r.vocabularies << cv;
    }
    const QJsonObject p = o.value(QStringLiteral("params")).toObject();
    r.params.rounds = p.value(QStringLiteral("rounds")).toInt(r.params.rounds);
    r.params.maxDepth = p.value(QStringLiteral("max_depth")).toInt(r.params.maxDepth);
    r.params.eta = p.value(QStringLiteral("eta")).toDouble(r.params.eta);
    r.params.minChildWeight = p.value(QStringLiteral("min_child_weight")).toDouble(r.params.minChildWeight);
    r.params.subsample = p.value(QStringLiteral("subsample")).toDouble(r.params.subsample);
    r.params.lambda = p.value(QStringLiteral("lambda")).toDouble(r.params.lambda);
    r.params.threads = p.value(QStringLiteral("threads")).toInt(r.params.threads);
    r.params.seed = p.value(QStringLiteral("seed")).toInt(r.params.seed);
    r.params.objective = p.value(QStringLiteral("objective")).toString(r.params.objective);
    const QJsonObject v = o.value(QStringLiteral("validation")).toObject();
    if (v.isEmpty())
        return tl::unexpected(badMeta(QStringLiteral("no validation metrics")));
    r.validation.mae = v.value(QStringLiteral("mae")).toDouble();
    r.validation.r2 = v.value(QStringLiteral("r2")).toDouble();
    r.validation.baselineMae = v.value(QStringLiteral("baseline_mae")).toDouble();
    r.validation.baselineR2 = v.value(QStringLiteral("baseline_r2")).toDouble();
    r.validation.rowsTrain = v.value(QStringLiteral("rows_train")).toInteger();
    r.validation.rowsValidation = v.value(QStringLiteral("rows_validation")).toInteger();
    r.validation.rowsSkipped = v.value(QStringLiteral("rows_skipped")).toInteger();
    r.validation.firstDay = QDate::fromString(v.value(QStringLiteral("first_day")).toString(), Qt::ISODate);
    r.validation.splitDay = QDate::fromString(v.value(QStringLiteral("split_day")).toString(), Qt::ISODate);
    r.validation.lastDay = QDate::fromString(v.value(QStringLiteral("last_day")).toString(), Qt::ISODate);
    return r;
}

Status ModelRecord::writeFiles(const QString &dir, const QString &name) const
{
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io, QCoreApplication::translate("ModelRecord", "Cannot create the folder %1.")
                                       .arg(QDir::toNativeSeparators(dir)));
    const QDir d(dir);
    if (Status s = writeOne(d.filePath(name + QStringLiteral(".json")), modelJson); !s)
        return s;
    return writeOne(d.filePath(name + QStringLiteral(".meta.json")), toMetaJson());
}

Result<ModelRecord> ModelRecord::readFiles(const QString &dir, const QString &name)
{
    const QDir d(dir);
    Result<QByteArray> meta = readOne(d.filePath(name + QStringLiteral(".meta.json")));
    if (!meta)
        return forward(meta);
    Result<QByteArray> model = readOne(d.filePath(name + QStringLiteral(".json")));
    if (!model)
        return forward(model);
    Result<ModelRecord> record = fromMetaJson(*meta);
    if (!record)
        return record;
    record->modelJson = *model;
    return record;
}

} // namespace Demetra::Forecast
