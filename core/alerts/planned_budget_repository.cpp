#include "core/alerts/planned_budget_repository.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace Demetra::Alerts {

Result<qint64> PlannedBudgetRepository::set(const PlannedBudget &b)
{
    const QString channel = b.channel.trimmed();
    if (channel.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("PlannedBudget", "A planned budget needs a channel."));
    if (!b.from.isValid() || !b.to.isValid())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("PlannedBudget", "A planned budget needs a first and a last day."));
    if (b.to < b.from)
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("PlannedBudget", "The planned budget's last day %1 is before its first day %2.")
                .arg(b.to.toString(Qt::ISODate), b.from.toString(Qt::ISODate)));
    if (!std::isfinite(b.amount) || b.amount <= 0.0 || b.amount > 1e12)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("PlannedBudget",
                                                "The planned amount must be a positive number (up to 10^12), not %1.")
                        .arg(b.amount));
    const QString currency = b.currency.trimmed().toUpper();
    if (!currency.isEmpty() && (currency.size() != 3 ||
                                !std::all_of(currency.cbegin(), currency.cend(), [](QChar c) { return c.isLetter(); })))
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("PlannedBudget",
                                                "The currency must be a three-letter ISO code such as USD, not %1.")
                        .arg(b.currency));
    const QString campaign = b.campaign.trimmed();
    const QVariantList key{channel, campaign.isNull() ? QStringLiteral("") : campaign, b.from.toJulianDay(),
                           b.to.toJulianDay()};
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO planned_budgets (channel, campaign, period_from, period_to, amount_micros, "
                       "currency, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (channel, campaign, "
                       "period_from, period_to) DO UPDATE SET amount_micros = excluded.amount_micros, currency = "
                       "excluded.currency"),
        key + QVariantList{qint64(std::llround(b.amount * 1e6)), currency.isNull() ? QStringLiteral("") : currency,
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!q)
        return forward(q);
    Result<QVariant> id = m_db.scalar(QStringLiteral("SELECT id FROM planned_budgets WHERE channel = ? AND campaign = "
                                                     "? AND period_from = ? AND period_to = ?"),
                                      key);
    if (!id)
        return forward(id);
    return id->toLongLong();
}

Result<QList<PlannedBudget>> PlannedBudgetRepository::list() const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT id, channel, campaign, period_from, period_to, amount_micros, "
                                 "currency FROM planned_budgets ORDER BY period_from, channel, "
                                 "campaign, id"));
    if (!q)
        return forward(q);
    QList<PlannedBudget> out;
    while (q->next())
        out << PlannedBudget{q->value(0).toLongLong(),
                             q->value(1).toString(),
                             q->value(2).toString(),
                             QDate::fromJulianDay(q->value(3).toLongLong()),
                             QDate::fromJulianDay(q->value(4).toLongLong()),
                             double(q->value(5).toLongLong()) / 1e6,
                             q->value(6).toString()};
    return out;
}

Status PlannedBudgetRepository::remove(qint64 id)
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("DELETE FROM planned_budgets WHERE id = ?"), {id});
    if (!q)
        return forward(q);
    if (q->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("PlannedBudget", "There is no planned budget with id %1.").arg(id));
    return {};
}

} // namespace Demetra::Alerts
