#include "app/cli/cli_format.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace Demetra::Cli {

namespace {
const QList<Metric> &tableMetrics()
{
    static const QList<Metric> m{Metric::Spend,          Metric::Impressions, Metric::Clicks, Metric::Conversions,
                                 Metric::Revenue,        Metric::Ctr,         Metric::Cpc,    Metric::Cpa,
                                 Metric::ConversionRate, Metric::Roi};
    return m;
}

const QList<Metric> &jsonMetrics()
{
    static const QList<Metric> m{Metric::Spend,
                                 Metric::Impressions,
                                 Metric::Reach,
                                 Metric::Clicks,
                                 Metric::Conversions,
                                 Metric::Revenue,
                                 Metric::Ctr,
                                 Metric::Cpc,
                                 Metric::Cpm,
                                 Metric::Cpa,
                                 Metric::ConversionRate,
                                 Metric::Roi,
                                 Metric::Roas,
                                 Metric::EngagementScore};
    return m;
}

QJsonValue jsonValue(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString CliFormat::value(Metric metric, std::optional<double> v)
{
    if (!v)
        return QStringLiteral("—");
    const QLocale c = QLocale::c();
    if (MetricInfo::isPercent(metric))
        return c.toString(*v * 100.0, 'f', 2) + u'%';
    if (MetricInfo::isMoney(metric) || metric == Metric::Roas || metric == Metric::EngagementScore)
        return QLocale(QLocale::English).toString(*v, 'f', 2);
    if (metric == Metric::Conversions)
        return QLocale(QLocale::English).toString(*v, 'f', 1);
    return QLocale(QLocale::English).toString(qint64(*v));
}

QJsonObject CliFormat::measures(const Totals &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("rows"), t.rows);
    for (Metric m : jsonMetrics())
        o.insert(MetricInfo::key(m), jsonValue(t.value(m)));
    return o;
}

QJsonObject CliFormat::summary(const Analytics::KpiSummary &s)
{
    QJsonObject period;
    period.insert(QStringLiteral("from"), s.from.isValid() ? QJsonValue(s.from.toString(Qt::ISODate)) : QJsonValue());
    period.insert(QStringLiteral("to"), s.to.isValid() ? QJsonValue(s.to.toString(Qt::ISODate)) : QJsonValue());
    period.insert(QStringLiteral("previous_from"),
                  s.previousFrom.isValid() ? QJsonValue(s.previousFrom.toString(Qt::ISODate)) : QJsonValue());
    period.insert(QStringLiteral("previous_to"),
                  s.previousTo.isValid() ? QJsonValue(s.previousTo.toString(Qt::ISODate)) : QJsonValue());
    QJsonObject change;
    for (Metric m : jsonMetrics())
        change.insert(MetricInfo::key(m), jsonValue(s.change(m)));
    QJsonObject o;
    o.insert(QStringLiteral("totals"), measures(s.current));
    o.insert(QStringLiteral("previous"), measures(s.previous));
    o.insert(QStringLiteral("period"), period);
    o.insert(QStringLiteral("change"), change);
    o.insert(QStringLiteral("currencies"), QJsonArray::fromStringList(s.currencies));
    return o;
}

QJsonObject CliFormat::importOutcome(const Import::FileImportOutcome &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), f.file);
    o.insert(QStringLiteral("ok"), f.ok());
    o.insert(QStringLiteral("run_id"), f.runId);
    o.insert(QStringLiteral("layout"), f.layoutId);
    o.insert(QStringLiteral("layout_name"), f.layoutName);
    o.insert(QStringLiteral("encoding"), f.encoding);
    o.insert(QStringLiteral("delimiter"), f.delimiter);
    o.insert(QStringLiteral("records"), f.records);
    o.insert(QStringLiteral("rows_written"), f.factsWritten);
    o.insert(QStringLiteral("rejected"), f.rejected);
    o.insert(QStringLiteral("readings"), QJsonArray::fromStringList(f.readings));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(f.warnings));
    o.insert(QStringLiteral("accepted_totals"), measures(f.acceptedTotals));
    QJsonArray rejected;
    for (const Import::RejectedRow &r : f.rejectedRows) {
        QJsonObject row;
        row.insert(QStringLiteral("line"), r.line);
        row.insert(QStringLiteral("column"), r.column);
        row.insert(QStringLiteral("column_name"), r.columnName);
        row.insert(QStringLiteral("reason"), r.reason);
        rejected << row;
    }
    o.insert(QStringLiteral("rejected_rows"), rejected);
    if (f.error)
        o.insert(QStringLiteral("error"), f.error->message);
    o.insert(QStringLiteral("cancelled"), f.cancelled);
    return o;
}

