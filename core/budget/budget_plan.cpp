#include "core/budget/budget_plan.h"

namespace Demetra::Budget {

QString allocationStatusKey(AllocationStatus status)
{
    switch (status) {
    case AllocationStatus::Ok:
        return QStringLiteral("ok");
    case AllocationStatus::NotEnoughData:
        return QStringLiteral("not_enough_data");
    case AllocationStatus::AtMinBound:
        return QStringLiteral("at_min_bound");
    case AllocationStatus::AtMaxBound:
        return QStringLiteral("at_max_bound");
    }
    return QStringLiteral("ok");
}

} // namespace Demetra::Budget
