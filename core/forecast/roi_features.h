#pragma once

#include "core/common/result.h"
#include "core/forecast/model_record.h"
#include "core/forecast/roi_rows.h"

#include <QList>
#include <QStringList>

namespace Demetra::Forecast {

/// The ROI model's feature layout: one-hot columns for channel, goal, audience, segment, location and language
/// (vocabularies from the training data), then duration_days, month, day_of_week (0 = Monday), log_clicks
/// (log1p), log_impressions (log1p), ctr and engagement_score. Missing values are NaN (XGBoost's missing).
class RoiFeatures
{
public:
    /// Number of numeric (non one-hot) columns after the one-hot block.
    static constexpr int kNumericCount = 7;
    /// Contribution groups: one per categorical attribute, one per numeric column, and the bias.
    static constexpr int kGroupCount = RoiRows::AttributeCount + kNumericCount + 1;

    /// The vocabularies of the categories present in `rows` (sorted; the empty value is not a category).
    static RoiFeatures fromRows(const RoiRows &rows);
    /// The layout a saved model expects. Fails with BadInput ("trained on other features") when its vocabularies
    /// are not the six attributes in order or its feature names differ from the names they imply.
    static Result<RoiFeatures> fromRecord(const ModelRecord &record);

    const QList<CategoryVocabulary> &vocabularies() const { return m_vocabularies; }
    QStringList featureNames() const;
    int columnCount() const;
    /// The contribution group of feature column `column` (0..kGroupCount-2); the bias is group kGroupCount-1.
    int groupOf(int column) const;
    /// Stable group names ("channel", ..., "duration_days", ..., "bias").
    static QString groupName(int group);

    /// Encoded rows, row-major float, `rows × columnCount()`.
    struct Matrix
    {
        QList<float> values;
        qsizetype rows = 0;
        qsizetype unseenRows = 0; ///< rows with at least one category the vocabulary does not know
    };
    /// Encodes the rows at `indexes` (all rows when empty and `all` is true). Categories outside the vocabulary
    /// encode as all zeros and are counted.
    Matrix encode(const RoiRows &rows, const QList<qint32> &indexes) const;
    Matrix encodeAll(const RoiRows &rows) const;

    /// Whether row `i`'s numeric inputs are usable: no infinity, no negative counts. NaN (missing) is usable.
    static bool rowIsFinite(const RoiRows &rows, qsizetype i);

private:
    Matrix encodeImpl(const RoiRows &rows, const qint32 *indexes, qsizetype count) const;

    QList<CategoryVocabulary> m_vocabularies;
};

} // namespace Demetra::Forecast
