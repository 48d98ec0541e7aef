// The Recommendations page on the sample: the refresh pipeline's recommendations step writes one locally; the page
// shows it ("Written locally from your data", verdicts, history); "Open in budget planner" shows the Budget page with
// the moved split; an unreachable endpoint falls back to the local writer with the reason in a banner while the job
// runs off the UI thread; a scripted loopback model gives "Written by <model>" (the key only in the Authorization
// header); Settings → Language model previews the exact body (no key in it) and tests the connection. Screenshots in
// English and Russian go to $DEMETRA_SCREENSHOT_DIR.

#include "core/advice/advice_document.h"
#include "core/settings/secret_store.h"
#include "core/settings/secret_store_memory.h"
#include "core/settings/settings_keys.h"
#include "tests/support/loopback_llm_server.h"
#include "tests/ui/ui_test_support.h"
#include "ui/main_window/refresh_controller.h"
#include "ui/models/advice_history_model.h"
#include "ui/models/advice_verdict_model.h"
#include "ui/pages/budget/budget_page.h"
#include "ui/pages/budget/what_if_panel.h"
#include "ui/pages/recommendations/recommendations_page.h"
#include "ui/pages/recommendations/request_preview_dialog.h"
#include "ui/pages/settings/llm_settings_panel.h"
#include "ui/pages/settings/settings_page.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>

using namespace Demetra;
namespace K = Settings::Keys;

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (done())
            return true;
        QTest::qWait(20);
    }
    return done();
}

/// Waits until no refresh run has been going for a second (a run queued behind another starts right after it).
bool refreshSettled(Test::WindowFixture &f)
{
    QElapsedTimer quiet;
    quiet.start();
    return waitUntil(
        [&f, &quiet] {
            if (f.window().refreshController()->isRunning())
                quiet.restart();
            return quiet.elapsed() >= 1000;
        },
        240000);
}

/// Imports the sample (no ROI training: faster) and waits for the refresh run the import starts.
bool importAndRefresh(Test::WindowFixture &f)
{
    f.window().refreshController()->setTrainingEnabled(false);
    if (!f.importSample())
        return false;
    return refreshSettled(f) && Test::waitIdle(f.window());
}

Ui::RecommendationsPage *openPage(Test::WindowFixture &f)
{
    f.window().showPage(QStringLiteral("recommendations"));
    auto *page = qobject_cast<Ui::RecommendationsPage *>(f.window().page(QStringLiteral("recommendations")));
    if (page && Test::waitPage(*page, 240000) && waitUntil([page] { return !page->isGenerating(); }, 240000))
        Test::waitPage(*page, 60000);
    return page;
}

double currentSpend(const QJsonObject &input, const QString &channel)
{
    for (const QJsonValue &v :
         input.value(QStringLiteral("budget_plan")).toObject().value(QStringLiteral("channels")).toArray()) {
        if (v.toObject().value(QStringLiteral("channel")).toString() == channel)
            return v.toObject().value(QStringLiteral("current_spend")).toDouble();
    }
    return -1.0;
}

} // namespace

class TestRecommendationsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyStateWithoutData();
    void refreshWritesRecommendation();
    void showsLocalRecommendation();
    void openInBudgetPlanner();
    void unreachableEndpointFallsBack();
    void writtenByModel();
    void cancelStopsWithoutStoring();
    void previewShowsBodyWithoutKey();
    void testConnection();
    void russianScreenshot();
    void cleanupTestCase() { m_fixture.reset(); }

private:
    std::unique_ptr<Test::WindowFixture> m_fixture;
    std::unique_ptr<Test::LoopbackLlmServer> m_server;
    QJsonObject m_firstRequest; ///< the body the loopback model received first
};

void TestRecommendationsPage::initTestCase()
{
    m_fixture = std::make_unique<Test::WindowFixture>(QStringLiteral("en"));
    m_fixture->settings().setValue(K::UiLanguage, QStringLiteral("en"));
    QVERIFY(importAndRefresh(*m_fixture));
}

