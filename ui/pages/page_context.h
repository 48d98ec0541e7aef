#pragma once

namespace Demetra::Jobs {
class JobRunner;
}
namespace Demetra::Settings {
class SettingsStore;
}

namespace Demetra::Ui {

/// What every page is given by the composition root: the job runner (each job opens its own connection) and the
/// settings. Pages never open the database on the UI thread.
struct PageContext
{
    Jobs::JobRunner &jobs;
    Settings::SettingsStore &settings;
};

} // namespace Demetra::Ui
