// Reports (issue 8): the report data, the XLSX workbook read back with openpyxl (Debian python3-openpyxl) and the CSV
// tables parsed back, compared with figures the analytics service computes on its own; unwritable paths, an empty
// period, filters, RFC 4180 quoting and exact money.

#include "core/alerts/alert_repository.h"
#include "core/analytics/analytics_service.h"
#include "core/connectors/connector_account_repository.h"
#include "core/jobs/job_context.h"
#include "core/report/csv_table_writer.h"
#include "core/report/report_job.h"
#include "core/report/report_schedule.h"
#include "core/report/report_tables.h"
#include "core/report/xlsx_report_writer.h"
#include "core/storage/database.h"
#include "tests/support/read_xlsx.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace Demetra;
using namespace Demetra::Report;

namespace {

/// The workbook as openpyxl reads it: {"sheets": [...], "<sheet>": {"cells": {"A1": v}, "formats", "freeze"}}.
using Demetra::Test::readXlsx;

/// RFC 4180 parser (quoted fields with doubled quotes and line breaks), for reading the CSV back.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QString cellName(int column, int row)
{
    return QString(QChar(u'A' + column)) + QString::number(row);
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    Test::TempDatabase m_db;
    Analytics::AnalyticsFilter m_period; ///< three months in the middle of the sample: a previous period exists
    ReportData m_data;

    ReportData build(const ReportRequest &request)
    {
        Jobs::JobContext context(m_db.location());
        Result<ReportData> data = buildReportData(request, context);
        if (!data)
            qFatal("report data: %s", qPrintable(data.error().toString()));
        return *data;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral("/usr/bin/python3")));
        m_db.importOne(QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv"));
        m_period.from = QDate(2026, 5, 1);
        m_period.to = QDate(2026, 7, 31);
        m_data = build(ReportRequest{m_period});
    }

    void dataMatchesAnalytics()
    {
        Storage::Database db = m_db.open();
        const Analytics::AnalyticsService analytics(db);
        const Analytics::KpiSummary s = *analytics.summary(m_period);
        QCOMPARE(m_data.summary.from, QDate(2026, 5, 1));
        QCOMPARE(m_data.summary.to, QDate(2026, 7, 31));
        QCOMPARE(m_data.summary.current.spendMicros, s.current.spendMicros);
        QCOMPARE(m_data.summary.previous.spendMicros, s.previous.spendMicros);
        QVERIFY(s.previous.spendMicros > 0);
        QCOMPARE(m_data.channels.size(), analytics.breakdown(m_period, Analytics::Dimension::Channel)->size());
        QCOMPARE(m_data.daily.size(), 92); // every day of May–July
        QVERIFY(!m_data.campaigns.isEmpty());
        QVERIFY2(m_data.forecasts.has_value(),
                 qPrintable(m_data.forecastError ? m_data.forecastError->message : QString()));
        QVERIFY(!m_data.forecasts->channels.isEmpty());
        QVERIFY2(m_data.budget && m_data.budget->plan,
                 qPrintable(m_data.budgetError ? m_data.budgetError->message : QStringLiteral("no plan")));
        QCOMPARE(m_data.sources.size(), 1);
        QCOMPARE(m_data.sources.first().kind, QStringLiteral("file"));
        QCOMPARE(m_data.sources.first().lastDay, QDate(2026, 10, 31));
        QCOMPARE(m_data.currency(), QStringLiteral("USD"));
    }

    void xlsxCellsEqualCoreKpis()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        QVERIFY(XlsxReportWriter::write(m_data, path).has_value());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.xlsx")});
        const QJsonObject book = readXlsx(path);
        QCOMPARE(book.value(QStringLiteral("sheets")).toArray().toVariantList(),
                 (QVariantList{QStringLiteral("KPIs"), QStringLiteral("Channels"), QStringLiteral("Campaigns"),
                               QStringLiteral("Daily"), QStringLiteral("Forecasts"), QStringLiteral("Budget"),
                               QStringLiteral("Alerts")}));

