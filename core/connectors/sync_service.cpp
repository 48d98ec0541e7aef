#include "core/connectors/sync_service.h"

#include "core/alerts/alert_repository.h"
#include "core/connectors/connector_account_repository.h"
#include "core/connectors/connector_factory.h"
#include "core/connectors/oauth_token_refresher.h"
#include "core/connectors/sync_window_writer.h"
#include "core/jobs/job_context.h"
#include "core/settings/secret_store.h"
#include "core/settings/secret_store_keychain.h"
#include "core/storage/database.h"
#include "core/storage/import_run_repository.h"
#include "core/storage/write_access.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLocale>
#include <QMutex>
#include <QThread>
#include <QTimeZone>
#include <QWaitCondition>
#include <climits>

namespace Demetra::Connectors {

namespace {

// The alert of one account's failed sync: (rule, platform channel, account name) identifies it across runs.
Alerts::AlertFinding syncAlert(const ConnectorAccount &account, const QString &metric, Alerts::Severity severity,
                               const QString &message)
{
    Alerts::AlertFinding f;
    f.rule = Alerts::AlertRule::SyncFailed;
    f.severity = severity;
    f.channel = QString::fromLatin1(platformInfo(account.platform).channel);
    f.campaign = account.name.isNull() ? QStringLiteral("") : account.name;
    f.metric = metric; // "" for a failure, "currency" for a currency change
    const QDate today = QDate::currentDate();
    f.windowFrom = today;
    f.windowTo = today;
    f.message = message;
    return f;
}

void applyAlert(Storage::Database &db, const ConnectorAccount &account, const QString &metric,
                const std::optional<Alerts::AlertFinding> &finding)
{
    const QString fingerprint =
        finding ? finding->fingerprint() : syncAlert(account, metric, Alerts::Severity::High, {}).fingerprint();
    Result<Alerts::AlertUpdate> u =
        Alerts::AlertRepository(db).applyOne(fingerprint, finding, QDateTime::currentDateTimeUtc());
    if (!u)
        qWarning("sync: the alert of %s was not recorded: %s", qPrintable(account.name),
                 qPrintable(u.error().toString()));
}

// The cancel check of the job whose token source runs on this thread (readSecret() stops waiting when it says so).
thread_local std::function<bool()> t_cancelled;

// A message names the account: connectors' messages already do ("Meta account 123: …"); others get the name first.
QString withAccount(const ConnectorAccount &account, const QString &message)
{
    if (message.startsWith(account.name) || (!account.accountId.isEmpty() && message.contains(account.accountId)))
        return message;
    return account.name + QStringLiteral(": ") + message;
}

// The account's token, with the job's cancel check visible to readSecret().
Result<QString> tokenFor(const TokenSource &tokens, const ConnectorAccount &account, Jobs::JobContext &context)
{
    if (!tokens)
        return fail(ErrorCode::NotFound, QCoreApplication::translate("Connectors", "no token source"));
    t_cancelled = [&context] { return context.isCancelled(); };
    Result<QString> token = tokens(account);
    t_cancelled = {};
    return token;
}

QDate todayFor(const ConnectorAccount &account, const SyncRequest &request)
{
    if (request.today.isValid())
        return request.today;
    const QTimeZone zone(account.timeZone.toUtf8());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return zone.isValid() ? now.toTimeZone(zone).date() : now.date();
}

} // namespace

namespace {

// "1 account" / "%n accounts" (natural English; the translation gives every plural form of the second).
QString accountCount(int n)
{
    return n == 1 ? QCoreApplication::translate("Connectors", "1 account")
                  : QCoreApplication::translate("Connectors", "%n accounts", nullptr, n);
}

QString rowsChangedPhrase(qint64 n)
{
    const int count = n > INT_MAX ? INT_MAX : int(n);
    return count == 1 ? QCoreApplication::translate("Connectors", "1 row changed")
                      : QCoreApplication::translate("Connectors", "%Ln rows changed", nullptr, count);
}

QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !QStringLiteral(".!?").contains(text.back()))
        text += u'.';
    return text;
}

