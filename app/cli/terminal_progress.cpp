#include "app/cli/terminal_progress.h"

#include <cstdio>
#include <unistd.h>

namespace Demetra::Cli {

TerminalProgress::TerminalProgress() : m_enabled(isatty(fileno(stderr)) != 0) {}

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::update(double fraction, const QString &stage)
{
    if (!m_enabled)
        return;
    const int permille = int(fraction * 1000.0);
    if (permille == m_lastPermille && stage == m_lastStage)
        return;
    m_lastPermille = permille;
    m_lastStage = stage;
    constexpr int width = 30;
    const int filled = qBound(0, int(fraction * width), width);
    const QByteArray bar = QByteArray(filled, '#') + QByteArray(width - filled, '.');
    std::fprintf(stderr, "\r[%s] %3d%%  %-50s", bar.constData(), permille / 10,
                 stage.left(50).toLocal8Bit().constData());
    std::fflush(stderr);
    m_drawn = true;
}

void TerminalProgress::finish()
{
    if (m_drawn) {
        std::fprintf(stderr, "\n");
        m_drawn = false;
    }
}

} // namespace Demetra::Cli
