// The Alerts page on the sample with crafted alerts: the table model under QAbstractItemModelTester (raw values for
// sorting, unread in bold), the page listing the alerts, each filter, read/unread, snooze and dismiss reaching the
// database, the detail chart with the alert's window shaded and the threshold dashed, the empty state, planned
// budgets with inline validation, and Settings → Alerts and refresh (refused values, replay on history, save,
// defaults). Screenshots in English and Russian go to $DEMETRA_SCREENSHOT_DIR.

#include "core/alerts/alert_repository.h"
#include "core/alerts/planned_budget_repository.h"
#include "core/import/import_job.h"
#include "core/jobs/job_context.h"
#include "core/refresh/refresh_run_repository.h"
#include "core/settings/settings_keys.h"
#include "core/storage/database.h"
#include "tests/ui/ui_test_support.h"
#include "ui/models/alert_filter_proxy.h"
#include "ui/models/alert_table_model.h"
#include "ui/pages/alerts/alert_chart.h"
#include "ui/pages/alerts/alerts_page.h"
#include "ui/pages/alerts/planned_budgets_dialog.h"
#include "ui/pages/settings/alert_settings_panel.h"
#include "ui/pages/settings/settings_page.h"
#include "ui/widgets/chart_panel.h"
#include "ui/widgets/data_table_view.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>

using namespace Demetra;
using namespace Demetra::Alerts;

namespace {

struct Crafted
{
    qint64 roi = 0;
    qint64 cpa = 0;
    qint64 anomaly = 0;
    qint64 failure = 0;
    QString channelA;
    QString channelB;
    QDate lastDay;
};

Storage::Database openDb(const Storage::DatabaseLocation &location)
{
    Result<Storage::Database> db = Storage::Database::open(location);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    return std::move(*db);
}

/// Four alerts on the imported sample: ROI drop (high) on one channel, cost spike (medium) on a campaign, an anomaly
/// (critical) on another channel, a refresh failure (low).
Crafted craft(const Storage::DatabaseLocation &location)
{
    Storage::Database db = openDb(location);
    Crafted c;
    c.lastDay = QDate::fromJulianDay(db.scalar(QStringLiteral("SELECT MAX(day) FROM facts"))->toLongLong());
    Result<QSqlQuery> channels = db.exec(QStringLiteral("SELECT name FROM channels ORDER BY name"));
    QStringList names;
    while (channels && channels->next())
        names << channels->value(0).toString();
    if (names.size() < 2)
        qFatal("sample has fewer than two channels");
    c.channelA = names[0];
    c.channelB = names[1];
    Result<QSqlQuery> campaign =
        db.exec(QStringLiteral("SELECT c.id, c.name FROM facts f JOIN campaigns c ON c.id = f.campaign_id "
                               "JOIN channels ch ON ch.id = f.channel_id WHERE ch.name = ? ORDER BY c.id LIMIT 1"),
                {c.channelA});
    campaign->next();

    QList<AlertFinding> findings;
    AlertFinding roi;
    roi.rule = AlertRule::RoiDrop;
    roi.severity = Severity::High;
    roi.channel = c.channelA;
    roi.metric = QStringLiteral("roi");
    roi.value = 1.12;
    roi.threshold = 1.5;
    roi.windowFrom = c.lastDay.addDays(-6);
    roi.windowTo = c.lastDay;
    roi.message = QStringLiteral("%1: ROI 112 % over the last 7 days, below 150 %").arg(c.channelA);
    findings << roi;
    AlertFinding cpa;
    cpa.rule = AlertRule::CostSpike;
    cpa.severity = Severity::Medium;
    cpa.channel = c.channelA;
    cpa.campaignId = campaign->value(0).toLongLong();
    cpa.campaign = campaign->value(1).toString();
    cpa.metric = QStringLiteral("cpa");
    cpa.value = 812.5;
    cpa.threshold = 600.0;
    cpa.windowFrom = c.lastDay.addDays(-6);
    cpa.windowTo = c.lastDay;
    cpa.message = QStringLiteral("%1 · %2: cost per acquisition 812.50, above 600").arg(c.channelA, cpa.campaign);
    findings << cpa;
    AlertFinding anomaly;
    anomaly.rule = AlertRule::Anomaly;
    anomaly.severity = Severity::Critical;
    anomaly.channel = c.channelB;
    anomaly.metric = QStringLiteral("spend");
    anomaly.value = 98000.0;
    anomaly.threshold = 41000.0;
    anomaly.windowFrom = c.lastDay;
    anomaly.windowTo = c.lastDay;
    anomaly.message = QStringLiteral("%1: spend far above its usual level for this weekday").arg(c.channelB);
    findings << anomaly;
    AlertFinding failure;
    failure.rule = AlertRule::RefreshFailure;
    failure.severity = Severity::Low;
    failure.message = QStringLiteral("The sync of an account failed: connection refused");
    findings << failure;

    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-3600);
    Result<AlertUpdate> update = AlertRepository(db).apply(findings, now, allRules());
    if (!update || update->opened.size() != 4)
        qFatal("could not craft alerts");
    for (const Alert &a : update->opened) {
        if (a.finding.rule == AlertRule::RoiDrop)
            c.roi = a.id;
        else if (a.finding.rule == AlertRule::CostSpike)
            c.cpa = a.id;
        else if (a.finding.rule == AlertRule::Anomaly)
            c.anomaly = a.id;
        else
            c.failure = a.id;
    }
    return c;
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

/// The sample imported through core and a recent refresh recorded, before the window opens.
void prepare(Test::WindowFixture &f)
{
    Jobs::JobContext context(f.location());
    Result<Import::ImportOutcome> outcome = Import::runImport(Import::ImportRequest{{Test::sampleFile()}, {}}, context);
    if (!outcome)
        qFatal("%s", qPrintable(outcome.error().toString()));
    recordRecentRefresh(f.location());
}

Alert stored(const Storage::DatabaseLocation &location, qint64 id)
{
    Storage::Database db = openDb(location);
    Result<Alert> a = AlertRepository(db).get(id);
    if (!a)
        qFatal("%s", qPrintable(a.error().toString()));
    return *a;
}

Ui::AlertsPage *showAlerts(Test::WindowFixture &f)
{
    Ui::MainWindow &w = f.window();
    Test::waitIdle(w);
    w.showPage(QStringLiteral("alerts"));
    auto *page = qobject_cast<Ui::AlertsPage *>(w.page(QStringLiteral("alerts")));
    page->invalidate();
    Test::waitPage(*page);
    return page;
}

QList<qint64> visibleIds(Ui::AlertsPage *page)
{
    QList<qint64> ids;
    for (int r = 0; r < page->proxy()->rowCount(); ++r)
        ids << page->proxy()->index(r, 0).data(Ui::AlertTableModel::AlertIdRole).toLongLong();
    return ids;
}

} // namespace

