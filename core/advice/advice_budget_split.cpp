#include "core/advice/advice_budget_split.h"

#include <QJsonArray>
#include <algorithm>

namespace Demetra::Advice {

QHash<QString, double> movedBudgetSplit(const QJsonObject &inputJson, const BudgetMove &move, int plannerDays)
{
    QHash<QString, double> split;
    const QJsonObject plan = inputJson.value(QStringLiteral("budget_plan")).toObject();
    const QJsonArray lines = plan.value(QStringLiteral("channels")).toArray();
    if (lines.isEmpty())
        return split;
    for (const QJsonValue &line : lines) {
        const QJsonObject o = line.toObject();
        split.insert(o.value(QStringLiteral("channel")).toString(),
                     o.value(QStringLiteral("current_spend")).toDouble());
    }
    const double moved = std::min(std::max(0.0, move.amount), split.value(move.fromChannel));
    split[move.fromChannel] = split.value(move.fromChannel) - moved;
    split[move.toChannel] = split.value(move.toChannel) + moved;
    const int planDays = plan.value(QStringLiteral("days")).toInt();
    if (plannerDays > 0 && planDays > 0 && plannerDays != planDays) {
        const double factor = double(plannerDays) / double(planDays);
        for (auto it = split.begin(); it != split.end(); ++it)
            it.value() *= factor;
    }
    return split;
}

} // namespace Demetra::Advice
