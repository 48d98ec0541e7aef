// The table every page uses: CSV export writes raw numbers (a spreadsheet reads them as numbers) with RFC 4180
// quoting, "no value" as an empty cell; Ctrl+C copies the selected rows as tab-separated display text.

#include "ui/widgets/data_table_view.h"

#include <QApplication>
#include <QClipboard>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace Demetra;

class TestDataTableView : public QObject
{
    Q_OBJECT

private:
    static QStandardItemModel *model(QObject *parent)
    {
        auto *m = new QStandardItemModel(2, 3, parent);
        m->setHorizontalHeaderLabels({QStringLiteral("Campaign"), QStringLiteral("Spend, RUB"), QStringLiteral("CTR")});
        auto set = [m](int r, int c, const QString &text, const QVariant &raw) {
            auto *item = new QStandardItem(text);
            item->setData(raw, Ui::DataTableView::RawValueRole);
            m->setItem(r, c, item);
        };
        set(0, 0, QStringLiteral("Spring, \"brand\""), QVariant());
        set(0, 1, QStringLiteral("1\u00a0234,50"), 1234.5);
        set(0, 2, QStringLiteral("3,25\u202f%"), 0.0325);
        set(1, 0, QStringLiteral("Retargeting"), QVariant());
        set(1, 1, QStringLiteral("10"), qint64(10));
        set(1, 2, QStringLiteral("—"), QVariant());
        return m;
    }

private slots:
    void csvHasRawNumbers()
    {
        Ui::DataTableView view;
        view.setModel(model(&view));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QString error;
        QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()),
                 QStringLiteral("Campaign,\"Spend, RUB\",CTR\r\n\"Spring, \"\"brand\"\"\",1234.5,0.0325\r\n"
                                "Retargeting,10,\r\n"));
    }

    void copyTakesTheSelectedRowsAsShown()
    {
        Ui::DataTableView view;
        view.setModel(model(&view));
        view.show();
        view.selectRow(1);
        QTest::keySequence(&view, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Campaign\tSpend, RUB\tCTR\nRetargeting\t10\t—\n"));
    }
};

QTEST_MAIN(TestDataTableView)
#include "test_data_table_view.moc"
