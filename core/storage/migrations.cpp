#include "core/storage/migrations.h"

#include "core/storage/sql_dialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Demetra::Storage {

namespace {

// The additive sums every aggregate carries (see Totals). Shared by rollup_daily and the analytics queries.
constexpr const char *kMigration1[] = {
    R"(CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        source_kind TEXT NOT NULL,
        platform TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        external_id TEXT NOT NULL DEFAULT '',
        currency TEXT NOT NULL,
        time_zone TEXT NOT NULL DEFAULT 'UTC',
        created_at TEXT NOT NULL,
        UNIQUE (source_kind, platform, name, currency)))",
    R"(CREATE TABLE channels (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE))",
    R"(CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        natural_key TEXT NOT NULL,
        external_id TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        goal TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        campaign_type TEXT NOT NULL DEFAULT '',
        duration_days INTEGER,
        UNIQUE (account_id, natural_key)))",
    R"(CREATE TABLE slices (
        id INTEGER PRIMARY KEY,
        natural_key TEXT NOT NULL UNIQUE,
        audience TEXT NOT NULL DEFAULT '',
        segment TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT ''))",
    "INSERT INTO slices (id, natural_key) VALUES (0, '')",
    R"(CREATE TABLE import_runs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        source TEXT NOT NULL,
        layout TEXT NOT NULL DEFAULT '',
        account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL,
        rows_read INTEGER NOT NULL DEFAULT 0,
        rows_written INTEGER NOT NULL DEFAULT 0,
        rows_rejected INTEGER NOT NULL DEFAULT 0,
        file_size INTEGER,
        message TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE rejected_rows (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        column_no INTEGER NOT NULL DEFAULT 0,
        column_name TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL,
        raw TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX rejected_rows_run ON rejected_rows(run_id, line)",
    // One fact per (account, day, channel, campaign, slice). The key's order serves the day-range scans that the
    // rollup and the dashboard make; campaign drill-down uses facts_campaign.
    R"(CREATE TABLE facts (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        day INTEGER NOT NULL,
        channel_id INTEGER NOT NULL REFERENCES channels(id),
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        slice_id INTEGER NOT NULL REFERENCES slices(id),
        span_days INTEGER NOT NULL DEFAULT 1,
        impressions INTEGER,
        clicks INTEGER,
        conversions REAL,
        spend_micros INTEGER,
        revenue_micros INTEGER,
        engagements INTEGER,
        video_views INTEGER,
        reach INTEGER,
        engagement_score REAL,
        run_id INTEGER NOT NULL,
        PRIMARY KEY (account_id, day, channel_id, campaign_id, slice_id)) WITHOUT ROWID)",
    "CREATE INDEX facts_campaign ON facts(campaign_id, day)",
    R"(CREATE TABLE rollup_daily (
        account_id INTEGER NOT NULL,
        day INTEGER NOT NULL,
        channel_id INTEGER NOT NULL,
        n_rows INTEGER NOT NULL,
        spend INTEGER, revenue INTEGER, impressions INTEGER, clicks INTEGER, conversions REAL,
        engagements INTEGER, video_views INTEGER,
        spend_rev INTEGER, spend_conv INTEGER, spend_clk INTEGER, spend_imp INTEGER,
        clk_imp INTEGER, imp_clk INTEGER, clk_conv INTEGER, conv_clk REAL,
        score_imp REAL, imp_score INTEGER,
        n_spend INTEGER, n_rev INTEGER, n_imp INTEGER, n_clk INTEGER, n_conv INTEGER, reach1 INTEGER,
        PRIMARY KEY (account_id, day, channel_id)) WITHOUT ROWID)",
    R"(CREATE TABLE outcomes (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        day INTEGER NOT NULL,
        metric TEXT NOT NULL,
        span_days INTEGER NOT NULL DEFAULT 1,
        value_micros INTEGER NOT NULL,
        run_id INTEGER NOT NULL,
        PRIMARY KEY (account_id, day, metric)) WITHOUT ROWID)",
    R"(CREATE VIEW facts_readable AS
        SELECT a.name AS account, a.currency, date(f.day) AS date, ch.name AS channel, c.name AS campaign,
               s.audience, s.segment, s.location, s.language, s.detail, f.span_days,
               f.impressions, f.clicks, f.conversions, f.spend_micros / 1e6 AS spend,
               f.revenue_micros / 1e6 AS revenue, f.reach, f.engagement_score
        FROM facts f JOIN accounts a ON a.id = f.account_id JOIN channels ch ON ch.id = f.channel_id
        JOIN campaigns c ON c.id = f.campaign_id JOIN slices s ON s.id = f.slice_id)",
};