// A failed account's reason without the account's name in front when the label says it already ("Meta account 123:
// the token…" under the label "Meta 123").
QString reasonOf(const AccountSyncResult &a)
{
    const QString message = a.error.message;
    const qsizetype colon = message.indexOf(QStringLiteral(": "));
    if (colon <= 0)
        return message;
    const QString prefix = message.left(colon);
    const QString last = a.label.section(u' ', -1);
    if (prefix == a.label ||
        (!last.isEmpty() && prefix.endsWith(last) && prefix.startsWith(a.label.section(u' ', 0, 0))))
        return message.mid(colon + 2);
    return message;
}

} // namespace

QString SyncSummary::message() const
{
    const int total = int(accounts.size());
    QString text;
    if (total == 0) {
        text = cancelled ? QString() : QCoreApplication::translate("Connectors", "No connected accounts to sync.");
    } else if (failed == 0) {
        text = rowsChanged > 0
                   ? QCoreApplication::translate("Connectors", "Synced %1, %2.")
                         .arg(accountCount(total), rowsChangedPhrase(rowsChanged))
                   : QCoreApplication::translate("Connectors", "Nothing changed in %1.").arg(accountCount(total));
    } else {
        QStringList why;
        for (const AccountSyncResult &a : accounts) {
            if (!a.ok)
                why << (failed == 1 && total == 1 ? reasonOf(a) : a.error.message);
        }
        const QString reasons = sentence(why.join(QStringLiteral("; ")));
        if (total == 1)
            text = QCoreApplication::translate("Connectors", "%1 failed: %2").arg(accounts.first().label, reasons);
        else if (failed == total)
            text = QCoreApplication::translate("Connectors", "All %n accounts failed: %1", nullptr, total).arg(reasons);
        else
            text = QCoreApplication::translate("Connectors", "%1 of %n accounts failed: %2", nullptr, total)
                       .arg(QLocale().toString(failed), reasons);
        if (failed < total && rowsChanged > 0)
            text += u' ' +
                    QCoreApplication::translate("Connectors", "In the others, %1.").arg(rowsChangedPhrase(rowsChanged));
        else if (failed < total)
            text += u' ' + QCoreApplication::translate("Connectors", "Nothing changed in the others.");
    }
    if (cancelled)
        text = (text.isEmpty() ? QString() : text + u' ') +
               QCoreApplication::translate("Connectors", "The sync was cancelled.");
    return text;
}

namespace {

// QtKeychain runs its jobs on one thread (KeychainSecretStore's contract): a sync job reading a token from its own
// thread asks the application's thread to read it and waits for the answer (at most a minute: an unlock prompt may
// be showing). Other stores (memory, environment) are thread-safe and read directly.
Result<QString> readSecret(Settings::SecretStore &store, const QString &key)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread() || !dynamic_cast<Settings::KeychainSecretStore *>(&store))
        return store.read(key);
    struct Shared
    {
        QMutex mutex;
        QWaitCondition answered;
        bool done = false;
        Result<QString> result;
    };
    auto shared = std::make_shared<Shared>();
    QMetaObject::invokeMethod(
        app,
        [shared, &store, key] {
            Result<QString> r = store.read(key);
            QMutexLocker lock(&shared->mutex);
            shared->result = std::move(r);
            shared->done = true;
            shared->answered.wakeAll();
        },
        Qt::QueuedConnection);
    QMutexLocker lock(&shared->mutex);
    // In slices, so a cancel (the window closing while it waits for this job) is not held up by the wait.
    const QDeadlineTimer deadline(60'000);
    while (!shared->done && !deadline.hasExpired()) {
        if (t_cancelled && t_cancelled())
            return fail(ErrorCode::Cancelled,
                        QCoreApplication::translate("Connectors", "cancelled while waiting for the system keychain"),
                        key);
        shared->answered.wait(&shared->mutex, QDeadlineTimer(100));
    }
    if (!shared->done)
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Connectors", "the system keychain did not answer within a minute"),
                    key);
    return shared->result;
}

} // namespace

TokenSource secretStoreTokens(Settings::SecretStore &store)
{
    return [&store](const ConnectorAccount &account) -> Result<QString> {
        Result<QString> token = readSecret(store, account.secretKey());
        if (token && !token->trimmed().isEmpty()) { // a plain token, or OAuth credentials refreshed when expiring
            HttpClient http;
            const QString key = account.secretKey();
            return resolveAccessToken(*token, account, http, [&store, key](const QString &secret) {
                return writeSecretFromAnyThread(store, key, secret);
            });
        }
        if (!token && token.error().code != ErrorCode::NotFound)
            return fail(token.error().code,
                        QCoreApplication::translate(
                            "Connectors",
                            "%1: the token could not be read from the system keychain; paste it again on Data "
                            "sources.")
                            .arg(account.name),
                        token.error().toString());
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("Connectors", "%1: no token: paste one on Data sources.").arg(account.name),
            account.secretKey());
    };
}

