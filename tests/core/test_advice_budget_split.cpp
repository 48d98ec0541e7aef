// movedBudgetSplit: the split "Open in budget planner" hands over — current spend per channel from the advice input's
// plan, the move applied (never below zero), scaled to the planner's period.

#include "core/advice/advice_budget_split.h"

#include <QJsonArray>
#include <QtTest>

using namespace Demetra::Advice;

namespace {

QJsonObject input(int days)
{
    QJsonArray lines;
    lines.append(
        QJsonObject{{QStringLiteral("channel"), QStringLiteral("A")}, {QStringLiteral("current_spend"), 1000.0}});
    lines.append(
        QJsonObject{{QStringLiteral("channel"), QStringLiteral("B")}, {QStringLiteral("current_spend"), 500.0}});
    lines.append(
        QJsonObject{{QStringLiteral("channel"), QStringLiteral("C")}, {QStringLiteral("current_spend"), 250.0}});
    return QJsonObject{{QStringLiteral("budget_plan"),
                        QJsonObject{{QStringLiteral("days"), days}, {QStringLiteral("channels"), lines}}}};
}

BudgetMove move(const QString &from, const QString &to, double amount)
{
    BudgetMove m;
    m.fromChannel = from;
    m.toChannel = to;
    m.amount = amount;
    return m;
}

} // namespace

class TestAdviceBudgetSplit : public QObject
{
    Q_OBJECT

private slots:
    void appliesTheMove()
    {
        const QHash<QString, double> split =
            movedBudgetSplit(input(30), move(QStringLiteral("A"), QStringLiteral("B"), 300.0), 30);
        QCOMPARE(split.size(), 3);
        QCOMPARE(split.value(QStringLiteral("A")), 700.0);
        QCOMPARE(split.value(QStringLiteral("B")), 800.0);
        QCOMPARE(split.value(QStringLiteral("C")), 250.0);
    }
    void neverBelowZero()
    {
        const QHash<QString, double> split =
            movedBudgetSplit(input(30), move(QStringLiteral("C"), QStringLiteral("A"), 900.0), 30);
        QCOMPARE(split.value(QStringLiteral("C")), 0.0);
        QCOMPARE(split.value(QStringLiteral("A")), 1250.0); // only what C had moved
    }
    void scaledToThePlannerPeriod()
    {
        const QHash<QString, double> split =
            movedBudgetSplit(input(30), move(QStringLiteral("A"), QStringLiteral("B"), 300.0), 60);
        QCOMPARE(split.value(QStringLiteral("A")), 1400.0);
        QCOMPARE(split.value(QStringLiteral("B")), 1600.0);
        QCOMPARE(split.value(QStringLiteral("C")), 500.0);
    }
    void emptyWithoutPlan()
    {
        QVERIFY(movedBudgetSplit(QJsonObject{}, move(QStringLiteral("A"), QStringLiteral("B"), 1.0), 30).isEmpty());
        QVERIFY(movedBudgetSplit(QJsonObject{{QStringLiteral("budget_plan"), QJsonValue::Null}},
                                 move(QStringLiteral("A"), QStringLiteral("B"), 1.0), 30)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdviceBudgetSplit)
#include "test_advice_budget_split.moc"
