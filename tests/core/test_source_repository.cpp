// Data sources: every source listed with its rows, span, currency, imports and problems; rejected rows listed by
// run; deleting a source removes its rows in one transaction and leaves both rollups exactly equal to what the
// remaining facts give, with no orphan campaigns, channels or slices.

#include "core/jobs/job_context.h"
#include "core/storage/aggregate_sql.h"
#include "core/storage/data_sources_job.h"
#include "core/storage/source_repository.h"
#include "tests/support/test_support.h"

#include <QSqlRecord>
#include <QtTest>
#include <cmath>

using namespace Demetra;
using Demetra::Test::TempDatabase;
using Demetra::Test::writeFile;

namespace {

const QString kSample = QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv");

// A rollup table's rows by key, as stored or as recomputed from the facts.
using KeyedRows = QHash<QString, QList<QVariant>>;

KeyedRows keyedRows(const Storage::Database &db, const QString &sql, int keyColumns)
{
    KeyedRows out;
    Result<QSqlQuery> q = db.exec(sql);
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    const int columns = q->record().count();
    while (q->next()) {
        QStringList key;
        for (int i = 0; i < keyColumns; ++i)
            key << q->value(i).toString();
        QList<QVariant> values;
        for (int i = keyColumns; i < columns; ++i)
            values << q->value(i);
        out.insert(key.join(u'/'), values);
    }
    return out;
}

// A sum of no values is NULL in SQL and 0 in the rollup rows the importer adds directly (Totals has no "none"):
// both read as 0, so they compare equal.
bool sameValue(const QVariant &a, const QVariant &b)
{
    const double x = a.toDouble();
    const double y = b.toDouble();
    return std::abs(x - y) <= 1e-9 * std::max({1.0, std::abs(x), std::abs(y)});
}

} // namespace

