#include "core/connectors/sync_window_writer.h"

#include "core/connectors/connector_account_repository.h"
#include "core/storage/database.h"
#include "core/storage/fact_writer.h"
#include "core/storage/import_run_repository.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace Demetra::Connectors {

namespace {

// Identifies a fact of the account within the window: currency, day, channel, campaign key, slice key.
QString factKey(const QString &currency, qint64 day, const QString &channel, const QString &campaign,
                const QString &slice)
{
    return currency + u'\x1f' + QString::number(day) + u'\x1f' + channel + u'\x1f' + campaign + u'\x1f' + slice;
}

template<typename T> std::optional<T> valueOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<T>(v.value<T>());
}

template<typename T> std::optional<T> zeroIfSet(const std::optional<T> &v)
{
    return v ? std::optional<T>(T(0)) : std::nullopt;
}

template<typename T> void addTo(std::optional<T> &sum, const std::optional<T> &v)
{
    if (v)
        sum = sum.value_or(T(0)) + *v;
}

template<typename T> bool isZero(const std::optional<T> &v)
{
    return !v || *v == T(0);
}

bool sameConversions(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-9 * qMax(1.0, std::abs(*a));
}

// The stored measures of a fact equal what the platform returned for its key (the run's rows summed per key, as the
// writer sums them).
bool sameMeasures(const FactRow &stored, const FactRow &fetched)
{
    return stored.impressions == fetched.impressions && stored.clicks == fetched.clicks &&
           sameConversions(stored.conversions, fetched.conversions) && stored.spendMicros == fetched.spendMicros &&
           stored.revenueMicros == fetched.revenueMicros && stored.engagements == fetched.engagements &&
           stored.videoViews == fetched.videoViews && stored.reach == fetched.reach &&
           stored.spanDays == qMax(1, fetched.spanDays);
}

bool allZero(const FactRow &r)
{
    return isZero(r.impressions) && isZero(r.clicks) && isZero(r.conversions) && isZero(r.spendMicros) &&
           isZero(r.revenueMicros) && isZero(r.engagements) && isZero(r.videoViews) && isZero(r.reach);
}

// The row written for a stored fact the platform no longer returns: its key with zero measures (null stays null).
FactRow zeroed(FactRow r)
{
    r.impressions = zeroIfSet(r.impressions);
    r.clicks = zeroIfSet(r.clicks);
    r.conversions = zeroIfSet(r.conversions);
    r.spendMicros = zeroIfSet(r.spendMicros);
    r.revenueMicros = zeroIfSet(r.revenueMicros);
    r.engagements = zeroIfSet(r.engagements);
    r.videoViews = zeroIfSet(r.videoViews);
    r.reach = zeroIfSet(r.reach);
    return r;
}

// The facts stored for the account inside the window, with their measures (one query per stored source account).
Result<QList<FactRow>> storedRows(const Storage::Database &db, const QList<qint64> &accountIds,
                                  const FetchWindow &window)
{
    QList<FactRow> out;
    for (qint64 id : accountIds) {
        Result<QSqlQuery> q = db.exec(
            QStringLiteral(
                "SELECT f.day, ch.name, c.natural_key, c.external_id, c.name, s.natural_key, s.audience, s.segment, "
                "s.location, s.language, s.detail, a.currency, f.impressions, f.clicks, f.conversions, "
                "f.spend_micros, f.revenue_micros, f.engagements, f.video_views, f.reach, f.span_days "
                "FROM facts f JOIN accounts a ON a.id = f.account_id JOIN channels ch ON ch.id = f.channel_id "
                "JOIN campaigns c ON c.id = f.campaign_id JOIN slices s ON s.id = f.slice_id "
                "WHERE f.account_id = ? AND f.day BETWEEN ? AND ?"),
            {id, window.from.toJulianDay(), window.to.toJulianDay()});
        if (!q)
            return tl::unexpected(q.error());
        while (q->next()) {
            FactRow r;
            r.day = q->value(0).toLongLong();
            r.channel = q->value(1).toString();
            r.campaign.key = q->value(2).toString();
            r.campaign.externalId = q->value(3).toString();
            r.campaign.name = q->value(4).toString();
            r.slice.naturalKey = q->value(5).toString();
            r.slice.audience = q->value(6).toString();
            r.slice.segment = q->value(7).toString();
            r.slice.location = q->value(8).toString();
            r.slice.language = q->value(9).toString();
            r.slice.detail = q->value(10).toString();
            r.currency = q->value(11).toString();
            r.impressions = valueOf<qint64>(q->value(12));
            r.clicks = valueOf<qint64>(q->value(13));
            r.conversions = valueOf<double>(q->value(14));
            r.spendMicros = valueOf<qint64>(q->value(15));
            r.revenueMicros = valueOf<qint64>(q->value(16));
            r.engagements = valueOf<qint64>(q->value(17));
            r.videoViews = valueOf<qint64>(q->value(18));
            r.reach = valueOf<qint64>(q->value(19));
            r.spanDays = qMax(1, q->value(20).toInt());
            out << r;
        }
    }
    return out;
}

} // namespace