QString CliFormat::table(const QString &keyTitle, const QList<Analytics::BreakdownRow> &rows, bool withTotal)
{
    QList<QStringList> cells;
    QStringList header{keyTitle};
    for (Metric m : tableMetrics())
        header << MetricInfo::displayName(m);
    cells << header;
    Totals total;
    for (const Analytics::BreakdownRow &r : rows) {
        QStringList line{r.label.isEmpty() ? QCoreApplication::translate("CliFormat", "(none)") : r.label};
        for (Metric m : tableMetrics())
            line << value(m, r.totals.value(m));
        cells << line;
        total += r.totals;
    }
    if (withTotal && !rows.isEmpty()) {
        QStringList line{QCoreApplication::translate("CliFormat", "Total")};
        for (Metric m : tableMetrics())
            line << value(m, total.value(m));
        cells << line;
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &line : cells) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = qMax(widths[i], int(qMin<qsizetype>(line[i].size(), 40)));
    }
    QString out;
    for (int li = 0; li < cells.size(); ++li) {
        const QStringList &line = cells[li];
        for (int i = 0; i < line.size(); ++i) {
            const QString cell = line[i].left(40);
            out += i == 0 ? cell.leftJustified(widths[i]) : cell.rightJustified(widths[i] + 2);
        }
        out += u'\n';
        if (li == 0 || (withTotal && li == cells.size() - 2)) {
            int lineWidth = 0;
            for (int w : widths)
                lineWidth += w + 2;
            out += QString(lineWidth - 2, u'-') + u'\n';
        }
    }
    return out;
}

QString CliFormat::summaryText(const Analytics::KpiSummary &s)
{
    QString out = QCoreApplication::translate("CliFormat", "Period %1 – %2, compared with %3 – %4\n")
                      .arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate),
                           s.previousFrom.toString(Qt::ISODate), s.previousTo.toString(Qt::ISODate));
    if (s.currencies.size() > 1)
        out += QCoreApplication::translate("CliFormat",
                                           "Warning: money adds up different currencies (%1); filter by account.\n")
                   .arg(s.currencies.join(QStringLiteral(", ")));
    for (Metric m : jsonMetrics()) {
        const std::optional<double> ch = s.change(m);
        const QString change =
            ch ? QStringLiteral("%1%2%").arg(*ch >= 0 ? QStringLiteral("+") : QString()).arg(*ch * 100.0, 0, 'f', 1)
               : QStringLiteral("—");
        out += MetricInfo::displayName(m).leftJustified(22) + value(m, s.current.value(m)).rightJustified(18) +
               change.rightJustified(12) + u'\n';
    }
    return out;
}

QString CliFormat::importText(const Import::FileImportOutcome &f)
{
    QString out;
    if (f.error)
        return out; // the reason goes to stderr, with the other messages
    if (f.cancelled)
        return QCoreApplication::translate("CliFormat", "%1: cancelled; nothing from this file was kept\n").arg(f.file);
    out += QCoreApplication::translate("CliFormat", "%1: %2 (%3, %4-separated)\n")
               .arg(f.file, f.layoutName, f.encoding, f.delimiter);
    for (const QString &r : f.readings)
        out += QStringLiteral("  · ") + r + u'\n';
    for (const QString &w : f.warnings)
        out += QStringLiteral("  ! ") + w + u'\n';
    out += QCoreApplication::translate("CliFormat", "  %1 records read, %2 rows written, %3 rejected\n")
               .arg(f.records)
               .arg(f.factsWritten)
               .arg(f.rejected);
    int shown = 0;
    for (const Import::RejectedRow &r : f.rejectedRows) {
        if (++shown > 20) {
            out += QCoreApplication::translate("CliFormat", "  … %1 more rejected rows (demetra-cli rejected %2)\n")
                       .arg(f.rejected - 20)
                       .arg(f.runId);
            break;
        }
        out += r.column > 0 ? QCoreApplication::translate("CliFormat", "  line %1, column %2 (%3): %4\n")
                                  .arg(r.line)
                                  .arg(r.column)
                                  .arg(r.columnName, r.reason)
                            : QCoreApplication::translate("CliFormat", "  line %1: %2\n").arg(r.line).arg(r.reason);
    }
    return out;
}

} // namespace Demetra::Cli
