// PDF report (issue 8): the text pdftotext (Debian poppler-utils) extracts holds the KPI values the core computes,
// formatted by the locale; the budget plan's total as money and its statuses (and alerts' severities) in words, not
// keys; A4 and Letter; Russian; an empty period; an unwritable path; and `demetra --report` writing the PDF
// offscreen without a window.

#include "core/alerts/alert.h"
#include "core/alerts/alert_rule.h"
#include "core/analytics/analytics_service.h"
#include "core/domain/metric.h"
#include "core/jobs/job_context.h"
#include "core/report/report_job.h"
#include "core/storage/database.h"
#include "tests/support/test_support.h"
#include "ui/i18n/translation_loader.h"
#include "ui/models/budget_table_model.h"
#include "ui/report/pdf_report_export.h"
#include "ui/report/pdf_report_writer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Demetra;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The PDF's text, with no-break and thin spaces made plain and lines' runs of spaces collapsed.
QString pdfText(const QString &path)
{
    QString t = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    t.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    t.replace(QChar(0xFB01), QStringLiteral("fi")); // the "fi" ligature
    return t;
}

QString pageSize(const QString &path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    for (const QString &line : info.split(u'\n')) {
        if (line.startsWith(QStringLiteral("Page size:")))
            return line.mid(10).trimmed();
    }
    return {};
}

} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT

