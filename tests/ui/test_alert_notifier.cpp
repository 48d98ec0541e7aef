// Tray notifications for alerts, at the signal level (offscreen has no real tray): new alerts raise exactly one
// message with a batched text (the most severe first), snoozed or closed ones none; the unread count shows in the
// tray tooltip, the window title and the sidebar; clicking the message shows the Alerts page with the alert
// selected, and reading it lowers the count everywhere.

#include "core/alerts/alert_repository.h"
#include "core/import/import_job.h"
#include "core/jobs/job_context.h"
#include "core/refresh/refresh_run_repository.h"
#include "core/storage/database.h"
#include "tests/ui/ui_test_support.h"
#include "ui/main_window/alert_notifier.h"
#include "ui/main_window/refresh_controller.h"
#include "ui/pages/alerts/alerts_page.h"
#include "ui/tray/tray_icon.h"

#include <QListWidget>
#include <QSignalSpy>

using namespace Demetra;
using namespace Demetra::Alerts;

namespace {

AlertFinding finding(AlertRule rule, Severity severity, const QString &channel, const QString &message)
{
    AlertFinding f;
    f.rule = rule;
    f.severity = severity;
    f.channel = channel;
    f.metric = QStringLiteral("roi");
    f.value = 0.5;
    f.threshold = 1.5;
    f.windowFrom = QDate(2024, 3, 1);
    f.windowTo = QDate(2024, 3, 7);
    f.message = message;
    return f;
}

/// A recent finished refresh run, so a window opened now does not run the refresh pipeline at once (which would
/// evaluate the rules and resolve the crafted alerts).
void recordRecentRefresh(const Storage::DatabaseLocation &location)
{
    Result<Storage::Database> db = Storage::Database::open(location);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    Refresh::RefreshRunRepository runs(*db);
    Refresh::RefreshRun run;
    run.trigger = QStringLiteral("test");
    run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    run.id = *runs.start(run.trigger, run.startedAt);
    run.status = QStringLiteral("ok");
    run.finishedAt = QDateTime::currentDateTimeUtc();
    if (!runs.finish(run))
        qFatal("cannot record a refresh run");
}

QList<Alert> apply(const Storage::DatabaseLocation &location, const QList<AlertFinding> &findings)
{
    Result<Storage::Database> db = Storage::Database::open(location);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    Result<AlertUpdate> u = AlertRepository(*db).apply(findings, QDateTime::currentDateTimeUtc(), allRules());
    if (!u)
        qFatal("%s", qPrintable(u.error().toString()));
    return u->opened;
}

qint64 idOf(const QList<Alert> &alerts, AlertRule rule)
{
    for (const Alert &a : alerts) {
        if (a.finding.rule == rule)
            return a.id;
    }
    return 0;
}

QString sidebarText(Ui::MainWindow &w)
{
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    for (int i = 0; i < sidebar->count(); ++i) {
        if (sidebar->item(i)->text().startsWith(QStringLiteral("Alerts")))
            return sidebar->item(i)->text();
    }
    return {};
}

} // namespace

class TestAlertNotifier : public QObject
{
    Q_OBJECT

private slots:
    void messageText();
    void oneBatchedMessageAndCounts();
    void nothingForSnoozedOrClosed();
    void refreshRunRaisesOneMessage();
};

void TestAlertNotifier::messageText()
{
    QList<Alert> alerts;
    const Severity severities[] = {Severity::Medium, Severity::Critical, Severity::High, Severity::High, Severity::Low};
    for (int i = 0; i < 5; ++i) {
        Alert a;
        a.id = i + 1;
        a.finding.severity = severities[i];
        a.finding.message = QStringLiteral("message %1").arg(i + 1);
        a.lastSeen = QDateTime(QDate(2024, 3, 8), QTime(9, i), Qt::UTC);
        alerts << a;
    }
    QCOMPARE(Ui::AlertNotifier::messageTitle(5), QStringLiteral("5 new alerts"));
    QCOMPARE(Ui::AlertNotifier::messageTitle(1), QStringLiteral("New alert"));
    // Critical first, then the newer of the two high ones; the rest summed up.
    QCOMPARE(Ui::AlertNotifier::messageText(alerts),
             QStringLiteral("Critical: message 2\nHigh: message 4\nHigh: message 3\n… and 2 more"));
}