class TestAlertsPage : public QObject
{
    Q_OBJECT

private slots:
    void modelUnderTester();
    void listsFiltersAndActs();
    void detailChartShadesTheWindow();
    void emptyState();
    void plannedBudgets();
    void settingsSection();
    void russianScreenshots();
};

void TestAlertsPage::modelUnderTester()
{
    Ui::AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Alert> alerts;
    for (int i = 0; i < 3; ++i) {
        Alert a;
        a.id = i + 1;
        a.finding.rule = i == 0 ? AlertRule::RoiDrop : AlertRule::CostSpike;
        a.finding.severity = Severity(i);
        a.finding.channel = QStringLiteral("Channel %1").arg(i);
        a.finding.metric = i == 0 ? QStringLiteral("roi") : QStringLiteral("cpa");
        a.finding.value = i == 0 ? 1.12 : 700.0 + i;
        a.finding.threshold = i == 0 ? 1.5 : 600.0;
        a.finding.windowFrom = QDate(2024, 3, 1);
        a.finding.windowTo = QDate(2024, 3, 7);
        a.finding.message = QStringLiteral("message %1").arg(i);
        a.firstSeen = QDateTime(QDate(2024, 3, 8), QTime(9, 0), Qt::UTC);
        a.lastSeen = a.firstSeen.addSecs(3600 * i);
        a.read = i == 1;
        alerts << a;
    }
    alerts[2].state = AlertState::Resolved;
    model.setSnapshot(alerts, QDateTime(QDate(2024, 3, 9), QTime(0, 0), Qt::UTC));
    QCOMPARE(model.rowCount(), 3);
    // Values formatted per metric: ROI as a percent, CPA as money.
    QVERIFY(model.index(0, Ui::AlertTableModel::Value).data().toString().contains(QStringLiteral("112")));
    QVERIFY(model.index(0, Ui::AlertTableModel::Value).data().toString().contains(u'%'));
    QCOMPARE(model.index(0, Ui::AlertTableModel::Value).data(Ui::AlertTableModel::RawValueRole).toDouble(), 1.12);
    QCOMPARE(model.index(2, Ui::AlertTableModel::SeverityColumn).data(Ui::AlertTableModel::RawValueRole).toInt(),
             int(Severity::High));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("message 0"));
    // Unread open alerts are bold; read ones and resolved ones are not.
    QVERIFY(model.index(0, 1).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(1, 1).data(Qt::FontRole).isValid());
    QVERIFY(!model.index(2, 1).data(Qt::FontRole).isValid());
    model.setRead({1}, true);
    QVERIFY(!model.index(0, 1).data(Qt::FontRole).isValid());

    Ui::AlertFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 2); // open only
    proxy.setStateFilter(Ui::AlertFilterProxy::StateFilter::All);
    QCOMPARE(proxy.rowCount(), 3);
    // Sorting by the raw severity rank, not the translated word.
    proxy.sort(Ui::AlertTableModel::SeverityColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(Ui::AlertTableModel::AlertIdRole).toLongLong(), 3);
    QCOMPARE(proxy.index(2, 0).data(Ui::AlertTableModel::AlertIdRole).toLongLong(), 1);
    proxy.sort(Ui::AlertTableModel::Value, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(Ui::AlertTableModel::AlertIdRole).toLongLong(), 1);
    proxy.setMinimumSeverity(int(Severity::Medium));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setRule(QStringLiteral("roi_drop"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setRule({});
    proxy.setSearchText(QStringLiteral("MESSAGE 2"));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestAlertsPage::listsFiltersAndActs()
{
    Test::WindowFixture f;
    prepare(f);
    const Crafted c = craft(f.location());
    Ui::AlertsPage *page = showAlerts(f);
    page->setMarkReadDelay(60 * 60 * 1000); // no automatic read in this test
    QCOMPARE(page->model()->rowCount(), 4);
    QCOMPARE(page->proxy()->rowCount(), 4);
    QVERIFY(!page->isShowingEmptyState());
    // Severity badges and the value against its threshold, per metric.
    const int roiRow = page->model()->rowOf(c.roi);
    QVERIFY(page->model()->index(roiRow, Ui::AlertTableModel::Threshold).data().toString().contains(u'%'));
    QVERIFY(page->model()->index(roiRow, Ui::AlertTableModel::Entity).data().toString() == c.channelA);

    // Filters.
    page->severityBox()->setCurrentIndex(page->severityBox()->findData(int(Severity::High)));
    QCOMPARE(visibleIds(page).size(), 2);
    QVERIFY(visibleIds(page).contains(c.roi) && visibleIds(page).contains(c.anomaly));
    page->severityBox()->setCurrentIndex(0);
    page->ruleBox()->setCurrentIndex(page->ruleBox()->findData(QStringLiteral("cost_spike")));
    QCOMPARE(visibleIds(page), QList<qint64>{c.cpa});
    page->ruleBox()->setCurrentIndex(0);
    page->channelBox()->setCurrentIndex(page->channelBox()->findData(c.channelB));
    QCOMPARE(visibleIds(page), QList<qint64>{c.anomaly});
    page->channelBox()->setCurrentIndex(0);
    page->searchBox()->setText(QStringLiteral("connection refused"));
    QCOMPARE(visibleIds(page), QList<qint64>{c.failure});
    page->searchBox()->clear();
    page->stateBox()->setCurrentIndex(page->stateBox()->findData(int(Ui::AlertFilterProxy::StateFilter::Resolved)));
    QCOMPARE(page->proxy()->rowCount(), 0);
    QVERIFY(page->isShowingEmptyState());
    QVERIFY(page->emptyLabel()->text().contains(QStringLiteral("No alerts match")));
    page->stateBox()->setCurrentIndex(0);
    QCOMPARE(page->proxy()->rowCount(), 4);

    // Mark read, then unread.
    page->openAlert(c.roi);
    QCOMPARE(page->currentAlertId(), c.roi);
    page->markSelected(true);
    QTRY_VERIFY(stored(f.location(), c.roi).read);
    QTRY_VERIFY(!page->model()->index(page->model()->rowOf(c.roi), 1).data(Qt::FontRole).isValid());
    page->markSelected(false);
    QTRY_VERIFY(!stored(f.location(), c.roi).read);

    // Snooze for a day: stored, and out of the open list.
    page->openAlert(c.cpa);
    page->snoozeSelected(86400);
    QTRY_VERIFY(stored(f.location(), c.cpa).snoozedUntil.isValid());
    const QDateTime until = stored(f.location(), c.cpa).snoozedUntil;
    QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(86400 - 120));
    QVERIFY(until < QDateTime::currentDateTimeUtc().addSecs(86400 + 120));
    QTRY_VERIFY(!visibleIds(page).contains(c.cpa));
    page->stateBox()->setCurrentIndex(page->stateBox()->findData(int(Ui::AlertFilterProxy::StateFilter::Snoozed)));
    QCOMPARE(visibleIds(page), QList<qint64>{c.cpa});
    page->stateBox()->setCurrentIndex(0);

    // Dismiss through the shortcut (Delete on the table).
    page->openAlert(c.failure);
    QCOMPARE(page->currentAlertId(), c.failure);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Delete);
    QTRY_COMPARE(stored(f.location(), c.failure).state, AlertState::Dismissed);
    QTRY_VERIFY(!visibleIds(page).contains(c.failure));
    QCOMPARE(page->proxy()->rowCount(), 2);

    // Selecting an alert marks it read after a moment.
    page->setMarkReadDelay(200);
    QVERIFY(!stored(f.location(), c.anomaly).read);
    page->openAlert(c.anomaly);
    QTRY_VERIFY(stored(f.location(), c.anomaly).read);
    // The unread count in the sidebar followed the actions: ROI drop is unread again, the anomaly read.
    QListWidget *sidebar = f.window().findChild<QListWidget *>(QStringLiteral("sidebar"));
    QTRY_VERIFY(!sidebar->findItems(QStringLiteral("Alerts (1)"), Qt::MatchExactly).isEmpty());
    QTRY_VERIFY(f.window().windowTitle().contains(QStringLiteral("1 unread alert")));
}

