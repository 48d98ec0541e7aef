#pragma once

#include "core/report/report_data.h"
#include "core/report/report_table.h"

#include <QStringList>
#include <optional>

namespace Demetra::Report {

/// The keys of the tables a report has, in sheet order: kpis, channels, campaigns, daily, forecasts, budget, alerts.
QStringList reportTableKeys();
/// Builds the table `key` (one of reportTableKeys()) from the data; nullopt for an unknown key.
std::optional<ReportTable> reportTable(const ReportData &data, const QString &key);
/// Every table in sheet order.
QList<ReportTable> reportTables(const ReportData &data);
/// Exact decimal text of an amount in micros ("1234.5", "-0.000001"): no rounding through double.
QString microsToDecimal(qint64 micros);

} // namespace Demetra::Report
