#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace Demetra::Report {

/// How a cell is written: the XLSX number format and the CSV text follow from it.
enum class CellKind
{
    Text,
    Integer,
    Number,      ///< a plain number (conversions, ratios such as ROAS)
    Money,       ///< a double in currency units (ratios of money: CPC, CPA)
    MoneyMicros, ///< an exact qint64 in micros of the currency (sums: spend, revenue)
    Percent,     ///< a fraction (0.125 is 12.5 %)
    Date,        ///< a QDate
};

/// One cell: its value (a null QVariant is "no value") and its kind.
struct ReportCell
{
    QVariant value;
    CellKind kind = CellKind::Text;
};

struct ReportColumn
{
    QString key;       ///< stable, for CSV consumers that read headers ("spend")
    QString title;     ///< translated header
    double width = 14; ///< XLSX column width in characters
};

/// A table of a report (KPIs, channels, ...): the same data the XLSX sheet, the CSV file and the PDF table show.
struct ReportTable
{
    QString key;   ///< "kpis", "channels", "campaigns", "daily", "forecasts", "budget", "alerts"
    QString title; ///< translated sheet title
    QList<ReportColumn> columns;
    QList<QList<ReportCell>> rows;
    QString note; ///< translated: why the table is empty or what it leaves out
};

} // namespace Demetra::Report
