// demetra-cli report (issue 8) end to end on the bundled sample: the XLSX read back with openpyxl and the CSV parsed
// back equal what `summary --json` and `channels --json` print; format from the suffix; bad options; an unwritable
// path leaves no file; an empty period.

#include "tests/cli/cli_test_support.h"
#include "tests/support/read_xlsx.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace Demetra::Test;

namespace {

/// Splits simple CSV lines (the channel table has no quoted fields; test_report covers quoting).
QList<QStringList> csvLines(const QByteArray &bytes)
{
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        rows << line.split(u',');
    return rows;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

const QStringList kPeriod{QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                          QStringLiteral("2026-07-31")};

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(const QStringList &args)
    {
        return runCli(QStringList{args} << QStringLiteral("--db") << m_db, m_dir.path());
    }

    QJsonDocument json(const QStringList &args)
    {
        const CliRun r = cli(QStringList{args} << QStringLiteral("--json"));
        if (r.exitCode != 0)
            qFatal("%s", r.describe().constData());
        return QJsonDocument::fromJson(r.out);
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("db.sqlite"));
        const CliRun r = cli(
            {QStringLiteral("import"), QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv")});
        QVERIFY2(r.exitCode == 0, r.describe());
    }

    void xlsxEqualsSummary()
    {
        const QString out = m_dir.filePath(QStringLiteral("report.xlsx"));
        const CliRun r = cli(QStringList{QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                                         QStringLiteral("--out"), out}
                             << kPeriod);
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.out.contains("Report written to"));
        const QJsonObject summary = json(QStringList{QStringLiteral("summary")} << kPeriod).object();
        const QJsonObject book = readXlsx(out);
        QCOMPARE(book.value(QStringLiteral("sheets")).toArray().size(), 7);
        const QJsonObject cells =
            book.value(QStringLiteral("KPIs")).toObject().value(QStringLiteral("cells")).toObject();
        int checked = 0;
        for (int row = 5; cells.contains(QStringLiteral("B%1").arg(row)); ++row) {
            const QString key = cells.value(QStringLiteral("B%1").arg(row)).toString();
            const QJsonValue current = summary.value(QStringLiteral("totals")).toObject().value(key);
            const QJsonValue previous = summary.value(QStringLiteral("previous")).toObject().value(key);
            const QJsonValue change = summary.value(QStringLiteral("change")).toObject().value(key);
            QVERIFY2(current.isDouble(), qPrintable(key));
            QVERIFY2(near(cells.value(QStringLiteral("C%1").arg(row)).toDouble(), current.toDouble()), qPrintable(key));
            QVERIFY2(near(cells.value(QStringLiteral("D%1").arg(row)).toDouble(), previous.toDouble()),
                     qPrintable(key));
            QVERIFY2(near(cells.value(QStringLiteral("E%1").arg(row)).toDouble(), change.toDouble()), qPrintable(key));
            ++checked;
        }
        QCOMPARE(checked, 12);
    }

    void csvEqualsChannels()
    {
        const QString out = m_dir.filePath(QStringLiteral("channels.csv"));
        // The format comes from the suffix.
        const CliRun r = cli(QStringList{QStringLiteral("report"), QStringLiteral("--table"),
                                         QStringLiteral("channels"), QStringLiteral("--out"), out}
                             << kPeriod);
        QVERIFY2(r.exitCode == 0, r.describe());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = csvLines(f.readAll());
        const QJsonArray channels = json(QStringList{QStringLiteral("channels")} << kPeriod).array();
        QCOMPARE(rows.size(), 1 + channels.size());
        const QStringList header = rows.first();
        for (int i = 0; i < channels.size(); ++i) {
            const QJsonObject c = channels.at(i).toObject();
            QCOMPARE(rows.at(1 + i).at(0), c.value(QStringLiteral("channel")).toString());
            for (const QString &key : {QStringLiteral("spend"), QStringLiteral("revenue"), QStringLiteral("clicks"),
                                       QStringLiteral("ctr"), QStringLiteral("cpa"), QStringLiteral("roi")}) {
                const qsizetype column = header.indexOf(key);
                QVERIFY(column > 0);
                QVERIFY2(near(rows.at(1 + i).at(column).toDouble(), c.value(key).toDouble()), qPrintable(key));
            }
        }
    }

    void badOptions()
    {
        const QString out = m_dir.filePath(QStringLiteral("x.csv"));
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--table"), QStringLiteral("nope"), QStringLiteral("--out"), out})
                     .exitCode,
                 2);
        const CliRun pdf =
            cli({QStringLiteral("report"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(pdf.exitCode, 2);
        QVERIFY(pdf.err.contains("demetra --report"));
        QVERIFY(!QFileInfo::exists(out));
    }

    void unwritablePath()
    {
        const QString folder = m_dir.filePath(QStringLiteral("missing"));
        for (const QString &name : {QStringLiteral("r.xlsx"), QStringLiteral("r.csv")}) {
            const CliRun r = cli({QStringLiteral("report"), QStringLiteral("--out"), folder + u'/' + name});
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains("Cannot write") && r.err.contains(name.toUtf8()), r.describe());
        }
        QVERIFY(!QFileInfo::exists(folder));
        QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
    }

    void emptyPeriod()
    {
        const QString out = m_dir.filePath(QStringLiteral("empty.xlsx"));
        const CliRun r = cli({QStringLiteral("report"), QStringLiteral("--out"), out, QStringLiteral("--from"),
                              QStringLiteral("2031-01-01"), QStringLiteral("--to"), QStringLiteral("2031-01-31")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.out.contains("No data in the selected period"));
        const QJsonObject cells =
            readXlsx(out).value(QStringLiteral("KPIs")).toObject().value(QStringLiteral("cells")).toObject();
        QCOMPARE(cells.value(QStringLiteral("A3")).toString(), QStringLiteral("No data in the selected period."));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
