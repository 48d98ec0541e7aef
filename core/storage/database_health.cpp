#include "core/storage/database_health.h"

#include "core/storage/migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QtEndian>
#include <sqlite3.h>

namespace Demetra::Storage {

namespace {

QMutex g_mutex;
QSet<QString> g_verified; // absolute paths found good (or created by this process) — guarded by g_mutex
QStringList g_notices;    // guarded by g_mutex
constexpr int kQuickCheckRows = 20;

QString key(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

HealthReport damaged(HealthReport r, const QString &what, const QString &detail)
{
    r.state = HealthState::Damaged;
    r.error = Error{ErrorCode::Database,
                    QCoreApplication::translate("DatabaseHealth",
                                                "The database %1 is damaged or is not a Demetra database: %2. It was "
                                                "not changed; restore a backup or move the file away.")
                        .arg(display(r.path), what),
                    detail};
    return r;
}

// Extended result codes that mean "a read-only connection cannot do SQLite's own crash recovery" (a WAL index to
// rebuild after a killed writer, a hot journal to roll back): not damage.
bool needsRecovery(int code)
{
    return code == SQLITE_READONLY_RECOVERY || code == SQLITE_READONLY_ROLLBACK || code == SQLITE_READONLY_CANTINIT ||
           code == SQLITE_READONLY_CANTLOCK;
}

// Result codes that say the file could not be reached, not that its content is bad.
bool cannotAccess(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CANTOPEN || primary == SQLITE_PERM || primary == SQLITE_READONLY ||
           primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_AUTH;
}

struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection()
    {
        if (db)
            sqlite3_close_v2(db);
    }
};

// Runs `sql` and collects the first column of up to `limit` rows; returns the SQLite (extended) result code.
int collect(sqlite3 *db, const char *sql, QStringList &rows, int limit)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqlite3_extended_errcode(db);
    }
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (rows.size() < limit)
            rows << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(db);
}

} // namespace

