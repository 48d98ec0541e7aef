#include "core/forecast/data_fingerprint.h"

#include "core/storage/database.h"

#include <QCryptographicHash>

namespace Demetra::Forecast {

Result<QString> DataFingerprint::compute(const Storage::Database &db)
{
    Result<QSqlQuery> q =
        db.exec(QStringLiteral("SELECT COALESCE(SUM(n_rows), 0), MIN(day), MAX(day), SUM(spend), SUM(revenue), "
                               "SUM(clicks), SUM(impressions), SUM(conversions), COUNT(*), "
                               "(SELECT MAX(id) FROM import_runs WHERE rows_written > 0) FROM rollup_daily"));
    if (!q)
        return forward(q);
    if (!q->next())
        return QStringLiteral("0:empty");
    QByteArray text;
    for (int i = 0; i < 10; ++i) {
        text += q->value(i).toString().toUtf8();
        text += '|';
    }
    const QByteArray hash = QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16);
    return q->value(0).toString() + u':' + QString::fromLatin1(hash);
}

} // namespace Demetra::Forecast
