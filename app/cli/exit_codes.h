#pragma once

namespace Demetra::Cli {

/// demetra-cli's exit codes (documented in the README).
enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 2,      ///< bad command line
    ExitBadInput = 3,   ///< a file could not be imported, or the data asked for does not exist
    ExitInternal = 4,   ///< database or internal failure
    ExitStepFailed = 5, ///< refresh: the run was recorded but one of its steps failed
    ExitCancelled = 130,
};

} // namespace Demetra::Cli
