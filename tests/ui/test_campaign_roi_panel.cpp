// The campaign ROI panel: predictions from the shipped model on the sample, "Train now" replacing it with a model
// trained on this data (progress, then an up-to-date model line), contributions that sum to each prediction, the
// table model under QAbstractItemModelTester with numeric sorting, a damaged model shown as a clear message, and a
// screenshot.

#include "core/forecast/model_store.h"
#include "core/jobs/job_runner.h"
#include "core/settings/secret_store_memory.h"
#include "core/settings/settings_store.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/models/campaign_roi_model.h"
#include "ui/pages/forecast/campaign_roi_bars.h"
#include "ui/pages/forecast/campaign_roi_panel.h"
#include "ui/widgets/data_table_view.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>

using namespace Demetra;

namespace {

bool waitPanel(Ui::CampaignRoiPanel &panel, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    int quiet = 0;
    while (t.elapsed() < timeoutMs) {
        QTest::qWait(10);
        quiet = panel.isLoading() || panel.isTraining() ? 0 : quiet + 1;
        if (quiet >= 3)
            return true;
    }
    return false;
}

Analytics::DashboardFilter allTime()
{
    Analytics::DashboardFilter f;
    f.preset = Analytics::DatePreset::AllTime;
    return f;
}

} // namespace

class TestCampaignRoiPanel : public QObject
{
    Q_OBJECT

private slots:
    void predictsExplainsTrainsAndShowsErrors()
    {
        Test::TempDatabase db;
        QVERIFY(db.importOne(Test::sampleFile()).ok());
        QTemporaryDir dir;
        Settings::SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
        Jobs::JobRunner jobs(db.location());
        Settings::MemorySecretStore secrets;
        Ui::CampaignRoiPanel panel(Ui::PageContext{jobs, settings, secrets});
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&panel, &Ui::CampaignRoiPanel::errorOccurred);
        panel.setFilter(allTime());
        panel.resize(1280, 720);
        panel.show();
        QVERIFY(waitPanel(panel));

        // The shipped model answers first, and says so.
        QVERIFY(panel.snapshot().model.shipped);
        QVERIFY2(panel.modelText().contains(QStringLiteral("Shipped model")), qPrintable(panel.modelText()));
        QVERIFY(panel.model()->rowCount() > 10);

        // Train now: progress, then a model trained on this data that is up to date.
        QSignalSpy trained(&panel, &Ui::CampaignRoiPanel::modelTrained);
        panel.train();
        QVERIFY(panel.isTraining());
        QVERIFY(waitPanel(panel, 120000));
        QCOMPARE(trained.size(), 1);
        QVERIFY(!panel.snapshot().model.shipped);
        QVERIFY(!panel.snapshot().model.stale);
        QVERIFY2(panel.modelText().contains(QStringLiteral("up to date")), qPrintable(panel.modelText()));
        QVERIFY(panel.modelText().contains(QStringLiteral("for the channel average")));
        QCOMPARE(errors.size(), 0);

        // The table shows the snapshot.
        const Forecast::RoiPredictions &snap = panel.snapshot();
        QCOMPARE(panel.model()->rowCount(), int(snap.campaigns.size()));

        // Numeric sort on the predicted ROI through the raw value role.
        Ui::DataTableView *table = panel.table();
        table->sortByColumn(Ui::CampaignRoiModel::PredictedColumn, Qt::DescendingOrder);
        QAbstractItemModel *shown = table->model();
        double previous = std::numeric_limits<double>::infinity();
        for (int r = 0; r < shown->rowCount(); ++r) {
            const double v = shown->index(r, Ui::CampaignRoiModel::PredictedColumn)
                                 .data(Ui::CampaignRoiModel::RawValueRole)
                                 .toDouble();
            QVERIFY(v <= previous);
            previous = v;
        }

        // Selecting a campaign computes its "why": contributions that sum to its prediction, the largest drawn first.
        for (const int r : {0, 3, shown->rowCount() - 1}) {
            table->setCurrentIndex(shown->index(r, 0));
            QVERIFY(waitPanel(panel));
            const int snapRow = shown->index(r, 0).data(Ui::CampaignRoiModel::SnapshotRowRole).toInt();
            const Forecast::RoiCampaignPrediction &selected = panel.model()->campaigns().at(snapRow);
            const Forecast::RoiCampaignPrediction &explained = panel.bars()->explained();
            QCOMPARE(explained.campaignId, selected.campaignId);
            QCOMPARE(explained.channel, selected.channel);
            double sum = 0.0;
            for (const Forecast::RoiContribution &k : explained.contributions)
                sum += k.value;
            QVERIFY(std::abs(sum - explained.predictedRoi) < 1e-6);
            QVERIFY(std::abs(explained.predictedRoi - selected.predictedRoi) < 1e-4);
            const QList<Forecast::RoiContribution> &bars = panel.bars()->shown();
            QVERIFY(!bars.isEmpty() && bars.size() <= 10);
            for (qsizetype i = 1; i < bars.size(); ++i)
                QVERIFY(std::abs(bars[i - 1].value) >= std::abs(bars[i].value));
            QCOMPARE(bars.first().label, explained.contributions.first().label);
        }
        table->setCurrentIndex(shown->index(0, 0));
        QVERIFY(waitPanel(panel));
        Test::saveShot(panel, QStringLiteral("campaign_roi_panel.png"));

        // A damaged stored model: a clear message in the panel, no crash, no rows.
        {
            Storage::Database handle = db.open();
            QVERIFY(handle.exec(QStringLiteral("UPDATE models SET model = 'not a model'")));
        }
        panel.reload();
        QVERIFY(waitPanel(panel));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(!errors.first().first().toString().isEmpty());
        Test::saveShot(panel, QStringLiteral("campaign_roi_panel_error.png"));
    }
};

QTEST_MAIN(TestCampaignRoiPanel)
#include "test_campaign_roi_panel.moc"
