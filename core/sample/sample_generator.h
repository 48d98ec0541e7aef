#pragma once

#include "core/common/result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace Demetra::Sample {

/// What to generate. The defaults produce the committed sample_data/social_media_ads_sample.csv.
struct SampleSpec
{
    qint64 rows = 20000;              ///< data rows, exactly
    quint64 seed = 20261124;          ///< same spec, same bytes, on every platform
    QDate start = QDate(2025, 11, 1); ///< first day of the span
    int days = 365;                   ///< length of the span in days
};

/// Writes a synthetic dataset in the Kaggle "Social Media Advertising Dataset" schema (header + exactly
/// spec.rows rows, UTF-8, LF line ends) to `path`, atomically: the file appears complete or not at all.
/// Campaigns repeat their Campaign_ID over the days of their window; the planted effects (channel response
/// curves, weekly and yearly seasonality, segment/audience/goal effects) are documented in sample_data/README.md.
/// Memory does not grow with the row count beyond the campaign list (about rows / 30 campaigns).
/// `progress(rowsWritten)`, which may be empty, is called about every 10,000 rows and with the final count (never
/// twice with the same count, so not at all for an empty sample).
/// Returns the number of data rows written. Fails with InvalidArgument for a malformed spec (see
/// CampaignPlan::build) and with Io when the file cannot be written.
Result<qint64> writeSampleCsv(const SampleSpec &spec, const QString &path,
                              const std::function<void(qint64)> &progress = {});

} // namespace Demetra::Sample
