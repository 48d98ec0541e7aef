#include "core/alerts/alert_repository.h"

#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <cmath>

namespace Demetra::Alerts {

namespace {

const QString kColumns = QStringLiteral(
    "id, fingerprint, rule, severity, channel, campaign_id, campaign, metric, value, threshold, message, window_from, "
    "window_to, first_seen, last_seen, resolved_at, state, is_read, snoozed_until, notified");

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStamp(const QVariant &v)
{
    if (v.isNull())
        return QDateTime();
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t;
}

QVariant dayOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toJulianDay()) : QVariant();
}

Alert readAlert(const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.fingerprint = q.value(1).toString();
    AlertFinding &f = a.finding;
    f.rule = ruleFromKey(q.value(2).toString()).value_or(AlertRule::RefreshFailure);
    f.severity = severityFromKey(q.value(3).toString()).value_or(Severity::Medium);
    f.channel = q.value(4).toString();
    f.campaignId = q.value(5).toLongLong();
    f.campaign = q.value(6).toString();
    f.metric = q.value(7).toString();
    f.value = q.value(8).isNull() ? qQNaN() : q.value(8).toDouble();
    f.threshold = q.value(9).isNull() ? qQNaN() : q.value(9).toDouble();
    f.message = q.value(10).toString();
    if (!q.value(11).isNull())
        f.windowFrom = QDate::fromJulianDay(q.value(11).toLongLong());
    if (!q.value(12).isNull())
        f.windowTo = QDate::fromJulianDay(q.value(12).toLongLong());
    a.firstSeen = fromStamp(q.value(13));
    a.lastSeen = fromStamp(q.value(14));
    a.resolvedAt = fromStamp(q.value(15));
    a.state = stateFromKey(q.value(16).toString()).value_or(AlertState::Open);
    a.read = q.value(17).toInt() != 0;
    a.snoozedUntil = fromStamp(q.value(18));
    a.notified = q.value(19).toInt() != 0;
    return a;
}

Error notFound(qint64 id)
{
    return Error{ErrorCode::NotFound, QCoreApplication::translate("AlertRepository", "There is no alert %1.").arg(id),
                 QString()};
}

/// A text column is NOT NULL: a null QString binds as ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant numberOrNull(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant();
}

} // namespace

Result<AlertUpdate> AlertRepository::apply(const QList<AlertFinding> &findings, const QDateTime &now,
                                           const QList<AlertRule> &scope)
{
    Storage::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return tl::unexpected(s.error());
    struct Live
    {
        Alert alert;
        bool seen = false;
    };
    QHash<QString, Live> live;
    {
        Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                        QStringLiteral(" FROM alerts WHERE state IN ('open', 'dismissed')"));
        if (!q)
            return forward(q);
        while (q->next()) {
            Alert a = readAlert(*q);
            live.insert(a.fingerprint, Live{a, false});
        }
    }
    // One statement prepared per kind of write: an evaluation at 1M rows applies thousands of findings.
    QSqlQuery updateQuery(m_db.sql());
    QSqlQuery insertQuery(m_db.sql());
    const QString updateSql = QStringLiteral(
        "UPDATE alerts SET severity = ?, channel = ?, campaign = ?, metric = ?, value = ?, threshold = ?, "
        "message = ?, window_from = ?, window_to = ?, last_seen = ? WHERE id = ?");
    const QString insertSql =
        QStringLiteral("INSERT INTO alerts (severity, channel, campaign, metric, value, threshold, message, "
                       "window_from, window_to, last_seen, fingerprint, rule, campaign_id, first_seen, state) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open') RETURNING id");
    auto failed = [](const QSqlQuery &q, const QString &sql) {
        return Error{ErrorCode::Database,
                     QCoreApplication::translate("AlertRepository", "The alerts could not be saved."),
                     q.lastError().text() + QStringLiteral(" — ") + sql};
    };
    if (!updateQuery.prepare(updateSql))
        return tl::unexpected(failed(updateQuery, updateSql));
    if (!insertQuery.prepare(insertSql))
        return tl::unexpected(failed(insertQuery, insertSql));
    auto run = [&](QSqlQuery &q, const QVariantList &values) -> Status {
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values[i]);
        if (!q.exec())
            return tl::unexpected(failed(q, q.lastQuery()));
        return {};
    };
    const QString when = stamp(now);
    AlertUpdate update;
    QSet<QString> done;
    for (const AlertFinding &f : findings) {
        const QString fp = f.fingerprint();
        if (done.contains(fp))
            continue;
        done.insert(fp);
        const QVariantList values{severityKey(f.severity), text(f.channel),
                                  text(f.campaign),        text(f.metric),
                                  numberOrNull(f.value),   numberOrNull(f.threshold),
                                  text(f.message),         dayOrNull(f.windowFrom),
                                  dayOrNull(f.windowTo),   when};
        auto found = live.find(fp);
        if (found != live.end()) {
            found->seen = true;
            if (Status s = run(updateQuery, values + QVariantList{found->alert.id}); !s)
                return tl::unexpected(s.error());
            Alert a = found->alert;
            a.finding = f;
            a.lastSeen = now;
            if (a.state == AlertState::Open)
                update.persisted << a;
            continue;
        }
        if (Status s =
                run(insertQuery, values + QVariantList{fp, ruleKey(f.rule),
                                                       f.campaignId != 0 ? QVariant(f.campaignId) : QVariant(), when});
            !s)
            return tl::unexpected(s.error());
        Alert a;
        a.id = insertQuery.next() ? insertQuery.value(0).toLongLong() : 0;
        insertQuery.finish(); // SQLite keeps a RETURNING statement open until told: a COMMIT would fail
        a.finding = f;
        a.fingerprint = fp;
        a.firstSeen = now;
        a.lastSeen = now;
        update.opened << a;
    }
    const QSet<AlertRule> rules(scope.cbegin(), scope.cend());
    for (const Live &l : std::as_const(live)) {
        if (l.seen || !rules.contains(l.alert.finding.rule))
            continue;
        Result<QSqlQuery> q = m_db.exec(
            QStringLiteral("UPDATE alerts SET state = 'resolved', resolved_at = ? WHERE id = ?"), {when, l.alert.id});
        if (!q)
            return forward(q);
        ++update.resolved;
    }
    if (Status s = tx.commit(); !s)
        return tl::unexpected(s.error());
    return update;
}

