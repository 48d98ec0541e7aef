#pragma once

#include "core/analytics/breakdown_row.h"
#include "core/analytics/kpi_summary.h"
#include "core/import/import_outcome.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Demetra::Cli {

/// Text and JSON renderings of core's snapshots for demetra-cli. JSON keys are stable and documented in the README;
/// a value that does not exist is null.
class CliFormat
{
public:
    /// {"spend", "impressions", "reach", "clicks", "conversions", "revenue", "ctr", "cpc", "cpm", "cpa",
    ///  "conversion_rate", "roi", "roas"} — plus "rows" and "engagement_score".
    static QJsonObject measures(const Totals &totals);
    static QJsonObject summary(const Analytics::KpiSummary &summary);
    static QJsonObject importOutcome(const Import::FileImportOutcome &file);

    /// A fixed-width table of the measures per row, with a totals line computed as ratio of sums.
    static QString table(const QString &keyTitle, const QList<Analytics::BreakdownRow> &rows, bool withTotal);
    static QString summaryText(const Analytics::KpiSummary &summary);
    static QString importText(const Import::FileImportOutcome &file);
    /// "1,234.50", "—" for no value; percent metrics as "12.34%".
    static QString value(Metric metric, std::optional<double> v);
};

} // namespace Demetra::Cli
