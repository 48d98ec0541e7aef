// Connected ad accounts on the Data sources page, against a loopback TikTok server on a real SQLite file with a
// memory secret store: the table model under QAbstractItemModelTester; the dialog's per-platform validation messages
// and options; adding an account through the dialog (the token lands in the secret store only, never in the settings
// file or the database); the dialog's connection test; Sync now (rows appear, the page asks the app to reload); a
// failing sync shows the platform's message; removing with data deletion; the overview's "still settling" band only
// once an API account is synced. Screenshots (English) of the page, the dialog per platform and the overview.

#include "tests/support/loopback_tiktok_server.h"
#include "tests/ui/ui_test_support.h"

#include "core/connectors/connector_account_repository.h"
#include "core/connectors/sync_service.h"
#include "core/storage/database.h"
#include "ui/models/connector_account_table_model.h"
#include "ui/pages/data_sources/account_dialog.h"
#include "ui/pages/data_sources/accounts_panel.h"
#include "ui/pages/data_sources/data_sources_page.h"
#include "ui/pages/data_sources/platform_help.h"
#include "ui/pages/overview/overview_charts.h"
#include "ui/pages/overview/overview_page.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/chart_panel.h"
#include "ui/widgets/data_table_view.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

using namespace Demetra;
using Connectors::ConnectorAccount;
using Connectors::Platform;
using Test::LoopbackTikTokServer;
using Ui::AccountDialog;
using Ui::AccountsPanel;
using Ui::ConnectorAccountTableModel;

