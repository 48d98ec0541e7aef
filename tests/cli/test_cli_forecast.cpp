// demetra-cli forecast end to end: the bundled sample imported into a fresh database, the JSON shape (points with
// intervals, the backtest, the payback), the text table, and the exit codes of every error path.

#include "tests/cli/cli_test_support.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using Demetra::Test::CliRun;

class TestCliForecast : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    CliRun cli(const QStringList &arguments) const { return Demetra::Test::runCli(arguments, m_dir->path()); }
    CliRun forecast(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("forecast"));
        arguments << QStringLiteral("--db") << m_db;
        return cli(arguments);
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("forecast.sqlite"));
        const CliRun run = cli({QStringLiteral("import"),
                                QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv"),
                                QStringLiteral("--db"), m_db});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        // A channel with only 30 days of data.
        QFile small(m_dir->filePath(QStringLiteral("vk_ads.csv")));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("date,campaign,spend,impressions,clicks,conversions,revenue\n");
        for (int d = 0; d < 30; ++d)
            small.write(QStringLiteral("%1,Short,%2,1000,50,5,%3\n")
                            .arg(QDate(2026, 3, 1).addDays(d).toString(Qt::ISODate))
                            .arg(100 + d)
                            .arg(150 + 2 * d)
                            .toUtf8());
        small.close();
        const CliRun second = cli({QStringLiteral("import"), small.fileName(), QStringLiteral("--as-channel"),
                                   QStringLiteral("Shorty"), QStringLiteral("--db"), m_db});
        QVERIFY2(second.exitCode == 0, second.describe().constData());
    }

    void jsonShape()
    {
        DEMETRA_CLI_JSON(doc, {QStringLiteral("forecast"), QStringLiteral("--channel"), QStringLiteral("Facebook"),
                               QStringLiteral("--metric"), QStringLiteral("roi"), QStringLiteral("--horizon"),
                               QStringLiteral("21"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QLatin1String("channel")).toString(), QStringLiteral("Facebook"));
        QCOMPARE(o.value(QLatin1String("metric")).toString(), QStringLiteral("roi"));
        QCOMPARE(o.value(QLatin1String("granularity")).toString(), QStringLiteral("day"));
        QCOMPARE(o.value(QLatin1String("horizon")).toInt(), 21);
        const QJsonArray points = o.value(QLatin1String("points")).toArray();
        QCOMPARE(points.size(), 21);
        QDate previous = QDate::fromString(
            o.value(QLatin1String("training")).toObject().value(QLatin1String("to")).toString(), Qt::ISODate);
        QCOMPARE(previous, QDate(2026, 10, 31)); // the sample's last day
        double lastWidth = 0.0;
        for (const QJsonValue &v : points) {
            const QJsonObject p = v.toObject();
            const QDate d = QDate::fromString(p.value(QLatin1String("date")).toString(), Qt::ISODate);
            QCOMPARE(d, previous.addDays(1));
            previous = d;
            const double value = p.value(QLatin1String("value")).toDouble();
            const double lower = p.value(QLatin1String("lower")).toDouble();
            const double upper = p.value(QLatin1String("upper")).toDouble();
            QVERIFY(lower <= value && value <= upper);
            QVERIFY(value >= -1.0);
            QVERIFY(upper - lower >= lastWidth - 1e-9 || lower == -1.0); // widening with the step (unless clipped)
            lastWidth = upper - lower;
        }
        const QJsonObject b = o.value(QLatin1String("backtest")).toObject();
        QCOMPARE(b.value(QLatin1String("folds")).toInt(), 8);
        QVERIFY(b.value(QLatin1String("model_mae")).toDouble() > 0.0);
        QVERIFY(b.value(QLatin1String("naive_mae")).toDouble() > 0.0);
        const double improvement = b.value(QLatin1String("improvement_pct")).toDouble();
        const double expected =
            (b.value(QLatin1String("naive_mae")).toDouble() - b.value(QLatin1String("model_mae")).toDouble()) /
            b.value(QLatin1String("naive_mae")).toDouble() * 100.0;
        QVERIFY(std::abs(improvement - expected) < 1e-9);
        QCOMPARE(b.value(QLatin1String("beats_naive")).toBool(), improvement > 0);
        const QJsonObject payback = o.value(QLatin1String("payback")).toObject();
        QVERIFY(payback.contains(QLatin1String("expected_roi")));
        QVERIFY(payback.value(QLatin1String("roi_lower")).toDouble() <=
                payback.value(QLatin1String("expected_roi")).toDouble());
        // Counted from the start of the data (no --from): actuals then forecast.
        QCOMPARE(payback.value(QLatin1String("from")).toString(),
                 o.value(QLatin1String("training")).toObject().value(QLatin1String("from")).toString());
        const QString status = payback.value(QLatin1String("status")).toString();
        QVERIFY2(
            QStringList({QStringLiteral("paid_back"), QStringLiteral("forecast"), QStringLiteral("not_within_horizon")})
                .contains(status),
            qPrintable(status));
        if (status == QStringLiteral("paid_back")) {
            // From actuals: a date inside the data, and the money earned covers the money spent.
            QVERIFY(payback.value(QLatin1String("date")).toString() <=
                    payback.value(QLatin1String("last_actual")).toString());
            QVERIFY(payback.value(QLatin1String("earned_to_date")).toDouble() >=
                    payback.value(QLatin1String("spent_to_date")).toDouble());
        }
        QVERIFY(payback.value(QLatin1String("roi_band_folds")).toInt() >= 5);
        // The horizon ROI band and the method revenue follows spend with.
        QCOMPARE(o.value(QLatin1String("method")).toString(), QStringLiteral("recent_ratio"));
        const QJsonObject over = o.value(QLatin1String("over_horizon")).toObject();
        QCOMPARE(over.value(QLatin1String("folds")).toInt(), 8);
        QVERIFY(over.value(QLatin1String("lower")).toDouble() <= over.value(QLatin1String("value")).toDouble());
        QVERIFY(over.value(QLatin1String("value")).toDouble() <= over.value(QLatin1String("upper")).toDouble());
    }

    void paybackFromThePeriodStart()
    {
        // --from moves the start payback is counted from; a start after the data counts from the first forecast day.
        DEMETRA_CLI_JSON(doc, {QStringLiteral("forecast"), QStringLiteral("--channel"), QStringLiteral("Facebook"),
                               QStringLiteral("--from"), QStringLiteral("2099-01-01"), QStringLiteral("--json"),
                               QStringLiteral("--db"), m_db});
        const QJsonObject o = doc.object();
        const QJsonObject payback = o.value(QLatin1String("payback")).toObject();
        const QDate firstForecast = QDate::fromString(
            o.value(QLatin1String("points")).toArray().first().toObject().value(QLatin1String("date")).toString(),
            Qt::ISODate);
        QCOMPARE(payback.value(QLatin1String("from")).toString(), firstForecast.toString(Qt::ISODate));
        QCOMPARE(payback.value(QLatin1String("spent_to_date")).toDouble(), 0.0);
        QVERIFY(payback.value(QLatin1String("status")).toString() != QStringLiteral("paid_back"));
        DEMETRA_CLI_JSON(mid, {QStringLiteral("forecast"), QStringLiteral("--channel"), QStringLiteral("Facebook"),
                               QStringLiteral("--from"), firstForecast.addDays(-60).toString(Qt::ISODate),
                               QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        const QJsonObject p2 = mid.object().value(QLatin1String("payback")).toObject();
        QCOMPARE(p2.value(QLatin1String("from")).toString(), firstForecast.addDays(-60).toString(Qt::ISODate));
        QVERIFY(p2.value(QLatin1String("spent_to_date")).toDouble() > 0.0);
        const CliRun text = forecast({QStringLiteral("--channel"), QStringLiteral("Facebook"), QStringLiteral("--from"),
                                      firstForecast.addDays(-60).toString(Qt::ISODate)});
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        QVERIFY2(QString::fromUtf8(text.out).contains(QStringLiteral("Payback counted from ") +
                                                      firstForecast.addDays(-60).toString(Qt::ISODate)),
                 text.describe().constData());
    }

    void everyMetric_data()
    {
        QTest::addColumn<QString>("metric");
        for (const char *m : {"spend", "conversions", "revenue", "roi", "impressions", "ctr"})
            QTest::newRow(m) << QString::fromLatin1(m);
    }

    void everyMetric()
    {
        QFETCH(QString, metric);
        DEMETRA_CLI_JSON(doc, {QStringLiteral("forecast"), QStringLiteral("--channel"), QStringLiteral("tiktok"),
                               QStringLiteral("--metric"), metric, QStringLiteral("--horizon"), QStringLiteral("7"),
                               QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QCOMPARE(doc.object().value(QLatin1String("channel")).toString(), QStringLiteral("TikTok"));
        QCOMPARE(doc.object().value(QLatin1String("points")).toArray().size(), 7);
        if (metric == QLatin1String("impressions"))
            QVERIFY(
                doc.object().value(QLatin1String("metric_name")).toString().contains(QStringLiteral("reach proxy")));
    }

    void textTable()
    {
        const CliRun run =
            forecast({QStringLiteral("--channel"), QStringLiteral("Google Ads"), QStringLiteral("--metric"),
                      QStringLiteral("spend"), QStringLiteral("--horizon"), QStringLiteral("10")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY(out.contains(QStringLiteral("2026-11-01")));
        QVERIFY(out.contains(QStringLiteral("2026-11-10")));
        QVERIFY(!out.contains(QStringLiteral("2026-11-11")));
        QVERIFY(out.contains(QStringLiteral("Backtest: ")));
        QVERIFY(out.contains(QStringLiteral("naive MAE")));
        QVERIFY(out.contains(QStringLiteral("Payback")));
        QVERIFY(run.err.isEmpty() || !run.err.contains("demetra-cli:"));
    }

    void errors()
    {
        CliRun run = forecast({QStringLiteral("--channel"), QStringLiteral("Snapchat")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("Snapchat") && run.err.contains("TikTok"));

        run = forecast({QStringLiteral("--channel"), QStringLiteral("Shorty"), QStringLiteral("--metric"),
                        QStringLiteral("spend")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("30 days") && run.err.contains("56"), run.describe().constData());
        QVERIFY(run.out.isEmpty());

        run = forecast({QStringLiteral("--channel"), QStringLiteral("Facebook"), QStringLiteral("--metric"),
                        QStringLiteral("cpm")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("cpm"));

        run = forecast({QStringLiteral("--channel"), QStringLiteral("Facebook"), QStringLiteral("--horizon"),
                        QStringLiteral("120")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("7 to 90"));

        run = forecast({QStringLiteral("--metric"), QStringLiteral("spend")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--channel"));

        run = cli({QStringLiteral("forecast"), QStringLiteral("--channel"), QStringLiteral("Facebook"),
                   QStringLiteral("--db"), m_dir->filePath(QStringLiteral("missing.sqlite"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("import a file first"));
    }
};

QTEST_GUILESS_MAIN(TestCliForecast)
#include "test_cli_forecast.moc"
