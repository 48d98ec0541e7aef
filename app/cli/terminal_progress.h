#pragma once

#include <QString>

namespace Demetra::Cli {

/// A one-line progress bar on stderr when it is a terminal; silent otherwise (logs stay clean).
class TerminalProgress
{
public:
    TerminalProgress();
    ~TerminalProgress();
    void update(double fraction, const QString &stage);
    void finish();

private:
    bool m_enabled;
    int m_lastPermille = -1;
    QString m_lastStage;
    bool m_drawn = false;
};

} // namespace Demetra::Cli