Result<SyncWriteOutcome> SyncWindowWriter::write(Storage::Database &db, ConnectorAccount &account,
                                                 const FetchWindow &window, const FetchResult &fetched,
                                                 const QString &note, const QList<FetchWindow> &covered)
{
    const QString currency = fetched.currency.trimmed().isEmpty() ? account.currency : fetched.currency.trimmed();
    if (currency.isEmpty())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("Connectors",
                                                "%1: the platform did not say the account's currency; nothing was "
                                                "stored. Test the connection and sync again.")
                        .arg(account.name));
    const QString timeZone = !fetched.timeZone.isEmpty()   ? fetched.timeZone
                             : !account.timeZone.isEmpty() ? account.timeZone
                                                           : QStringLiteral("UTC");

    ConnectorAccountRepository accounts(db);
    Storage::ImportRunRepository runs(db);
    Storage::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return tl::unexpected(s.error());
    SyncWriteOutcome out;
    Result<qint64> runId = runs.begin(QStringLiteral("sync"), account.name, 0);
    if (!runId)
        return tl::unexpected(runId.error());
    out.runId = *runId;

    // Read before writing: what the window held for this account (every currency it was stored in).
    Result<QList<qint64>> ids = accounts.storedAccountIds(account);
    if (!ids)
        return tl::unexpected(ids.error());
    Result<QList<FactRow>> before = storedRows(db, *ids, window);
    if (!before)
        return tl::unexpected(before.error());

    Storage::AccountKey key;
    key.sourceKind = QStringLiteral("api");
    key.platform = platformId(account.platform);
    key.name = account.name;
    key.currency = currency;
    key.timeZone = timeZone;
    Storage::FactWriter writer(db, out.runId, key);
    if (Status s = writer.prepare(); !s)
        return tl::unexpected(s.error());

    // What the platform returned, per fact key, summed as the writer sums rows of one run that share a key.
    QHash<QString, FactRow> returned;
    QStringList order;
    for (FactRow row : fetched.rows) {
        if (row.slice.naturalKey.isEmpty() && !row.slice.isEmpty())
            row.slice.finalize();
        const QString k = factKey(row.currency.isEmpty() ? currency : row.currency, row.day, row.channel,
                                  row.campaign.key, row.slice.naturalKey);
        auto it = returned.find(k);
        if (it == returned.end()) {
            returned.insert(k, row);
            order << k;
        } else {
            addTo(it->impressions, row.impressions);
            addTo(it->clicks, row.clicks);
            addTo(it->conversions, row.conversions);
            addTo(it->spendMicros, row.spendMicros);
            addTo(it->revenueMicros, row.revenueMicros);
            addTo(it->engagements, row.engagements);
            addTo(it->videoViews, row.videoViews);
            addTo(it->reach, row.reach);
        }
        if (Status s = writer.write(row); !s)
            return tl::unexpected(s.error());
    }
    // Every fetched row is written (names and ids may have changed), but only facts whose measures differ from what
    // the window held count as changed: a sync that re-reads an unchanged restatement window changes nothing.
    QHash<QString, const FactRow *> stored;
    for (const FactRow &row : std::as_const(*before))
        stored.insert(factKey(row.currency, row.day, row.channel, row.campaign.key, row.slice.naturalKey), &row);
    for (const QString &k : std::as_const(order)) {
        const FactRow *was = stored.value(k);
        if (!was || !sameMeasures(*was, returned.value(k)))
            ++out.rowsChanged;
    }
    // A row stored by an earlier sync inside this window that the platform no longer returns was restated away
    // (a campaign's day revised to nothing, a placement dropped, the account moved to another currency). The
    // platform's answer for the window is the whole truth for it, so such a row is written again with zero
    // measures: it stays visible as a key but no longer counts in any total. Deleting it instead would leave the
    // rollups to be rebuilt by hand; zeroing goes through the writer, which keeps them in step. A row already zero
    // is left as it is.
    auto answeredFor = [&covered](qint64 day) {
        if (covered.isEmpty())
            return true;
        const QDate d = QDate::fromJulianDay(day);
        return std::any_of(covered.cbegin(), covered.cend(),
                           [&d](const FetchWindow &w) { return d >= w.from && d <= w.to; });
    };
    for (const FactRow &row : std::as_const(*before)) {
        if (!answeredFor(row.day) || allZero(row))
            continue;
        if (returned.contains(factKey(row.currency, row.day, row.channel, row.campaign.key, row.slice.naturalKey)))
            continue;
        if (Status s = writer.write(zeroed(row)); !s)
            return tl::unexpected(s.error());
        ++out.rowsZeroed;
        ++out.rowsChanged;
    }
    if (Status s = writer.rebuildRollups(); !s)
        return tl::unexpected(s.error());
    out.rowsWritten = writer.rowsWritten();
    const QLocale locale;
    QString message = QCoreApplication::translate("Connectors", "%1 rows stored for %2 to %3, %4 changed.")
                          .arg(locale.toString(out.rowsWritten), window.from.toString(Qt::ISODate),
                               window.to.toString(Qt::ISODate), locale.toString(out.rowsChanged));
    if (out.rowsZeroed > 0)
        message +=
            u' ' + QCoreApplication::translate("Connectors", "%1 rows the platform no longer reports were set to zero.")
                       .arg(locale.toString(out.rowsZeroed));
    if (!note.isEmpty())
        message += u' ' + note;

    // The source accounts the writer made or used carry the platform's account id.
    Result<QSqlQuery> external =
        db.exec(QStringLiteral("UPDATE accounts SET external_id = ? WHERE source_kind = 'api' "
                               "AND platform = ? AND name = ?"),
                {account.accountId.isNull() ? QStringLiteral("") : account.accountId, key.platform, key.name});
    if (!external)
        return tl::unexpected(external.error());
    if (Status s = runs.finish(out.runId, QStringLiteral("ok"), key.platform, fetched.rows.size(), out.rowsWritten, 0,
                               message);
        !s)
        return tl::unexpected(s.error());

    ConnectorAccount recorded = account;
    recorded.lastStatus = QStringLiteral("ok");
    recorded.lastMessage = message;
    recorded.lastDetail = QString();
    recorded.lastRows = out.rowsWritten;
    if (!recorded.completeUpTo.isValid() || window.to > recorded.completeUpTo)
        recorded.completeUpTo = window.to;
    recorded.currency = currency;
    recorded.timeZone = timeZone;
    if (Status s = accounts.recordSync(recorded); !s)
        return tl::unexpected(s.error());
    if (Status s = tx.commit(); !s)
        return tl::unexpected(s.error());
    account = recorded;
    return out;
}

} // namespace Demetra::Connectors
