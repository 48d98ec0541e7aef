// demetra-cli accounts add|list|remove|test: the connected ad platform accounts (table connector_accounts).
// Tokens never appear on the command line (they would show in `ps`): `test` and `sync` read them from
// DEMETRA_TOKEN_<PLATFORM> (or DEMETRA_TOKEN_<PLATFORM>_<ACCOUNT> for one account of several).
//
// Exit codes: 0 done; 2 bad command line, a malformed account id, a base URL that is neither https nor loopback
// http, an account already connected; 3 no such account, no database yet, no token (test); 4 a database or network
// failure (test: the platform refused or could not be reached).

#include "app/cli/cli_io.h"
#include "app/cli/connector_commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/terminal_progress.h"
#include "core/connectors/connector_account_repository.h"
#include "core/connectors/http_client.h"
#include "core/connectors/sync_service.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Demetra::Cli {

namespace {

using namespace Demetra::Connectors;

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject json(const ConnectorAccount &a)
{
    QJsonObject options;
    for (auto it = a.options.cbegin(); it != a.options.cend(); ++it)
        options.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("platform"), platformId(a.platform)},
        {QStringLiteral("account"), a.accountId},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("base_url"), a.baseUrl},
        {QStringLiteral("api_version"), a.apiVersion},
        {QStringLiteral("options"), options},
        {QStringLiteral("backfill_days"), a.backfillDays},
        {QStringLiteral("enabled"), a.enabled},
        {QStringLiteral("token_variable"), QString::fromLatin1(platformInfo(a.platform).tokenVariable)},
        {QStringLiteral("currency"), a.currency},
        {QStringLiteral("time_zone"), a.timeZone},
        {QStringLiteral("complete_up_to"), a.completeUpTo.toString(Qt::ISODate)},
        {QStringLiteral("last_sync_at"), stamp(a.lastSyncAt)},
        {QStringLiteral("last_status"), a.lastStatus},
        {QStringLiteral("last_message"), a.lastMessage},
        {QStringLiteral("last_detail"), a.lastDetail},
        {QStringLiteral("last_rows"), a.lastRows},
        {QStringLiteral("stored_rows"), a.storedRows},
    };
}

Result<Platform> platformOption(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("platform")))
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "CliAccounts",
                        "--platform is required: meta, google_ads, tiktok, yandex_direct, vk_ads or telegram_ads"));
    const std::optional<Platform> platform = platformFromId(p.value(QStringLiteral("platform")));
    if (!platform)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("CliAccounts", "unknown platform \"%1\": use meta, google_ads, tiktok, "
                                                               "yandex_direct, vk_ads or telegram_ads")
                        .arg(p.value(QStringLiteral("platform"))));
    return *platform;
}

// The database for commands that read accounts: NotFound when there is none yet (nothing is connected).
Result<Storage::Database> accountsDatabase(const QCommandLineParser &p, bool create)
{
    const Storage::DatabaseLocation location = Storage::DatabaseLocation::fromArgument(p.value(QStringLiteral("db")));
    if (!create && !location.isPostgres() && !QFileInfo::exists(location.target))
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("CliAccounts",
                                                "There is no database at %1 yet, so no account is connected: "
                                                "demetra-cli accounts add --platform P --account ID")
                        .arg(location.displayName()));
    return Storage::Database::open(location);
}

Result<ConnectorAccount> chosenAccount(const QCommandLineParser &p, Storage::Database &db)
{
    Result<Platform> platform = platformOption(p);
    if (!platform)
        return tl::unexpected(platform.error());
    return ConnectorAccountRepository(db).find(*platform, p.value(QStringLiteral("account")));
}

