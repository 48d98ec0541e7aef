#pragma once

#include "core/analytics/dashboard_filter.h"
#include "core/jobs/job_runner.h"
#include "ui/pages/page_context.h"

#include <QFutureWatcher>
#include <QSet>
#include <QWidget>

namespace Demetra::Ui {

/// One page of the main window. The window hands every page the filter; a page reloads when it is visible and
/// its filter or the data changed (a hidden page only remembers that it is stale and reloads when shown).
/// Loading runs as jobs (see startJob()); results arrive as snapshots that the page's models and charts adapt.
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(PageContext context, QWidget *parent = nullptr);

    /// Stable key for settings and navigation ("overview", "channels", ...).
    virtual QString key() const = 0;
    /// Translated title for the sidebar and the window title.
    virtual QString title() const = 0;
    /// Whether the global filter bar applies to this page (Settings and Data sources: no).
    virtual bool usesFilter() const { return true; }

    void setFilter(const Analytics::DashboardFilter &filter);
    const Analytics::DashboardFilter &filter() const { return m_filter; }
    /// The stored data changed (an import, a deletion): reload now if visible, else when shown.
    void invalidate();
    /// True from the start of any of the page's jobs until its result has been shown (tests wait on it).
    bool isLoading() const { return !m_pending.isEmpty(); }

signals:
    void loadingChanged(bool loading);
    /// A failure to show in the window's banner (translated).
    void errorOccurred(const QString &message);
    /// Ask the window to show another page (e.g. "datasources").
    void navigateRequested(const QString &pageKey);
    /// The page changed stored data (deleted a source): every page must reload.
    void dataChanged();

protected:
    /// Starts the page's jobs for the current filter. Called only when visible.
    virtual void reload() = 0;

    /// Runs `job` and hands its result to whatever the page connected to `watcher`'s finished signal. A job started
    /// on a busy watcher replaces the running one (whose result is then ignored). Connect the watcher's finished
    /// signal before the first call.
    template<typename T>
    void startJob(QFutureWatcher<Result<T>> &watcher, std::function<Result<T>(Jobs::JobContext &)> job)
    {
        trackPending(watcher);
        if (watcher.isRunning())
            watcher.future().cancel();
        watcher.setFuture(m_context.jobs.run<T>(std::move(job)));
    }

    /// Hands the value of each finished job on `watcher` to `onValue`, its error to `onError`. Results of replaced or
    /// cancelled jobs, and Cancelled errors, reach neither. Call once per watcher, in the constructor.
    template<typename T, typename OnValue, typename OnError>
    void whenDone(QFutureWatcher<Result<T>> &watcher, OnValue onValue, OnError onError)
    {
        connect(&watcher, &QFutureWatcherBase::finished, this, [&watcher, onValue, onError] {
            if (watcher.isCanceled() || watcher.future().resultCount() == 0)
                return;
            const Result<T> r = watcher.result();
            if (r)
                onValue(*r);
            else if (r.error().code != ErrorCode::Cancelled)
                onError(r.error());
        });
    }

    PageContext &context() { return m_context; }
    void showEvent(QShowEvent *event) override;

private:
    void trackPending(QFutureWatcherBase &watcher);
    void reloadIfVisible();

    PageContext m_context;
    Analytics::DashboardFilter m_filter;
    bool m_stale = true;
    QSet<QFutureWatcherBase *> m_pending;
    QSet<QFutureWatcherBase *> m_tracked;
};

} // namespace Demetra::Ui