void TestRecommendationsPage::emptyStateWithoutData()
{
    QTemporaryDir dir;
    Settings::SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
    Jobs::JobRunner jobs(Storage::DatabaseLocation{dir.filePath(QStringLiteral("empty.sqlite"))});
    Settings::MemorySecretStore secrets;
    Ui::RecommendationsPage page(Ui::PageContext{jobs, settings, secrets});
    page.resize(1200, 800);
    page.show();
    // Nothing stored yet: the page writes one at once (locally, nothing configured) and, with no data, says so.
    QVERIFY(Test::waitPage(page, 120000));
    QVERIFY(waitUntil([&page] { return !page.isGenerating() && !page.isLoading(); }, 120000));
    QVERIFY(page.shownRecord());
    QCOMPARE(page.historyModel()->rowCount(), 1);
    QVERIFY(page.isEmptyStateShown());
    QVERIFY(page.plannerButtons().isEmpty());
}

void TestRecommendationsPage::refreshWritesRecommendation()
{
    const std::optional<Refresh::RefreshRun> run = m_fixture->window().refreshController()->lastRun();
    QVERIFY(run);
    const Refresh::RefreshStep *step = run->step(QStringLiteral("recommendations"));
    QVERIFY(step);
    QCOMPARE(step->status, Refresh::StepStatus::Ok);
    // The window's first runs write it; a later run on the same figures reuses it (no identical history entry).
    QVERIFY2(step->message == QStringLiteral("Written locally from your data.") ||
                 step->message == QStringLiteral("The figures have not changed since the last recommendation."),
             qPrintable(step->message));
}

