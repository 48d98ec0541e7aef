// demetra-cli budget end to end on the bundled sample: the JSON contract of the issue, the total preserved and the
// bounds respected, the target modes, the text table, and usage errors for bad options (exit 2) and an unreachable
// target (exit 3).

#include "tests/cli/cli_test_support.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using Demetra::Test::CliRun;

class TestCliBudget : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun budget(QStringList args)
    {
        args.prepend(QStringLiteral("budget"));
        args << QStringLiteral("--db") << m_db;
        return Demetra::Test::runCli(args, m_dir.path());
    }

    static QJsonObject json(const CliRun &r)
    {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(r.out, &e);
        if (e.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", r.describe().constData());
        return d.object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("budget.sqlite"));
        const CliRun r =
            Demetra::Test::runCli({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                                   QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv")},
                                  m_dir.path());
        QVERIFY2(r.exitCode == 0, r.describe().constData());
    }

    void jsonHasTheIssuesShape()
    {
        const CliRun r = budget({QStringLiteral("--total"), QStringLiteral("1000000"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject o = json(r);
        for (const char *key : {"channels", "total", "expected_uplift"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("total")).toDouble(), 1000000.0);
        const QJsonArray channels = o.value(QStringLiteral("channels")).toArray();
        QCOMPARE(channels.size(), 8);
        double sum = 0.0;
        const QSet<QString> statuses{QStringLiteral("ok"), QStringLiteral("not_enough_data"),
                                     QStringLiteral("at_min_bound"), QStringLiteral("at_max_bound")};
        for (const QJsonValue &v : channels) {
            const QJsonObject c = v.toObject();
            for (const char *key : {"channel", "current_spend", "recommended_spend", "expected_revenue", "expected_roi",
                                    "marginal_roi", "status"})
                QVERIFY2(c.contains(QLatin1String(key)), key);
            QVERIFY(statuses.contains(c.value(QStringLiteral("status")).toString()));
            // Fit quality in and out of sample: 365 daily points, the latest 73 held out.
            QCOMPARE(c.value(QStringLiteral("fit_r2")).toDouble(),
                     c.value(QStringLiteral("curve")).toObject().value(QStringLiteral("r2")).toDouble());
            QVERIFY2(c.value(QStringLiteral("holdout_r2")).isDouble(),
                     qPrintable(c.value(QStringLiteral("channel")).toString()));
            QCOMPARE(c.value(QStringLiteral("holdout_points")).toInt(), 73);
            qInfo("  %-14s fit R2 %.2f, holdout R2 %.2f, holdout MAPE %.3f",
                  qPrintable(c.value(QStringLiteral("channel")).toString()),
                  c.value(QStringLiteral("fit_r2")).toDouble(), c.value(QStringLiteral("holdout_r2")).toDouble(),
                  c.value(QStringLiteral("holdout_mape")).toDouble());
            const double rec = c.value(QStringLiteral("recommended_spend")).toDouble();
            QVERIFY(rec >= c.value(QStringLiteral("min_spend")).toDouble() - 1e-6);
            QVERIFY(rec <= c.value(QStringLiteral("max_spend")).toDouble() + 1e-6);
            // Default bounds: 0.5–2.0 × current spend.
            QVERIFY(std::abs(c.value(QStringLiteral("min_spend")).toDouble() -
                             0.5 * c.value(QStringLiteral("current_spend")).toDouble()) < 1e-6);
            sum += rec;
        }
        QVERIFY(std::abs(sum - 1000000.0) < 1e-4); // the total, exactly
        QVERIFY(o.value(QStringLiteral("expected_uplift")).toDouble() > 0.0);
        qInfo("sample, 1,000,000 over 30 days: uplift %.0f (%.2f %%), extended %.0f more",
              o.value(QStringLiteral("expected_uplift")).toDouble(),
              o.value(QStringLiteral("uplift_percent")).toDouble(),
              o.value(QStringLiteral("extended")).toObject().value(QStringLiteral("uplift_over_plan")).toDouble());
    }

    void limitsAndBoundsAreHonoured()
    {
        const CliRun r =
            budget({QStringLiteral("--bounds"), QStringLiteral("0.8:1.5"), QStringLiteral("--max"),
                    QStringLiteral("Instagram=150000"), QStringLiteral("--min"), QStringLiteral("VK=40000"),
                    QStringLiteral("--horizon"), QStringLiteral("30"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        for (const QJsonValue &v : json(r).value(QStringLiteral("channels")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString name = c.value(QStringLiteral("channel")).toString();
            const double rec = c.value(QStringLiteral("recommended_spend")).toDouble();
            const double cur = c.value(QStringLiteral("current_spend")).toDouble();
            if (name == QLatin1String("Instagram"))
                QVERIFY(rec <= 150000.0 + 1e-6);
            else if (name == QLatin1String("VK"))
                QVERIFY(rec >= 40000.0 - 1e-6);
            else
                QVERIFY2(rec >= 0.8 * cur - 1e-6 && rec <= 1.5 * cur + 1e-6, qPrintable(name));
        }
    }

    void targetModes()
    {
        CliRun r = budget({QStringLiteral("--target-roas"), QStringLiteral("2.0"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QJsonObject o = json(r);
        const QJsonObject target = o.value(QStringLiteral("target")).toObject();
        QVERIFY(target.value(QStringLiteral("achieved_roas")).toDouble() >= 2.0 - 1e-9);
        QCOMPARE(o.value(QStringLiteral("total")).toDouble(), target.value(QStringLiteral("budget_min")).toDouble());
        qInfo("ROAS >= 2: budgets %.0f to %.0f", target.value(QStringLiteral("budget_min")).toDouble(),
              target.value(QStringLiteral("budget_max")).toDouble());
        r = budget({QStringLiteral("--target-cpa"), QStringLiteral("40"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        o = json(r);
        QCOMPARE(o.value(QStringLiteral("objective")).toString(), QStringLiteral("conversions"));
        QVERIFY(o.value(QStringLiteral("target")).toObject().value(QStringLiteral("achieved_cpa")).toDouble() <= 40.0);
        // Unreachable: exit 3 and the best it can do.
        r = budget({QStringLiteral("--target-roas"), QStringLiteral("50")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("best split reaches a ROAS of"), r.describe().constData());
    }

    void textTable()
    {
        const CliRun r = budget({QStringLiteral("--total"), QStringLiteral("500000")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(r.out.contains("recommended"));
        QVERIFY(r.out.contains("Instagram"));
        QVERIFY(r.out.contains("Extended bounds"));
        // In-sample and held-out R² side by side, e.g. "0.84 (0.57)".
        QVERIFY2(r.out.contains("R² (held out)"), r.out.constData());
        QVERIFY2(QRegularExpression(QStringLiteral("0\\.\\d\\d \\(-?\\d\\.\\d\\d\\)"))
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("bounds reversed") << QStringList{QStringLiteral("--bounds"), QStringLiteral("2:1")}
                                         << QByteArray("--bounds takes MIN:MAX");
        QTest::newRow("bounds garbage") << QStringList{QStringLiteral("--bounds"), QStringLiteral("abc")}
                                        << QByteArray("--bounds takes MIN:MAX");
        QTest::newRow("unknown channel") << QStringList{QStringLiteral("--min"), QStringLiteral("Myspace=100")}
                                         << QByteArray("no channel \"Myspace\"");
        QTest::newRow("limit without amount")
            << QStringList{QStringLiteral("--max"), QStringLiteral("VK")} << QByteArray("--max takes CHANNEL=AMOUNT");
        QTest::newRow("both targets") << QStringList{QStringLiteral("--target-cpa"), QStringLiteral("10"),
                                                     QStringLiteral("--target-roas"), QStringLiteral("2")}
                                      << QByteArray("not both");
        QTest::newRow("negative total") << QStringList{QStringLiteral("--total"), QStringLiteral("-5")}
                                        << QByteArray("--total takes a positive amount");
        QTest::newRow("infeasible minimums")
            << QStringList{QStringLiteral("--total"), QStringLiteral("1000")} << QByteArray("minimum spends add up to");
        QTest::newRow("infeasible maximums") << QStringList{QStringLiteral("--total"), QStringLiteral("90000000")}
                                             << QByteArray("maximum spends add up to");
    }

    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const CliRun r = budget(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.describe().constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliBudget)
#include "test_cli_budget.moc"