private:
    Test::TempDatabase m_db;
    Analytics::AnalyticsFilter m_period;
    Report::ReportData m_data;
    Analytics::KpiSummary m_summary; ///< computed by the analytics service on its own

    Report::ReportData build(const Analytics::AnalyticsFilter &filter)
    {
        Jobs::JobContext context(m_db.location());
        Result<Report::ReportData> d = Report::buildReportData(Report::ReportRequest{filter}, context);
        if (!d)
            qFatal("%s", qPrintable(d.error().toString()));
        return *d;
    }

    /// The KPI values as the report must show them in `locale`.
    QStringList expectedKpis(const QLocale &l) const
    {
        const Totals &t = m_summary.current;
        auto money = [&](Metric m) -> QString { return l.toString(*t.value(m), 'f', 2) + QStringLiteral(" USD"); };
        auto pct = [&](Metric m) -> QString { return l.toString(*t.value(m) * 100.0, 'f', 2) + QStringLiteral(" %"); };
        QStringList v{money(Metric::Spend),
                      money(Metric::Revenue),
                      money(Metric::Cpc),
                      money(Metric::Cpm),
                      money(Metric::Cpa),
                      pct(Metric::Ctr),
                      pct(Metric::ConversionRate),
                      pct(Metric::Roi),
                      l.toString(t.impressions),
                      l.toString(t.clicks),
                      l.toString(*t.value(Metric::Roas), 'f', 2)};
        for (QString &s : v)
            s.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
        return v;
    }

    /// The budget section as the report must write it with the current translator and `l`: the plan's total as
    /// money ("900 165,90 USD", not "900165.90"), then each channel's status in the Budget page's words.
    QStringList expectedBudget(const QLocale &l) const
    {
        if (!m_data.budget || !m_data.budget->plan)
            qFatal("the sample has no budget plan");
        const Budget::BudgetPlan &plan = *m_data.budget->plan;
        QStringList v{l.toString(plan.total, 'f', 2) + QStringLiteral(" USD")};
        for (const Budget::ChannelAllocation &a : plan.channels) {
            if (a.reason.isEmpty())
                v << Ui::BudgetTableModel::statusText(a.status);
        }
        for (QString &s : v)
            s.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
        return v;
    }

    /// The budget texts are in `text`, and no raw status key ("at_min_bound") is.
    static void verifyBudget(const QString &text, const QStringList &expected)
    {
        const QString flat = text.simplified();
        QVERIFY2(flat.contains(expected.first() + u'.'), qPrintable(expected.first()));
        QVERIFY(expected.size() > 1);
        for (const QString &w : expected.mid(1))
            QVERIFY2(flat.contains(w), qPrintable(w));
        for (Budget::AllocationStatus st : {Budget::AllocationStatus::AtMinBound, Budget::AllocationStatus::AtMaxBound,
                                            Budget::AllocationStatus::NotEnoughData})
            QVERIFY2(!flat.contains(Budget::allocationStatusKey(st)), qPrintable(Budget::allocationStatusKey(st)));
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db.importOne(QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv"));
        m_period.from = QDate(2026, 5, 1);
        m_period.to = QDate(2026, 7, 31);
        m_data = build(m_period);
        Storage::Database db = m_db.open();
        m_summary = *Analytics::AnalyticsService(db).summary(m_period);
    }

    void textHoldsKpiValues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(Ui::PdfReportWriter::write(m_data, path, QPageSize::A4).has_value());
        const QString text = pdfText(path);
        const QStringList expected = expectedKpis(QLocale());
        QVERIFY(expected.first().startsWith(QStringLiteral("2,")) || expected.first().contains(u','));
        for (const QString &v : expected)
            QVERIFY2(text.contains(v), qPrintable(v));
        // The change against the previous period, signed.
        const double change = *m_summary.change(Metric::Roi) * 100.0;
        QVERIFY(text.contains((change > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(change, 'f', 2) +
                              QStringLiteral(" %")));
        for (const QString &s :
             {QStringLiteral("Data freshness"), QStringLiteral("Kaggle Social Media Ads"), QStringLiteral("Growth"),
              QStringLiteral("Channel comparison"), QStringLiteral("ROI by channel"), QStringLiteral("Forecasts"),
              QStringLiteral("Budget recommendation"), QStringLiteral("Open alerts"),
              QStringLiteral("Appendix: formulas"), QStringLiteral("Period: 5/1/26 to 7/31/26")})
            QVERIFY2(text.contains(s), qPrintable(s));
        // Each channel's backtest sentence (from the forecast job), and the charts' titles (drawn, so text too).
        QVERIFY(m_data.forecasts && !m_data.forecasts->channels.isEmpty());
        for (const Forecast::ChannelRoiForecast &c : m_data.forecasts->channels) {
            if (c.roiBacktest)
                QVERIFY2(text.simplified().contains(
                             QString(c.channel + QStringLiteral(": ") + c.roiBacktest->sentence()).simplified()),
                         qPrintable(c.channel));
        }
        QVERIFY(text.contains(QStringLiteral("Daily spend and revenue")));
        QCOMPARE(pageSize(path).left(14), QStringLiteral("595 x 842 pts "));
        // The budget plan's total with separators and currency, statuses in words.
        const QStringList budget = expectedBudget(QLocale());
        QVERIFY2(budget.first().contains(u','), qPrintable(budget.first())); // a group separator: over a thousand
        verifyBudget(text, budget);
        QVERIFY(text.simplified().contains(QStringLiteral(", total ") + budget.first() + u'.'));
    }

    void letterAndDefaultPage()
    {
        QCOMPARE(Ui::PdfReportWriter::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QPageSize::Letter);
        QCOMPARE(Ui::PdfReportWriter::defaultPageSize(QLocale(QLocale::Russian, QLocale::Russia)), QPageSize::A4);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("letter.pdf"));
        QVERIFY(Ui::PdfReportWriter::write(m_data, path, QPageSize::Letter).has_value());
        QCOMPARE(pageSize(path).left(14), QStringLiteral("612 x 792 pts "));
    }

    void russian()
    {
        Ui::TranslationLoader translations;
        QVERIFY(translations.install(QStringLiteral("ru")));
        const QLocale ru(QLocale::Russian, QLocale::Russia);
        QLocale::setDefault(ru);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ru.pdf"));
        const Status s = Ui::PdfReportWriter::write(m_data, path, QPageSize::A4);
        const QString spendName = MetricInfo::displayName(Metric::Spend);
        const QStringList budget = expectedBudget(ru);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        translations.install(QStringLiteral("en"));
        QVERIFY(s.has_value());
        const QString text = pdfText(path);
        QVERIFY2(spendName != QStringLiteral("Spend"), qPrintable(spendName)); // the catalogue has it
        QVERIFY2(text.contains(spendName), qPrintable(spendName));
        for (const QString &v : expectedKpis(ru))
            QVERIFY2(text.contains(v), qPrintable(v));
        QVERIFY(text.contains(QStringLiteral("01.05.2026")));
        // Translated status words ("OK", "На минимуме", ...) and the total as "900 165,90 USD".
        QVERIFY2(budget.first().contains(u' ') && budget.first().contains(u','), qPrintable(budget.first()));
        verifyBudget(text, budget);
    }

    void alertSeverityInWords()
    {
        Report::ReportData data = m_data;
        Alerts::Alert a;
        a.finding.severity = Alerts::Severity::Critical;
        a.finding.message = QStringLiteral("Facebook: ROI 0.42 over 1-7 Jul, below 1.5");
        a.firstSeen = QDateTime(QDate(2026, 7, 8), QTime(9, 0), Qt::UTC);
        data.openAlerts << a;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.pdf"));
        QVERIFY(Ui::PdfReportWriter::write(data, path, QPageSize::A4).has_value());
        const QString text = pdfText(path);
        QString line;
        for (const QString &l : text.split(u'\n'))
            if (l.contains(QStringLiteral("ROI 0.42 over")))
                line = l;
        QVERIFY2(line.contains(Alerts::severityTitle(Alerts::Severity::Critical)), qPrintable(line));
        QVERIFY2(!line.contains(Alerts::severityKey(Alerts::Severity::Critical)), qPrintable(line));
    }

    void emptyPeriodSaysSo()
    {
        Analytics::AnalyticsFilter future;
        future.from = QDate(2031, 1, 1);
        future.to = QDate(2031, 1, 31);
        const Report::ReportData empty = build(future);
        QVERIFY(empty.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(Ui::PdfReportWriter::write(empty, path).has_value());
        const QString text = pdfText(path).simplified();
        QVERIFY2(text.contains(QStringLiteral("There is no data in the selected period")), qPrintable(text.left(800)));
        QVERIFY(text.contains(QStringLiteral("Period: 1/1/31 to 1/31/31")));
    }

    void unwritablePathLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/report.pdf"));
        const Status s = Ui::PdfReportWriter::write(m_data, path);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Io);
        QVERIFY(s.error().message.contains(QStringLiteral("report.pdf")));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    void exportRunsTheJob()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.pdf"));
        Report::ReportRequest request{m_period};
        request.forecasts = false;
        QVERIFY(Ui::exportPdfReport(m_db.location(), request, path, QPageSize::A4).has_value());
        const QString text = pdfText(path);
        QVERIFY(text.contains(expectedKpis(QLocale()).first()));
        QVERIFY(text.contains(QStringLiteral("Forecasts were not computed for this report.")));
    }

    void desktopWritesPdfOffscreen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.pdf"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DEMETRA_APP_PATH),
                {QStringLiteral("--db"), m_db.location().target, QStringLiteral("--lang"), QStringLiteral("en"),
                 QStringLiteral("--report"), path, QStringLiteral("--page"), QStringLiteral("letter"),
                 QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                 QStringLiteral("2026-07-31")});
        QVERIFY(p.waitForFinished(180000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(pageSize(path).left(14), QStringLiteral("612 x 792 pts "));
        const QString text = pdfText(path);
        for (const QString &v : expectedKpis(QLocale(QLocale::English, QLocale::UnitedStates)))
            QVERIFY2(text.contains(v), qPrintable(v));

        // An unwritable path: a message on stderr, exit 1, no file.
        QProcess bad;
        bad.setProcessEnvironment(env);
        bad.start(QStringLiteral(DEMETRA_APP_PATH),
                  {QStringLiteral("--db"), m_db.location().target, QStringLiteral("--report"),
                   dir.filePath(QStringLiteral("no/x.pdf"))});
        QVERIFY(bad.waitForFinished(180000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(bad.readAllStandardError().contains("Cannot write the PDF report"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    }
};

QTEST_MAIN(TestPdfReport)
#include "test_pdf_report.moc"
