#include "app/cli/cli_io.h"
#include "app/cli/exit_codes.h"
#include "app/cli/model_commands.h"
#include "core/alerts/planned_budget_repository.h"
#include "core/storage/database.h"
#include "core/storage/database_location.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace Demetra::Cli {

namespace {

using namespace Demetra::Alerts;

QJsonObject json(const PlannedBudget &b)
{
    return QJsonObject{
        {QStringLiteral("id"), b.id},
        {QStringLiteral("channel"), b.channel},
        {QStringLiteral("campaign"), b.campaign},
        {QStringLiteral("from"), b.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), b.to.toString(Qt::ISODate)},
        {QStringLiteral("amount"), b.amount},
        {QStringLiteral("currency"), b.currency},
    };
}

Result<Storage::Database> openDatabase(const QCommandLineParser &p)
{
    return Storage::Database::open(Storage::DatabaseLocation::fromArgument(p.value(QStringLiteral("db"))));
}

int setBudget(QCommandLineParser &p)
{
    PlannedBudget b;
    const QStringList channels = p.values(QStringLiteral("channel"));
    if (channels.size() != 1 || channels.first().trimmed().isEmpty() || channels.first().contains(u','))
        return usageError(QCoreApplication::translate("CliBudgets", "budgets set needs exactly one --channel NAME"));
    b.channel = channels.first().trimmed();
    b.campaign = p.value(QStringLiteral("campaign")).trimmed();
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to")))
        return usageError(
            QCoreApplication::translate("CliBudgets", "budgets set needs the period: --from DATE --to DATE"));
    b.from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    b.to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    if (!b.from.isValid() || !b.to.isValid())
        return usageError(QCoreApplication::translate("CliBudgets", "--from and --to take dates as YYYY-MM-DD"));
    if (b.to < b.from)
        return usageError(QCoreApplication::translate("CliBudgets", "--to %1 is before --from %2")
                              .arg(b.to.toString(Qt::ISODate), b.from.toString(Qt::ISODate)));
    if (!p.isSet(QStringLiteral("amount")))
        return usageError(QCoreApplication::translate("CliBudgets", "budgets set needs --amount N"));
    bool ok = false;
    b.amount = p.value(QStringLiteral("amount")).toDouble(&ok);
    if (!ok || !std::isfinite(b.amount) || b.amount <= 0.0)
        return usageError(QCoreApplication::translate("CliBudgets", "--amount takes a positive number, not \"%1\"")
                              .arg(p.value(QStringLiteral("amount"))));
    b.currency = p.value(QStringLiteral("currency")).trimmed().toUpper();
    if (!b.currency.isEmpty() && b.currency.size() != 3)
        return usageError(
            QCoreApplication::translate("CliApp", "--currency takes a three-letter ISO code such as USD or RUB"));

    Result<Storage::Database> db = openDatabase(p);
    if (!db)
        return reportError(db.error());
    Result<qint64> id = PlannedBudgetRepository(*db).set(b);
    if (!id)
        return id.error().code == ErrorCode::InvalidArgument ? usageError(id.error().message) : reportError(id.error());
    b.id = *id;
    // A channel that has no data yet is allowed (a plan can come first), but a typo should not pass silently.
    Result<QVariant> known = db->scalar(QStringLiteral("SELECT COUNT(*) FROM channels WHERE name = ?"), {b.channel});
    if (known && known->toLongLong() == 0)
        printErr(QCoreApplication::translate("CliBudgets",
                                             "demetra-cli: note: no data has the channel \"%1\" yet; the budget is "
                                             "saved and will be checked once it has.\n")
                     .arg(b.channel));
    if (p.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(json(b)).toJson(QJsonDocument::Indented)));
    else
        printOut(QCoreApplication::translate("CliBudgets", "Planned budget %1 saved: %2%3, %4 to %5, %6 %7.\n")
                     .arg(QString::number(b.id), b.channel,
                          b.campaign.isEmpty() ? QString() : QStringLiteral(" / ") + b.campaign,
                          b.from.toString(Qt::ISODate), b.to.toString(Qt::ISODate),
                          QLocale::c().toString(b.amount, 'f', 2), b.currency));
    return ExitOk;
}

int listBudgets(QCommandLineParser &p)
{
    Result<Storage::Database> db = openDatabase(p);
    if (!db)
        return reportError(db.error());
    Result<QList<PlannedBudget>> budgets = PlannedBudgetRepository(*db).list();
    if (!budgets)
        return reportError(budgets.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PlannedBudget &b : *budgets)
            array << json(b);
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (budgets->isEmpty()) {
        printOut(QCoreApplication::translate("CliBudgets", "No planned budgets (add one with demetra-cli budgets set "
                                                           "--channel NAME --from DATE --to DATE --amount N).\n"));
        return ExitOk;
    }
    QString t = QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                    .arg(QCoreApplication::translate("CliBudgets", "id").rightJustified(5),
                         QCoreApplication::translate("CliBudgets", "channel").leftJustified(16),
                         QCoreApplication::translate("CliBudgets", "campaign").leftJustified(24),
                         QCoreApplication::translate("CliBudgets", "from").leftJustified(10),
                         QCoreApplication::translate("CliBudgets", "to").leftJustified(10),
                         QCoreApplication::translate("CliBudgets", "amount").rightJustified(14),
                         QCoreApplication::translate("CliBudgets", "currency"));
    for (const PlannedBudget &b : *budgets)
        t += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                 .arg(QString::number(b.id).rightJustified(5), b.channel.leftJustified(16),
                      b.campaign.leftJustified(24), b.from.toString(Qt::ISODate), b.to.toString(Qt::ISODate),
                      QLocale::c().toString(b.amount, 'f', 2).rightJustified(14), b.currency);
    printOut(t);
    return ExitOk;
}

int removeBudget(QCommandLineParser &p, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(QCoreApplication::translate("CliBudgets", "budgets remove takes a budget id (see budgets "
                                                                    "list), not \"%1\"")
                              .arg(idText));
    Result<Storage::Database> db = openDatabase(p);
    if (!db)
        return reportError(db.error());
    if (Status s = PlannedBudgetRepository(*db).remove(id); !s)
        return reportError(s.error());
    printOut(QCoreApplication::translate("CliBudgets", "Planned budget %1 removed.\n").arg(id));
    return ExitOk;
}

} // namespace

int runBudgets(QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const QString action = args.value(1);
    if (action == QLatin1String("set") && args.size() == 2)
        return setBudget(p);
    if (action == QLatin1String("list") && args.size() == 2)
        return listBudgets(p);
    if (action == QLatin1String("remove") && args.size() == 3)
        return removeBudget(p, args.value(2));
    return usageError(QCoreApplication::translate(
        "CliBudgets", "budgets takes set --channel NAME [--campaign NAME] --from DATE --to DATE --amount N "
                      "[--currency C], list, or remove ID"));
}

} // namespace Demetra::Cli
