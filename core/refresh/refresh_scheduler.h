#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace Demetra::Refresh {

/// When the refresh pipeline runs: every interval (15 minutes to 24 hours, hourly by default), on demand, and at
/// once after the computer wakes from sleep. It does not run the pipeline itself: it calls the starter it was given
/// (the app starts a job, the daemon too, tests count calls) and the owner reports the end with runFinished().
///
/// Single-flight: a tick or a "refresh now" while a run is going is skipped (tickSkipped, and a log line). The
/// schedule is checked against the wall clock every `checkPeriod` (30 s): a run that comes due more than
/// `lateAfter` (2 min) past its time — the timer could not fire while the machine slept, or the clock jumped — runs
/// with trigger "catch-up"; a clock that jumped backwards moves the next run back to one interval from now.
class RefreshScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinMinutes = 15;
    static constexpr int kMaxMinutes = 24 * 60;
    static constexpr int kDefaultMinutes = 60;

    /// Starts a run with a trigger ("timer", "catch-up", "manual", or the caller's); the owner calls runFinished().
    using Starter = std::function<void(const QString &trigger)>;
    using Clock = std::function<QDateTime()>;

    explicit RefreshScheduler(Starter starter, QObject *parent = nullptr);

    /// Fails with InvalidArgument (the message names the range) outside 15–1440 minutes; the schedule is kept.
    Status setIntervalMinutes(int minutes);
    /// Any interval of at least one second, unchecked: for tests and DEMETRA_DAEMON_INTERVAL_SECONDS.
    void setIntervalSeconds(qint64 seconds);
    qint64 intervalSeconds() const { return m_intervalSeconds; }
    /// How often the wall clock is compared with the next run (default 30 s), and how late a run must be to count
    /// as a catch-up (default 2 min).
    void setCheckPeriod(int milliseconds);
    void setLateAfterSeconds(qint64 seconds) { m_lateAfterSeconds = seconds; }
    /// The clock (tests inject one); default: the current UTC time.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// Starts the schedule. The first run comes one interval after `lastRunAt`, or at once when there was none; a run
    /// already due starts as soon as the event loop runs (as a catch-up when it is late).
    void start(const QDateTime &lastRunAt = {});
    void stop();
    bool isActive() const { return m_active; }

    /// Runs now with `trigger` unless a run is going; true when it started one. Reschedules the next run one
    /// interval after this one.
    bool refreshNow(const QString &trigger = QStringLiteral("manual"));
    /// The owner's report that the run it started ended (whatever its outcome).
    void runFinished();
    bool isRunning() const { return m_running; }
    QDateTime nextRunAt() const { return m_nextRun; }
    QDateTime lastRunStartedAt() const { return m_lastStart; }

    /// Compares the clock with the schedule and starts a run when one is due (the timer's slot; tests call it).
    void check();

signals:
    void runStarted(const QString &trigger);
    /// A due run (or a "refresh now") was skipped because a run is going.
    void tickSkipped(const QString &trigger);
    void nextRunChanged(const QDateTime &next);

private:
    QDateTime now() const;
    void schedule(const QDateTime &next);
    void begin(const QString &trigger);

    Starter m_starter;
    Clock m_clock;
    QTimer m_timer;
    qint64 m_intervalSeconds = qint64(kDefaultMinutes) * 60;
    qint64 m_lateAfterSeconds = 120;
    bool m_active = false;
    bool m_running = false;
    QDateTime m_nextRun;
    QDateTime m_lastStart;
};

} // namespace Demetra::Refresh