void TestAlertsPage::detailChartShadesTheWindow()
{
    Test::WindowFixture f;
    prepare(f);
    const Crafted c = craft(f.location());
    Ui::AlertsPage *page = showAlerts(f);
    page->setMarkReadDelay(60 * 60 * 1000);
    page->openAlert(c.roi);
    QVERIFY(Test::waitPage(*page));
    QTRY_VERIFY(page->chartPanel()->chart() != nullptr);
    QChart *chart = page->chartPanel()->chart();
    QAreaSeries *window = nullptr;
    QLineSeries *threshold = nullptr;
    QLineSeries *metric = nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == QStringLiteral("alertWindow"))
            window = qobject_cast<QAreaSeries *>(s);
        else if (s->objectName() == QStringLiteral("alertThreshold"))
            threshold = qobject_cast<QLineSeries *>(s);
        else if (s->objectName() == QStringLiteral("alertMetric"))
            metric = qobject_cast<QLineSeries *>(s);
    }
    QVERIFY(window && threshold && metric);
    // The shade covers exactly the alert's 7 days.
    const QList<QPointF> upper = window->upperSeries()->points();
    QCOMPARE(upper.first().x(), double(c.lastDay.addDays(-6).toJulianDay()) - 0.5);
    QCOMPARE(upper.last().x(), double(c.lastDay.toJulianDay()) + 0.5);
    // The threshold is dashed at 150 % (percent axis).
    QCOMPARE(threshold->pen().style(), Qt::DashLine);
    QCOMPARE(threshold->points().first().y(), 150.0);
    // 90 days of the 7-day ROI, ending at the last day with data.
    QVERIFY(metric->count() > 60);
    QCOMPARE(metric->points().last().x(), double(c.lastDay.toJulianDay()));
    QVERIFY(page->messageLabel()->text().contains(QStringLiteral("ROI 112 %")));

    // The rolling value on the last day is the ROI over the window, a ratio of sums.
    QList<Analytics::SeriesPoint> daily;
    for (int i = 0; i < 3; ++i) {
        Analytics::SeriesPoint p;
        p.periodStart = QDate(2024, 1, 1).addDays(i);
        p.totals.spendMicros = p.totals.spendWithRevenueMicros = (i + 1) * 1'000'000;
        p.totals.revenueMicros = 3'000'000;
        p.totals.hasSpend = p.totals.hasRevenue = true;
        daily << p;
    }
    const QList<double> roll =
        Ui::AlertChart::rolling(daily, QStringLiteral("roi"), 3, QDate(2024, 1, 3), QDate(2024, 1, 3));
    QCOMPARE(roll.size(), 1);
    QCOMPARE(roll.first(), (9.0 - 6.0) / 6.0);

    f.window().resize(1440, 900);
    QTest::qWait(100);
    Test::saveShot(f.window(), QStringLiteral("alerts-page.png"));

    // An alert with no metric (a refresh failure) says so instead of an empty chart.
    page->openAlert(c.failure);
    QTRY_VERIFY(page->messageLabel()->text().contains(QStringLiteral("connection refused")));
    QVERIFY(page->chartPanel()->chart() == nullptr || !page->chartPanel()->view()->isVisible());
}