HealthReport DatabaseHealth::inspect(const QString &path)
{
    HealthReport r;
    r.path = path;
    QFileInfo info(path);
    if (!info.exists()) {
        r.state = HealthState::Missing;
        return r;
    }
    if (info.isDir()) {
        return damaged(r, QCoreApplication::translate("DatabaseHealth", "it is a folder"), QString());
    }
    // A file another process has only just created is empty for a moment before SQLite writes its first page.
    for (int wait = 0;
         info.size() == 0 && wait < 10 && info.lastModified().msecsTo(QDateTime::currentDateTime()) < 5000; ++wait) {
        QThread::msleep(100);
        info.refresh();
    }
    r.size = info.size();
    if (r.size == 0)
        return damaged(r, QCoreApplication::translate("DatabaseHealth", "the file is empty (0 bytes)"), QString());

    // The header says what the file is and how long it should be (https://sqlite.org/fileformat.html).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.state = HealthState::Unreadable;
        r.error = Error{ErrorCode::Database,
                        QCoreApplication::translate("DatabaseHealth", "Cannot read the database %1: %2.")
                            .arg(display(path), file.errorString()),
                        QString()};
        return r;
    }
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        return damaged(r, QCoreApplication::translate("DatabaseHealth", "it is not a SQLite database file"),
                       QStringLiteral("first bytes: %1").arg(QString::fromLatin1(header.left(16).toHex(' '))));
    }
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 headerPages = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        return damaged(r, QCoreApplication::translate("DatabaseHealth", "its header is damaged"),
                       QStringLiteral("page size %1").arg(pageSize));
    }
    if (r.size < pageSize || r.size % pageSize != 0 ||
        (headerPages > 0 && validFor == changeCounter && r.size < qint64(headerPages) * pageSize)) {
        return damaged(r,
                       QCoreApplication::translate("DatabaseHealth", "the file is cut short (%1 bytes; %2 expected)")
                           .arg(r.size)
                           .arg(qMax(qint64(headerPages) * pageSize, pageSize)),
                       QStringLiteral("page size %1, pages in header %2").arg(pageSize).arg(headerPages));
    }

    Connection c;
    const QByteArray native = QFile::encodeName(path);
    int rc = sqlite3_open_v2(native.constData(), &c.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_EXRESCODE, nullptr);
    QStringList version;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(c.db, 10000);
        rc = collect(c.db, "PRAGMA user_version", version, 1);
    }
    if (needsRecovery(rc)) {
        // A writer was killed: SQLite's own recovery (rebuilding the WAL index, rolling back a hot journal) needs a
        // writable connection; it restores the last committed state and is what any open would do first.
        sqlite3_close_v2(c.db);
        c.db = nullptr;
        version.clear();
        rc = sqlite3_open_v2(native.constData(), &c.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_busy_timeout(c.db, 10000);
            rc = collect(c.db, "PRAGMA user_version", version, 1);
        }
    }
    if (rc != SQLITE_OK) {
        const QString message = c.db ? QString::fromUtf8(sqlite3_errmsg(c.db)) : QString::fromUtf8(sqlite3_errstr(rc));
        if (cannotAccess(rc)) {
            // Not evidence of damage: a folder without write access for the WAL index, a lock held for too long.
            r.state = HealthState::Unreadable;
            r.error = Error{ErrorCode::Database,
                            QCoreApplication::translate("DatabaseHealth",
                                                        "Cannot read the database %1 now (%2). Check that its folder "
                                                        "can be written and that no other program holds it locked.")
                                .arg(display(path), message),
                            QStringLiteral("code %1").arg(rc)};
            return r;
        }
        return damaged(r, QCoreApplication::translate("DatabaseHealth", "SQLite cannot read it"),
                       QStringLiteral("%1 (code %2)").arg(message).arg(rc));
    }
    r.schemaVersion = version.value(0).toInt();
    QStringList check;
    rc = collect(c.db, "PRAGMA quick_check", check, kQuickCheckRows);
    if (rc != SQLITE_OK) {
        return damaged(r, QCoreApplication::translate("DatabaseHealth", "the integrity check could not finish"),
                       QStringLiteral("%1 (code %2)").arg(QString::fromUtf8(sqlite3_errmsg(c.db))).arg(rc));
    }
    if (check != QStringList{QStringLiteral("ok")}) {
        return damaged(r,
                       QCoreApplication::translate("DatabaseHealth", "the integrity check found %n problem(s)", nullptr,
                                                   int(check.size())),
                       QStringLiteral("PRAGMA quick_check: ") + check.join(QStringLiteral("; ")));
    }
    if (r.schemaVersion > Migrations::latestVersion()) {
        r.state = HealthState::Newer;
        r.error = Error{ErrorCode::Database,
                        QCoreApplication::translate("DatabaseHealth",
                                                    "The database %1 was written by a newer version of Demetra "
                                                    "(schema %2; this version knows up to %3). Update Demetra to "
                                                    "open it; the file was not changed.")
                            .arg(display(path))
                            .arg(r.schemaVersion)
                            .arg(Migrations::latestVersion()),
                        QString()};
        return r;
    }
    r.state = HealthState::Good;
    return r;
}

Status DatabaseHealth::verifyOnce(const DatabaseLocation &location)
{
    if (location.isPostgres())
        return {};
    const QString k = key(location.target);
    // Held during the check: the window's first jobs opening the same file wait for the one verdict.
    QMutexLocker lock(&g_mutex);
    if (g_verified.contains(k))
        return {};
    const HealthReport report = inspect(location.target);
    if (!report.usable())
        return tl::unexpected(report.error);
    g_verified.insert(k);
    return {};
}

void DatabaseHealth::forget(const QString &path)
{
    QMutexLocker lock(&g_mutex);
    g_verified.remove(key(path));
}

void DatabaseHealth::addNotice(const QString &message)
{
    qWarning("database: %s", qPrintable(message));
    QMutexLocker lock(&g_mutex);
    g_notices << message;
}

QStringList DatabaseHealth::takeNotices()
{
    QMutexLocker lock(&g_mutex);
    return std::exchange(g_notices, QStringList());
}

} // namespace Demetra::Storage