// Schema 2: campaign totals per month, so rankings of campaigns do not scan every fact.
constexpr const char *kMigration2[] = {
    R"(CREATE TABLE rollup_campaign_month (
        account_id INTEGER NOT NULL,
        campaign_id INTEGER NOT NULL,
        channel_id INTEGER NOT NULL,
        month INTEGER NOT NULL,
        n_rows INTEGER NOT NULL,
        spend INTEGER, revenue INTEGER, impressions INTEGER, clicks INTEGER, conversions REAL,
        engagements INTEGER, video_views INTEGER,
        spend_rev INTEGER, spend_conv INTEGER, spend_clk INTEGER, spend_imp INTEGER,
        clk_imp INTEGER, imp_clk INTEGER, clk_conv INTEGER, conv_clk REAL,
        score_imp REAL, imp_score INTEGER,
        n_spend INTEGER, n_rev INTEGER, n_imp INTEGER, n_clk INTEGER, n_conv INTEGER, reach1 INTEGER,
        PRIMARY KEY (account_id, campaign_id, channel_id, month)) WITHOUT ROWID)",
    "CREATE INDEX rollup_campaign_month_campaign ON rollup_campaign_month(campaign_id)",
    // Existing data (a database written by schema 1) is rolled up once here. Frozen text: a migration never
    // changes with the code that comes after it.
    "INSERT INTO rollup_campaign_month SELECT f.account_id, f.campaign_id, f.channel_id, "
    "CAST(julianday(strftime('%Y-%m-01', f.day)) + 0.5 AS INTEGER) AS m, "
    "SUM(1), SUM(f.spend_micros), SUM(f.revenue_micros), SUM(f.impressions), SUM(f.clicks), SUM(f.conversions), "
    "SUM(f.engagements), SUM(f.video_views), "
    "SUM(CASE WHEN f.revenue_micros IS NOT NULL THEN f.spend_micros END), "
    "SUM(CASE WHEN f.conversions IS NOT NULL THEN f.spend_micros END), "
    "SUM(CASE WHEN f.clicks IS NOT NULL THEN f.spend_micros END), "
    "SUM(CASE WHEN f.impressions IS NOT NULL THEN f.spend_micros END), "
    "SUM(CASE WHEN f.impressions IS NOT NULL THEN f.clicks END), "
    "SUM(CASE WHEN f.clicks IS NOT NULL THEN f.impressions END), "
    "SUM(CASE WHEN f.conversions IS NOT NULL THEN f.clicks END), "
    "SUM(CASE WHEN f.clicks IS NOT NULL THEN f.conversions END), "
    "SUM(f.engagement_score * f.impressions), SUM(CASE WHEN f.engagement_score IS NOT NULL THEN f.impressions END), "
    "SUM((f.spend_micros IS NOT NULL)), SUM((f.revenue_micros IS NOT NULL)), SUM((f.impressions IS NOT NULL)), "
    "SUM((f.clicks IS NOT NULL)), SUM((f.conversions IS NOT NULL)), CASE WHEN COUNT(*) = 1 THEN MAX(f.reach) END "
    "FROM facts f GROUP BY f.account_id, f.campaign_id, f.channel_id, m",
};

// Schema 3: the last day each rollup row's facts cover (a weekly row covers 7 days, an undated export its
// reporting period), so date ranges and "complete up to" see the whole span.
constexpr const char *kMigration3[] = {
    "ALTER TABLE rollup_daily ADD COLUMN span_end INTEGER",
    "ALTER TABLE rollup_campaign_month ADD COLUMN span_end INTEGER",
    "UPDATE rollup_daily SET span_end = (SELECT MAX(f.day + f.span_days - 1) FROM facts f WHERE "
    "f.account_id = rollup_daily.account_id AND f.day = rollup_daily.day AND f.channel_id = rollup_daily.channel_id)",
    "UPDATE rollup_campaign_month SET span_end = (SELECT MAX(f.day + f.span_days - 1) FROM facts f WHERE "
    "+f.account_id = rollup_campaign_month.account_id AND f.campaign_id = rollup_campaign_month.campaign_id AND "
    "f.channel_id = rollup_campaign_month.channel_id AND f.day >= rollup_campaign_month.month AND "
    "f.day < CAST(julianday(date(rollup_campaign_month.month, '+1 month')) + 0.5 AS INTEGER))",
};