TokenSource environmentTokens()
{
    return [](const ConnectorAccount &account) -> Result<QString> {
        const QString variable = QString::fromLatin1(platformInfo(account.platform).tokenVariable);
        // One variable per platform; DEMETRA_TOKEN_<PLATFORM>_<ACCOUNT> first, for two accounts with two tokens.
        QString perAccount = variable + u'_';
        for (QChar c : account.accountId)
            perAccount += c.isLetterOrNumber() && c.unicode() < 128 ? c.toUpper() : QChar(u'_');
        for (const QString &name : {perAccount, variable}) {
            if (name.endsWith(u'_'))
                continue;
            const QString value = qEnvironmentVariable(name.toLatin1().constData()).trimmed();
            if (!value.isEmpty()) { // may hold OAuth credentials JSON: refreshed, not written back
                HttpClient http;
                return resolveAccessToken(value, account, http, {});
            }
        }
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Connectors", "%1: no token: set %2 (or %3 for this account alone).")
                        .arg(account.name, variable, perAccount),
                    variable);
    };
}

SyncService::SyncService(TokenSource tokens, HttpLimits limits, HttpSleeper sleeper)
    : m_tokens(std::move(tokens)), m_limits(limits), m_sleeper(std::move(sleeper))
{}

int SyncService::restatementDays(const ConnectorAccount &account)
{
    return account.restatementDays();
}

FetchWindow SyncService::plannedWindow(const ConnectorAccount &account, const SyncRequest &request)
{
    FetchWindow w;
    // Today is still accumulating: a sync reads up to yesterday in the account's time zone.
    w.to = todayFor(account, request).addDays(-1);
    if (request.since && request.since->isValid())
        w.from = *request.since;
    else if (!account.completeUpTo.isValid())
        w.from = w.to.addDays(1 - qMax(1, account.backfillDays));
    else // the days after the last good sync, and the trailing days the platform may still revise
        w.from = qMin(account.completeUpTo.addDays(1), account.completeUpTo.addDays(1 - restatementDays(account)));
    return w;
}

Result<SyncSummary> SyncService::run(const SyncRequest &request, Jobs::JobContext &context) const
{
    // A read-only database is refused before anything is fetched (the fetch would be thrown away).
    if (Status writable = Storage::WriteAccess::check(context.location()); !writable)
        return tl::unexpected(writable.error());
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    ConnectorAccountRepository repository(**db);
    Result<QList<ConnectorAccount>> all = repository.list();
    if (!all)
        return tl::unexpected(all.error());
    QList<ConnectorAccount> chosen;
    for (const ConnectorAccount &a : std::as_const(*all)) {
        if (request.platform && a.platform != *request.platform)
            continue;
        if (request.accountId && a.id != *request.accountId)
            continue;
        // A disabled account is left out of scheduled syncs, not out of a sync asked for by its id.
        if (!a.enabled && !request.includeDisabled && !request.accountId)
            continue;
        chosen << a;
    }
    SyncSummary summary;
    const double n = double(qMax<qsizetype>(1, chosen.size()));
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        if (context.isCancelled()) {
            summary.cancelled = true;
            break;
        }
        AccountSyncResult r = syncAccount(chosen[i], request, **db, context, double(i) / n, 1.0 / n);
        if (!r.ok && r.error.code == ErrorCode::Cancelled) {
            summary.cancelled = true;
            break;
        }
        summary.rowsWritten += r.rowsWritten;
        summary.rowsChanged += r.rowsChanged;
        summary.failed += r.ok ? 0 : 1;
        summary.accounts << r;
    }
    context.progress(1.0, summary.message());
    return summary;
}

