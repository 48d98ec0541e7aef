#pragma once

// Shared helpers for the core suites: a temporary database and a synchronous import.

#include "core/analytics/analytics_service.h"
#include "core/import/import_job.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QTemporaryDir>
#include <QTest>

namespace Demetra::Test {

inline QString sharedData(const QString &relative)
{
    return QStringLiteral(DEMETRA_SHARED_DATA "/") + relative;
}

/// A database file in a fresh temporary folder.
class TempDatabase
{
public:
    TempDatabase() : m_location{m_dir.filePath(QStringLiteral("test.sqlite"))} {}

    const Storage::DatabaseLocation &location() const { return m_location; }
    QString dir() const { return m_dir.path(); }

    Import::ImportOutcome import(const QStringList &files, const Import::ImportOptions &options = {})
    {
        Jobs::JobContext context(m_location);
        Import::ImportRequest request{files, options};
        Result<Import::ImportOutcome> outcome = Import::runImport(request, context);
        if (!outcome)
            qFatal("import failed as a whole: %s", qPrintable(outcome.error().toString()));
        return *outcome;
    }

    Import::FileImportOutcome importOne(const QString &file, const Import::ImportOptions &options = {})
    {
        Import::ImportOutcome o = import({file}, options);
        return o.files.value(0);
    }

    Storage::Database open() const
    {
        Result<Storage::Database> db = Storage::Database::open(m_location);
        if (!db)
            qFatal("cannot open test database: %s", qPrintable(db.error().toString()));
        return std::move(*db);
    }

    qint64 count(const QString &sql) const
    {
        Storage::Database db = open();
        Result<QVariant> v = db.scalar(sql);
        if (!v)
            qFatal("%s", qPrintable(v.error().toString()));
        return v->toLongLong();
    }

    /// Totals of one account by name (all its currencies), straight from the fact table.
    Totals accountTotals(const QString &accountName) const
    {
        Storage::Database db = open();
        Analytics::AnalyticsService analytics(db);
        Result<QSqlQuery> ids = db.exec(QStringLiteral("SELECT id FROM accounts WHERE name = ?"), {accountName});
        Analytics::AnalyticsFilter filter;
        while (ids && ids->next())
            filter.accountIds << ids->value(0).toLongLong();
        if (filter.accountIds.isEmpty())
            return Totals{};
        Result<Totals> t = analytics.totals(filter);
        return t ? *t : Totals{};
    }

private:
    QTemporaryDir m_dir;
    Storage::DatabaseLocation m_location;
};

/// Writes `bytes` to `name` in `dir` and returns the path.
inline QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

} // namespace Demetra::Test