class TestSourceRepository : public QObject
{
    Q_OBJECT

private:
    // Every row of `table` equals the sums recomputed from the facts for its key, every key with facts has a row,
    // and the column sums over the whole table equal the sums over the facts.
    static void verifyRollup(const Storage::Database &db, const QString &table, const QString &keys,
                             const QString &factKeys, int keyColumns)
    {
        const QString columns = Storage::AggregateSql::rollupColumns();
        const KeyedRows stored =
            keyedRows(db, QStringLiteral("SELECT %1, %2 FROM %3").arg(keys, columns, table), keyColumns);
        const KeyedRows expected = keyedRows(db,
                                             QStringLiteral("SELECT %1, %2 FROM facts f GROUP BY %1")
                                                 .arg(factKeys, Storage::AggregateSql::overFacts(QStringLiteral("f"))),
                                             keyColumns);
        QCOMPARE(stored.size(), expected.size());
        const QStringList names = columns.split(QStringLiteral(", "));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(stored.contains(it.key()), qPrintable(table + QStringLiteral(" lacks ") + it.key()));
            const QList<QVariant> &row = stored[it.key()];
            QCOMPARE(row.size(), it.value().size());
            for (int i = 0; i < row.size(); ++i) {
                QVERIFY2(
                    sameValue(row[i], it.value()[i]),
                    qPrintable(QStringLiteral("%1 %2 %3: stored %4, facts give %5")
                                   .arg(table, it.key(), names.value(i), row[i].toString(), it.value()[i].toString())));
            }
        }
        // Whole-table sums, column by column (reach is never summed; the span end is a maximum).
        for (const QString &c : names) {
            if (c == QLatin1String("reach1") || c == QLatin1String("span_end"))
                continue;
            const QVariant fromRollup = *db.scalar(QStringLiteral("SELECT SUM(%1) FROM %2").arg(c, table));
            const QVariant fromFacts =
                *db.scalar(QStringLiteral("SELECT SUM(%1) FROM (SELECT %2 FROM facts f GROUP BY %3) g")
                               .arg(c, Storage::AggregateSql::overFacts(QStringLiteral("f")), factKeys));
            QVERIFY2(sameValue(fromRollup, fromFacts), qPrintable(table + u' ' + c));
        }
    }

    static void verifyConsistent(const TempDatabase &db)
    {
        Storage::Database handle = db.open();
        verifyRollup(handle, QStringLiteral("rollup_daily"), QStringLiteral("account_id, day, channel_id"),
                     QStringLiteral("f.account_id, f.day, f.channel_id"), 3);
        if (QTest::currentTestFailed())
            return;
        verifyRollup(handle, QStringLiteral("rollup_campaign_month"),
                     QStringLiteral("account_id, campaign_id, channel_id, month"),
                     QStringLiteral("f.account_id, f.campaign_id, f.channel_id, "
                                    "CAST(julianday(strftime('%Y-%m-01', f.day)) + 0.5 AS INTEGER)"),
                     4);
        if (QTest::currentTestFailed())
            return;
        // Nothing left pointing nowhere, nothing left that nothing points to.
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM campaigns c WHERE NOT EXISTS "
                                         "(SELECT 1 FROM facts f WHERE f.campaign_id = c.id)")),
                 0);
        QCOMPARE(
            db.count(QStringLiteral("SELECT COUNT(*) FROM channels WHERE id NOT IN (SELECT channel_id FROM facts)")),
            0);
        QCOMPARE(db.count(QStringLiteral(
                     "SELECT COUNT(*) FROM slices WHERE id <> 0 AND id NOT IN (SELECT slice_id FROM facts)")),
                 0);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts WHERE account_id NOT IN (SELECT id FROM accounts) "
                                         "OR campaign_id NOT IN (SELECT id FROM campaigns)")),
                 0);
        QCOMPARE(db.count(QStringLiteral(
                     "SELECT COUNT(*) FROM rejected_rows WHERE run_id NOT IN (SELECT id FROM import_runs)")),
                 0);
    }

    static Result<Storage::DataSourcesSnapshot> snapshot(const TempDatabase &db)
    {
        Jobs::JobContext context(db.location());
        return Storage::loadDataSources(context);
    }

    static const Storage::SourceInfo *byName(const Storage::DataSourcesSnapshot &s, const QString &name)
    {
        for (const Storage::SourceInfo &i : s.sources) {
            if (i.name == name)
                return &i;
        }
        return nullptr;
    }

    // Facts of one account folded into a digest of every stored measure, to prove they did not change.
    static QString factDigest(const TempDatabase &db, qint64 accountId)
    {
        Storage::Database handle = db.open();
        Result<QSqlQuery> q = handle.exec(
            QStringLiteral("SELECT COUNT(*), SUM(day), SUM(channel_id), SUM(campaign_id), SUM(slice_id), "
                           "SUM(span_days), SUM(impressions), SUM(clicks), SUM(conversions), SUM(spend_micros), "
                           "SUM(revenue_micros), SUM(engagements), SUM(video_views), SUM(reach), "
                           "SUM(engagement_score), SUM(run_id) FROM facts WHERE account_id = ?"),
            {accountId});
        if (!q || !q->next())
            return {};
        QStringList parts;
        for (int i = 0; i < q->record().count(); ++i)
            parts << q->value(i).toString();
        return parts.join(u'|');
    }