void TestAlertsPage::emptyState()
{
    Test::WindowFixture f;
    prepare(f);
    Ui::AlertsPage *page = showAlerts(f);
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(page->isShowingEmptyState());
    QVERIFY(page->emptyLabel()->text().startsWith(QStringLiteral("No alerts — rules are checked after every refresh")));
    QVERIFY2(page->emptyLabel()->text().contains(QStringLiteral("Last refresh: ")),
             qPrintable(page->emptyLabel()->text()));
    Test::saveShot(f.window(), QStringLiteral("alerts-empty.png"));
}

void TestAlertsPage::plannedBudgets()
{
    Test::WindowFixture f;
    prepare(f);
    Ui::AlertsPage *page = showAlerts(f);
    Ui::PlannedBudgetsDialog *dialog = page->openPlannedBudgets();
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(dialog->channelBox()->count(), 8); // the sample's channels
    QVERIFY(dialog->currencyBox()->count() >= 1);
    // Refused inline: no amount, then a period that ends before it starts.
    dialog->channelBox()->setCurrentIndex(2);
    dialog->amountBox()->setValue(0.0);
    dialog->save(false);
    QVERIFY(dialog->errorLabel()->isVisibleTo(dialog));
    QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("amount")));
    dialog->amountBox()->setValue(25000.0);
    dialog->toEdit()->setDate(dialog->fromEdit()->date().addDays(-1));
    dialog->save(false);
    QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("before it starts")));
    dialog->toEdit()->setDate(dialog->fromEdit()->date().addDays(29));
    dialog->save(false);
    QTRY_COMPARE(dialog->table()->rowCount(), 1);
    QVERIFY(!dialog->errorLabel()->isVisibleTo(dialog));
    const QString channel = dialog->channelBox()->currentText();
    {
        Storage::Database db = openDb(f.location());
        const QList<PlannedBudget> budgets = *PlannedBudgetRepository(db).list();
        QCOMPARE(budgets.size(), 1);
        QCOMPARE(budgets.first().channel, channel);
        QCOMPARE(budgets.first().amount, 25000.0);
    }
    // Edit: select it, change the amount, save changes (still one budget).
    dialog->table()->selectRow(0);
    QCOMPARE(dialog->amountBox()->value(), 25000.0);
    dialog->amountBox()->setValue(30000.0);
    dialog->campaignEdit()->setText(QStringLiteral("Spring"));
    dialog->save(true);
    QTRY_VERIFY(dialog->budgets().size() == 1 && dialog->budgets().first().amount == 30000.0);
    QCOMPARE(dialog->budgets().first().campaign, QStringLiteral("Spring"));
    Test::saveShot(*dialog, QStringLiteral("alerts-planned-budgets.png"));
    dialog->table()->selectRow(0);
    dialog->removeSelected();
    QTRY_COMPARE(dialog->table()->rowCount(), 0);
    Storage::Database db = openDb(f.location());
    QVERIFY(PlannedBudgetRepository(db).list()->isEmpty());
    dialog->close();
}