// Schema 4: totals per (account, month, channel, slice), so the audience analysis (audience, segment, location,
// language) reads tens of thousands of rollup rows instead of every fact. Frozen text, like the others.
constexpr const char *kMigration4[] = {
    R"(CREATE TABLE rollup_slice_month (
        account_id INTEGER NOT NULL,
        month INTEGER NOT NULL,
        channel_id INTEGER NOT NULL,
        slice_id INTEGER NOT NULL,
        n_rows INTEGER NOT NULL,
        spend INTEGER, revenue INTEGER, impressions INTEGER, clicks INTEGER, conversions REAL,
        engagements INTEGER, video_views INTEGER,
        spend_rev INTEGER, spend_conv INTEGER, spend_clk INTEGER, spend_imp INTEGER,
        clk_imp INTEGER, imp_clk INTEGER, clk_conv INTEGER, conv_clk REAL,
        score_imp REAL, imp_score INTEGER,
        n_spend INTEGER, n_rev INTEGER, n_imp INTEGER, n_clk INTEGER, n_conv INTEGER, reach1 INTEGER,
        span_end INTEGER,
        PRIMARY KEY (account_id, month, channel_id, slice_id)) WITHOUT ROWID)",
    "INSERT INTO rollup_slice_month SELECT f.account_id, "
    "CAST(julianday(strftime('%Y-%m-01', f.day)) + 0.5 AS INTEGER) AS m, f.channel_id, f.slice_id, "
    "SUM(1), SUM(f.spend_micros), SUM(f.revenue_micros), SUM(f.impressions), SUM(f.clicks), SUM(f.conversions), "
    "SUM(f.engagements), SUM(f.video_views), "
    "SUM(CASE WHEN f.revenue_micros IS NOT NULL THEN f.spend_micros END), "
    "SUM(CASE WHEN f.conversions IS NOT NULL THEN f.spend_micros END), "
    "SUM(CASE WHEN f.clicks IS NOT NULL THEN f.spend_micros END), "
    "SUM(CASE WHEN f.impressions IS NOT NULL THEN f.spend_micros END), "
    "SUM(CASE WHEN f.impressions IS NOT NULL THEN f.clicks END), "
    "SUM(CASE WHEN f.clicks IS NOT NULL THEN f.impressions END), "
    "SUM(CASE WHEN f.conversions IS NOT NULL THEN f.clicks END), "
    "SUM(CASE WHEN f.clicks IS NOT NULL THEN f.conversions END), "
    "SUM(f.engagement_score * f.impressions), SUM(CASE WHEN f.engagement_score IS NOT NULL THEN f.impressions END), "
    "SUM((f.spend_micros IS NOT NULL)), SUM((f.revenue_micros IS NOT NULL)), SUM((f.impressions IS NOT NULL)), "
    "SUM((f.clicks IS NOT NULL)), SUM((f.conversions IS NOT NULL)), CASE WHEN COUNT(*) = 1 THEN MAX(f.reach) END, "
    "MAX(f.day + f.span_days - 1) "
    "FROM facts f GROUP BY f.account_id, m, f.channel_id, f.slice_id",
};

// Schema 5: trained models, one current model per kind ("roi"): XGBoost's JSON and the record beside it (features,
// vocabularies, training data fingerprint, parameters, validation metrics). Saving replaces the row in one
// transaction, so an interrupted save leaves the previous model. Frozen text, like the others.
constexpr const char *kMigration5[] = {
    R"(CREATE TABLE models (
        kind TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        fingerprint TEXT NOT NULL DEFAULT '',
        meta TEXT NOT NULL,
        model BLOB NOT NULL))",
};

