#include "app/cli/cli_io.h"

#include "app/cli/exit_codes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <atomic>
#include <csignal>
#include <cstdio>

namespace Demetra::Cli {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int usageError(const QString &message)
{
    printErr(QStringLiteral("demetra-cli: ") + message + QStringLiteral("\n") +
             QCoreApplication::translate("CliApp", "Run 'demetra-cli --help' for the commands and options.\n"));
    return ExitUsage;
}

int reportError(const Error &e)
{
    printErr(QStringLiteral("demetra-cli: ") + e.toString() + u'\n');
    switch (e.code) {
    case ErrorCode::InvalidArgument:
        printErr(QCoreApplication::translate("CliApp", "Run 'demetra-cli --help' for the commands and options.\n"));
        return ExitUsage;
    case ErrorCode::NotFound:
    case ErrorCode::Io:
    case ErrorCode::BadInput:
    case ErrorCode::UnknownLayout:
    case ErrorCode::LimitExceeded:
        return ExitBadInput;
    case ErrorCode::Cancelled:
        return ExitCancelled;
    case ErrorCode::Database:
    case ErrorCode::Network:
    case ErrorCode::Internal:
        break;
    }
    return ExitInternal;
}

namespace {

std::atomic<bool> g_interrupted{false};

void onSignal(int)
{
    g_interrupted.store(true);
}

} // namespace

void watchInterrupts()
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

bool interrupted()
{
    return g_interrupted.load();
}

namespace {

QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

Result<QDate> parseDateOption(const QCommandLineParser &p, const QString &name)
{
    if (!p.isSet(name))
        return QDate();
    const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
    if (!d.isValid())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("CliApp", "--%1 takes a date as YYYY-MM-DD, not \"%2\"")
                        .arg(name, p.value(name)));
    return d;
}

} // namespace

Result<Storage::DatabaseLocation> existingDatabase(const QCommandLineParser &p)
{
    Storage::DatabaseLocation location = Storage::DatabaseLocation::fromArgument(p.value(QStringLiteral("db")));
    if (!location.isPostgres() && !QFileInfo::exists(location.target))
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate(
                        "CliApp", "There is no database at %1 yet: import a file first (demetra-cli import FILE).")
                        .arg(location.displayName()));
    return location;
}

Result<Analytics::AnalyticsFilter> filterFrom(const QCommandLineParser &p)
{
    Analytics::AnalyticsFilter f;
    Result<QDate> from = parseDateOption(p, QStringLiteral("from"));
    if (!from)
        return tl::unexpected(from.error());
    Result<QDate> to = parseDateOption(p, QStringLiteral("to"));
    if (!to)
        return tl::unexpected(to.error());
    f.from = *from;
    f.to = *to;
    if (f.from.isValid() && f.to.isValid() && f.to < f.from)
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("CliApp", "--to is before --from"));
    f.channels = splitList(p.values(QStringLiteral("channel")));
    f.audiences = splitList(p.values(QStringLiteral("audience")));
    f.segments = splitList(p.values(QStringLiteral("segment")));
    f.locations = splitList(p.values(QStringLiteral("location")));
    f.languages = splitList(p.values(QStringLiteral("language")));
    for (const QString &id : splitList(p.values(QStringLiteral("campaign-id")))) {
        bool ok = false;
        const qint64 v = id.toLongLong(&ok);
        if (!ok)
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate("CliApp", "--campaign-id takes numbers, not \"%1\"").arg(id));
        f.campaignIds << v;
    }
    return f;
}

} // namespace Demetra::Cli