void TestAlertsPage::settingsSection()
{
    Test::WindowFixture f;
    prepare(f);
    Ui::MainWindow &w = f.window();
    QVERIFY(Test::waitIdle(w));
    w.showPage(QStringLiteral("settings"));
    auto *settings = qobject_cast<Ui::SettingsPage *>(w.page(QStringLiteral("settings")));
    Ui::AlertSettingsPanel *panel = settings->alertSettings();
    QVERIFY(panel);
    // The form starts at the saved (default) values.
    QCOMPARE(panel->thresholds(), AlertThresholds{});
    QCOMPARE(panel->refreshMinutes(), 60);
    QVERIFY(!panel->isModified());

    auto *scroll = settings->findChild<QScrollArea *>();
    scroll->ensureWidgetVisible(panel, 0, 0);
    QTest::qWait(50);
    Test::saveShot(w, QStringLiteral("settings-alerts.png"));

    // Out of range: refused with the reason, nothing saved.
    panel->spinBox(QStringLiteral("budgetShareMax"))->setValue(350.0);
    QVERIFY(panel->isModified());
    QVERIFY(!panel->save());
    QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("Share of the planned budget")));
    Test::saveShot(w, QStringLiteral("settings-alerts-refused.png"));
    QCOMPARE(f.settings().value(Settings::Keys::AlertsBudgetShareMax), 0.9);
    QVERIFY(!panel->replay());
    panel->spinBox(QStringLiteral("budgetShareMax"))->setValue(90.0);

    // Replay with edited values before saving: a looser ROI threshold fires on the sample.
    panel->spinBox(QStringLiteral("roiMin"))->setValue(400.0);
    panel->ruleBox(AlertRule::EngagementDrop)->setChecked(false);
    QVERIFY(!panel->spinBox(QStringLiteral("engagementMin"))->isEnabled());
    QVERIFY(panel->replay());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isReplaying(), 60000);
    QTRY_VERIFY(panel->replayTable()->isVisibleTo(panel));
    QVERIFY2(panel->replayLabel()->text().contains(QStringLiteral("days with data")),
             qPrintable(panel->replayLabel()->text()));
    QString roiText;
    QString engagementText;
    for (int r = 0; r < panel->replayTable()->rowCount(); ++r) {
        const QString rule = panel->replayTable()->item(r, 0)->text();
        if (rule == ruleTitle(AlertRule::RoiDrop))
            roiText = panel->replayTable()->item(r, 1)->text();
        if (rule == ruleTitle(AlertRule::EngagementDrop))
            engagementText = panel->replayTable()->item(r, 1)->text();
    }
    QVERIFY2(roiText.startsWith(QStringLiteral("would have fired")), qPrintable(roiText));
    QVERIFY2(roiText.contains(QStringLiteral("of the last")), qPrintable(roiText));
    QCOMPARE(engagementText, QStringLiteral("switched off"));
    // Still not saved.
    QCOMPARE(f.settings().value(Settings::Keys::AlertsRoiMin), 1.5);
    scroll->ensureWidgetVisible(panel->replayTable());
    QTest::qWait(50);
    Test::saveShot(w, QStringLiteral("settings-alerts-replay.png"));

    // Save: the values and the interval reach the settings; the form is clean again.
    panel->findChild<QSpinBox *>(QStringLiteral("refreshInterval"))->setValue(30);
    QSignalSpy saved(settings, &Ui::SettingsPage::alertSettingsChanged);
    QVERIFY(panel->save());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(f.settings().value(Settings::Keys::AlertsRoiMin), 4.0);
    QCOMPARE(f.settings().value(Settings::Keys::RefreshIntervalMinutes), 30);
    QVERIFY(AlertThresholds::load(f.settings()).disabled.contains(AlertRule::EngagementDrop));
    QVERIFY(!panel->isModified());
    // Restore defaults fills the form, saved only on Save.
    panel->restoreDefaults();
    QCOMPARE(panel->thresholds(), AlertThresholds{});
    QVERIFY(panel->isModified());
    QCOMPARE(f.settings().value(Settings::Keys::AlertsRoiMin), 4.0);
    QVERIFY(panel->save());
    QCOMPARE(f.settings().value(Settings::Keys::AlertsRoiMin), 1.5);
    QCOMPARE(f.settings().value(Settings::Keys::RefreshIntervalMinutes), 60);
}

void TestAlertsPage::russianScreenshots()
{
    Test::WindowFixture f(QStringLiteral("ru"));
    prepare(f);
    const Crafted c = craft(f.location());
    Ui::AlertsPage *page = showAlerts(f);
    page->setMarkReadDelay(60 * 60 * 1000);
    page->openAlert(c.roi);
    QTRY_VERIFY(page->chartPanel()->chart() != nullptr);
    QVERIFY(Test::waitPage(*page));
    QTest::qWait(100);
    Test::saveShot(f.window(), QStringLiteral("alerts-page-ru.png"));
    Ui::MainWindow &w = f.window();
    w.showPage(QStringLiteral("settings"));
    auto *settings = qobject_cast<Ui::SettingsPage *>(w.page(QStringLiteral("settings")));
    QVERIFY(settings->alertSettings()->replay());
    QTRY_VERIFY_WITH_TIMEOUT(!settings->alertSettings()->isReplaying(), 60000);
    settings->findChild<QScrollArea *>()->ensureWidgetVisible(settings->alertSettings()->replayTable());
    QTest::qWait(50);
    Test::saveShot(w, QStringLiteral("settings-alerts-replay-ru.png"));
}

QTEST_MAIN(TestAlertsPage)
#include "test_alerts_page.moc"