int add(QCommandLineParser &p)
{
    Result<Platform> platform = platformOption(p);
    if (!platform)
        return reportError(platform.error());
    ConnectorAccount a;
    a.platform = *platform;
    a.accountId = p.value(QStringLiteral("account"));
    a.name = p.value(QStringLiteral("name"));
    a.apiVersion = p.value(QStringLiteral("api-version"));
    if (p.isSet(QStringLiteral("base-url"))) {
        a.baseUrl = p.value(QStringLiteral("base-url")).trimmed();
        const QUrl url(a.baseUrl);
        if (!url.isValid() || url.host().isEmpty())
            return usageError(QCoreApplication::translate("CliAccounts", "--base-url \"%1\" is not a URL such as "
                                                                         "https://proxy.example.com")
                                  .arg(a.baseUrl));
        if (Status s = HttpClient::checkUrl(url); !s)
            return reportError(s.error());
    }
    for (const QString &option : p.values(QStringLiteral("option"))) {
        const qsizetype eq = option.indexOf(u'=');
        if (eq <= 0)
            return usageError(
                QCoreApplication::translate("CliAccounts", "--option takes key=value, not \"%1\"").arg(option));
        a.options.insert(option.left(eq).trimmed(), option.mid(eq + 1).trimmed());
    }
    if (p.isSet(QStringLiteral("backfill-days"))) {
        bool ok = false;
        a.backfillDays = p.value(QStringLiteral("backfill-days")).toInt(&ok);
        if (!ok)
            return usageError(QCoreApplication::translate("CliAccounts", "--backfill-days takes whole days, not \"%1\"")
                                  .arg(p.value(QStringLiteral("backfill-days"))));
    }
    Result<Storage::Database> db = accountsDatabase(p, true);
    if (!db)
        return reportError(db.error());
    ConnectorAccountRepository repo(*db);
    Result<qint64> id = repo.add(a);
    if (!id)
        return reportError(id.error());
    Result<ConnectorAccount> stored = repo.find(*id);
    if (!stored)
        return reportError(stored.error());
    if (p.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(json(*stored)).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    printOut(QCoreApplication::translate("CliAccounts", "Connected %1 account \"%2\" as \"%3\".\n"
                                                        "Set %4 to its token, then: demetra-cli accounts test "
                                                        "--platform %5 --account %2\n")
                 .arg(platformDisplayName(stored->platform), stored->accountId, stored->name,
                      QString::fromLatin1(platformInfo(stored->platform).tokenVariable), platformId(stored->platform)));
    return ExitOk;
}

int list(QCommandLineParser &p)
{
    const bool asJson = p.isSet(QStringLiteral("json"));
    Result<Storage::Database> db = accountsDatabase(p, false);
    QList<ConnectorAccount> accounts;
    if (db) {
        Result<QList<ConnectorAccount>> all = ConnectorAccountRepository(*db).list();
        if (!all)
            return reportError(all.error());
        accounts = *all;
    } else if (db.error().code != ErrorCode::NotFound) {
        return reportError(db.error());
    }
    if (asJson) {
        QJsonArray array;
        for (const ConnectorAccount &a : accounts)
            array.append(json(a));
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (accounts.isEmpty()) {
        printOut(QCoreApplication::translate(
            "CliAccounts", "No accounts are connected. Add one: demetra-cli accounts add --platform P --account ID\n"));
        return ExitOk;
    }
    for (const ConnectorAccount &a : accounts) {
        const QString status =
            a.lastStatus.isEmpty() ? QCoreApplication::translate("CliAccounts", "never synced") : a.lastStatus;
        printOut(QStringLiteral("%1  %2  \"%3\"%4\n")
                     .arg(platformId(a.platform).leftJustified(13), a.accountId.leftJustified(20), a.name,
                          a.enabled ? QString()
                                    : QStringLiteral("  ") + QCoreApplication::translate("CliAccounts", "(disabled)")));
        printOut(QCoreApplication::translate("CliAccounts",
                                             "    %1; complete up to %2; %3 rows stored; %4 %5; last sync %6\n")
                     .arg(status, a.completeUpTo.isValid() ? a.completeUpTo.toString(Qt::ISODate) : QStringLiteral("—"))
                     .arg(a.storedRows)
                     .arg(a.currency.isEmpty() ? QStringLiteral("—") : a.currency,
                          a.timeZone.isEmpty() ? QString() : a.timeZone,
                          a.lastSyncAt.isValid() ? stamp(a.lastSyncAt) : QStringLiteral("—")));
        if (!a.lastMessage.isEmpty())
            printOut(QStringLiteral("    %1\n").arg(a.lastMessage));
    }
    return ExitOk;
}

int remove(QCommandLineParser &p)
{
    Result<Storage::Database> db = accountsDatabase(p, false);
    if (!db)
        return reportError(db.error());
    Result<ConnectorAccount> a = chosenAccount(p, *db);
    if (!a)
        return reportError(a.error());
    const bool deleteData = p.isSet(QStringLiteral("delete-data"));
    if (Status s = ConnectorAccountRepository(*db).remove(a->id, deleteData); !s)
        return reportError(s.error());
    if (deleteData)
        printOut(QCoreApplication::translate("CliAccounts", "Removed \"%1\" and its %2 stored rows.\n")
                     .arg(a->name)
                     .arg(a->storedRows));
    else
        printOut(QCoreApplication::translate(
                     "CliAccounts", "Removed \"%1\"; its %2 stored rows stay (remove them with --delete-data).\n")
                     .arg(a->name)
                     .arg(a->storedRows));
    return ExitOk;
}

int test(QCommandLineParser &p)
{
    Result<Storage::Database> db = accountsDatabase(p, false);
    if (!db)
        return reportError(db.error());
    Result<ConnectorAccount> a = chosenAccount(p, *db);
    if (!a)
        return reportError(a.error());
    watchInterrupts();
    TerminalProgress bar;
    Jobs::JobContext context(
        db->location(), [&bar](double f, const QString &stage) { bar.update(f, stage); }, [] { return interrupted(); });
    Result<AccountProfile> profile = SyncService(environmentTokens()).test(a->id, context);
    bar.finish();
    if (!profile)
        return reportError(profile.error());
    if (p.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                                             {QStringLiteral("name"), profile->name},
                                                             {QStringLiteral("currency"), profile->currency},
                                                             {QStringLiteral("time_zone"), profile->timeZone}})
                                       .toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    printOut(QCoreApplication::translate("CliAccounts", "%1: the connection works. The platform calls it \"%2\"; "
                                                        "currency %3, time zone %4.\n")
                 .arg(a->name, profile->name, profile->currency,
                      profile->timeZone.isEmpty() ? QStringLiteral("UTC") : profile->timeZone));
    return ExitOk;
}

} // namespace

int runAccounts(QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const QString action = args.value(1);
    if (args.size() > 2)
        return usageError(QCoreApplication::translate(
            "CliAccounts", "accounts takes one action (add, list, remove or test) and options"));
    if (action == QLatin1String("add"))
        return add(p);
    if (action == QLatin1String("list") || action.isEmpty())
        return list(p);
    if (action == QLatin1String("remove"))
        return remove(p);
    if (action == QLatin1String("test"))
        return test(p);
    return usageError(
        QCoreApplication::translate("CliAccounts", "unknown accounts action \"%1\": use add, list, remove or test")
            .arg(action));
}

} // namespace Demetra::Cli