AccountSyncResult SyncService::syncAccount(ConnectorAccount account, const SyncRequest &request, Storage::Database &db,
                                           Jobs::JobContext &context, double base, double span) const
{
    AccountSyncResult out;
    out.accountId = account.id;
    out.platform = account.platform;
    out.label = account.name;
    out.window = plannedWindow(account, request);
    out.completeUpTo = account.completeUpTo;
    auto report = [&](double f, const QString &stage) {
        context.progress(base + span * qBound(0.0, f, 1.0), account.name + QStringLiteral(": ") + stage);
    };
    ConnectorAccountRepository repository(db);
    bool fetchStarted = false;

    // A failure: recorded on the account (and as a failed sync run), an alert opened; the window stays unwritten.
    auto failed = [&](Error error) {
        out.ok = false;
        const bool cancelled = error.code == ErrorCode::Cancelled;
        error.message = withAccount(account, error.message);
        out.error = error;
        out.message = error.message;
        ConnectorAccount recorded = account;
        recorded.lastStatus = cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
        recorded.lastMessage = error.message;
        recorded.lastDetail = error.detail;
        recorded.lastRows = 0;
        recorded.completeUpTo = QDate();
        recorded.currency.clear();
        recorded.timeZone.clear();
        if (Status s = repository.recordSync(recorded); !s)
            qWarning("sync: %s", qPrintable(s.error().toString()));
        if (fetchStarted) { // the sync's record, like an import's, says why the window was not stored
            Storage::ImportRunRepository runs(db);
            if (Result<qint64> run = runs.begin(QStringLiteral("sync"), account.name, 0))
                runs.markFailed(*run, recorded.lastStatus, error.message);
        }
        if (!cancelled)
            applyAlert(db, account, QString(),
                       syncAlert(account, QString(), Alerts::Severity::High,
                                 QCoreApplication::translate("Connectors", "Sync failed: %1").arg(error.message)));
        return out;
    };

    report(0.0, QCoreApplication::translate("Connectors", "connecting"));
    Result<QString> token = tokenFor(m_tokens, account, context);
    if (!token) {
        out.missingToken = token.error().code == ErrorCode::NotFound;
        return failed(token.error());
    }
    if (out.window.from > out.window.to) {
        // Nothing to read (already synced up to yesterday, or --since in the future).
        out.ok = true;
        out.skipped = true;
        out.message = QCoreApplication::translate("Connectors", "%1: up to date, nothing to read.").arg(account.name);
        ConnectorAccount recorded = account;
        recorded.lastStatus = QStringLiteral("ok");
        recorded.lastMessage = out.message;
        recorded.lastDetail.clear();
        recorded.lastRows = 0;
        if (Status s = repository.recordSync(recorded); !s)
            return failed(s.error());
        applyAlert(db, account, QString(), std::nullopt);
        return out;
    }

    const std::function<bool()> cancelled = [&context] { return context.isCancelled(); };
    HttpClient http(m_limits, cancelled, m_sleeper);
    std::unique_ptr<Connector> connector = makeConnector(account.config(*token), http);
    if (!connector)
        return failed(
            Error{ErrorCode::Internal,
                  QCoreApplication::translate("Connectors", "this version of Demetra has no connector for %1 yet.")
                      .arg(platformDisplayName(account.platform)),
                  platformId(account.platform)});

    // The window in requests the platform accepts; every part is read before anything is written.
    const int maxDays = qMax(1, platformInfo(account.platform).maxDaysPerRequest);
    const qint64 totalDays = out.window.from.daysTo(out.window.to) + 1;
    FetchResult fetched;
    QList<FetchWindow> covered; // the days the platform answered for
    fetchStarted = true;
    for (QDate from = out.window.from; from <= out.window.to; from = from.addDays(maxDays)) {
        if (context.isCancelled())
            return failed(Error{
                ErrorCode::Cancelled,
                QCoreApplication::translate("Connectors", "the sync was cancelled; nothing of this window was stored."),
                {}});
        FetchWindow part{from, qMin(out.window.to, from.addDays(maxDays - 1))};
        const double done = double(out.window.from.daysTo(from)) / double(totalDays);
        const double share = double(part.from.daysTo(part.to) + 1) / double(totalDays);
        Result<FetchResult> got = connector->fetch(
            part, [&](double f, const QString &stage) { report(0.05 + 0.8 * (done + share * f), stage); });
        if (!got)
            return failed(got.error());
        covered << got->covered.value_or(part);
        fetched.rows << got->rows;
        fetched.warnings << got->warnings;
        fetched.requests += got->requests;
        if (fetched.currency.isEmpty())
            fetched.currency = got->currency;
        if (fetched.timeZone.isEmpty())
            fetched.timeZone = got->timeZone;
    }
    if (context.isCancelled())
        return failed(Error{
            ErrorCode::Cancelled,
            QCoreApplication::translate("Connectors", "the sync was cancelled; nothing of this window was stored."),
            {}});

    // A currency change: FactWriter files the rows under a sibling account in the new currency; say so.
    QString note;
    const bool currencyChanged = !account.currency.isEmpty() && !fetched.currency.isEmpty() &&
                                 fetched.currency.compare(account.currency, Qt::CaseInsensitive) != 0;
    if (currencyChanged) {
        note = QCoreApplication::translate(
                   "Connectors",
                   "The account's currency changed from %1 to %2: rows from %3 are stored under a separate %2 source; "
                   "earlier rows stay in %1.")
                   .arg(account.currency, fetched.currency, out.window.from.toString(Qt::ISODate));
        out.warnings << note;
    }
    out.warnings << fetched.warnings;

    report(0.9, QCoreApplication::translate("Connectors", "saving"));
    Result<SyncWriteOutcome> written = SyncWindowWriter::write(db, account, out.window, fetched, note, covered);
    if (!written)
        return failed(written.error());
    out.ok = true;
    out.rowsWritten = written->rowsWritten;
    out.rowsChanged = written->rowsChanged;
    out.completeUpTo = account.completeUpTo;
    out.message = account.name + QStringLiteral(": ") + account.lastMessage;
    applyAlert(db, account, QString(), std::nullopt);
    if (currencyChanged)
        applyAlert(db, account, QStringLiteral("currency"),
                   syncAlert(account, QStringLiteral("currency"), Alerts::Severity::Medium,
                             account.name + QStringLiteral(": ") + note));
    report(1.0, QCoreApplication::translate("Connectors", "done"));
    return out;
}