// Schema 6: alerts with their life cycle, planned budgets, and the record of refresh runs and their steps.
// An alert's fingerprint (rule, entity, window length) identifies a condition across runs: a persisting condition
// updates its row (last_seen, value) instead of adding one; state is 'open', 'resolved' or 'dismissed'. Days are
// Julian day numbers like facts.day; timestamps ISO 8601 UTC text.
constexpr const char *kMigration6[] = {
    R"(CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        rule TEXT NOT NULL,
        severity TEXT NOT NULL,
        channel TEXT NOT NULL DEFAULT '',
        campaign_id INTEGER,
        campaign TEXT NOT NULL DEFAULT '',
        metric TEXT NOT NULL DEFAULT '',
        value REAL,
        threshold REAL,
        message TEXT NOT NULL DEFAULT '',
        window_from INTEGER,
        window_to INTEGER,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        resolved_at TEXT,
        state TEXT NOT NULL DEFAULT 'open',
        is_read INTEGER NOT NULL DEFAULT 0,
        snoozed_until TEXT,
        notified INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX alerts_fingerprint ON alerts(fingerprint, state)",
    "CREATE INDEX alerts_state ON alerts(state, last_seen)",
    R"(CREATE TABLE planned_budgets (
        id INTEGER PRIMARY KEY,
        channel TEXT NOT NULL,
        campaign TEXT NOT NULL DEFAULT '',
        period_from INTEGER NOT NULL,
        period_to INTEGER NOT NULL,
        amount_micros INTEGER NOT NULL,
        currency TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (channel, campaign, period_from, period_to)))",
    R"(CREATE TABLE refresh_runs (
        id INTEGER PRIMARY KEY,
        trigger TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL,
        rows_changed INTEGER NOT NULL DEFAULT 0,
        message TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE refresh_steps (
        run_id INTEGER NOT NULL REFERENCES refresh_runs(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        step TEXT NOT NULL,
        status TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT,
        rows_changed INTEGER NOT NULL DEFAULT 0,
        message TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (run_id, position)) WITHOUT ROWID)",
};

// Recommendations written locally or by a language model, with the figures they were written from.
constexpr const char *kMigration7[] = {
    R"(CREATE TABLE recommendations (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        author TEXT NOT NULL,
        language TEXT NOT NULL,
        status TEXT NOT NULL,
        fallback_reason TEXT NOT NULL DEFAULT '',
        input TEXT NOT NULL,
        output TEXT NOT NULL))",
    "CREATE INDEX recommendations_created ON recommendations(created_at)",
};

// Schema 8: connected ad platform accounts (issue 7). The token is not here (SecretStore). What the last sync found
// (currency, time zone, complete_up_to, status, message, detail, rows) is kept on the row. Days are ISO text
// (YYYY-MM-DD, the account's reporting day); timestamps ISO 8601 UTC text. Frozen text, like the others.
constexpr const char *kMigration8[] = {
    R"(CREATE TABLE connector_accounts (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        account_id TEXT NOT NULL,
        name TEXT NOT NULL,
        base_url TEXT NOT NULL DEFAULT '',
        api_version TEXT NOT NULL DEFAULT '',
        options TEXT NOT NULL DEFAULT '{}',
        backfill_days INTEGER NOT NULL DEFAULT 90,
        enabled INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        currency TEXT NOT NULL DEFAULT '',
        time_zone TEXT NOT NULL DEFAULT '',
        complete_up_to TEXT,
        last_sync_at TEXT,
        last_status TEXT NOT NULL DEFAULT '',
        last_message TEXT NOT NULL DEFAULT '',
        last_detail TEXT NOT NULL DEFAULT '',
        last_rows INTEGER NOT NULL DEFAULT 0,
        UNIQUE (platform, account_id)))",
};

struct Migration
{
    int version;
    const char *const *statements;
    std::size_t count;
};

constexpr Migration kMigrations[] = {
    {1, kMigration1, std::size(kMigration1)}, // facts, dimensions, daily rollup
    {2, kMigration2, std::size(kMigration2)}, // campaign months
    {3, kMigration3, std::size(kMigration3)}, // span ends
    {4, kMigration4, std::size(kMigration4)}, // slice months
    {5, kMigration5, std::size(kMigration5)}, // trained models
    {6, kMigration6, std::size(kMigration6)}, // alerts, planned budgets, refresh runs
    {7, kMigration7, std::size(kMigration7)}, // recommendations
    {8, kMigration8, std::size(kMigration8)}, // connected accounts
};

Error sqlError(const QString &message, const QSqlError &error, const QString &sql)
{
    return Error{ErrorCode::Database, message, error.text() + QStringLiteral(" — ") + sql.simplified().left(300)};
}

} // namespace

