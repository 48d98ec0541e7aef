#include "core/forecast/roi_features.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <limits>

namespace Demetra::Forecast {

namespace {

const char *const kNumericNames[RoiFeatures::kNumericCount] = {
    "duration_days", "month", "day_of_week", "log_clicks", "log_impressions", "ctr", "engagement_score",
};

} // namespace

RoiFeatures RoiFeatures::fromRows(const RoiRows &rows)
{
    RoiFeatures f;
    for (int a = 0; a < RoiRows::AttributeCount; ++a) {
        QList<bool> used(rows.values[a].size(), false);
        for (const qint32 c : rows.codes[a]) {
            if (c >= 0)
                used[c] = true;
        }
        CategoryVocabulary v;
        v.attribute = RoiRows::attributeName(a);
        for (qsizetype c = 0; c < used.size(); ++c) {
            if (used[c])
                v.values << rows.values[a][c];
        }
        std::sort(v.values.begin(), v.values.end());
        f.m_vocabularies << v;
    }
    return f;
}

Result<RoiFeatures> RoiFeatures::fromRecord(const ModelRecord &record)
{
    const auto otherFeatures = [](const QString &detail) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("RoiModel",
                                                "The saved model was trained on other features than this version of "
                                                "Demetra uses; train it again."),
                    detail);
    };
    if (record.vocabularies.size() != RoiRows::AttributeCount)
        return otherFeatures(QStringLiteral("%1 vocabularies").arg(record.vocabularies.size()));
    RoiFeatures f;
    for (int a = 0; a < RoiRows::AttributeCount; ++a) {
        if (record.vocabularies[a].attribute != RoiRows::attributeName(a))
            return otherFeatures(
                QStringLiteral("vocabulary %1 is \"%2\"").arg(a).arg(record.vocabularies[a].attribute));
    }
    f.m_vocabularies = record.vocabularies;
    const QStringList expected = f.featureNames();
    if (expected != record.featureNames)
        return otherFeatures(
            QStringLiteral("%1 feature names, expected %2").arg(record.featureNames.size()).arg(expected.size()));
    return f;
}

QStringList RoiFeatures::featureNames() const
{
    QStringList names;
    for (const CategoryVocabulary &v : m_vocabularies) {
        for (const QString &value : v.values)
            names << v.attribute + u'=' + value;
    }
    for (const char *n : kNumericNames)
        names << QString::fromLatin1(n);
    return names;
}

int RoiFeatures::columnCount() const
{
    int n = kNumericCount;
    for (const CategoryVocabulary &v : m_vocabularies)
        n += int(v.values.size());
    return n;
}

int RoiFeatures::groupOf(int column) const
{
    int start = 0;
    for (int a = 0; a < m_vocabularies.size(); ++a) {
        const int end = start + int(m_vocabularies[a].values.size());
        if (column < end)
            return a;
        start = end;
    }
    const int numeric = column - start;
    return numeric < kNumericCount ? RoiRows::AttributeCount + numeric : kGroupCount - 1;
}

QString RoiFeatures::groupName(int group)
{
    if (group < RoiRows::AttributeCount)
        return RoiRows::attributeName(group);
    if (group < RoiRows::AttributeCount + kNumericCount)
        return QString::fromLatin1(kNumericNames[group - RoiRows::AttributeCount]);
    return QStringLiteral("bias");
}

bool RoiFeatures::rowIsFinite(const RoiRows &rows, qsizetype i)
{
    const auto ok = [](double v) { return !std::isinf(v) && !(v < 0.0); };
    return ok(rows.clicks[i]) && ok(rows.impressions[i]) && !std::isinf(rows.engagement[i]) &&
           !std::isinf(rows.durationDays[i]) && std::isfinite(rows.spend[i]) && !std::isinf(rows.revenue[i]);
}

RoiFeatures::Matrix RoiFeatures::encode(const RoiRows &rows, const QList<qint32> &indexes) const
{
    return encodeImpl(rows, indexes.constData(), indexes.size());
}

RoiFeatures::Matrix RoiFeatures::encodeAll(const RoiRows &rows) const
{
    return encodeImpl(rows, nullptr, rows.size());
}

RoiFeatures::Matrix RoiFeatures::encodeImpl(const RoiRows &rows, const qint32 *indexes, qsizetype count) const
{
    // Row code → absolute column (or -1) per attribute: the rows' codes are their own, the vocabulary's are texts.
    std::array<QList<qint32>, RoiRows::AttributeCount> columnOf;
    int start = 0;
    for (int a = 0; a < RoiRows::AttributeCount; ++a) {
        const QStringList &vocab = m_vocabularies[a].values;
        QHash<QString, qint32> position;
        for (qsizetype k = 0; k < vocab.size(); ++k)
            position.insert(vocab[k], qint32(start + k));
        columnOf[a].resize(rows.values[a].size());
        for (qsizetype c = 0; c < rows.values[a].size(); ++c)
            columnOf[a][c] = position.value(rows.values[a][c], -1);
        start += int(vocab.size());
    }
    const int columns = columnCount();
    const int numericStart = start;

    Matrix m;
    m.rows = count;
    m.values.resize(qsizetype(columns) * count, 0.0f);
    float *out = m.values.data();
    qint32 cachedDay = std::numeric_limits<qint32>::min();
    float month = 0.0f;
    float weekday = 0.0f;
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    for (qsizetype r = 0; r < count; ++r) {
        const qsizetype i = indexes ? indexes[r] : r;
        float *row = out + r * columns;
        bool unseen = false;
        for (int a = 0; a < RoiRows::AttributeCount; ++a) {
            const qint32 code = rows.codes[a][i];
            if (code < 0)
                continue;
            const qint32 col = columnOf[a][code];
            if (col >= 0)
                row[col] = 1.0f;
            else
                unseen = true;
        }
        if (unseen)
            ++m.unseenRows;
        const qint32 day = rows.day[i];
        if (day != cachedDay) {
            cachedDay = day;
            month = float(QDate::fromJulianDay(day).month());
            weekday = float(((day % 7) + 7) % 7); // Julian day 0 was a Monday
        }
        const double clicks = rows.clicks[i];
        const double impressions = rows.impressions[i];
        float *num = row + numericStart;
        num[0] = rows.durationDays[i];
        num[1] = month;
        num[2] = weekday;
        num[3] = float(std::log1p(clicks));
        num[4] = float(std::log1p(impressions));
        num[5] = impressions > 0.0 ? float(clicks / impressions) : nan;
        num[6] = float(rows.engagement[i]);
    }
    return m;
}

} // namespace Demetra::Forecast
