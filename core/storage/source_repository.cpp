#include "core/storage/source_repository.h"

#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace Demetra::Storage {

namespace {

QDateTime timestamp(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t;
}

bool isFailure(const QString &status)
{
    return status == QLatin1String("failed") || status == QLatin1String("interrupted");
}

// The run columns every listing reads, in the order readRun() expects.
const char *const kRunColumns = "id, kind, source, layout, status, started_at, finished_at, rows_read, rows_written, "
                                "rows_rejected, message, file_size, account_id";

struct RunRow
{
    SourceRun run;
    qint64 recordedAccount = 0; // import_runs.account_id, 0 when NULL
};

RunRow readRun(const QSqlQuery &q)
{
    RunRow out;
    ImportRunRecord &r = out.run.record;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.source = q.value(2).toString();
    r.layout = q.value(3).toString();
    r.status = q.value(4).toString();
    r.startedAt = timestamp(q.value(5));
    r.finishedAt = timestamp(q.value(6));
    r.rowsRead = q.value(7).toLongLong();
    r.rowsWritten = q.value(8).toLongLong();
    r.rowsRejected = q.value(9).toLongLong();
    r.message = q.value(10).toString();
    out.run.fileSize = q.value(11).isNull() ? -1 : q.value(11).toLongLong();
    out.recordedAccount = q.value(12).isNull() ? 0 : q.value(12).toLongLong();
    return out;
}

// Sources, runs, and which runs belong to which source (see the class comment for the rule).
struct Attribution
{
    QList<SourceInfo> sources;                   // accounts only, in the listed order
    QList<RunRow> runs;                          // newest first
    QHash<qint64, QList<qint64>> owners;         // run id -> account ids (0: no account)
    QHash<qint64, QHash<qint64, qint64>> stored; // run id -> account id -> rows whose latest writer is the run
};

Result<Attribution> attribute(const Database &db)
{
    Attribution a;
    QHash<qint64, int> indexOf; // account id -> index in a.sources
    {
        Result<QSqlQuery> q = db.exec(QStringLiteral("SELECT id, source_kind, platform, name, currency, time_zone, "
                                                     "created_at FROM accounts ORDER BY lower(name), currency, id"));
        if (!q)
            return tl::unexpected(q.error());
        while (q->next()) {
            SourceInfo s;
            s.accountId = q->value(0).toLongLong();
            s.sourceKind = q->value(1).toString();
            s.platform = q->value(2).toString();
            s.name = q->value(3).toString();
            s.currency = q->value(4).toString();
            s.timeZone = q->value(5).toString();
            s.createdAt = timestamp(q->value(6));
            indexOf.insert(s.accountId, int(a.sources.size()));
            a.sources << s;
        }
    }
    auto widen = [](SourceInfo &s, qint64 first, qint64 last) {
        const QDate from = QDate::fromJulianDay(first);
        const QDate to = QDate::fromJulianDay(last);
        if (!s.firstDay.isValid() || from < s.firstDay)
            s.firstDay = from;
        if (!s.lastDay.isValid() || to > s.lastDay)
            s.lastDay = to;
    };
    {
        // The daily rollup holds one row per (account, day, channel) with the count of facts and the last day they
        // cover: the span and the row count without reading every fact.
        Result<QSqlQuery> q =
            db.exec(QStringLiteral("SELECT account_id, SUM(n_rows), MIN(day), MAX(COALESCE(span_end, day)) "
                                   "FROM rollup_daily GROUP BY account_id"));
        if (!q)
            return tl::unexpected(q.error());
        while (q->next()) {
            const int i = indexOf.value(q->value(0).toLongLong(), -1);
            if (i < 0)
                continue;
            a.sources[i].factRows = q->value(1).toLongLong();
            widen(a.sources[i], q->value(2).toLongLong(), q->value(3).toLongLong());
        }
    }
    // Which run wrote each stored row last.
    for (const char *sql : {"SELECT account_id, run_id, COUNT(*), MIN(day), MAX(day + span_days - 1) FROM outcomes "
                            "GROUP BY account_id, run_id",
                            "SELECT account_id, run_id, COUNT(*) FROM facts GROUP BY account_id, run_id"}) {
        const bool outcomes = QByteArray(sql).contains("outcomes");
        Result<QSqlQuery> q = db.exec(QString::fromLatin1(sql));
        if (!q)
            return tl::unexpected(q.error());
        while (q->next()) {
            const qint64 account = q->value(0).toLongLong();
            const qint64 rows = q->value(2).toLongLong();
            a.stored[q->value(1).toLongLong()][account] += rows;
            const int i = indexOf.value(account, -1);
            if (outcomes && i >= 0) {
                a.sources[i].outcomeRows += rows;
                widen(a.sources[i], q->value(3).toLongLong(), q->value(4).toLongLong());
            }
        }
    }
    {
        Result<QSqlQuery> q =
            db.exec(QStringLiteral("SELECT %1 FROM import_runs ORDER BY id DESC").arg(QLatin1String(kRunColumns)));
        if (!q)
            return tl::unexpected(q.error());
        while (q->next())
            a.runs << readRun(*q);
    }

    // Direct links: rows written, or the account recorded on the run.
    QHash<qint64, QSet<QString>> filesOf; // account id -> files of its directly linked runs
    for (const RunRow &r : std::as_const(a.runs)) {
        QList<qint64> direct;
        for (auto it = a.stored.value(r.run.record.id).cbegin(); it != a.stored.value(r.run.record.id).cend(); ++it) {
            if (indexOf.contains(it.key()))
                direct << it.key();
        }
        if (r.recordedAccount > 0 && indexOf.contains(r.recordedAccount) && !direct.contains(r.recordedAccount))
            direct << r.recordedAccount;
        std::sort(direct.begin(), direct.end());
        for (qint64 account : std::as_const(direct))
            filesOf[account].insert(r.run.record.source);
        if (!direct.isEmpty())
            a.owners.insert(r.run.record.id, direct);
    }
    // Runs without rows: by their file, then by their layout.
    for (const RunRow &r : std::as_const(a.runs)) {
        if (a.owners.contains(r.run.record.id))
            continue;
        QList<qint64> owners;
        for (const SourceInfo &s : std::as_const(a.sources)) {
            if (filesOf.value(s.accountId).contains(r.run.record.source))
                owners << s.accountId;
        }
        if (owners.isEmpty() && !r.run.record.layout.isEmpty()) {
            for (const SourceInfo &s : std::as_const(a.sources)) {
                if (s.sourceKind == r.run.record.kind && s.platform == r.run.record.layout)
                    owners << s.accountId;
            }
        }
        if (owners.isEmpty())
            owners << 0;
        a.owners.insert(r.run.record.id, owners);
    }
    return a;
}

// Fills the import figures of `s` from its runs (newest first).
void summariseRuns(SourceInfo &s, const QList<SourceRun> &runs)
{
    s.imports = int(runs.size());
    if (!runs.isEmpty()) {
        s.lastRunId = runs.first().record.id;
        s.lastStatus = runs.first().record.status;
        s.lastMessage = runs.first().record.message;
    }
    QSet<QString> settled; // files whose latest good run has been seen
    for (const SourceRun &r : runs) {
        const ImportRunRecord &rec = r.record;
        if (settled.contains(rec.source))
            continue;
        if (rec.status == QLatin1String("ok")) {
            settled.insert(rec.source);
            s.rejectedRows += rec.rowsRejected;
            if (!s.lastUpdate.isValid() || rec.finishedAt > s.lastUpdate)
                s.lastUpdate = rec.finishedAt;
        } else if (isFailure(rec.status)) {
            ++s.failedImports;
        }
    }
}

} // namespace