        // KPIs: each metric's current, previous and change, against the analytics service's own figures.
        Storage::Database db = m_db.open();
        const Analytics::KpiSummary s = *Analytics::AnalyticsService(db).summary(m_period);
        const QJsonObject kpis = book.value(QStringLiteral("KPIs")).toObject();
        const QJsonObject cells = kpis.value(QStringLiteral("cells")).toObject();
        const QJsonObject formats = kpis.value(QStringLiteral("formats")).toObject();
        QCOMPARE(kpis.value(QStringLiteral("freeze")).toString(), QStringLiteral("A5"));
        QVERIFY(cells.value(QStringLiteral("A2")).toString().contains(QStringLiteral("2026-05-01 to 2026-07-31")));
        QCOMPARE(cells.value(QStringLiteral("C4")).toString(), QStringLiteral("Current period"));
        int checked = 0;
        for (int row = 5; cells.contains(cellName(1, row)); ++row) {
            const std::optional<Metric> m = MetricInfo::fromKey(cells.value(cellName(1, row)).toString());
            QVERIFY(m.has_value());
            const std::optional<double> current = s.current.value(*m);
            const std::optional<double> previous = s.previous.value(*m);
            const std::optional<double> change = s.change(*m);
            QCOMPARE(cells.contains(cellName(2, row)), current.has_value());
            if (current)
                QVERIFY2(near(cells.value(cellName(2, row)).toDouble(), *current), qPrintable(MetricInfo::key(*m)));
            if (previous)
                QVERIFY(near(cells.value(cellName(3, row)).toDouble(), *previous));
            if (change)
                QVERIFY(near(cells.value(cellName(4, row)).toDouble(), *change));
            const QString format = formats.value(cellName(2, row)).toString();
            if (MetricInfo::isMoney(*m))
                QCOMPARE(format, QStringLiteral("#,##0.00 \"USD\""));
            else if (MetricInfo::isPercent(*m))
                QCOMPARE(format, QStringLiteral("0.00%"));
            ++checked;
        }
        QCOMPARE(checked, 12);
        QVERIFY(near(cells.value(QStringLiteral("C5")).toDouble(), double(s.current.spendMicros) / 1e6));

        // Channels: every channel's spend and ROI.
        const QList<Analytics::BreakdownRow> channels =
            *Analytics::AnalyticsService(db).breakdown(m_period, Analytics::Dimension::Channel);
        const QJsonObject ch =
            book.value(QStringLiteral("Channels")).toObject().value(QStringLiteral("cells")).toObject();
        QCOMPARE(ch.value(QStringLiteral("B4")).toString(), QStringLiteral("Spend"));
        for (int i = 0; i < channels.size(); ++i) {
            const int row = 5 + i;
            QCOMPARE(ch.value(cellName(0, row)).toString(), channels.at(i).label);
            QVERIFY(near(ch.value(cellName(1, row)).toDouble(), double(channels.at(i).totals.spendMicros) / 1e6));
            QVERIFY(near(ch.value(cellName(12, row)).toDouble(), *channels.at(i).totals.value(Metric::Roi)));
        }
        QVERIFY(!ch.contains(cellName(0, 5 + int(channels.size()))));