void TestRecommendationsPage::showsLocalRecommendation()
{
    Ui::RecommendationsPage *page = openPage(*m_fixture);
    QVERIFY(page);
    QVERIFY(page->shownRecord());
    QVERIFY(!page->isEmptyStateShown());
    QCOMPARE(page->authorText(), QStringLiteral("Written locally from your data"));
    QVERIFY(page->fallbackText().isEmpty());
    QVERIFY(!page->summaryText().isEmpty());
    QCOMPARE(page->summaryText(), page->shownRecord()->document.summary);
    // The sample has eight channels: one verdict each, with the figures behind it as the tooltip.
    QCOMPARE(page->verdictModel()->rowCount(), 8);
    const QModelIndex first = page->verdictModel()->index(0, Ui::AdviceVerdictModel::Channel);
    QVERIFY(!first.data(Qt::ToolTipRole).toString().isEmpty());
    QAbstractItemModelTester verdictTester(page->verdictModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    // History lists it (the refresh step wrote it), selected.
    QVERIFY(page->historyModel()->rowCount() >= 1);
    const int row = page->historyModel()->rowOf(page->shownRecord()->id);
    QVERIFY(row >= 0);
    QCOMPARE(page->historyView()->currentIndex().row(), row);
    QCOMPARE(page->historyModel()->index(row, Ui::AdviceHistoryModel::Author).data().toString(),
             QStringLiteral("Local"));
    QAbstractItemModelTester historyTester(page->historyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    Test::saveShot(m_fixture->window(), QStringLiteral("recommendations_en.png"));
}

void TestRecommendationsPage::openInBudgetPlanner()
{
    auto *page = qobject_cast<Ui::RecommendationsPage *>(m_fixture->window().page(QStringLiteral("recommendations")));
    QVERIFY(page && page->shownRecord());
    const Advice::AdviceRecord record = *page->shownRecord();
    QVERIFY2(!record.document.recommendations.budgetMoves.isEmpty(), "the sample's planted returns call for a move");
    QCOMPARE(page->plannerButtons().size(), record.document.recommendations.budgetMoves.size());
    const Advice::BudgetMove move = record.document.recommendations.budgetMoves.first();
    const QJsonObject input = QJsonDocument::fromJson(record.inputJson).object();
    const double from = currentSpend(input, move.fromChannel);
    const double to = currentSpend(input, move.toChannel);
    QVERIFY(from >= move.amount && to >= 0.0);

    // A refresh run ending reloads every page (the planner with it): let none be going.
    QVERIFY(refreshSettled(*m_fixture));
    QTest::mouseClick(page->plannerButtons().first(), Qt::LeftButton);
    QCOMPARE(m_fixture->window().currentPageKey(), QStringLiteral("budget"));
    auto *budget = qobject_cast<Ui::BudgetPage *>(m_fixture->window().page(QStringLiteral("budget")));
    QVERIFY(budget);
    QVERIFY(Test::waitPage(*budget, 120000));
    QVERIFY(budget->whatIf()->amountBox(move.fromChannel));
    // The planner shows whole currency units.
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(budget->whatIf()->amountBox(move.fromChannel)->value() - (from - move.amount)) <= 0.5,
                             5000);
    QVERIFY2(qAbs(budget->whatIf()->amountBox(move.toChannel)->value() - (to + move.amount)) <= 0.5,
             qPrintable(QStringLiteral("%1: %2 + %3 shown as %4 (slider %5)")
                            .arg(move.toChannel)
                            .arg(to)
                            .arg(move.amount)
                            .arg(budget->whatIf()->amountBox(move.toChannel)->value())
                            .arg(budget->whatIf()->slider(move.toChannel)->isEnabled())));
    // The other channels keep their current spend.
    for (const QJsonValue &v :
         input.value(QStringLiteral("budget_plan")).toObject().value(QStringLiteral("channels")).toArray()) {
        const QString channel = v.toObject().value(QStringLiteral("channel")).toString();
        if (channel != move.fromChannel && channel != move.toChannel && budget->whatIf()->amountBox(channel)) {
            QVERIFY2(qAbs(budget->whatIf()->amountBox(channel)->value() - currentSpend(input, channel)) <= 0.5,
                     qPrintable(channel));
        }
    }
    // The window scrolls to the planner.
    QTRY_VERIFY_WITH_TIMEOUT(!budget->whatIf()->visibleRegion().isEmpty(), 5000);
    Test::saveShot(m_fixture->window(), QStringLiteral("recommendations_to_budget_en.png"));
}

void TestRecommendationsPage::unreachableEndpointFallsBack()
{
    m_fixture->settings().setValue(K::LlmBaseUrl,
                                   QStringLiteral("http://127.0.0.1:%1/v1").arg(Test::LoopbackLlmServer::unusedPort()));
    m_fixture->settings().setValue(K::LlmModel, QStringLiteral("offline-model"));
    Ui::RecommendationsPage *page = openPage(*m_fixture);
    QVERIFY(page);
    const int before = page->historyModel()->rowCount();

    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(10);
    QTest::mouseClick(page->regenerateButton(), Qt::LeftButton);
    // The click returned at once: the job (collecting figures, then the connection attempt) runs off the UI thread.
    QVERIFY(page->isGenerating());
    QVERIFY(page->cancelButton()->isVisible());
    QVERIFY(!page->regenerateButton()->isEnabled());
    QVERIFY(waitUntil([page] { return !page->isGenerating(); }, 240000));
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    QVERIFY(Test::waitPage(*page, 60000));

    QCOMPARE(page->historyModel()->rowCount(), before + 1);
    QVERIFY(page->shownRecord());
    QCOMPARE(page->shownRecord()->status, QStringLiteral("fallback"));
    QCOMPARE(page->authorText(), QStringLiteral("Written locally from your data"));
    QVERIFY2(page->fallbackText().contains(QStringLiteral("The model could not be asked")),
             qPrintable(page->fallbackText()));
    QCOMPARE(page->historyModel()->index(0, Ui::AdviceHistoryModel::Status).data().toString(),
             QStringLiteral("Model failed"));
    Test::saveShot(m_fixture->window(), QStringLiteral("recommendations_fallback_en.png"));
}

void TestRecommendationsPage::writtenByModel()
{
    auto *page = qobject_cast<Ui::RecommendationsPage *>(m_fixture->window().page(QStringLiteral("recommendations")));
    QVERIFY(page && page->shownRecord());
    // The model answers with a valid contract object (the local one with its own summary), after a pause.
    Advice::AdviceDocument answer = page->shownRecord()->document;
    answer.summary = QStringLiteral("Scripted answer from the loopback model.");
    const QString content = QString::fromUtf8(QJsonDocument(answer.toJson()).toJson(QJsonDocument::Compact));
    m_server = std::make_unique<Test::LoopbackLlmServer>();
    m_server->setRequiredApiKey(QStringLiteral("sk-test-secret-42"));
    m_server->setHandler([content](const Test::LoopbackRequest &) -> std::optional<Test::LoopbackResponse> {
        Test::LoopbackResponse r = Test::LoopbackResponse::chat(content, QStringLiteral("loopback-model"));
        r.delayMs = 1500;
        return r;
    });
    QVERIFY(m_fixture->secrets().write(Settings::llmApiKeySecret(), QStringLiteral("sk-test-secret-42")));
    m_fixture->settings().setValue(K::LlmBaseUrl, m_server->baseUrl());
    m_fixture->settings().setValue(K::LlmModel, QStringLiteral("loopback-model"));

    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);
    page->regenerate();
    QVERIFY(page->isGenerating());
    QVERIFY(waitUntil([page] { return !page->isGenerating(); }, 240000));
    // The window kept running its event loop through the model's 1.5 s pause.
    QVERIFY2(ticks >= 40, qPrintable(QString::number(ticks)));
    QVERIFY(Test::waitPage(*page, 60000));

    QCOMPARE(page->authorText(), QStringLiteral("Written by loopback-model"));
    QVERIFY(page->fallbackText().isEmpty());
    QCOMPARE(page->summaryText(), QStringLiteral("Scripted answer from the loopback model."));
    QCOMPARE(page->historyModel()->index(0, Ui::AdviceHistoryModel::Author).data().toString(),
             QStringLiteral("loopback-model"));
    const QList<Test::LoopbackRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().headers.value("authorization"), QByteArray("Bearer sk-test-secret-42"));
    QVERIFY(!requests.first().body.contains("sk-test-secret-42"));
    m_firstRequest = requests.first().json();
    QCOMPARE(m_firstRequest.value(QStringLiteral("model")).toString(), QStringLiteral("loopback-model"));
    Test::saveShot(m_fixture->window(), QStringLiteral("recommendations_model_en.png"));
}