Result<DataSourcesSnapshot> SourceRepository::snapshot() const
{
    Result<Attribution> a = attribute(m_db);
    if (!a)
        return tl::unexpected(a.error());
    DataSourcesSnapshot out;
    for (const RunRow &r : std::as_const(a->runs)) {
        for (qint64 account : a->owners.value(r.run.record.id)) {
            SourceRun run = r.run;
            run.rowsStored = a->stored.value(run.record.id).value(account);
            out.runs[account] << run;
        }
    }
    out.sources = a->sources;
    for (SourceInfo &s : out.sources)
        summariseRuns(s, out.runs.value(s.accountId));
    if (out.runs.contains(0)) {
        SourceInfo none; // the imports that stored no rows
        summariseRuns(none, out.runs.value(0));
        out.sources << none;
    }
    return out;
}

Result<RejectedRowsPage> SourceRepository::rejectedRows(qint64 runId, int offset, int limit) const
{
    RejectedRowsPage page;
    page.offset = qMax(0, offset);
    Result<QSqlQuery> run =
        m_db.exec(QStringLiteral("SELECT %1 FROM import_runs WHERE id = ?").arg(QLatin1String(kRunColumns)), {runId});
    if (!run)
        return tl::unexpected(run.error());
    if (!run->next())
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("SourceRepository", "Import %1 is not recorded (it may have been deleted).")
                .arg(runId));
    page.run = readRun(*run).run.record;
    Result<QVariant> total =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM rejected_rows WHERE run_id = ?"), {runId});
    if (!total)
        return tl::unexpected(total.error());
    page.total = total->toLongLong();
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT line, column_no, column_name, reason, raw FROM rejected_rows "
                                 "WHERE run_id = ? ORDER BY line, id LIMIT ? OFFSET ?"),
                  {runId, qMax(0, limit), page.offset});
    if (!q)
        return tl::unexpected(q.error());
    while (q->next()) {
        page.rows << Import::RejectedRow{q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toString(),
                                         q->value(3).toString(), q->value(4).toString()};
    }
    return page;
}

