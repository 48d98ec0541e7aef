// ChannelTableModel under QAbstractItemModelTester: locale-formatted display, raw numbers for sorting,
// a totals row that is a ratio of sums and stays last whichever way the table is sorted.

#include "ui/models/channel_table_model.h"
#include "ui/models/total_last_sort_proxy.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Demetra;
using Demetra::Ui::ChannelTableModel;

namespace {
Analytics::BreakdownRow row(const char *channel, qint64 spendMicros, qint64 impressions, qint64 clicks,
                            double conversions)
{
    Analytics::BreakdownRow r;
    r.key = QString::fromLatin1(channel);
    r.label = r.key;
    Totals &t = r.totals;
    t.rows = 1;
    t.spendMicros = t.spendWithClicksMicros = t.spendWithImpressionsMicros = t.spendWithConversionsMicros = spendMicros;
    t.impressions = t.impressionsWithClicks = impressions;
    t.clicks = t.clicksWithImpressions = t.clicksWithConversions = clicks;
    t.conversions = t.conversionsWithClicks = conversions;
    t.hasSpend = t.hasImpressions = t.hasClicks = t.hasConversions = true;
    return r;
}
} // namespace

class TestChannelTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesTheModelTester()
    {
        ChannelTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot({row("Facebook", 100'000'000, 10000, 200, 10), row("VK", 50'000'000, 5000, 0, 0)},
                          QStringLiteral("USD"));
        QCOMPARE(model.rowCount(), 3);
        model.setSnapshot({}, QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void displayRawAndTotals()
    {
        ChannelTableModel model;
        model.setSnapshot({row("Facebook", 100'000'000, 10000, 200, 10), row("VK", 50'000'000, 5000, 0, 0)},
                          QStringLiteral("USD"));
        const int spend = 1 + int(model.metrics().indexOf(Metric::Spend));
        const int ctr = 1 + int(model.metrics().indexOf(Metric::Ctr));
        const int cpc = 1 + int(model.metrics().indexOf(Metric::Cpc));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Facebook"));
        QCOMPARE(model.index(0, spend).data().toString(), QStringLiteral("100.00"));
        QCOMPARE(model.index(0, spend).data(ChannelTableModel::RawValueRole).toDouble(), 100.0);
        QCOMPARE(model.index(0, ctr).data().toString(), QStringLiteral("2.00%"));
        QCOMPARE(model.index(1, cpc).data().toString(), QStringLiteral("—")); // zero clicks: no value
        QVERIFY(model.index(1, cpc).data(ChannelTableModel::RawValueRole).isNull());
        QVERIFY(model.index(1, cpc).data(Qt::ToolTipRole).toString().contains(QStringLiteral("No value")));
        // Totals row: ratio of sums (200 / 15000), not the mean of 2 % and 0 %.
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Total"));
        QVERIFY(model.index(2, 0).data(ChannelTableModel::IsTotalRole).toBool());
        QCOMPARE(model.index(2, ctr).data(ChannelTableModel::RawValueRole).toDouble(), 200.0 / 15000.0);
        QCOMPARE(model.headerData(spend, Qt::Horizontal).toString(), QStringLiteral("Spend, USD"));
        const int cpa = 1 + int(model.metrics().indexOf(Metric::Cpa));
        QCOMPARE(model.headerData(cpa, Qt::Horizontal).toString(), QStringLiteral("CPA, USD"));
        QVERIFY(model.headerData(cpa, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("cost per lead")));
    }

    void sortsNumericallyWithTotalsLast()
    {
        ChannelTableModel model;
        model.setSnapshot(
            {row("A", 9'000'000, 100, 1, 1), row("B", 10'000'000, 100, 1, 1), row("C", 100'000'000, 100, 1, 1)},
            QStringLiteral("USD"));
        Ui::TotalLastSortProxy proxy(ChannelTableModel::RawValueRole, ChannelTableModel::IsTotalRole);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int spend = 1 + int(model.metrics().indexOf(Metric::Spend));
        proxy.sort(spend, Qt::AscendingOrder);
        // Text sorting would put "10.00" before "9.00"; numeric sorting does not.
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("A"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("C"));
        QCOMPARE(proxy.index(3, 0).data().toString(), QStringLiteral("Total"));
        proxy.sort(spend, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("C"));
        QCOMPARE(proxy.index(3, 0).data().toString(), QStringLiteral("Total"));
    }
};

QTEST_MAIN(TestChannelTableModel)
#include "test_channel_table_model.moc"