void TestRecommendationsPage::cancelStopsWithoutStoring()
{
    auto *page = qobject_cast<Ui::RecommendationsPage *>(m_fixture->window().page(QStringLiteral("recommendations")));
    QVERIFY(page && m_server);
    const qint64 shown = page->shownRecord()->id;
    const int stored = page->historyModel()->rowCount();
    const int sent = m_server->requestCount();
    const QString content =
        QString::fromUtf8(QJsonDocument(page->shownRecord()->document.toJson()).toJson(QJsonDocument::Compact));
    m_server->setHandler([content](const Test::LoopbackRequest &) -> std::optional<Test::LoopbackResponse> {
        Test::LoopbackResponse r = Test::LoopbackResponse::chat(content, QStringLiteral("loopback-model"));
        r.delayMs = 8000; // a slow model
        return r;
    });
    page->regenerate();
    QVERIFY(waitUntil([&] { return m_server->requestCount() > sent; }, 120000)); // the job is waiting on the model
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    QVERIFY(waitUntil([page] { return !page->isGenerating(); }, 10000));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(Test::waitPage(*page, 10000));
    QVERIFY(page->regenerateButton()->isEnabled());
    QVERIFY(!page->cancelButton()->isVisible());
    page->invalidate();
    QVERIFY(Test::waitPage(*page, 10000));
    QCOMPARE(page->historyModel()->rowCount(), stored);
    QCOMPARE(page->shownRecord()->id, shown);
    m_server->setHandler({});
}

