// The filter bar: ticking several channels reports one change (pages reload once, not per tick), "All" clears the
// choice, a custom range shows its date fields, and the resolved period is written out.

#include "ui/widgets/filter_bar.h"
#include "ui/widgets/multi_select_button.h"

#include <QComboBox>
#include <QDateEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QtTest>

using namespace Demetra;

class TestFilterBar : public QObject
{
    Q_OBJECT

private:
    static QAction *action(Ui::MultiSelectButton *b, const QString &text)
    {
        for (QAction *a : b->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }

private slots:
    void ticksAreReportedOnceAndAllClears()
    {
        Ui::FilterBar bar;
        bar.show();
        bar.setChoices({QStringLiteral("Facebook"), QStringLiteral("TikTok"), QStringLiteral("VK")}, {}, {});
        Ui::MultiSelectButton *channels = bar.findChildren<Ui::MultiSelectButton *>().value(0);
        QVERIFY(channels);
        QSignalSpy changed(&bar, &Ui::FilterBar::filterChanged);
        action(channels, QStringLiteral("Facebook"))->trigger();
        action(channels, QStringLiteral("TikTok"))->trigger();
        QCOMPARE(changed.count(), 0); // still ticking
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(bar.filter().channels, (QStringList{QStringLiteral("Facebook"), QStringLiteral("TikTok")}));
        QVERIFY(channels->text().contains(QStringLiteral("2")));

        // "All" rebuilds the menu after its own signal has returned (it deletes the action it came from).
        QAction *all = channels->menu()->actions().value(0);
        all->trigger();
        QTRY_COMPARE(changed.count(), 2);
        QVERIFY(bar.filter().channels.isEmpty());
        QTRY_VERIFY(action(channels, QStringLiteral("Facebook")) &&
                    !action(channels, QStringLiteral("Facebook"))->isChecked());
    }

    void customRangeShowsItsDates()
    {
        Ui::FilterBar bar;
        bar.show();
        auto *preset = bar.findChildren<QComboBox *>().value(0);
        QVERIFY(preset);
        const QList<QDateEdit *> dates = bar.findChildren<QDateEdit *>();
        QCOMPARE(dates.size(), 2);
        QVERIFY(!dates[0]->isVisible());
        QSignalSpy changed(&bar, &Ui::FilterBar::filterChanged);
        preset->setCurrentIndex(preset->findData(int(Analytics::DatePreset::Custom)));
        QVERIFY(dates[0]->isVisible() && dates[1]->isVisible());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bar.filter().preset, Analytics::DatePreset::Custom);
        dates[0]->setDate(QDate(2026, 3, 1));
        QCOMPARE(bar.filter().customFrom, QDate(2026, 3, 1));
    }
};

QTEST_MAIN(TestFilterBar)
#include "test_filter_bar.moc"
