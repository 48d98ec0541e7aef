// The start-up dialog for a damaged database: it names the file and what the check found, lists the backups with the
// newest good one selected, restores it (the damaged file moved aside, byte for byte) or quits; with no backup there
// is nothing to restore; a failed restore says why and changes nothing.

#include "core/storage/database_backup.h"
#include "core/storage/database_health.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/main_window/damaged_database_dialog.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace Demetra;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("missing");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

void damage(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    f.write(QByteArray(16384, char(0x77)));
    Storage::DatabaseHealth::forget(path);
}

bool labelsContain(const QWidget &w, const QString &text)
{
    for (const QLabel *l : w.findChildren<QLabel *>()) {
        if (l->text().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestDamagedDatabaseDialog : public QObject
{
    Q_OBJECT

private slots:
    void restoresTheNewestGoodBackup()
    {
        Test::TempDatabase tmp;
        tmp.importOne(Test::sampleFile());
        const QString path = tmp.location().target;
        const qint64 rows = tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts"));
        Result<Storage::BackupInfo> older = Storage::DatabaseBackup::take(path, Storage::BackupKind::Daily,
                                                                          QDateTime::currentDateTimeUtc().addDays(-2));
        QVERIFY(older);
        Result<Storage::BackupInfo> newest = Storage::DatabaseBackup::take(path, Storage::BackupKind::Manual);
        QVERIFY(newest);
        // A newer backup file that is itself damaged: the newest *good* one is selected.
        const QString broken =
            Storage::DatabaseBackup::folder(path) + QStringLiteral("/test.sqlite.backup-") +
            QDateTime::currentDateTimeUtc().addDays(1).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) +
            QStringLiteral("-schema8-daily.sqlite");
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("broken backup");
        }
        damage(path);
        const QByteArray damaged = digest(path);
        const Storage::HealthReport report = Storage::DatabaseHealth::inspect(path);
        QCOMPARE(report.state, Storage::HealthState::Damaged);

        Ui::DamagedDatabaseDialog dialog(report);
        dialog.show();
        QVERIFY(labelsContain(dialog, QDir::toNativeSeparators(path)));
        QVERIFY(labelsContain(dialog, QStringLiteral("What the check said")));
        QCOMPARE(dialog.backupList()->topLevelItemCount(), 3);
        QCOMPARE(dialog.selectedBackup(), newest->path);
        QVERIFY(dialog.restoreButton()->isEnabled());
        QVERIFY(!dialog.backupList()->topLevelItem(1)->text(1).isEmpty()); // the size
        Test::saveShot(dialog, QStringLiteral("damaged_database_dialog.png"));

        // Restoring the damaged backup fails, says so, and changes nothing.
        dialog.backupList()->setCurrentItem(dialog.backupList()->topLevelItem(0));
        QCOMPARE(dialog.selectedBackup(), broken);
        dialog.restoreSelected();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(labelsContain(dialog, QStringLiteral("Nothing was restored")));
        QCOMPARE(digest(path), damaged);

        dialog.backupList()->setCurrentItem(dialog.backupList()->topLevelItem(1));
        QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.outcome().restoredFrom, newest->path);
        QCOMPARE(digest(dialog.outcome().setAside), damaged);
        QVERIFY(dialog.outcome().setAside.contains(QStringLiteral(".damaged-")));
        QCOMPARE(tmp.count(QStringLiteral("SELECT COUNT(*) FROM facts")), rows);
    }

    void withoutBackupsOnlyQuit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("just some text");
        }
        const Storage::HealthReport report = Storage::DatabaseHealth::inspect(path);
        Ui::DamagedDatabaseDialog dialog(report);
        dialog.show();
        QVERIFY(labelsContain(dialog, QStringLiteral("No backups were found")));
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QPushButton *quit = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Quit"))
                quit = b;
        }
        QVERIFY(quit);
        QTest::mouseClick(quit, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(digest(path), QCryptographicHash::hash("just some text", QCryptographicHash::Sha256).toHex());
    }
};

QTEST_MAIN(TestDamagedDatabaseDialog)
#include "test_damaged_database_dialog.moc"