private slots:
    void listsEverySourceWithRowsSpanAndImports()
    {
        TempDatabase db;
        const Import::FileImportOutcome a = db.importOne(kSample);
        const Import::FileImportOutcome b =
            db.importOne(Test::sharedData(QStringLiteral("marketing_campaign_performance_900.csv")));
        QVERIFY(a.ok() && b.ok());
        Result<Storage::DataSourcesSnapshot> s = snapshot(db);
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        QCOMPARE(s->sources.size(), 2);
        for (const Storage::SourceInfo &info : std::as_const(s->sources)) {
            QVERIFY(info.isAccount());
            QCOMPARE(info.sourceKind, QStringLiteral("file"));
            QCOMPARE(info.currency, QStringLiteral("USD"));
            const QString id = QString::number(info.accountId);
            QCOMPARE(info.factRows, db.count(QStringLiteral("SELECT COUNT(*) FROM facts WHERE account_id = ") + id));
            QVERIFY(info.factRows > 0);
            QCOMPARE(info.firstDay.toJulianDay(),
                     db.count(QStringLiteral("SELECT MIN(day) FROM facts WHERE account_id = ") + id));
            QCOMPARE(info.lastDay.toJulianDay(),
                     db.count(QStringLiteral("SELECT MAX(day + span_days - 1) FROM facts WHERE account_id = ") + id));
            QCOMPARE(info.imports, 1);
            QVERIFY(info.lastUpdate.isValid());
            QCOMPARE(info.lastStatus, QStringLiteral("ok"));
            QCOMPARE(info.rejectedRows, 0);
            QVERIFY(!info.hasProblems());
            const QList<Storage::SourceRun> runs = s->runs.value(info.accountId);
            QCOMPARE(runs.size(), 1);
            QCOMPARE(runs.first().record.id, info.lastRunId);
            QCOMPARE(runs.first().rowsStored, info.factRows);
            QVERIFY(runs.first().fileSize > 0);
        }
        const Storage::SourceInfo *sample = byName(*s, QStringLiteral("Kaggle Social Media Ads"));
        QVERIFY(sample);
        QCOMPARE(s->runs.value(sample->accountId).first().record.id, a.runId);
        QCOMPARE(s->sourceOfRun(b.runId)->name, QStringLiteral("Marketing Campaign Performance"));
        QCOMPARE(sample->firstDay, QDate(2025, 11, 1));

        // A re-import is a second run of the same source; it now holds the rows, the first holds none.
        QVERIFY(db.importOne(kSample).ok());
        s = snapshot(db);
        QVERIFY(s);
        sample = byName(*s, QStringLiteral("Kaggle Social Media Ads"));
        QCOMPARE(sample->imports, 2);
        const QList<Storage::SourceRun> runs = s->runs.value(sample->accountId);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].rowsStored, sample->factRows);
        QCOMPARE(runs[1].rowsStored, 0);
        QCOMPARE(runs[1].record.id, a.runId);
    }

    void listsRejectedRowsOfARun()
    {
        TempDatabase db;
        const QByteArray csv = "date,campaign,spend,impressions,clicks,conversions\n"
                               "2025-02-01,Good,10.00,100,10,1\n"
                               "2025-02-02,Neg,-5.00,100,10,1\n"
                               "2025-02-03,Text,ten,100,10,1\n"
                               "2025-02-04,Also good,3.00,50,5,0\n";
        const Import::FileImportOutcome f = db.importOne(writeFile(db.dir(), QStringLiteral("yandex_direct.csv"), csv));
        QVERIFY(f.ok());
        QCOMPARE(f.rejected, 2);
        Result<Storage::DataSourcesSnapshot> s = snapshot(db);
        QVERIFY(s);
        QCOMPARE(s->sources.size(), 1);
        const Storage::SourceInfo &info = s->sources.first();
        QCOMPARE(info.rejectedRows, 2);
        QVERIFY(info.hasProblems());
        QCOMPARE(info.factRows, 2);

        Jobs::JobContext context(db.location());
        Result<Storage::RejectedRowsPage> page = Storage::loadRejectedRows(f.runId, 0, 100, context);
        QVERIFY2(page, page ? "" : qPrintable(page.error().toString()));
        QCOMPARE(page->total, 2);
        QCOMPARE(page->run.id, f.runId);
        QVERIFY(page->run.source.endsWith(QStringLiteral("yandex_direct.csv")));
        QCOMPARE(page->rows.size(), 2);
        QCOMPARE(page->rows[0].line, 3);
        QCOMPARE(page->rows[0].column, 3);
        QVERIFY(page->rows[0].reason.contains(QStringLiteral("negative"), Qt::CaseInsensitive));
        QCOMPARE(page->rows[0].raw, QStringLiteral("2025-02-02,Neg,-5.00,100,10,1"));
        QCOMPARE(page->rows[1].line, 4);
        // Paged: the second row alone, the total unchanged.
        page = Storage::loadRejectedRows(f.runId, 1, 1, context);
        QVERIFY(page);
        QCOMPARE(page->total, 2);
        QCOMPARE(page->offset, 1);
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows[0].line, 4);
        // An unknown run is NotFound, not an empty list.
        page = Storage::loadRejectedRows(f.runId + 100, 0, 100, context);
        QVERIFY(!page);
        QCOMPARE(page.error().code, ErrorCode::NotFound);
    }

    void deletingASourceKeepsTheOthersAndTheRollupsExact()
    {
        TempDatabase db;
        QVERIFY(db.importOne(kSample).ok());
        QVERIFY(db.importOne(Test::sharedData(QStringLiteral("marketing_campaign_performance_900.csv"))).ok());
        const Import::FileImportOutcome outcomes =
            db.importOne(Test::sharedData(QStringLiteral("multichannel_daily/business.csv")));
        QVERIFY(outcomes.ok());
        verifyConsistent(db);
        if (QTest::currentTestFailed())
            return;
        Result<Storage::DataSourcesSnapshot> s = snapshot(db);
        QVERIFY(s);
        QCOMPARE(s->sources.size(), 3);
        const Storage::SourceInfo sample = *byName(*s, QStringLiteral("Kaggle Social Media Ads"));
        const Storage::SourceInfo other = *byName(*s, QStringLiteral("Marketing Campaign Performance"));
        const Storage::SourceInfo *business = s->sourceOfRun(outcomes.runId);
        QVERIFY(business);
        QVERIFY(business->outcomeRows > 0);
        const qint64 businessId = business->accountId;
        const QString otherBefore = factDigest(db, other.accountId);
        const Totals otherTotals = db.accountTotals(other.name);
        const qint64 otherCampaigns =
            db.count(QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE account_id = %1").arg(other.accountId));

        Jobs::JobContext context(db.location());
        Result<Storage::SourceDeletion> deleted = Storage::deleteDataSource(sample.accountId, context);
        QVERIFY2(deleted, deleted ? "" : qPrintable(deleted.error().toString()));
        QCOMPARE(deleted->factRows, sample.factRows);
        QCOMPARE(deleted->name, sample.name);
        QCOMPARE(deleted->runs, 1);
        QVERIFY(deleted->campaigns > 0);
        // The sample has channels the other file lacks (Pinterest ...) or not: whatever is left unused is gone.
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = %1").arg(sample.accountId)), 0);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts WHERE account_id = %1").arg(sample.accountId)), 0);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE id = %1").arg(sample.lastRunId)), 0);

        // The other sources are untouched.
        QCOMPARE(factDigest(db, other.accountId), otherBefore);
        const Totals after = db.accountTotals(other.name);
        QCOMPARE(after.rows, otherTotals.rows);
        QCOMPARE(after.spendMicros, otherTotals.spendMicros);
        QCOMPARE(after.impressions, otherTotals.impressions);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE account_id = %1").arg(other.accountId)),
                 otherCampaigns);
        verifyConsistent(db);
        if (QTest::currentTestFailed())
            return;

        s = snapshot(db);
        QVERIFY(s);
        QCOMPARE(s->sources.size(), 2);
        QVERIFY(!byName(*s, sample.name));
        QCOMPARE(byName(*s, other.name)->factRows, other.factRows);

        // A source of outcomes only: its outcome rows go with it.
        deleted = Storage::deleteDataSource(businessId, context);
        QVERIFY(deleted);
        QVERIFY(deleted->outcomeRows > 0);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM outcomes")), 0);
        // The last one: an empty store, both rollups empty, no channel or slice left.
        deleted = Storage::deleteDataSource(other.accountId, context);
        QVERIFY(deleted);
        for (const char *table : {"facts", "rollup_daily", "rollup_campaign_month", "campaigns", "channels", "accounts",
                                  "import_runs", "rejected_rows"}) {
            QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)), 0);
        }
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM slices")), 1); // the empty slice 0 stays
        s = snapshot(db);
        QVERIFY(s);
        QVERIFY(s->sources.isEmpty());
        // Deleting again: NotFound, nothing changed.
        deleted = Storage::deleteDataSource(other.accountId, context);
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().code, ErrorCode::NotFound);
    }

    void aFailedDeletionChangesNothing()
    {
        TempDatabase db;
        QVERIFY(db.importOne(kSample).ok());
        const qint64 facts = db.count(QStringLiteral("SELECT COUNT(*) FROM facts"));
        const qint64 rollup = db.count(QStringLiteral("SELECT SUM(n_rows) FROM rollup_daily"));
        const qint64 channels = db.count(QStringLiteral("SELECT COUNT(*) FROM channels"));
        {
            // The last statement of the deletion fails: everything before it must roll back.
            Storage::Database handle = db.open();
            if (db.isPostgres()) {
                QVERIFY(handle.exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                                   "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$")));
                QVERIFY(handle.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE DELETE ON slices FOR EACH ROW "
                                                   "EXECUTE FUNCTION refuse()")));
            } else {
                QVERIFY(handle.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE DELETE ON slices "
                                                   "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
            }
        }
        const qint64 account = db.count(QStringLiteral("SELECT id FROM accounts"));
        Jobs::JobContext context(db.location());
        Result<Storage::SourceDeletion> deleted = Storage::deleteDataSource(account, context);
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().code, ErrorCode::Database);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts")), facts);
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(n_rows) FROM rollup_daily")), rollup);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM channels")), channels);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM accounts")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM import_runs")), 1);
        verifyConsistent(db);
    }

    void importsThatStoredNothingAreListedApart()
    {
        TempDatabase db;
        QVERIFY(db.importOne(kSample).ok());
        // A run that failed before storing anything (as an import that breaks mid-file records it), of a file never
        // imported successfully, and a failed re-import of the sample (that one belongs to the sample).
        qint64 failedRun = 0;
        {
            Storage::Database handle = db.open();
            Storage::ImportRunRepository runs(handle);
            Result<qint64> id = runs.begin(QStringLiteral("file"), QStringLiteral("/nowhere/broken.csv"), 10);
            QVERIFY(id);
            failedRun = *id;
            QVERIFY(runs.markFailed(failedRun, QStringLiteral("failed"), QStringLiteral("disk full")));
            id = runs.begin(QStringLiteral("file"), QFileInfo(kSample).absoluteFilePath(), 10);
            QVERIFY(id);
            QVERIFY(runs.markFailed(*id, QStringLiteral("failed"), QStringLiteral("disk full")));
        }
        Result<Storage::DataSourcesSnapshot> s = snapshot(db);
        QVERIFY(s);
        const Storage::SourceInfo &sample = s->sources.first();
        QCOMPARE(sample.imports, 2);
        QCOMPARE(sample.failedImports, 1);
        QCOMPARE(sample.lastStatus, QStringLiteral("failed"));
        QVERIFY(sample.hasProblems());
        QVERIFY(sample.lastUpdate.isValid());
        QCOMPARE(s->sources.size(), 2);
        const Storage::SourceInfo &none = s->sources.last();
        QVERIFY(!none.isAccount());
        QCOMPARE(none.imports, 1);
        QCOMPARE(none.failedImports, 1);
        QCOMPARE(s->runs.value(0).size(), 1);
        QCOMPARE(s->runs.value(0).first().record.id, failedRun);
        Jobs::JobContext context(db.location());
        Result<Storage::SourceDeletion> deleted = Storage::deleteDataSource(0, context);
        QVERIFY(deleted);
        QCOMPARE(deleted->runs, 1);
        QCOMPARE(deleted->factRows, 0);
        s = snapshot(db);
        QCOMPARE(s->sources.size(), 1);
        QVERIFY(s->sources.first().isAccount());
        QCOMPARE(s->sources.first().imports, 2); // the sample's own failed run stays with it
    }
};

QTEST_GUILESS_MAIN(TestSourceRepository)
#include "test_source_repository.moc"
