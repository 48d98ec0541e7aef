// The Budget page on the sample: the table model under QAbstractItemModelTester (raw numbers for sorting, editable
// limits), the page filled from the budget job, a what-if slider move changing the expected total at once, prefill(),
// an infeasible-bounds message, a per-channel limit typed in the table, and the inputs remembered. Screenshots go to
// $DEMETRA_SCREENSHOT_DIR.

#include "core/settings/settings_keys.h"
#include "tests/ui/ui_test_support.h"
#include "ui/models/budget_table_model.h"
#include "ui/pages/budget/budget_page.h"
#include "ui/pages/budget/what_if_panel.h"
#include "ui/widgets/chart_panel.h"
#include "ui/widgets/data_table_view.h"
#include "ui/widgets/theme.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSlider>

using namespace Demetra;

namespace {

Budget::BudgetPlan plan()
{
    Budget::BudgetPlan p;
    p.days = 30;
    for (int i = 0; i < 3; ++i) {
        Budget::ChannelAllocation a;
        a.channel = QStringLiteral("Channel %1").arg(i);
        a.currentSpend = 1000.0 * (i + 1);
        a.recommendedSpend = 1500.0 * (3 - i);
        a.minSpend = 500.0 * (i + 1);
        a.maxSpend = 2000.0 * (i + 1);
        a.expectedRevenue = i == 2 ? qQNaN() : 3000.0 * (i + 1);
        a.expectedRoi = i == 2 ? qQNaN() : 0.5;
        a.status = i == 2 ? Budget::AllocationStatus::NotEnoughData : Budget::AllocationStatus::Ok;
        a.reason = i == 2 ? QStringLiteral("spend hardly varied") : QString();
        p.channels << a;
    }
    return p;
}

/// Every column at least as wide as its header text, and every header explains itself in a tooltip.
void checkHeadersReadable(Ui::BudgetPage &page)
{
    QHeaderView *header = page.table()->horizontalHeader();
    const QFontMetrics fm(header->font());
    for (int c = 0; c < Ui::BudgetTableModel::ColumnCount; ++c) {
        const QString text = page.model()->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(c) >= fm.horizontalAdvance(text) + 8,
                 qPrintable(QStringLiteral("%1: %2 px").arg(text).arg(header->sectionSize(c))));
        QVERIFY2(!page.model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(), qPrintable(text));
    }
}

/// The allocation chart: channel names on the left axis, in full, and the plot starting to the right of the longest.
void checkAllocationNames(Ui::BudgetPage &page)
{
    QChart *chart = page.allocationPanel()->chart();
    QVERIFY(chart);
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    auto *names = qobject_cast<QBarCategoryAxis *>(axes.first());
    QVERIFY(names);
    QCOMPARE(names->count(), 8);
    const QFontMetrics fm(names->labelsFont());
    for (const QString &n : names->categories()) {
        QVERIFY2(!n.contains(QChar(0x2026)), qPrintable(n));
        QVERIFY2(fm.horizontalAdvance(n) < chart->plotArea().left(),
                 qPrintable(QStringLiteral("%1: %2 px, plot from %3")
                                .arg(n)
                                .arg(fm.horizontalAdvance(n))
                                .arg(chart->plotArea().left())));
    }
    // Colours from the palette, so that they follow the light or dark theme.
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().at(1)->color(), QGuiApplication::palette().color(QPalette::Highlight));
}

} // namespace