void TestRecommendationsPage::previewShowsBodyWithoutKey()
{
    QVERIFY(m_server);
    m_fixture->window().showPage(QStringLiteral("settings"));
    auto *settings = qobject_cast<Ui::SettingsPage *>(m_fixture->window().page(QStringLiteral("settings")));
    QVERIFY(settings);
    Ui::LlmSettingsPanel *panel = settings->llmSettings();
    QVERIFY(panel);
    QCOMPARE(panel->keyStatusLabel()->text(), QStringLiteral("Stored in the system keychain"));
    QCOMPARE(panel->apiKeyEdit()->echoMode(), QLineEdit::Password);
    panel->baseUrlEdit()->setText(m_server->baseUrl());
    panel->modelEdit()->setText(QStringLiteral("loopback-model"));
    const int sent = m_server->requestCount();
    panel->preview();
    QVERIFY(panel->isBusy());
    QVERIFY(waitUntil([panel] { return !panel->isBusy(); }, 240000));
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), sent); // the preview sends nothing
    Ui::RequestPreviewDialog *dialog = panel->previewDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString body = dialog->bodyText();
    QVERIFY(!body.contains(QStringLiteral("sk-test-secret-42")));
    QVERIFY(dialog->noteText().contains(QStringLiteral("Authorization")));
    // The exact body the model received when the page asked it (same figures, same endpoint).
    const QJsonObject shown = QJsonDocument::fromJson(body.toUtf8()).object();
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown, m_firstRequest);
    QVERIFY(body.contains(QStringLiteral("\n    \""))); // pretty-printed
    Test::saveShot(*dialog, QStringLiteral("request_preview_en.png"));
    Test::revealInScroll(panel);
    Test::saveShot(m_fixture->window(), QStringLiteral("settings_llm_en.png"));
    dialog->close();

    // With no endpoint, the note says nothing is sent.
    panel->baseUrlEdit()->clear();
    panel->preview();
    QVERIFY(waitUntil([panel] { return !panel->isBusy(); }, 240000));
    QTRY_VERIFY(panel->previewDialog() &&
                panel->previewDialog()->noteText().contains(QStringLiteral("nothing is sent")));
    panel->previewDialog()->close();
}

void TestRecommendationsPage::testConnection()
{
    auto *settings = qobject_cast<Ui::SettingsPage *>(m_fixture->window().page(QStringLiteral("settings")));
    Ui::LlmSettingsPanel *panel = settings->llmSettings();
    m_server->setHandler({});
    m_server->enqueue(Test::LoopbackResponse::chat(QStringLiteral("{\"ok\": true}"), QStringLiteral("loopback-model")));
    panel->baseUrlEdit()->setText(m_server->baseUrl());
    panel->testConnection();
    QVERIFY(waitUntil([panel] { return !panel->isBusy(); }, 60000));
    QTRY_VERIFY2(panel->statusLabel()->text().startsWith(QStringLiteral("Connected: loopback-model")),
                 qPrintable(panel->statusLabel()->text()));

    // An address that is not http(s) is refused on save, with the reason; nothing is stored.
    panel->baseUrlEdit()->setText(QStringLiteral("ftp://example.com/v1"));
    QVERIFY(!panel->save());
    QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("http://")));
    QCOMPARE(m_fixture->settings().value(K::LlmBaseUrl), m_server->baseUrl());
}

void TestRecommendationsPage::russianScreenshot()
{
    m_fixture->closeWindow();
    m_fixture.reset();
    Test::WindowFixture ru(QStringLiteral("ru"));
    ru.settings().setValue(K::UiLanguage, QStringLiteral("ru"));
    QVERIFY(importAndRefresh(ru));
    Ui::RecommendationsPage *page = openPage(ru);
    QVERIFY(page && page->shownRecord());
    QCOMPARE(page->shownRecord()->language, QStringLiteral("ru"));
    // The local writer wrote in Russian.
    QVERIFY2(page->summaryText().contains(QRegularExpression(QStringLiteral("[А-Яа-я]"))),
             qPrintable(page->summaryText()));
    Test::saveShot(ru.window(), QStringLiteral("recommendations_ru.png"));
    ru.window().showPage(QStringLiteral("settings"));
    Test::waitIdle(ru.window());
    auto *settings = qobject_cast<Ui::SettingsPage *>(ru.window().page(QStringLiteral("settings")));
    QVERIFY(settings);
    Test::revealInScroll(settings->llmSettings());
    Test::saveShot(ru.window(), QStringLiteral("settings_llm_ru.png"));
}

QTEST_MAIN(TestRecommendationsPage)
#include "test_recommendations_page.moc"
