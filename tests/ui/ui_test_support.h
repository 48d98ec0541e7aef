#pragma once

// Shared fixture for the ui suites: a window on a fresh database with its own settings file, helpers to wait for
// jobs and to save screenshots to $DEMETRA_SCREENSHOT_DIR.

#include "core/jobs/job_runner.h"
#include "core/settings/secret_store_memory.h"
#include "core/settings/settings_store.h"
#include "ui/i18n/translation_loader.h"
#include "ui/main_window/main_window.h"
#include "ui/pages/page.h"

#include <QDir>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace Demetra::Test {

inline QString sampleFile()
{
    return QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv");
}

/// Scrolls the page that holds `widget` so it is in view (for screenshots of a panel low on a scrolling page).
inline void revealInScroll(QWidget *widget)
{
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(widget, 0, 0);
            return;
        }
    }
}

/// Saves `w` as PNG under $DEMETRA_SCREENSHOT_DIR (nothing when unset).
inline void saveShot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DEMETRA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w.grab().save(dir + u'/' + name));
}

/// Waits until the window (import, filter context, visible page) is idle and its results are shown.
inline bool waitIdle(Ui::MainWindow &w, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    int quietTicks = 0;
    while (t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(10);
        quietTicks = w.isBusy() ? 0 : quietTicks + 1;
        if (quietTicks >= 3)
            return true;
    }
    return false;
}

/// Waits until `page` has shown its results.
inline bool waitPage(Ui::Page &page, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    int quietTicks = 0;
    while (t.elapsed() < timeoutMs) {
        QTest::qWait(10);
        quietTicks = page.isLoading() ? 0 : quietTicks + 1;
        if (quietTicks >= 3)
            return true;
    }
    return false;
}

/// A main window over a temporary database and settings file, in `language`.
class WindowFixture
{
public:
    explicit WindowFixture(const QString &language = QStringLiteral("en"))
        : m_settings(m_dir.filePath(QStringLiteral("settings.ini"))),
          m_jobs(Storage::DatabaseLocation{m_dir.filePath(QStringLiteral("ui.sqlite"))})
    {
        m_translations.install(language);
        // Data from the sample ends in the past: "all time" shows everything regardless of today's date.
        m_settings.setRaw(QStringLiteral("filter/preset"), QStringLiteral("all_time"));
    }

    Ui::MainWindow &window()
    {
        if (!m_window) {
            m_window = std::make_unique<Ui::MainWindow>(Ui::PageContext{m_jobs, m_settings, m_secrets}, sampleFile(),
                                                        m_dir.filePath(QStringLiteral("ui.sqlite")));
            m_window->resize(1440, 900);
            m_window->show();
        }
        return *m_window;
    }
    /// Imports the sample through the window and waits.
    bool importSample()
    {
        window().importFiles({sampleFile()});
        return waitIdle(window());
    }
    /// Closes and destroys the window (settings are written), so a new one can be opened on the same state.
    void closeWindow()
    {
        if (m_window)
            m_window->close();
        m_window.reset();
    }
    Settings::SettingsStore &settings() { return m_settings; }
    Jobs::JobRunner &jobs() { return m_jobs; }
    Settings::MemorySecretStore &secrets() { return m_secrets; }
    QString dir() const { return m_dir.path(); }
    Storage::DatabaseLocation location() const { return m_jobs.location(); }

private:
    QTemporaryDir m_dir;
    Ui::TranslationLoader m_translations;
    Settings::SettingsStore m_settings;
    Jobs::JobRunner m_jobs;
    Settings::MemorySecretStore m_secrets;
    std::unique_ptr<Ui::MainWindow> m_window;
};

} // namespace Demetra::Test
