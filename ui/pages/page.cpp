#include "ui/pages/page.h"

#include <QShowEvent>

namespace Demetra::Ui {

Page::Page(PageContext context, QWidget *parent) : QWidget(parent), m_context(context) {}

void Page::setFilter(const Analytics::DashboardFilter &filter)
{
    if (filter == m_filter && !m_stale)
        return;
    m_filter = filter;
    m_stale = true;
    reloadIfVisible();
}

void Page::invalidate()
{
    m_stale = true;
    reloadIfVisible();
}

void Page::trackPending(QFutureWatcherBase &watcher)
{
    if (!m_tracked.contains(&watcher)) {
        m_tracked.insert(&watcher);
        // Queued: runs after the page's own finished handlers have shown the result.
        connect(
            &watcher, &QFutureWatcherBase::finished, this,
            [this, w = &watcher] {
                if (w->isRunning())
                    return; // replaced by a newer job meanwhile
                const bool was = !m_pending.isEmpty();
                m_pending.remove(w);
                if (was && m_pending.isEmpty())
                    emit loadingChanged(false);
            },
            Qt::QueuedConnection);
    }
    const bool was = !m_pending.isEmpty();
    m_pending.insert(&watcher);
    if (!was)
        emit loadingChanged(true);
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reloadIfVisible();
}

void Page::reloadIfVisible()
{
    if (!isVisible())
        return;
    m_stale = false;
    reload();
}

} // namespace Demetra::Ui
