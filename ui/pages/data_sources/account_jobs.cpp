#include "ui/pages/data_sources/account_jobs.h"

#include "core/connectors/connector_account_repository.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

namespace Demetra::Ui {

using Connectors::ConnectorAccount;
using Connectors::ConnectorAccountRepository;

Result<QList<ConnectorAccount>> AccountJobs::list(Jobs::JobContext &context)
{
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    return ConnectorAccountRepository(**db).list();
}

Result<qint64> AccountJobs::save(const ConnectorAccount &account, Jobs::JobContext &context)
{
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    ConnectorAccountRepository repository(**db);
    if (account.id > 0) {
        if (const Status saved = repository.update(account); !saved)
            return tl::unexpected(saved.error());
        return account.id;
    }
    return repository.add(account);
}

Result<qint64> AccountJobs::remove(qint64 id, bool withData, qint64 rows, Jobs::JobContext &context)
{
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    if (const Status removed = ConnectorAccountRepository(**db).remove(id, withData); !removed)
        return tl::unexpected(removed.error());
    return withData ? rows : 0;
}

} // namespace Demetra::Ui
