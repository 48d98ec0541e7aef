#pragma once

#include <QStringList>

class QCommandLineParser;

namespace Demetra::Cli {

/// The composition root of demetra-cli: parses the command line and runs one command against the store.
class CliApp
{
public:
    /// Returns the process exit code (see exit_codes.h).
    int run(const QStringList &arguments);

private:
    int runImport(QCommandLineParser &parser);
    int runQuery(const QString &command, QCommandLineParser &parser);
    int runGenerateSample(QCommandLineParser &parser);
};

} // namespace Demetra::Cli
