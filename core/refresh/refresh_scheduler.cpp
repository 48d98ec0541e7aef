#include "core/refresh/refresh_scheduler.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Demetra::Refresh {

namespace {
Q_LOGGING_CATEGORY(lcScheduler, "demetra.refresh")
}

RefreshScheduler::RefreshScheduler(Starter starter, QObject *parent) : QObject(parent), m_starter(std::move(starter))
{
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::check);
}

Status RefreshScheduler::setIntervalMinutes(int minutes)
{
    if (minutes < kMinMinutes || minutes > kMaxMinutes)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("Refresh",
                                                "The refresh interval must be 15 to 1440 minutes (24 hours), not %1.")
                        .arg(minutes));
    setIntervalSeconds(qint64(minutes) * 60);
    return {};
}

void RefreshScheduler::setIntervalSeconds(qint64 seconds)
{
    m_intervalSeconds = qMax<qint64>(1, seconds);
    if (m_active && !m_running && m_lastStart.isValid())
        schedule(m_lastStart.addSecs(m_intervalSeconds));
    else if (m_active && !m_running)
        schedule(now().addSecs(m_intervalSeconds));
}

void RefreshScheduler::setCheckPeriod(int milliseconds)
{
    m_timer.setInterval(qMax(1, milliseconds));
}

QDateTime RefreshScheduler::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void RefreshScheduler::schedule(const QDateTime &next)
{
    m_nextRun = next;
    emit nextRunChanged(next);
}

void RefreshScheduler::start(const QDateTime &lastRunAt)
{
    m_active = true;
    m_lastStart = lastRunAt;
    schedule(lastRunAt.isValid() ? lastRunAt.addSecs(m_intervalSeconds) : now());
    m_timer.start();
    // A run already due (none before, or the app was closed past its time) starts without waiting for the timer.
    QTimer::singleShot(0, this, &RefreshScheduler::check);
}

void RefreshScheduler::stop()
{
    m_active = false;
    m_timer.stop();
}

bool RefreshScheduler::refreshNow(const QString &trigger)
{
    if (m_running) {
        qCInfo(lcScheduler, "refresh %s skipped: a refresh is already running", qPrintable(trigger));
        emit tickSkipped(trigger);
        return false;
    }
    begin(trigger);
    return true;
}

void RefreshScheduler::begin(const QString &trigger)
{
    m_running = true;
    m_lastStart = now();
    schedule(m_lastStart.addSecs(m_intervalSeconds));
    emit runStarted(trigger);
    m_starter(trigger);
}

void RefreshScheduler::runFinished()
{
    m_running = false;
    // A run that outlasted its interval: the next one comes a full interval after it ended.
    if (m_nextRun.isValid() && m_nextRun <= now())
        schedule(now().addSecs(m_intervalSeconds));
}

void RefreshScheduler::check()
{
    if (!m_active || !m_nextRun.isValid())
        return;
    const QDateTime t = now();
    if (m_nextRun > t.addSecs(m_intervalSeconds)) {
        // The clock went backwards: do not wait longer than one interval.
        schedule(t.addSecs(m_intervalSeconds));
        return;
    }
    if (m_nextRun > t)
        return;
    const bool late = m_nextRun.secsTo(t) > m_lateAfterSeconds;
    const QString trigger = late ? QStringLiteral("catch-up") : QStringLiteral("timer");
    if (m_running) {
        qCInfo(lcScheduler, "scheduled refresh skipped: a refresh is already running");
        schedule(t.addSecs(m_intervalSeconds));
        emit tickSkipped(trigger);
        return;
    }
    begin(trigger);
}

} // namespace Demetra::Refresh