        // Daily: real dates with a date format; Forecasts and Budget carry numbers.
        const QJsonObject daily = book.value(QStringLiteral("Daily")).toObject();
        QCOMPARE(daily.value(QStringLiteral("cells")).toObject().value(QStringLiteral("A5")).toString(),
                 QStringLiteral("2026-05-01"));
        QCOMPARE(daily.value(QStringLiteral("formats")).toObject().value(QStringLiteral("A5")).toString(),
                 QStringLiteral("yyyy-mm-dd"));
        QCOMPARE(daily.value(QStringLiteral("max_row")).toInt(), 4 + 92);
        QVERIFY(daily.value(QStringLiteral("widths")).toObject().value(QStringLiteral("A")).toDouble() > 8);
        const QJsonObject fc =
            book.value(QStringLiteral("Forecasts")).toObject().value(QStringLiteral("cells")).toObject();
        QCOMPARE(fc.value(QStringLiteral("A5")).toString(), m_data.forecasts->channels.first().channel);
        QVERIFY(fc.value(QStringLiteral("D5")).isDouble());
        const QJsonObject bu =
            book.value(QStringLiteral("Budget")).toObject().value(QStringLiteral("cells")).toObject();
        QVERIFY(
            near(bu.value(QStringLiteral("C5")).toDouble(), m_data.budget->plan->channels.first().recommendedSpend));
    }

    void csvParsesBack_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString &key : reportTableKeys())
            QTest::newRow(qPrintable(key)) << key;
    }

    void csvParsesBack()
    {
        QFETCH(QString, table);
        QTemporaryDir dir;
        const QString path = dir.filePath(table + QStringLiteral(".csv"));
        const ReportTable t = *reportTable(m_data, table);
        QVERIFY(CsvTableWriter::write(t, path).has_value());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), 1 + t.rows.size());
        QStringList keys;
        for (const ReportColumn &c : t.columns)
            keys << c.key;
        QCOMPARE(rows.first(), keys);
        for (const QStringList &r : rows)
            QCOMPARE(r.size(), t.columns.size());
    }

    void csvMoneyIsExact()
    {
        const ReportTable t = *reportTable(m_data, QStringLiteral("channels"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(CsvTableWriter::toCsv(t).mid(3)));
        Storage::Database db = m_db.open();
        const QList<Analytics::BreakdownRow> channels =
            *Analytics::AnalyticsService(db).breakdown(m_period, Analytics::Dimension::Channel);
        QCOMPARE(rows.size(), 1 + channels.size());
        for (int i = 0; i < channels.size(); ++i) {
            QCOMPARE(rows.at(1 + i).at(0), channels.at(i).label);
            // spend in micros back from the decimal text, digit by digit
            QString spend = rows.at(1 + i).at(1);
            const qsizetype dot = spend.indexOf(u'.');
            const QString whole = dot < 0 ? spend : spend.left(dot);
            const QString frac = dot < 0 ? QString() : spend.mid(dot + 1);
            QVERIFY(frac.size() <= 6);
            const qint64 micros = whole.toLongLong() * 1000000 + frac.leftJustified(6, u'0').toLongLong();
            QCOMPARE(micros, channels.at(i).totals.spendMicros);
            QCOMPARE(rows.at(1 + i).at(3), QString::number(channels.at(i).totals.impressions));
        }
    }

    void csvQuoting()
    {
        ReportTable t{QStringLiteral("x"),
                      QStringLiteral("X"),
                      {{QStringLiteral("name"), QStringLiteral("Name")}, {QStringLiteral("n"), QStringLiteral("N")}},
                      {},
                      {}};
        const QStringList names{QStringLiteral("plain"),
                                QStringLiteral("a, b"),
                                QStringLiteral("say \"hi\""),
                                QStringLiteral("two\r\nlines"),
                                QStringLiteral("Кампания «Осень»"),
                                QString()};
        for (const QString &n : names)
            t.rows << QList<ReportCell>{{n, CellKind::Text}, {QVariant(), CellKind::Number}};
        const QByteArray csv = CsvTableWriter::toCsv(t);
        QVERIFY(csv.contains("\"a, b\""));
        QVERIFY(csv.contains("\"say \"\"hi\"\"\""));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
        QCOMPARE(rows.size(), 1 + names.size());
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(rows.at(1 + i), (QStringList{names.at(i), QString()}));
    }

    void microsToDecimalIsExact()
    {
        QCOMPARE(microsToDecimal(0), QStringLiteral("0"));
        QCOMPARE(microsToDecimal(1), QStringLiteral("0.000001"));
        QCOMPARE(microsToDecimal(-1500000), QStringLiteral("-1.5"));
        QCOMPARE(microsToDecimal(10952018490000), QStringLiteral("10952018.49"));
        QCOMPARE(microsToDecimal(std::numeric_limits<qint64>::min()), QStringLiteral("-9223372036854.775808"));
    }

    void unwritablePathLeavesNothing()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/report.xlsx"));
        Status x = XlsxReportWriter::write(m_data, missing);
        QVERIFY(!x);
        QCOMPARE(x.error().code, ErrorCode::Io);
        QVERIFY2(x.error().message.contains(QStringLiteral("report.xlsx")), qPrintable(x.error().message));
        Status c = CsvTableWriter::write(*reportTable(m_data, QStringLiteral("kpis")),
                                         dir.filePath(QStringLiteral("no/such/kpis.csv")));
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::Io);
        // A path that is a folder.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.xlsx")));
        Status folder = XlsxReportWriter::write(m_data, dir.filePath(QStringLiteral("taken.xlsx")));
        QVERIFY(!folder);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{});
    }

    void existingFileReplacedWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.xlsx"));
        Test::writeFile(dir.path(), QStringLiteral("r.xlsx"), QByteArray(500000, 'x'));
        QVERIFY(XlsxReportWriter::write(m_data, path).has_value());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(2) == "PK");
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("r.xlsx")});
    }

    void emptyPeriodSaysSo()
    {
        Analytics::AnalyticsFilter future;
        future.from = QDate(2031, 1, 1);
        future.to = QDate(2031, 1, 31);
        const ReportData empty = build(ReportRequest{future});
        QVERIFY(empty.isEmpty());
        QVERIFY(empty.channels.isEmpty());
        QVERIFY(!empty.forecasts);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.xlsx"));
        QVERIFY(XlsxReportWriter::write(empty, path).has_value());
        const QJsonObject book = readXlsx(path);
        const QJsonObject kpis =
            book.value(QStringLiteral("KPIs")).toObject().value(QStringLiteral("cells")).toObject();
        QCOMPARE(kpis.value(QStringLiteral("A3")).toString(), QStringLiteral("No data in the selected period."));
        QVERIFY(!kpis.contains(QStringLiteral("C5"))); // spend has no value, not 0
        const QJsonObject fc =
            book.value(QStringLiteral("Forecasts")).toObject().value(QStringLiteral("cells")).toObject();
        QCOMPARE(fc.value(QStringLiteral("A3")).toString(), QStringLiteral("No data in the selected period."));
        const QList<QStringList> rows =
            parseCsv(QString::fromUtf8(CsvTableWriter::toCsv(*reportTable(empty, QStringLiteral("channels"))).mid(3)));
        QCOMPARE(rows.size(), 1);
    }

    void filterNarrowsTables()
    {
        Analytics::AnalyticsFilter f = m_period;
        f.channels = {QStringLiteral("Facebook")};
        ReportRequest request{f};
        request.forecasts = false;
        request.budget = false;
        const ReportData d = build(request);
        QCOMPARE(d.channels.size(), 1);
        QCOMPARE(d.channels.first().label, QStringLiteral("Facebook"));
        for (const Analytics::BreakdownRow &c : d.campaigns)
            QCOMPARE(c.channel, QStringLiteral("Facebook"));
        QCOMPARE(d.filterText(), QStringLiteral("Channels: Facebook"));
        const ReportTable t = *reportTable(d, QStringLiteral("forecasts"));
        QCOMPARE(t.note, QStringLiteral("Forecasts were not computed for this report."));
        QCOMPARE(d.summary.current.spendMicros, d.channels.first().totals.spendMicros);
    }

    void schedulePeriodsAndNames()
    {
        const QDate today(2026, 11, 25); // a Wednesday
        QCOMPARE(scheduledPeriod(ReportFrequency::Daily, today), std::pair(QDate(2026, 11, 24), QDate(2026, 11, 24)));
        QCOMPARE(scheduledPeriod(ReportFrequency::Weekly, today), std::pair(QDate(2026, 11, 16), QDate(2026, 11, 22)));
        QCOMPARE(scheduledPeriod(ReportFrequency::Weekly, QDate(2026, 11, 23)),
                 std::pair(QDate(2026, 11, 16), QDate(2026, 11, 22))); // Monday: last week is complete
        QCOMPARE(scheduledPeriod(ReportFrequency::Monthly, today), std::pair(QDate(2026, 10, 1), QDate(2026, 10, 31)));
        QCOMPARE(scheduledPeriod(ReportFrequency::Monthly, QDate(2027, 1, 1)),
                 std::pair(QDate(2026, 12, 1), QDate(2026, 12, 31)));
        QCOMPARE(scheduledFileName(ReportFrequency::Daily, today),
                 QStringLiteral("demetra-report-daily-2026-11-24.xlsx"));
        QCOMPARE(scheduledFileName(ReportFrequency::Weekly, today),
                 QStringLiteral("demetra-report-weekly-2026-W47.xlsx"));
        QCOMPARE(scheduledFileName(ReportFrequency::Weekly, QDate(2027, 1, 6)),
                 QStringLiteral("demetra-report-weekly-2026-W53.xlsx"));
        QCOMPARE(scheduledFileName(ReportFrequency::Monthly, today),
                 QStringLiteral("demetra-report-monthly-2026-10.xlsx"));
        QCOMPARE(frequencyFromKey(QStringLiteral("weekly")), std::optional(ReportFrequency::Weekly));
        QVERIFY(!frequencyFromKey(QStringLiteral("hourly")));
    }

    void scheduledReportWrittenOncePerPeriod()
    {
        QTemporaryDir dir;
        const ReportSchedule schedule{ReportFrequency::Monthly, dir.path()};
        Jobs::JobContext context(m_db.location());
        Result<std::optional<QString>> first = runScheduledReport(schedule, QDate(2026, 8, 3), context);
        QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(first->has_value());
        QCOMPARE(QFileInfo(**first).fileName(), QStringLiteral("demetra-report-monthly-2026-07.xlsx"));
        const QJsonObject book = readXlsx(**first);
        const QJsonObject kpis =
            book.value(QStringLiteral("KPIs")).toObject().value(QStringLiteral("cells")).toObject();
        QVERIFY(kpis.value(QStringLiteral("A2")).toString().contains(QStringLiteral("2026-07-01 to 2026-07-31")));
        Storage::Database db = m_db.open();
        Analytics::AnalyticsFilter july;
        july.from = QDate(2026, 7, 1);
        july.to = QDate(2026, 7, 31);
        QVERIFY(near(kpis.value(QStringLiteral("C5")).toDouble(),
                     double(Analytics::AnalyticsService(db).totals(july)->spendMicros) / 1e6));
        // The same day again, and later the same month: the period's file is there, nothing is written.
        Result<std::optional<QString>> again = runScheduledReport(schedule, QDate(2026, 8, 20), context);
        QVERIFY(again.has_value());
        QVERIFY(!again->has_value());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        // A folder that does not exist.
        Result<std::optional<QString>> missing = runScheduledReport(
            ReportSchedule{ReportFrequency::Daily, dir.filePath(QStringLiteral("gone"))}, QDate(2026, 8, 3), context);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::Io);
    }

    void freshnessAndAlerts()
    {
        // A connected account synced up to a day, and an open alert: both reach the report.
        {
            Storage::Database db = m_db.open();
            Connectors::ConnectorAccountRepository accounts(db);
            Connectors::ConnectorAccount a;
            a.platform = Connectors::Platform::TikTok;
            a.accountId = QStringLiteral("7000000000000000001");
            a.name = QStringLiteral("TikTok shop");
            Result<qint64> id = accounts.add(a);
            QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().toString()));
            a.id = *id;
            a.completeUpTo = QDate(2026, 11, 22);
            a.lastStatus = QStringLiteral("ok");
            QVERIFY(accounts.recordSync(a).has_value());
            Alerts::AlertFinding f;
            f.rule = Alerts::AlertRule::RoiDrop;
            f.channel = QStringLiteral("Pinterest");
            f.metric = QStringLiteral("roi");
            f.value = 0.08;
            f.threshold = 1.5;
            f.windowFrom = QDate(2026, 7, 25);
            f.windowTo = QDate(2026, 7, 31);
            f.message = QStringLiteral("Pinterest: ROI 0.08 over 25-31 Jul, below 1.5");
            QVERIFY(Alerts::AlertRepository(db).apply({f}, QDateTime::currentDateTimeUtc(), {f.rule}).has_value());
        }
        ReportRequest request{m_period};
        request.forecasts = false;
        request.budget = false;
        const ReportData d = build(request);
        QCOMPARE(d.sources.size(), 2);
        const auto api = std::find_if(d.sources.cbegin(), d.sources.cend(),
                                      [](const DataSourceFreshness &s) { return s.kind == QLatin1String("api"); });
        QVERIFY(api != d.sources.cend());
        QCOMPARE(api->name, QStringLiteral("TikTok shop"));
        QCOMPARE(api->platform, QStringLiteral("tiktok"));
        QCOMPARE(api->completeUpTo, QDate(2026, 11, 22));
        QCOMPARE(d.openAlerts.size(), 1);
        const ReportTable alerts = *reportTable(d, QStringLiteral("alerts"));
        QCOMPARE(alerts.rows.size(), 1);
        QCOMPARE(alerts.rows.first().at(2).value.toString(), QStringLiteral("Pinterest"));
        QCOMPARE(alerts.rows.first().at(5).value.toDouble(), 0.08);
        QCOMPARE(alerts.rows.first().at(8).value.toDate(), QDate(2026, 7, 31));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(CsvTableWriter::toCsv(alerts).mid(3)));
        QCOMPARE(rows.at(1).last(), QStringLiteral("Pinterest: ROI 0.08 over 25-31 Jul, below 1.5"));
        QCOMPARE(rows.at(1).at(8), QStringLiteral("2026-07-31"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