void TestAlertNotifier::oneBatchedMessageAndCounts()
{
    Test::WindowFixture f;
    recordRecentRefresh(f.location());
    Ui::MainWindow &w = f.window();
    QVERIFY(Test::waitIdle(w));
    Ui::AlertNotifier *notifier = w.alertNotifier();
    QVERIFY(notifier);
    QTRY_COMPARE(notifier->unreadCount(), 0);
    QVERIFY(!w.windowTitle().contains(QStringLiteral("unread")));
    QCOMPARE(sidebarText(w), QStringLiteral("Alerts"));

    const QList<Alert> opened =
        apply(f.location(), {finding(AlertRule::RoiDrop, Severity::High, QStringLiteral("Facebook"),
                                     QStringLiteral("Facebook: ROI 50 %, below 150 %")),
                             finding(AlertRule::CostSpike, Severity::Critical, QStringLiteral("Google"),
                                     QStringLiteral("Google: CPA 900, above 600")),
                             finding(AlertRule::LowConversion, Severity::High, QStringLiteral("TikTok"),
                                     QStringLiteral("TikTok: conversion rate 1 %, below 5 %"))});
    QCOMPARE(opened.size(), 3);
    QList<qint64> ids;
    for (const Alert &a : opened)
        ids << a.id;

    QSignalSpy messages(w.tray(), &Ui::TrayIcon::messageRequested);
    // The refresh's signal path: the ids to notify, then the count.
    notifier->notify(ids);
    notifier->refreshUnreadCount();
    QTRY_COMPARE(messages.count(), 1);
    QTest::qWait(200);
    QCOMPARE(messages.count(), 1); // one message for all three
    QCOMPARE(messages.first().at(0).toString(), QStringLiteral("3 new alerts"));
    const QStringList lines = messages.first().at(1).toString().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), QStringLiteral("Critical: Google: CPA 900, above 600"));
    QVERIFY(lines[1].startsWith(QStringLiteral("High: ")));
    QCOMPARE(notifier->messageAlert(), idOf(opened, AlertRule::CostSpike));

    // The unread count everywhere.
    QTRY_COMPARE(notifier->unreadCount(), 3);
    QCOMPARE(w.tray()->toolTip(), QStringLiteral("Demetra — 3 unread alerts"));
    QVERIFY2(w.windowTitle().endsWith(QStringLiteral("Demetra — 3 unread alerts")), qPrintable(w.windowTitle()));
    QCOMPARE(sidebarText(w), QStringLiteral("Alerts (3)"));

    // Clicking the message opens the critical alert on the Alerts page.
    w.showPage(QStringLiteral("overview"));
    auto *page = qobject_cast<Ui::AlertsPage *>(w.page(QStringLiteral("alerts")));
    page->setMarkReadDelay(300);
    emit w.tray()->messageClicked();
    QCOMPARE(w.currentPageKey(), QStringLiteral("alerts"));
    QTRY_COMPARE(page->currentAlertId(), idOf(opened, AlertRule::CostSpike));
    // Seen for a moment: read, and the counts follow.
    QTRY_COMPARE(notifier->unreadCount(), 2);
    QTRY_COMPARE(sidebarText(w), QStringLiteral("Alerts (2)"));
    QCOMPARE(w.tray()->toolTip(), QStringLiteral("Demetra — 2 unread alerts"));
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("Alerts — Demetra — 2 unread alerts")));
    Test::saveShot(w, QStringLiteral("alerts-after-notification.png"));

    // A later refresh opening one more alert: a second message, for it alone.
    const QList<Alert> more = apply(
        f.location(), {finding(AlertRule::RoiDrop, Severity::High, QStringLiteral("Facebook"), QStringLiteral("x")),
                       finding(AlertRule::CostSpike, Severity::Critical, QStringLiteral("Google"), QStringLiteral("x")),
                       finding(AlertRule::LowConversion, Severity::High, QStringLiteral("TikTok"), QStringLiteral("x")),
                       finding(AlertRule::EngagementDrop, Severity::High, QStringLiteral("Instagram"),
                               QStringLiteral("Instagram: engagement 2.1, below 3"))});
    QCOMPARE(more.size(), 1);
    notifier->notify({more.first().id});
    QTRY_COMPARE(messages.count(), 2);
    QCOMPARE(messages.last().at(0).toString(), QStringLiteral("New alert"));
    QCOMPARE(messages.last().at(1).toString(), QStringLiteral("High: Instagram: engagement 2.1, below 3"));
}