Result<AlertUpdate> AlertRepository::applyOne(const QString &fingerprint, const std::optional<AlertFinding> &finding,
                                              const QDateTime &now)
{
    if (finding)
        return apply({*finding}, now, {});
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("UPDATE alerts SET state = 'resolved', resolved_at = ? "
                                                   "WHERE fingerprint = ? AND state IN ('open', 'dismissed')"),
                                    {stamp(now), fingerprint});
    if (!q)
        return forward(q);
    AlertUpdate update;
    update.resolved = q->numRowsAffected();
    return update;
}

Result<QList<Alert>> AlertRepository::list(bool all) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM alerts") +
                  (all ? QString() : QStringLiteral(" WHERE state = 'open'")) +
                  QStringLiteral(" ORDER BY last_seen DESC, CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 "
                                 "WHEN 'medium' THEN 2 ELSE 3 END, id DESC"));
    if (!q)
        return forward(q);
    QList<Alert> out;
    while (q->next())
        out << readAlert(*q);
    return out;
}

Result<Alert> AlertRepository::get(qint64 id) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM alerts WHERE id = ?"), {id});
    if (!q)
        return forward(q);
    if (!q->next())
        return tl::unexpected(notFound(id));
    return readAlert(*q);
}

Status AlertRepository::markRead(const QList<qint64> &ids, bool read)
{
    Storage::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    for (qint64 id : ids) {
        Result<QSqlQuery> q =
            m_db.exec(QStringLiteral("UPDATE alerts SET is_read = ? WHERE id = ?"), {read ? 1 : 0, id});
        if (!q)
            return forward(q);
        if (q->numRowsAffected() == 0)
            return tl::unexpected(notFound(id));
    }
    return tx.commit();
}

Status AlertRepository::snooze(qint64 id, const QDateTime &until)
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("UPDATE alerts SET snoozed_until = ? WHERE id = ?"),
                                    {until.isValid() ? QVariant(stamp(until)) : QVariant(), id});
    if (!q)
        return forward(q);
    if (q->numRowsAffected() == 0)
        return tl::unexpected(notFound(id));
    return {};
}

Status AlertRepository::dismiss(qint64 id)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("UPDATE alerts SET state = 'dismissed', is_read = 1 WHERE id = ? AND state = 'open'"), {id});
    if (!q)
        return forward(q);
    if (q->numRowsAffected() == 0) {
        // Dismissing what is already dismissed or resolved changes nothing; an unknown id is an error.
        Result<Alert> a = get(id);
        if (!a)
            return tl::unexpected(a.error());
    }
    return {};
}

Status AlertRepository::markNotified(const QList<qint64> &ids)
{
    Storage::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    for (qint64 id : ids) {
        Result<QSqlQuery> q = m_db.exec(QStringLiteral("UPDATE alerts SET notified = 1 WHERE id = ?"), {id});
        if (!q)
            return forward(q);
    }
    return tx.commit();
}

Result<int> AlertRepository::unreadCount(const QDateTime &now) const
{
    Result<QVariant> v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE state = 'open' AND is_read = 0 "
                                                    "AND (snoozed_until IS NULL OR snoozed_until <= ?)"),
                                     {stamp(now)});
    if (!v)
        return forward(v);
    return v->toInt();
}

Result<QList<Alert>> AlertRepository::pendingNotifications(const QDateTime &now) const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                        QStringLiteral(" FROM alerts WHERE state = 'open' AND notified = 0 AND "
                                                       "is_read = 0 AND severity IN ('high', 'critical') AND "
                                                       "(snoozed_until IS NULL OR snoozed_until <= ?) ORDER BY id"),
                                    {stamp(now)});
    if (!q)
        return forward(q);
    QList<Alert> out;
    while (q->next())
        out << readAlert(*q);
    return out;
}

} // namespace Demetra::Alerts