class TestBudgetPage : public QObject
{
    Q_OBJECT

private slots:
    void modelUnderTester()
    {
        Ui::BudgetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(plan(), {}, QStringLiteral("USD"), {QStringLiteral("Channel 0")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(1, Ui::BudgetTableModel::Recommended), Ui::BudgetTableModel::RawValueRole)
                     .toDouble(),
                 3000.0);
        QCOMPARE(
            model.data(model.index(0, Ui::BudgetTableModel::Change), Ui::BudgetTableModel::RawValueRole).toDouble(),
            3.5);
        // Unknown revenue is "—" with no raw number, never 0.
        QCOMPARE(model.data(model.index(2, Ui::BudgetTableModel::Revenue)).toString(), QStringLiteral("—"));
        QVERIFY(
            !model.data(model.index(2, Ui::BudgetTableModel::Revenue), Ui::BudgetTableModel::RawValueRole).isValid());
        QCOMPARE(model.data(model.index(2, Ui::BudgetTableModel::Status)).toString(),
                 QStringLiteral("Not enough data"));
        QVERIFY(model.data(model.index(2, Ui::BudgetTableModel::Status), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("spend hardly varied")));
        QVERIFY(model.flags(model.index(0, Ui::BudgetTableModel::MaxSpend)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, Ui::BudgetTableModel::Revenue)) & Qt::ItemIsEditable));
        QSignalSpy edited(&model, &Ui::BudgetTableModel::limitEdited);
        QVERIFY(model.setData(model.index(1, Ui::BudgetTableModel::MaxSpend), 2500.0));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("Channel 1"));
        QCOMPARE(edited.at(0).at(1).toBool(), true);
        QCOMPARE(edited.at(0).at(2).toDouble(), 2500.0);
        QVERIFY(!model.setData(model.index(1, Ui::BudgetTableModel::MaxSpend), QStringLiteral("abc")));
        QVERIFY(model.setData(model.index(1, Ui::BudgetTableModel::MinSpend), QString()));
        QVERIFY(qIsNaN(edited.last().at(2).toDouble()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void pageOnTheSample()
    {
        Test::WindowFixture fixture;
        QVERIFY(fixture.importSample());
        Ui::MainWindow &w = fixture.window();
        w.showPage(QStringLiteral("budget"));
        auto *page = qobject_cast<Ui::BudgetPage *>(w.page(QStringLiteral("budget")));
        QVERIFY(page);
        QVERIFY(Test::waitPage(*page));
        QVERIFY(page->snapshot());
        QVERIFY2(page->plan(), qPrintable(page->planErrorText()));
        QCOMPARE(page->model()->rowCount(), 8);
        QVERIFY(page->headlineText().contains(QStringLiteral("Expected revenue")));
        QVERIFY(page->headlineText().contains(QStringLiteral("widened to 0.0–3.0×")));
        // Default total: the current spend over 30 days.
        QVERIFY(std::abs(page->totalBox()->value() - page->plan()->currentTotal) < 1.0);
        QVERIFY(page->allocationPanel()->chart());
        QVERIFY(page->curvePanel()->chart());
        QVERIFY(page->curvePanel()->chart()->series().size() >= 4); // points, curve, current, recommended
        // The curve's legend gives the in-sample and the held-out R².
        QVERIFY2(page->curvePanel()->chart()->series().at(1)->name().contains(QStringLiteral("held out")),
                 qPrintable(page->curvePanel()->chart()->series().at(1)->name()));
        QVERIFY(page->model()
                    ->data(page->model()->index(0, Ui::BudgetTableModel::Fit), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("latest 73")));
        checkHeadersReadable(*page);
        checkAllocationNames(*page);
        Test::saveShot(w, QStringLiteral("budget_page.png"));

        // What-if: moving a slider recomputes the expected total at once, on this thread.
        Ui::WhatIfPanel *whatIf = page->whatIf();
        const double before = whatIf->outcome().revenue;
        QCOMPARE(whatIf->outcome().revenue, whatIf->recommendedOutcome().revenue);
        QSlider *slider = whatIf->slider(QStringLiteral("Instagram"));
        QVERIFY(slider && slider->isEnabled());
        slider->setValue(slider->value() / 3);
        QVERIFY(whatIf->outcome().revenue < before);
        QVERIFY(whatIf->outcome().spend < page->plan()->total);
        QVERIFY(whatIf->totalsText().contains(QStringLiteral("Against the recommendation")));
        QVERIFY2(whatIf->lastRecomputeMs() < 16.0, qPrintable(QString::number(whatIf->lastRecomputeMs())));
        qInfo("what-if recompute on the UI thread: %.4f ms", whatIf->lastRecomputeMs());
        if (auto *scroll = page->findChild<QScrollArea *>())
            scroll->ensureWidgetVisible(whatIf);
        Test::saveShot(w, QStringLiteral("budget_what_if.png"));
        if (auto *scroll = page->findChild<QScrollArea *>())
            scroll->ensureWidgetVisible(page->totalBox());

        // prefill() puts a split into the planner.
        page->prefill({{QStringLiteral("Facebook"), 123456.0}, {QStringLiteral("Nowhere"), 5.0}});
        QCOMPARE(whatIf->amountBox(QStringLiteral("Facebook"))->value(), 123456.0);
        whatIf->resetToRecommended();
        QVERIFY(std::abs(whatIf->outcome().revenue - before) < 1e-6 * before);

        // The curve chart follows the channel chosen.
        page->curveChannelBox()->setCurrentIndex(page->curveChannelBox()->findText(QStringLiteral("TikTok")));
        QCOMPARE(fixture.settings().value(Settings::Keys::BudgetCurveChannel), QStringLiteral("TikTok"));

        // A limit typed into the table is honoured and remembered.
        Ui::BudgetTableModel *model = page->model();
        int vk = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->allocation(r).channel == QLatin1String("VK"))
                vk = r;
        QVERIFY(vk >= 0);
        QVERIFY(model->setData(model->index(vk, Ui::BudgetTableModel::MinSpend), 60000.0));
        QTRY_VERIFY(page->plan() && page->plan()->channels[vk].recommendedSpend >= 60000.0 - 1e-6);
        QVERIFY(fixture.settings().value(Settings::Keys::BudgetMinSpend).contains(QStringLiteral("VK=60000")));

        // Infeasible bounds: minimums above the total get a clear message naming the numbers.
        page->boundMinBox()->setValue(1.5);
        QVERIFY(!page->plan());
        QVERIFY2(page->planErrorText().contains(QStringLiteral("minimum spends add up to")),
                 qPrintable(page->planErrorText()));
        // The table still lists every channel with its bounds, the minimums (the side to change) highlighted.
        QCOMPARE(page->model()->rowCount(), 8);
        QVERIFY(page->model()->boundsOnly());
        QCOMPARE(page->model()->data(page->model()->index(0, Ui::BudgetTableModel::Recommended)).toString(),
                 QStringLiteral("—"));
        QVERIFY(page->model()->data(page->model()->index(0, Ui::BudgetTableModel::MinSpend)).toString() !=
                QStringLiteral("—"));
        QCOMPARE(page->model()
                     ->data(page->model()->index(0, Ui::BudgetTableModel::MinSpend), Qt::ForegroundRole)
                     .value<QColor>(),
                 Ui::Theme::bad());
        QVERIFY(!page->model()
                     ->data(page->model()->index(0, Ui::BudgetTableModel::MaxSpend), Qt::ForegroundRole)
                     .isValid());
        QCOMPARE(fixture.settings().value(Settings::Keys::BudgetBoundMin), 1.5);
        Test::saveShot(w, QStringLiteral("budget_infeasible.png"));
        page->boundMinBox()->setValue(0.5);
        QVERIFY(page->plan());

        // Target ROAS mode: the least budget meeting it.
        page->targetBox()->setValue(2.0);
        page->modeBox()->setCurrentIndex(page->modeBox()->findData(QStringLiteral("target_roas")));
        QVERIFY2(page->plan(), qPrintable(page->planErrorText()));
        QVERIFY(page->plan()->achievedRoas >= 2.0 - 1e-9);
        QVERIFY(page->headlineText().contains(QStringLiteral("least budget for a ROAS")));
        Test::saveShot(w, QStringLiteral("budget_target_roas.png"));
        page->modeBox()->setCurrentIndex(0);
    }

    void darkTheme()
    {
        Ui::Theme::apply(*qApp, QStringLiteral("dark"));
        {
            Test::WindowFixture fixture;
            QVERIFY(fixture.importSample());
            Ui::MainWindow &w = fixture.window();
            w.showPage(QStringLiteral("budget"));
            auto *page = qobject_cast<Ui::BudgetPage *>(w.page(QStringLiteral("budget")));
            QVERIFY(page);
            QVERIFY(Test::waitPage(*page));
            QVERIFY(page->plan());
            QVERIFY(Ui::Theme::isDark());
            checkAllocationNames(*page);
            // The chart background is dark and the bars stand out from it.
            QChart *chart = page->allocationPanel()->chart();
            QVERIFY(chart->backgroundBrush().color().lightness() < 100);
            if (auto *scroll = page->findChild<QScrollArea *>())
                scroll->ensureWidgetVisible(page->allocationPanel());
            Test::saveShot(w, QStringLiteral("budget_page_dark.png"));
        }
        Ui::Theme::apply(*qApp, QStringLiteral("light"));
    }
};

QTEST_MAIN(TestBudgetPage)
#include "test_budget_page.moc"
