#pragma once

#include "core/common/result.h"
#include "core/connectors/connector_account.h"

#include <QList>

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Ui {

/// The accounts panel's database work, each a job on the job's own connection.
class AccountJobs
{
public:
    /// Every connected account with its stored rows.
    static Result<QList<Connectors::ConnectorAccount>> list(Jobs::JobContext &context);
    /// Adds `account` (id 0) or saves its editable fields; returns its id.
    static Result<qint64> save(const Connectors::ConnectorAccount &account, Jobs::JobContext &context);
    /// Forgets account `id`, with its stored rows when `withData`; returns `rows` when they were deleted, else 0.
    static Result<qint64> remove(qint64 id, bool withData, qint64 rows, Jobs::JobContext &context);
};

} // namespace Demetra::Ui
