#pragma once

#include "core/common/result.h"
#include "core/report/report_data.h"

#include <QPageSize>
#include <QString>

namespace Demetra::Ui {

/// Renders a report as PDF with QPdfWriter and QPainter: a cover (period, filters, data freshness with each
/// connected account's "complete up to"), the KPI table with the change against the previous period, the growth,
/// channel comparison and ROI-by-channel charts (QtCharts drawn offscreen, not window grabs), the forecasts with their
/// 80 % intervals and backtest sentences, the budget recommendation, the latest recommendations with their author,
/// the open alerts and an appendix (formulas, data sources). Text is translated by the installed translator and
/// numbers formatted by the default QLocale. Needs a QApplication (charts are graphics items).
class PdfReportWriter
{
public:
    /// A4, or Letter where the locale measures in US units.
    static QPageSize::PageSizeId defaultPageSize(const QLocale &locale);
    /// Writes `path` through a temporary file in the same folder (QSaveFile), renamed only when complete. Fails with
    /// Io (the path and the reason in the message) and leaves no file behind.
    static Status write(const Report::ReportData &data, const QString &path,
                        QPageSize::PageSizeId pageSize = QPageSize::A4);
};

} // namespace Demetra::Ui