void TestAlertNotifier::nothingForSnoozedOrClosed()
{
    Test::WindowFixture f;
    recordRecentRefresh(f.location());
    Ui::MainWindow &w = f.window();
    QVERIFY(Test::waitIdle(w));
    const QList<Alert> opened = apply(
        f.location(), {finding(AlertRule::RoiDrop, Severity::High, QStringLiteral("A"), QStringLiteral("a")),
                       finding(AlertRule::CostSpike, Severity::Critical, QStringLiteral("B"), QStringLiteral("b"))});
    {
        Storage::Database db = *Storage::Database::open(f.location());
        AlertRepository repo(db);
        QVERIFY(repo.snooze(opened[0].id, QDateTime::currentDateTimeUtc().addSecs(3600)));
        QVERIFY(repo.dismiss(opened[1].id));
    }
    QSignalSpy messages(w.tray(), &Ui::TrayIcon::messageRequested);
    w.alertNotifier()->notify({opened[0].id, opened[1].id, 999999});
    QTRY_VERIFY(!w.alertNotifier()->isBusy());
    QTest::qWait(100);
    QCOMPARE(messages.count(), 0);
    w.alertNotifier()->refreshUnreadCount();
    QTRY_VERIFY(!w.alertNotifier()->isBusy());
    QCOMPARE(w.alertNotifier()->unreadCount(), 0);
    QCOMPARE(sidebarText(w), QStringLiteral("Alerts"));
}

void TestAlertNotifier::refreshRunRaisesOneMessage()
{
    // The whole path: the sample in the store, the window's first refresh evaluates the rules with the default
    // thresholds, and its new high/critical alerts arrive as one message.
    Test::WindowFixture f;
    {
        Jobs::JobContext context(f.location());
        QVERIFY(Import::runImport(Import::ImportRequest{{Test::sampleFile()}, {}}, context));
    }
    Ui::MainWindow &w = f.window();
    w.refreshController()->setTrainingEnabled(false);
    QSignalSpy changed(w.refreshController(), &Ui::RefreshController::alertsChanged);
    QSignalSpy messages(w.tray(), &Ui::TrayIcon::messageRequested);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1, 120000);
    const QList<qint64> ids = changed.first().first().value<QList<qint64>>();
    QVERIFY2(!ids.isEmpty(), "the sample raises no high or critical alert with the default thresholds");
    QTRY_COMPARE(messages.count(), 1);
    QTest::qWait(200);
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.first().at(0).toString(), Ui::AlertNotifier::messageTitle(int(ids.size())));
    const QStringList lines = messages.first().at(1).toString().split(u'\n');
    QCOMPARE(lines.size(), std::min<qsizetype>(ids.size(), 3) + (ids.size() > 3 ? 1 : 0));
    QVERIFY2(lines.first().startsWith(QStringLiteral("Critical: ")) ||
                 lines.first().startsWith(QStringLiteral("High: ")),
             qPrintable(lines.first()));
    // The count shown is the store's unread count.
    Storage::Database db = *Storage::Database::open(f.location());
    const int unread = *AlertRepository(db).unreadCount(QDateTime::currentDateTimeUtc());
    QVERIFY(unread >= int(ids.size()));
    QTRY_COMPARE(w.alertNotifier()->unreadCount(), unread);
    QTRY_COMPARE(sidebarText(w), QStringLiteral("Alerts (%1)").arg(unread));
    Test::saveShot(w, QStringLiteral("alerts-after-refresh.png"));
    emit w.tray()->messageClicked();
    QCOMPARE(w.currentPageKey(), QStringLiteral("alerts"));
    auto *page = qobject_cast<Ui::AlertsPage *>(w.page(QStringLiteral("alerts")));
    QTRY_COMPARE(page->currentAlertId(), w.alertNotifier()->messageAlert());
    QVERIFY(ids.contains(page->currentAlertId()));
    QVERIFY(Test::waitPage(*page));
    QTest::qWait(300);
    Test::saveShot(w, QStringLiteral("alerts-from-notification.png"));
}

QTEST_MAIN(TestAlertNotifier)
#include "test_alert_notifier.moc"