namespace {
bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// A team database keeps its schema version in a one-row table (PostgreSQL has no user_version); the advisory lock
// serialises migrations of every client that opens the database at once, as BEGIN IMMEDIATE does for a file.
constexpr const char *kPostgresVersionTable =
    "CREATE TABLE IF NOT EXISTS demetra_schema (version INTEGER NOT NULL, updated_at TEXT NOT NULL)";
constexpr qint64 kMigrationLock = 0x44454D4554524101LL; // "DEMETRA" 1

Status run(QSqlDatabase &db, const QString &sql, const QString &message)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return tl::unexpected(sqlError(message, q.lastError(), sql));
    return {};
}
} // namespace

int Migrations::latestVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

Result<int> Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    QString sql = QStringLiteral("PRAGMA user_version");
    if (isPostgres(db)) {
        // A new team database has no version table yet: 0.
        if (!q.exec(QStringLiteral("SELECT to_regclass('demetra_schema') IS NOT NULL")) || !q.next())
            return tl::unexpected(
                sqlError(QCoreApplication::translate("Migrations", "Cannot read the database's schema version."),
                         q.lastError(), sql));
        if (!q.value(0).toBool())
            return 0;
        sql = QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM demetra_schema");
    }
    if (!q.exec(sql) || !q.next())
        return tl::unexpected(
            sqlError(QCoreApplication::translate("Migrations", "Cannot read the database's schema version."),
                     q.lastError(), sql));
    return q.value(0).toInt();
}

Result<int> Migrations::migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    const bool postgres = isPostgres(db);
    Result<int> current = currentVersion(db);
    if (!current)
        return current;
    int version = *current;
    if (version > latestVersion()) {
        if (postgres) {
            // A team database another member's newer Demetra has upgraded.
            return fail(ErrorCode::Database,
                        QCoreApplication::translate("Migrations",
                                                    "The team database was upgraded by a newer version of Demetra "
                                                    "(schema %1; this version knows up to %2). Update Demetra on this "
                                                    "computer to use it; nothing was changed.")
                            .arg(version)
                            .arg(latestVersion()));
        }
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("Migrations",
                                                "This database was written by a newer version of Demetra (schema %1; "
                                                "this version knows up to %2). Update Demetra to open it; the file "
                                                "was not changed.")
                        .arg(version)
                        .arg(latestVersion()));
    }
    for (const Migration &m : kMigrations) {
        if (m.version <= version || m.version > target)
            continue;
        // IMMEDIATE: take the write lock before reading the version again, so two connections opening a new file at
        // once (the window's first jobs) do not both run the same migration; the second finds it done. On
        // PostgreSQL the advisory lock does this for every client of the team database.
        const QString beginSql = postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
        const QString cannotStart = QCoreApplication::translate("Migrations", "Cannot start the schema upgrade.");
        if (Status s = run(db, beginSql, cannotStart); !s)
            return tl::unexpected(s.error());
        if (postgres) {
            Status s = run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock), cannotStart);
            if (s)
                s = run(db, QString::fromLatin1(kPostgresVersionTable), cannotStart);
            if (!s) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return tl::unexpected(s.error());
            }
        }
        Result<int> now = currentVersion(db);
        if (!now || *now >= m.version) {
            QSqlQuery(db).exec(now ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
            if (!now)
                return now;
            version = *now;
            continue;
        }
        QStringList statements;
        if (postgres && version == 0)
            statements << SqlDialectText::postgresCompatibility();
        for (std::size_t i = 0; i < m.count; ++i) {
            const QString sql = QString::fromUtf8(m.statements[i]);
            statements << (postgres ? SqlDialectText::postgresSchema(sql) : sql);
        }
        if (postgres) {
            statements << QStringLiteral("DELETE FROM demetra_schema")
                       << QStringLiteral("INSERT INTO demetra_schema (version, updated_at) VALUES (%1, "
                                         "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))")
                              .arg(m.version);
        } else {
            statements << QStringLiteral("PRAGMA user_version = %1").arg(m.version);
        }
        for (const QString &sql : std::as_const(statements)) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                const Error e =
                    sqlError(QCoreApplication::translate(
                                 "Migrations", "Upgrading the database to schema %1 failed; it was left at schema %2.")
                                 .arg(m.version)
                                 .arg(version),
                             q.lastError(), sql);
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return tl::unexpected(e);
            }
        }
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            const Error e = sqlError(
                QCoreApplication::translate("Migrations", "Upgrading the database to schema %1 failed.").arg(m.version),
                commit.lastError(), QStringLiteral("COMMIT"));
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return tl::unexpected(e);
        }
        version = m.version;
    }
    return version;
}

} // namespace Demetra::Storage