Result<SourceDeletion> SourceRepository::deleteSource(qint64 accountId,
                                                      const std::function<void(double, const QString &)> &progress)
{
    auto report = [&](double fraction, const QString &stage) {
        if (progress)
            progress(fraction, stage);
    };
    report(0.0, QCoreApplication::translate("SourceRepository", "Preparing the deletion"));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return tl::unexpected(s.error());
    // Attributed inside the transaction: what is deleted is what was read.
    Result<Attribution> a = attribute(m_db);
    if (!a)
        return tl::unexpected(a.error());
    SourceDeletion out;
    out.accountId = accountId;
    if (accountId != 0) {
        auto it = std::find_if(a->sources.cbegin(), a->sources.cend(),
                               [accountId](const SourceInfo &s) { return s.accountId == accountId; });
        if (it == a->sources.cend())
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("SourceRepository", "This data source no longer exists."),
                        QString::number(accountId));
        out.name = it->name;
        out.currency = it->currency;
    }
    QStringList runIds; // runs attributed to this source alone
    for (auto it = a->owners.cbegin(); it != a->owners.cend(); ++it) {
        if (it.value() == QList<qint64>{accountId})
            runIds << QString::number(it.key());
    }

    auto run = [&](const QString &sql, qint64 *affected = nullptr) -> Status {
        Result<QSqlQuery> q = m_db.exec(sql, accountId != 0 ? QVariantList{accountId} : QVariantList{});
        if (!q)
            return tl::unexpected(q.error());
        if (affected)
            *affected += q->numRowsAffected();
        return {};
    };
    if (accountId != 0) {
        report(0.1, QCoreApplication::translate("SourceRepository", "Removing the rows"));
        for (auto [sql, counter] : {
                 std::pair{"DELETE FROM facts WHERE account_id = ?", &out.factRows},
                 std::pair{"DELETE FROM outcomes WHERE account_id = ?", &out.outcomeRows},
                 std::pair{"DELETE FROM rollup_daily WHERE account_id = ?", static_cast<qint64 *>(nullptr)},
                 std::pair{"DELETE FROM rollup_campaign_month WHERE account_id = ?", static_cast<qint64 *>(nullptr)},
                 std::pair{"DELETE FROM rollup_slice_month WHERE account_id = ?", static_cast<qint64 *>(nullptr)},
                 std::pair{"DELETE FROM campaigns WHERE account_id = ?", &out.campaigns},
             }) {
            if (Status s = run(QString::fromLatin1(sql), counter); !s)
                return tl::unexpected(s.error());
        }
    }
    report(0.6, QCoreApplication::translate("SourceRepository", "Removing the import records"));
    // Integer ids only: safe to write into the statement, in chunks that stay under SQLite's expression limits.
    for (qsizetype i = 0; i < runIds.size(); i += 500) {
        const QString list = runIds.mid(i, 500).join(u',');
        Result<QSqlQuery> rejected =
            m_db.exec(QStringLiteral("DELETE FROM rejected_rows WHERE run_id IN (%1)").arg(list));
        if (!rejected)
            return tl::unexpected(rejected.error());
        out.rejectedRows += rejected->numRowsAffected();
        Result<QSqlQuery> runs = m_db.exec(QStringLiteral("DELETE FROM import_runs WHERE id IN (%1)").arg(list));
        if (!runs)
            return tl::unexpected(runs.error());
        out.runs += runs->numRowsAffected();
    }
    if (accountId != 0) {
        if (Status s = run(QStringLiteral("DELETE FROM accounts WHERE id = ?")); !s)
            return tl::unexpected(s.error());
        // Channels and slices nobody refers to any more would linger in the filter's choices.
        report(0.75,
               QCoreApplication::translate("SourceRepository", "Removing channels and segments left without data"));
        Result<QSqlQuery> channels =
            m_db.exec(QStringLiteral("DELETE FROM channels WHERE id NOT IN (SELECT channel_id FROM facts)"));
        if (!channels)
            return tl::unexpected(channels.error());
        out.channels = channels->numRowsAffected();
        Result<QSqlQuery> slices =
            m_db.exec(QStringLiteral("DELETE FROM slices WHERE id <> 0 AND id NOT IN (SELECT slice_id FROM facts)"));
        if (!slices)
            return tl::unexpected(slices.error());
        out.slices = slices->numRowsAffected();
    }
    report(0.95, QCoreApplication::translate("SourceRepository", "Saving"));
    if (Status s = tx.commit(); !s)
        return tl::unexpected(s.error());
    report(1.0, QCoreApplication::translate("SourceRepository", "Deleted"));
    return out;
}

} // namespace Demetra::Storage