Result<AccountProfile> SyncService::test(qint64 accountId, Jobs::JobContext &context) const
{
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    ConnectorAccountRepository repository(**db);
    Result<ConnectorAccount> account = repository.find(accountId);
    if (!account)
        return tl::unexpected(account.error());
    Result<QString> token = tokenFor(m_tokens, *account, context);
    if (!token)
        return tl::unexpected(token.error());
    context.progress(0.1, QCoreApplication::translate("Connectors", "%1: testing the connection").arg(account->name));
    HttpClient http(
        m_limits, [&context] { return context.isCancelled(); }, m_sleeper);
    std::unique_ptr<Connector> connector = makeConnector(account->config(*token), http);
    if (!connector)
        return fail(
            ErrorCode::Internal,
            QCoreApplication::translate("Connectors", "%1: this version of Demetra has no connector for %2 yet.")
                .arg(account->name, platformDisplayName(account->platform)),
            platformId(account->platform));
    Result<AccountProfile> profile = connector->testConnection();
    if (!profile) {
        Error e = profile.error();
        e.message = withAccount(*account, e.message);
        return tl::unexpected(e);
    }
    if (Status s = repository.recordProfile(account->id, profile->currency, profile->timeZone); !s)
        return tl::unexpected(s.error());
    context.progress(1.0, QCoreApplication::translate("Connectors", "%1: the connection works").arg(account->name));
    return profile;
}

Refresh::StepHook SyncService::step() const
{
    return [service = *this](Jobs::JobContext &context) -> Result<Refresh::StepOutcome> {
        SyncRequest request; // every enabled account, from where each left off
        Result<SyncSummary> summary = service.run(request, context);
        if (!summary)
            return tl::unexpected(summary.error());
        if (summary->accounts.isEmpty() && !summary->cancelled)
            return Refresh::StepOutcome{Refresh::StepStatus::Skipped, 0,
                                        QCoreApplication::translate("Refresh", "No connected accounts.")};
        if (summary->cancelled && summary->rowsChanged == 0)
            return fail(ErrorCode::Cancelled, summary->message());
        // A failed account makes the step Failed (the run is "partial", the status bar says so) while keeping the
        // rows the other accounts changed, so the pages that show them reload. Each failed account has its own
        // sync_failed alert with the specific reason.
        Refresh::StepOutcome out;
        out.status = summary->failed > 0 ? Refresh::StepStatus::Failed : Refresh::StepStatus::Ok;
        out.rowsChanged = summary->rowsChanged; // facts that changed, not rows re-read unchanged
        out.message = summary->message();
        return out;
    };
}

} // namespace Demetra::Connectors
