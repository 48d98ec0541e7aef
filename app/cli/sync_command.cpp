// demetra-cli sync [--platform P] [--account ID] [--since 30d|YYYY-MM-DD] [--json]: reads the connected accounts'
// daily statistics into the store, one account after another (one transaction per account window). Tokens come
// from DEMETRA_TOKEN_<PLATFORM> (or DEMETRA_TOKEN_<PLATFORM>_<ACCOUNT>), never from the command line.
//
// Exit codes: 0 every account synced (or was already up to date); 2 bad command line; 3 no connected account
// matches (or no database yet), or every failed account failed for want of a token; 5 an account failed (the
// others were synced and committed; the message and the alert say why); 4 the store could not be used (a
// read-only database file or folder is refused before anything is fetched); 130 cancelled (accounts committed
// before Ctrl+C stay).

#include "app/cli/cli_io.h"
#include "app/cli/connector_commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/terminal_progress.h"
#include "core/connectors/connector_account_repository.h"
#include "core/connectors/sync_service.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"
#include "core/storage/write_access.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Demetra::Cli {

namespace {

using namespace Demetra::Connectors;

Result<std::optional<QDate>> sinceOption(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("since")))
        return std::optional<QDate>();
    const QString value = p.value(QStringLiteral("since")).trimmed();
    const QRegularExpressionMatch days = QRegularExpression(QStringLiteral("^(\\d{1,4})d$")).match(value);
    if (days.hasMatch())
        return std::optional<QDate>(QDateTime::currentDateTimeUtc().date().addDays(-days.captured(1).toInt()));
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("CliSync", "--since takes days back (30d) or a date (YYYY-MM-DD), "
                                                           "not \"%1\"")
                        .arg(value));
    return std::optional<QDate>(date);
}

QJsonObject json(const AccountSyncResult &r, const ConnectorAccount &account)
{
    return QJsonObject{
        {QStringLiteral("id"), r.accountId},
        {QStringLiteral("platform"), platformId(r.platform)},
        {QStringLiteral("account"), account.accountId},
        {QStringLiteral("name"), r.label},
        {QStringLiteral("ok"), r.ok},
        {QStringLiteral("from"), r.window.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), r.window.to.toString(Qt::ISODate)},
        {QStringLiteral("rows_written"), r.rowsWritten},
        {QStringLiteral("rows_changed"), r.rowsChanged},
        {QStringLiteral("complete_up_to"), r.completeUpTo.toString(Qt::ISODate)},
        {QStringLiteral("message"), r.message},
        {QStringLiteral("error"), r.ok ? QString() : r.error.message},
        {QStringLiteral("detail"), r.ok ? QString() : r.error.detail},
        {QStringLiteral("missing_token"), r.missingToken},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
        {QStringLiteral("currency"), account.currency},
    };
}

} // namespace

int runSync(QCommandLineParser &p)
{
    if (p.positionalArguments().size() > 1)
        return usageError(QCoreApplication::translate("CliSync", "sync takes no arguments, only options"));
    SyncRequest request;
    if (p.isSet(QStringLiteral("platform"))) {
        request.platform = platformFromId(p.value(QStringLiteral("platform")));
        if (!request.platform)
            return usageError(QCoreApplication::translate("CliSync", "unknown platform \"%1\": use meta, google_ads, "
                                                                     "tiktok, yandex_direct, vk_ads or telegram_ads")
                                  .arg(p.value(QStringLiteral("platform"))));
    }
    if (p.isSet(QStringLiteral("account")) && !request.platform)
        return usageError(QCoreApplication::translate("CliSync", "--account needs --platform"));
    Result<std::optional<QDate>> since = sinceOption(p);
    if (!since)
        return reportError(since.error());
    request.since = *since;

    const Storage::DatabaseLocation location = Storage::DatabaseLocation::fromArgument(p.value(QStringLiteral("db")));
    if (!location.isPostgres() && !QFileInfo::exists(location.target))
        return reportError(Error{ErrorCode::NotFound,
                                 QCoreApplication::translate("CliSync", "No account is connected (there is no database "
                                                                        "at %1 yet): demetra-cli accounts add first.")
                                     .arg(location.displayName()),
                                 {}});
    // A read-only store is refused before anything is fetched.
    if (Status writable = Storage::WriteAccess::check(location); !writable)
        return reportError(writable.error());
    QHash<qint64, ConnectorAccount> accounts;
    {
        Result<Storage::Database> db = Storage::Database::open(location);
        if (!db)
            return reportError(db.error());
        ConnectorAccountRepository repo(*db);
        if (p.isSet(QStringLiteral("account"))) {
            Result<ConnectorAccount> one = repo.find(*request.platform, p.value(QStringLiteral("account")));
            if (!one)
                return reportError(one.error());
            request.accountId = one->id;
        }
        Result<QList<ConnectorAccount>> all = repo.list();
        if (!all)
            return reportError(all.error());
        for (const ConnectorAccount &a : *all)
            accounts.insert(a.id, a);
    }

    watchInterrupts();
    TerminalProgress bar;
    Jobs::JobContext context(
        location, [&bar](double f, const QString &stage) { bar.update(f, stage); }, [] { return interrupted(); });
    Result<SyncSummary> summary = SyncService(environmentTokens()).run(request, context);
    bar.finish();
    if (!summary)
        return reportError(summary.error());

    // The accounts as recorded now (currency, complete-up-to after the sync).
    if (Result<Storage::Database> db = Storage::Database::open(location)) {
        if (Result<QList<ConnectorAccount>> all = ConnectorAccountRepository(*db).list())
            for (const ConnectorAccount &a : *all)
                accounts.insert(a.id, a);
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AccountSyncResult &r : summary->accounts)
            array.append(json(r, accounts.value(r.accountId)));
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("accounts"), array},
                                                             {QStringLiteral("rows_written"), summary->rowsWritten},
                                                             {QStringLiteral("rows_changed"), summary->rowsChanged},
                                                             {QStringLiteral("failed"), summary->failed},
                                                             {QStringLiteral("cancelled"), summary->cancelled},
                                                             {QStringLiteral("message"), summary->message()}})
                                       .toJson(QJsonDocument::Indented)));
    } else {
        for (const AccountSyncResult &r : summary->accounts) {
            if (r.ok)
                printOut(QStringLiteral("%1\n").arg(r.message));
            else
                printErr(QStringLiteral("demetra-cli: %1\n").arg(r.error.toString()));
            for (const QString &w : r.warnings)
                printErr(QCoreApplication::translate("CliSync", "warning: %1\n").arg(w));
        }
        printOut(summary->message() + u'\n');
    }

    if (summary->cancelled)
        return ExitCancelled;
    if (summary->accounts.isEmpty()) {
        if (!p.isSet(QStringLiteral("json")))
            printErr(QCoreApplication::translate("CliSync", "demetra-cli: no connected account matches; nothing was "
                                                            "synced (demetra-cli accounts list shows them).\n"));
        return ExitBadInput;
    }
    if (summary->failed == 0)
        return ExitOk;
    for (const AccountSyncResult &r : summary->accounts) {
        if (!r.ok && !r.missingToken)
            return ExitStepFailed;
    }
    return ExitBadInput; // every failure was a missing token: nothing was attempted
}

} // namespace Demetra::Cli
