// The layering rule of DESIGN.md §1: nothing under core/ includes a Gui, Widgets or Charts header,
// and app/cli never reaches into ui/.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject
{
    Q_OBJECT

private:
    static QStringList offendingIncludes(const QString &folder, const QRegularExpression &forbidden)
    {
        QStringList found;
        QDirIterator it(QStringLiteral(DEMETRA_SOURCE_DIR "/") + folder,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            int lineNo = 0;
            while (!f.atEnd()) {
                const QString line = QString::fromUtf8(f.readLine());
                ++lineNo;
                if (forbidden.match(line).hasMatch())
                    found << QStringLiteral("%1:%2: %3").arg(path).arg(lineNo).arg(line.trimmed());
            }
        }
        if (files == 0)
            found << QStringLiteral("no source files found under ") + folder;
        return found;
    }

private slots:
    void coreHasNoGuiIncludes()
    {
        const QRegularExpression forbidden(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtGui|QtWidgets|QtCharts|QtPrintSupport|"
                           "QWidget|QApplication|QGuiApplication|QPainter|QImage|"
                           "QPixmap|QColor|QFont|QChart|ui/)"));
        const QStringList offending = offendingIncludes(QStringLiteral("core"), forbidden);
        QVERIFY2(offending.isEmpty(), qPrintable(offending.join(u'\n')));
    }

    void cliDoesNotUseUi()
    {
        const QRegularExpression forbidden(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](ui/|QtWidgets|QtGui|QWidget|QApplication|QGuiApplication)"));
        const QStringList offending = offendingIncludes(QStringLiteral("app/cli"), forbidden);
        QVERIFY2(offending.isEmpty(), qPrintable(offending.join(u'\n')));
    }

    void coreCMakeDoesNotLinkGui()
    {
        QFile f(QStringLiteral(DEMETRA_SOURCE_DIR "/core/CMakeLists.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const char *lib : {"Qt6::Gui", "Qt6::Widgets", "Qt6::Charts", "demetra_ui"})
            QVERIFY2(!text.contains(QLatin1String(lib)), lib);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "test_layering.moc"