namespace {

const QDate kLastDay(2026, 10, 31); // the sample's last day: API rows and the sample share the overview's period

Connectors::HttpLimits fastLimits()
{
    Connectors::HttpLimits limits;
    limits.timeoutMs = 10'000;
    limits.maxAttempts = 2;
    limits.baseBackoffMs = 1;
    limits.maxBackoffMs = 2;
    return limits;
}

Connectors::HttpSleeper noSleep()
{
    return [](qint64) { return true; };
}

bool waitPanel(AccountsPanel &panel, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    int quiet = 0;
    while (t.elapsed() < timeoutMs) {
        QTest::qWait(10);
        quiet = panel.isBusy() ? 0 : quiet + 1;
        if (quiet >= 3)
            return true;
    }
    return false;
}

/// Every byte of the database files and the settings file (a token must be in none of them).
QByteArray storedBytes(const Test::WindowFixture &f)
{
    QByteArray all;
    for (const QString &name : {QStringLiteral("ui.sqlite"), QStringLiteral("ui.sqlite-wal"),
                                QStringLiteral("ui.sqlite-journal"), QStringLiteral("settings.ini")}) {
        QFile file(f.dir() + u'/' + name);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

qint64 scalar(const Storage::DatabaseLocation &location, const QString &sql)
{
    Result<Storage::Database> db = Storage::Database::open(location);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    return db->scalar(sql)->toLongLong();
}

QString cell(AccountsPanel &panel, int row, int column)
{
    return panel.table()->model()->index(row, column).data().toString();
}

ConnectorAccount account(qint64 id, Platform platform, const QString &status)
{
    ConnectorAccount a;
    a.id = id;
    a.platform = platform;
    a.accountId = QString::number(1000 + id);
    a.name = QStringLiteral("Account %1").arg(id);
    a.lastStatus = status;
    if (status == QLatin1String("failed")) {
        a.lastMessage = QStringLiteral("TikTok advertiser 1002: the token is invalid (code 40105); paste a new token.");
        a.lastDetail = QStringLiteral("request_id 2026110312");
    }
    if (status == QLatin1String("ok")) {
        a.completeUpTo = QDate(2026, 11, 2);
        a.lastSyncAt = QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC);
        a.storedRows = 1240;
    }
    return a;
}

/// Fills the dialog for a TikTok account on `server`.
void fillTikTok(AccountDialog &dialog, const LoopbackTikTokServer &server, const QString &token)
{
    dialog.platformBox()->setCurrentIndex(dialog.platformBox()->findData(QStringLiteral("tiktok")));
    dialog.accountIdEdit()->setText(server.accountId());
    dialog.nameEdit()->setText(QStringLiteral("Shop TikTok"));
    dialog.tokenEdit()->setText(token);
    dialog.advancedButton()->setChecked(true);
    dialog.baseUrlEdit()->setText(server.baseUrl());
}

} // namespace

class TestAccountsPanel : public QObject
{
    Q_OBJECT

private slots:
    void modelShowsStates()
    {
        ConnectorAccountTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot({account(1, Platform::Meta, QStringLiteral("ok")),
                           account(2, Platform::TikTok, QStringLiteral("failed")),
                           account(3, Platform::VkAds, QString())});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ConnectorAccountTableModel::State).data().toString(), QStringLiteral("OK"));
        QVERIFY(model.index(1, ConnectorAccountTableModel::State)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Failed: TikTok advertiser 1002")));
        QVERIFY(model.index(1, ConnectorAccountTableModel::State)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("request_id 2026110312")));
        QCOMPARE(model.index(2, ConnectorAccountTableModel::State).data().toString(), QStringLiteral("Never synced"));
        QCOMPARE(model.index(2, ConnectorAccountTableModel::CompleteUpTo).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, ConnectorAccountTableModel::Rows)
                     .data(ConnectorAccountTableModel::RawValueRole)
                     .toLongLong(),
                 1240);
        QVERIFY(model.index(0, ConnectorAccountTableModel::CompleteUpTo)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("still settling")));
        // The schedule box asks for the change; the snapshot waits for the saved state.
        QSignalSpy toggled(&model, &ConnectorAccountTableModel::enabledToggled);
        const QModelIndex box = model.index(2, ConnectorAccountTableModel::Enabled);
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.flags(box) & Qt::ItemIsUserCheckable);
        model.setData(box, Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(toggled.size(), 1);
        QCOMPARE(toggled.at(0).at(0).toLongLong(), 3);
        QCOMPARE(toggled.at(0).at(1).toBool(), false);
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void dialogValidatesPerPlatform()
    {
        Test::WindowFixture f;
        AccountDialog dialog(f.jobs(), f.secrets());
        dialog.show();
        QSignalSpy save(&dialog, &AccountDialog::saveRequested);
        auto choose = [&dialog](const char *id) {
            dialog.platformBox()->setCurrentIndex(dialog.platformBox()->findData(QString::fromLatin1(id)));
        };

        choose("google_ads");
        dialog.accountIdEdit()->setText(QStringLiteral("123-456-789"));
        dialog.tokenEdit()->setText(QStringLiteral("ya29.token"));
        dialog.saveButton()->click();
        QCOMPARE(save.size(), 0);
        QVERIFY2(dialog.accountIdMessage().contains(QStringLiteral("10 digits")),
                 qPrintable(dialog.accountIdMessage()));
        dialog.accountIdEdit()->setText(QStringLiteral("123-456-7890"));
        QVERIFY(dialog.validate());
        QCOMPARE(dialog.account().accountId, QStringLiteral("1234567890"));
        QCOMPARE(dialog.account().name, QStringLiteral("Google Ads 1234567890"));

        choose("meta");
        dialog.accountIdEdit()->setText(QStringLiteral("act_12ab"));
        QVERIFY(!dialog.validate());
        QVERIFY2(dialog.accountIdMessage().contains(QStringLiteral("digits only")),
                 qPrintable(dialog.accountIdMessage()));
        dialog.accountIdEdit()->setText(QStringLiteral("act_1234567890"));
        QVERIFY(dialog.validate());
        QCOMPARE(dialog.account().accountId, QStringLiteral("1234567890"));

        choose("yandex_direct");
        dialog.accountIdEdit()->setText(QStringLiteral("my shop"));
        QVERIFY(!dialog.validate());
        QVERIFY2(dialog.accountIdMessage().contains(QStringLiteral("Yandex")), qPrintable(dialog.accountIdMessage()));

        choose("tiktok");
        dialog.accountIdEdit()->clear();
        QVERIFY(!dialog.validate());
        QVERIFY2(dialog.accountIdMessage().contains(QStringLiteral("TikTok advertiser id")),
                 qPrintable(dialog.accountIdMessage()));

        // Telegram: an empty id is the token's own account.
        choose("telegram_ads");
        dialog.accountIdEdit()->clear();
        QVERIFY(dialog.validate());
        QVERIFY(dialog.accountIdMessage().isEmpty());

        // The base URL is checked like the HTTP client checks it: plain http only to this computer.
        dialog.baseUrlEdit()->setText(QStringLiteral("http://ads.example.com"));
        QVERIFY(!dialog.validate());
        QVERIFY(!dialog.baseUrlMessage().isEmpty());
        QVERIFY(dialog.advancedButton()->isChecked());
        qInfo("base URL message: %s", qPrintable(dialog.baseUrlMessage()));
        dialog.baseUrlEdit()->setText(QStringLiteral("not a url at all"));
        QVERIFY(!dialog.validate());
        QVERIFY(!dialog.baseUrlMessage().isEmpty());
        dialog.baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(dialog.validate());

        // A new account needs a token.
        dialog.tokenEdit()->clear();
        dialog.saveButton()->click();
        QCOMPARE(save.size(), 0);
        QVERIFY(dialog.tokenMessage().contains(QStringLiteral("Paste the token")));
        dialog.tokenEdit()->setText(QStringLiteral("t"));
        dialog.saveButton()->click();
        QCOMPARE(save.size(), 1);
    }

    void dialogOffersEachPlatformsOptions_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }
    void dialogOffersEachPlatformsOptions()
    {
        QFETCH(QString, language);
        Test::WindowFixture f(language);
        AccountDialog dialog(f.jobs(), f.secrets());
        dialog.show();
        dialog.advancedButton()->setChecked(true);
        const QList<std::pair<const char *, QStringList>> expected{
            {"meta", {QStringLiteral("conversion_actions"), QStringLiteral("revenue_actions")}},
            {"google_ads", {QStringLiteral("login_customer_id"), QStringLiteral("developer_token")}},
            {"tiktok", {QStringLiteral("revenue_metric")}},
            {"yandex_direct",
             {QStringLiteral("client_login"), QStringLiteral("goals"), QStringLiteral("attribution_models"),
              QStringLiteral("currency")}},
            {"vk_ads", {QStringLiteral("client_id"), QStringLiteral("currency")}},
            {"telegram_ads", {QStringLiteral("currency")}},
        };
        for (const auto &[id, keys] : expected) {
            dialog.platformBox()->setCurrentIndex(dialog.platformBox()->findData(QString::fromLatin1(id)));
            const Platform p = *Connectors::platformFromId(QString::fromLatin1(id));
            QTest::qWait(20); // new fields are shown by a queued call
            for (const QString &key : keys)
                QVERIFY2(dialog.optionEdit(key) && dialog.optionEdit(key)->isVisible(), qPrintable(key));
            QVERIFY(dialog.optionEdit(QStringLiteral("restatement_days")));
            QCOMPARE(dialog.optionEdit(QStringLiteral("restatement_days"))->placeholderText(),
                     QString::number(Connectors::platformInfo(p).restatementDays));
            // The API version's placeholder is the platform default; the base URL's the default address.
            const QString version = QString::fromLatin1(Connectors::platformInfo(p).defaultVersion);
            if (!version.isEmpty())
                QCOMPARE(dialog.apiVersionEdit()->placeholderText(), version);
            QCOMPARE(dialog.baseUrlEdit()->placeholderText(),
                     QString::fromLatin1(Connectors::platformInfo(p).defaultBaseUrl));
            QVERIFY(!Ui::PlatformHelp::tokenHelp(p).isEmpty());
            Test::saveShot(dialog, QStringLiteral("account_dialog_%1_%2.png").arg(QString::fromLatin1(id), language));
        }
        // Options typed for one platform are not saved with another's account.
        dialog.platformBox()->setCurrentIndex(dialog.platformBox()->findData(QStringLiteral("meta")));
        dialog.optionEdit(QStringLiteral("conversion_actions"))->setText(QStringLiteral("lead"));
        dialog.platformBox()->setCurrentIndex(dialog.platformBox()->findData(QStringLiteral("tiktok")));
        dialog.optionEdit(QStringLiteral("revenue_metric"))->setText(QStringLiteral("total_onsite_shopping_value"));
        const ConnectorAccount a = dialog.account();
        QCOMPARE(a.options.size(), 1);
        QCOMPARE(a.options.value(QStringLiteral("revenue_metric")), QStringLiteral("total_onsite_shopping_value"));
        QCOMPARE(a.backfillDays, 90);
        // ...and come back when the platform is chosen again.
        dialog.platformBox()->setCurrentIndex(dialog.platformBox()->findData(QStringLiteral("meta")));
        QCOMPARE(dialog.optionEdit(QStringLiteral("conversion_actions"))->text(), QStringLiteral("lead"));
    }

    void addTestSyncFailAndRemove()
    {
        LoopbackTikTokServer server;
        server.setRows(Test::sampleAdRows(kLastDay));
        server.setPageSizeCap(5); // several pages per window
        Test::WindowFixture f;
        Ui::DataSourcesPage page(Ui::PageContext{f.jobs(), f.settings(), f.secrets()});
        QSignalSpy changed(&page, &Ui::Page::dataChanged);
        connect(&page, &Ui::Page::dataChanged, &page, [&page] { page.invalidate(); });
        page.resize(1280, 820);
        page.show();
        AccountsPanel &panel = *page.accountsPanel();
        panel.setHttp(fastLimits(), noSleep());
        panel.setToday(kLastDay.addDays(1));
        QVERIFY(waitPanel(panel));
        QVERIFY(panel.accounts().isEmpty());

        // Add through the dialog; its connection test reads the account's currency and time zone.
        const QString token = server.token();
        AccountDialog *dialog = panel.addAccount();
        QVERIFY(dialog);
        fillTikTok(*dialog, server, token);
        dialog->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 30000);
        QVERIFY2(dialog->testStatus().contains(QStringLiteral("USD")) &&
                     dialog->testStatus().contains(QStringLiteral("America/New_York")),
                 qPrintable(dialog->testStatus()));
        Test::saveShot(*dialog, QStringLiteral("account_dialog_tested_en.png"));
        // A wrong token fails with the platform's message.
        dialog->tokenEdit()->setText(QStringLiteral("wrong"));
        dialog->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 30000);
        QVERIFY2(dialog->testStatus().startsWith(QStringLiteral("Connection failed")),
                 qPrintable(dialog->testStatus()));
        qInfo("failed test: %s", qPrintable(dialog->testStatus()));
        dialog->tokenEdit()->setText(token);
        QPointer<AccountDialog> open = dialog;
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(open.isNull(), 30000);
        QVERIFY(waitPanel(panel));
        QCOMPARE(panel.accounts().size(), 1);
        const ConnectorAccount added = panel.accounts().first();
        QCOMPARE(added.platform, Platform::TikTok);
        QCOMPARE(added.accountId, server.accountId());
        QCOMPARE(added.name, QStringLiteral("Shop TikTok"));
        QCOMPARE(added.baseUrl, server.baseUrl());
        QCOMPARE(cell(panel, 0, ConnectorAccountTableModel::State), QStringLiteral("Never synced"));
        // The token is in the secret store under the account's key, and nowhere on disk.
        QCOMPARE(*f.secrets().read(added.secretKey()), token);
        f.settings().sync();
        QVERIFY(!storedBytes(f).isEmpty());
        QVERIFY(!storedBytes(f).contains(token.toUtf8()));

        // Adding the same account again is refused with the repository's message, in the dialog.
        dialog = panel.addAccount();
        fillTikTok(*dialog, server, token);
        open = dialog;
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->saveButton()->isEnabled(), 30000);
        QVERIFY(!open.isNull());
        QVERIFY(waitPanel(panel));
        QCOMPARE(panel.accounts().size(), 1);
        dialog->reject();

        // Sync now: the rows appear in the table and the page asks every page to reload.
        panel.selectAccount(added.id);
        QVERIFY(panel.syncSelected());
        QVERIFY(panel.isSyncing());
        QVERIFY(waitPanel(panel));
        QCOMPARE(panel.accounts().first().lastStatus, QStringLiteral("ok"));
        QCOMPARE(panel.accounts().first().storedRows, 12); // 6 days × 2 campaigns
        QCOMPARE(cell(panel, 0, ConnectorAccountTableModel::State), QStringLiteral("OK"));
        QCOMPARE(cell(panel, 0, ConnectorAccountTableModel::Rows), QStringLiteral("12"));
        QCOMPARE(panel.accounts().first().completeUpTo, kLastDay);
        QCOMPARE(panel.accounts().first().currency, QStringLiteral("USD"));
        QCOMPARE(panel.banner()->kind(), Ui::Banner::Kind::Success);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(scalar(f.location(), QStringLiteral("SELECT count(*) FROM facts")), 12);
        QVERIFY(Test::waitPage(page));
        QVERIFY(!page.isShowingEmptyState());
        page.accountsPanel()->table()->resizeColumnsToContents();
        Test::saveShot(page, QStringLiteral("accounts_panel_ok_en.png"));

        // A second account whose sync fails: its state names the platform's message; the first keeps its data.
        {
            Result<Storage::Database> db = Storage::Database::open(f.location());
            QVERIFY(db);
            ConnectorAccount other;
            other.platform = Platform::TikTok;
            other.accountId = QStringLiteral("7309999999999999999");
            other.name = QStringLiteral("Agency client");
            other.baseUrl = server.baseUrl();
            QVERIFY(Connectors::ConnectorAccountRepository(*db).add(other));
            QVERIFY(f.secrets().write(QStringLiteral("connectors/tiktok/7309999999999999999"), token));
        }
        panel.reload();
        QVERIFY(waitPanel(panel));
        QCOMPARE(panel.accounts().size(), 2);
        const qint64 failing = panel.accounts().at(0).accountId == server.accountId() ? panel.accounts().at(1).id
                                                                                      : panel.accounts().at(0).id;
        panel.selectAccount(failing);
        QVERIFY(panel.syncSelected());
        QVERIFY(waitPanel(panel));
        const int failedRow = panel.model()->rowOf(failing);
        const ConnectorAccount failed = panel.model()->account(failedRow);
        QCOMPARE(failed.lastStatus, QStringLiteral("failed"));
        QVERIFY(!failed.lastMessage.isEmpty());
        QCOMPARE(panel.banner()->kind(), Ui::Banner::Kind::Error);
        QVERIFY2(panel.banner()->text().contains(failed.lastMessage.toHtmlEscaped()),
                 qPrintable(panel.banner()->text()));
        qInfo("failed sync: %s", qPrintable(failed.lastMessage));
        const QString stateText = panel.model()->index(failedRow, ConnectorAccountTableModel::State).data().toString();
        QVERIFY2(stateText.startsWith(QStringLiteral("Failed: ")) && stateText.contains(failed.lastMessage),
                 qPrintable(stateText));
        QCOMPARE(changed.size(), 1); // nothing written, no reload
        QCOMPARE(scalar(f.location(), QStringLiteral("SELECT count(*) FROM facts")), 12);
        Test::saveShot(page, QStringLiteral("accounts_panel_failed_en.png"));

        // Pausing the schedule is saved.
        const int okRow = panel.model()->rowOf(added.id);
        panel.model()->setData(panel.model()->index(okRow, ConnectorAccountTableModel::Enabled), Qt::Unchecked,
                               Qt::CheckStateRole);
        QVERIFY(waitPanel(panel));
        QCOMPARE(panel.model()->account(panel.model()->rowOf(added.id)).enabled, false);

        // Remove with its data: the rows go, the token goes, every page reloads.
        std::optional<bool> answer = true;
        QString askedAbout;
        qint64 askedRows = 0;
        panel.setRemoveConfirmation([&](QWidget *, const ConnectorAccount &a) {
            askedAbout = a.name;
            askedRows = a.storedRows;
            return answer;
        });
        panel.selectAccount(added.id);
        answer = std::nullopt; // declined: nothing happens
        QVERIFY(!panel.removeSelected());
        QCOMPARE(askedAbout, QStringLiteral("Shop TikTok"));
        QCOMPARE(askedRows, 12);
        answer = true;
        QVERIFY(panel.removeSelected());
        QVERIFY(waitPanel(panel));
        QCOMPARE(panel.accounts().size(), 1);
        QCOMPARE(panel.model()->rowOf(added.id), -1);
        QCOMPARE(f.secrets().read(added.secretKey()).error().code, ErrorCode::NotFound);
        QCOMPARE(scalar(f.location(), QStringLiteral("SELECT count(*) FROM facts")), 0);
        QCOMPARE(changed.size(), 2);
        QVERIFY2(panel.banner()->text().contains(QStringLiteral("12")), qPrintable(panel.banner()->text()));
    }

    void editKeepsOrReplacesTokenAndRemoveAsks()
    {
        LoopbackTikTokServer server;
        server.setRows(Test::sampleAdRows(kLastDay));
        Test::WindowFixture f;
        qint64 id = 0;
        {
            Result<Storage::Database> db = Storage::Database::open(f.location());
            QVERIFY(db);
            ConnectorAccount a;
            a.platform = Platform::TikTok;
            a.accountId = server.accountId();
            a.name = QStringLiteral("Shop TikTok");
            a.baseUrl = server.baseUrl();
            a.options.insert(QStringLiteral("campaign_ids"), QStringLiteral("1200001,1200002")); // set by the CLI
            Result<qint64> added = Connectors::ConnectorAccountRepository(*db).add(a);
            QVERIFY(added);
            id = *added;
        }
        const QString key = QStringLiteral("connectors/tiktok/") + server.accountId();
        QVERIFY(f.secrets().write(key, QStringLiteral("old-token")));
        Ui::DataSourcesPage page(Ui::PageContext{f.jobs(), f.settings(), f.secrets()});
        page.resize(1280, 820);
        page.show();
        AccountsPanel &panel = *page.accountsPanel();
        panel.setHttp(fastLimits(), noSleep());
        panel.setToday(kLastDay.addDays(1));
        QVERIFY(waitPanel(panel));
        QCOMPARE(panel.accounts().size(), 1);
        QCOMPARE(panel.selectedAccountId(), id);

        // Edit (F2 on the table) with the token field empty: the stored token stays.
        QApplication::setActiveWindow(&page);
        panel.table()->setFocus();
        QTest::keyClick(panel.table(), Qt::Key_F2);
        QTRY_VERIFY(panel.dialog());
        AccountDialog *dialog = panel.dialog();
        QVERIFY(dialog->isEditing());
        QVERIFY(!dialog->platformBox()->isEnabled());
        QVERIFY(dialog->accountIdEdit()->isReadOnly());
        QVERIFY2(dialog->tokenEdit()->placeholderText().contains(QStringLiteral("system keychain")),
                 qPrintable(dialog->tokenEdit()->placeholderText()));
        QVERIFY(dialog->tokenEdit()->text().isEmpty());
        QCOMPARE(dialog->baseUrlEdit()->text(), server.baseUrl());
        dialog->nameEdit()->setText(QStringLiteral("Shop TikTok (US)"));
        dialog->optionEdit(QStringLiteral("revenue_metric"))->setText(QStringLiteral("total_purchase_value"));
        QPointer<AccountDialog> open = dialog;
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(open.isNull(), 30000);
        QVERIFY(waitPanel(panel));
        QCOMPARE(panel.accounts().first().name, QStringLiteral("Shop TikTok (US)"));
        QCOMPARE(panel.accounts().first().options.value(QStringLiteral("revenue_metric")),
                 QStringLiteral("total_purchase_value"));
        QCOMPARE(panel.accounts().first().options.value(QStringLiteral("campaign_ids")),
                 QStringLiteral("1200001,1200002"));
        QCOMPARE(*f.secrets().read(key), QStringLiteral("old-token"));

        // A wrong stored token: the edit dialog's test uses it and fails; a typed one replaces it.
        dialog = panel.editSelected();
        dialog->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 30000);
        QVERIFY2(dialog->testStatus().startsWith(QStringLiteral("Connection failed")),
                 qPrintable(dialog->testStatus()));
        dialog->tokenEdit()->setText(server.token());
        open = dialog;
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(open.isNull(), 30000);
        QVERIFY(waitPanel(panel));
        QCOMPARE(*f.secrets().read(key), server.token());

        // Test connection on the row records the currency and time zone.
        QVERIFY(panel.testSelected());
        QVERIFY(waitPanel(panel));
        QVERIFY2(panel.banner()->text().contains(QStringLiteral("America/New_York")),
                 qPrintable(panel.banner()->text()));
        QCOMPARE(panel.accounts().first().currency, QStringLiteral("USD"));
        QCOMPARE(panel.accounts().first().timeZone, QStringLiteral("America/New_York"));

        QVERIFY(panel.syncSelected());
        QVERIFY(waitPanel(panel));
        QCOMPARE(panel.accounts().first().storedRows, 12);

        // The real confirmation: a message box naming the rows, with a box to delete them too.
        QString boxText;
        QTimer::singleShot(0, this, [&boxText] {
            auto attempt = std::make_shared<std::function<void(int)>>();
            *attempt = [&boxText, attempt](int left) {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box) {
                    if (left > 0)
                        QTimer::singleShot(20, qApp, [attempt, left] { (*attempt)(left - 1); });
                    return;
                }
                boxText = box->text() + u'\n' + box->checkBox()->text();
                box->checkBox()->setChecked(true);
                for (QAbstractButton *b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                        b->click();
                }
            };
            (*attempt)(200);
        });
        QVERIFY(panel.removeSelected());
        QVERIFY2(boxText.contains(QStringLiteral("Shop TikTok (US)")) &&
                     boxText.contains(QStringLiteral("12 stored rows")),
                 qPrintable(boxText));
        QVERIFY(waitPanel(panel));
        QVERIFY(panel.accounts().isEmpty());
        QCOMPARE(scalar(f.location(), QStringLiteral("SELECT count(*) FROM facts")), 0);
        QCOMPARE(f.secrets().read(key).error().code, ErrorCode::NotFound);
    }

    void syncShowsProgressAndCancels()
    {
        LoopbackTikTokServer server;
        server.setRows(Test::sampleAdRows(kLastDay));
        server.setMode(LoopbackTikTokServer::Mode::RateLimited); // every report request: code 40100, retried
        Test::WindowFixture f;
        {
            Result<Storage::Database> db = Storage::Database::open(f.location());
            QVERIFY(db);
            ConnectorAccount a;
            a.platform = Platform::TikTok;
            a.accountId = server.accountId();
            a.name = QStringLiteral("Shop TikTok");
            a.baseUrl = server.baseUrl();
            QVERIFY(Connectors::ConnectorAccountRepository(*db).add(a));
        }
        QVERIFY(f.secrets().write(QStringLiteral("connectors/tiktok/") + server.accountId(), server.token()));
        Ui::DataSourcesPage page(Ui::PageContext{f.jobs(), f.settings(), f.secrets()});
        QSignalSpy changed(&page, &Ui::Page::dataChanged);
        page.resize(1280, 820);
        page.show();
        AccountsPanel &panel = *page.accountsPanel();
        Connectors::HttpLimits limits = fastLimits();
        limits.maxAttempts = 100000;
        panel.setHttp(limits, [](qint64) {
            QThread::msleep(5);
            return true;
        });
        panel.setToday(kLastDay.addDays(1));
        QVERIFY(waitPanel(panel));
        QVERIFY(panel.syncAll());
        QVERIFY(panel.isSyncing());
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() > 5, 30000);
        auto *progress = panel.findChild<QProgressBar *>();
        QVERIFY(progress && progress->isVisible());
        Test::saveShot(page, QStringLiteral("accounts_panel_syncing_en.png"));
        panel.cancelSync();
        QVERIFY(waitPanel(panel));
        QVERIFY(!panel.isSyncing());
        QVERIFY(!progress->isVisible());
        QVERIFY2(panel.banner()->text().contains(QStringLiteral("cancelled")), qPrintable(panel.banner()->text()));
        QVERIFY(panel.accounts().first().lastStatus != QLatin1String("ok"));
        QCOMPARE(scalar(f.location(), QStringLiteral("SELECT count(*) FROM facts")), 0);
        QCOMPARE(changed.size(), 0);
    }

    void syncInTheWindowReloadsTheOtherPages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }
    void syncInTheWindowReloadsTheOtherPages()
    {
        QFETCH(QString, language);
        LoopbackTikTokServer server;
        server.setRows(Test::sampleAdRows(kLastDay));
        Test::WindowFixture f(language);
        QVERIFY(f.importSample());
        Ui::MainWindow &w = f.window();
        auto *overview = qobject_cast<Ui::OverviewPage *>(w.page(QStringLiteral("overview")));
        QVERIFY(overview);
        w.showPage(QStringLiteral("overview"));
        QVERIFY(Test::waitIdle(w));
        QVERIFY(overview->snapshot().has_value());
        const qint64 before = overview->snapshot()->summary.current.rows;
        {
            Result<Storage::Database> db = Storage::Database::open(f.location());
            QVERIFY(db);
            ConnectorAccount a;
            a.platform = Platform::TikTok;
            a.accountId = server.accountId();
            a.name = QStringLiteral("Shop TikTok");
            a.baseUrl = server.baseUrl();
            QVERIFY(Connectors::ConnectorAccountRepository(*db).add(a));
        }
        QVERIFY(f.secrets().write(QStringLiteral("connectors/tiktok/") + server.accountId(), server.token()));

        w.showPage(QStringLiteral("datasources"));
        auto *page = qobject_cast<Ui::DataSourcesPage *>(w.page(QStringLiteral("datasources")));
        QVERIFY(page);
        AccountsPanel &panel = *page->accountsPanel();
        panel.setHttp(fastLimits(), noSleep());
        panel.setToday(kLastDay.addDays(1));
        QVERIFY(Test::waitIdle(w));
        QVERIFY(waitPanel(panel));
        QCOMPARE(panel.accounts().size(), 1);
        QVERIFY(panel.syncSelected());
        QVERIFY(waitPanel(panel));
        QCOMPARE(panel.accounts().first().storedRows, 12);
        QVERIFY(Test::waitIdle(w));
        QVERIFY(waitPanel(panel));
        // The sources list shows the API account next to the sample's file source.
        QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().sources.size() >= 2, 30000);
        Test::saveShot(w, QStringLiteral("accounts_window_datasources_%1.png").arg(language));

        // The overview, hidden during the sync, reloads when shown and counts the synced rows.
        w.showPage(QStringLiteral("overview"));
        QVERIFY(Test::waitIdle(w));
        QVERIFY(overview->snapshot().has_value());
        QCOMPARE(overview->snapshot()->summary.current.rows, before + 12);
    }

    void settlingBandOnlyWithSyncedApiAccounts()
    {
        LoopbackTikTokServer server;
        server.setRows(Test::sampleAdRows(kLastDay));
        Test::WindowFixture f;
        QVERIFY(f.importSample());
        Ui::MainWindow &w = f.window();
        w.showPage(QStringLiteral("overview"));
        auto *overview = qobject_cast<Ui::OverviewPage *>(w.page(QStringLiteral("overview")));
        QVERIFY(overview);
        overview->granularityBox()->setCurrentIndex(overview->granularityBox()->findData(QStringLiteral("day")));
        QVERIFY(Test::waitIdle(w));
        QVERIFY(Test::waitPage(*overview));
        auto band = [overview]() -> QAreaSeries * {
            QChart *chart = overview->growthPanel()->chart();
            if (!chart)
                return nullptr;
            for (QAbstractSeries *s : chart->series()) {
                if (s->name() == Ui::OverviewCharts::settlingName())
                    return qobject_cast<QAreaSeries *>(s);
            }
            return nullptr;
        };
        QVERIFY(!overview->settlingFrom().isValid());
        QVERIFY(!band());

        // An API account that was added but never synced marks nothing.
        qint64 id = 0;
        {
            Result<Storage::Database> db = Storage::Database::open(f.location());
            QVERIFY(db);
            ConnectorAccount a;
            a.platform = Platform::TikTok;
            a.accountId = server.accountId();
            a.name = QStringLiteral("Shop TikTok");
            a.baseUrl = server.baseUrl();
            Result<qint64> added = Connectors::ConnectorAccountRepository(*db).add(a);
            QVERIFY(added);
            id = *added;
            QVERIFY(f.secrets().write(QStringLiteral("connectors/tiktok/") + server.accountId(), server.token()));
        }
        w.refresh();
        QVERIFY(Test::waitIdle(w));
        QVERIFY(!overview->settlingFrom().isValid());
        QVERIFY(!band());

        // Synced: the days from completeUpTo − 7 + 1 on are marked.
        {
            Connectors::SyncService sync(Connectors::secretStoreTokens(f.secrets()), fastLimits(), noSleep());
            Connectors::SyncRequest request;
            request.accountId = id;
            request.today = kLastDay.addDays(1);
            Jobs::JobContext context(f.location());
            Result<Connectors::SyncSummary> summary = sync.run(request, context);
            QVERIFY2(summary && summary->failed == 0, summary ? qPrintable(summary->message()) : "error");
        }
        w.refresh();
        QVERIFY(Test::waitIdle(w));
        QVERIFY(Test::waitPage(*overview));
        const QDate expected = kLastDay.addDays(1 - Connectors::platformInfo(Platform::TikTok).restatementDays);
        QCOMPARE(overview->settlingFrom(), expected);
        QAreaSeries *marked = band();
        QVERIFY(marked);
        const QList<QPointF> upper = marked->upperSeries()->points();
        QCOMPARE(upper.size(), 2);
        QCOMPARE(upper.first().x(), double(expected.toJulianDay()) - 0.5);
        QVERIFY(upper.last().x() >= double(kLastDay.toJulianDay()));
        QVERIFY(overview->growthPanel()->chart()->legend()->isVisible());
        emit marked->hovered(upper.first(), true);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("restatement window")), qPrintable(QToolTip::text()));
        emit marked->hovered(upper.first(), false);
        Test::saveShot(*overview->growthPanel(), QStringLiteral("overview_settling_band_en.png"));
    }
};

QTEST_MAIN(TestAccountsPanel)
#include "test_accounts_panel.moc"
