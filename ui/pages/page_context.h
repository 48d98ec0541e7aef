#pragma once

namespace Demetra::Jobs {
class JobRunner;
}
namespace Demetra::Settings {
class SecretStore;
class SettingsStore;
} // namespace Demetra::Settings

namespace Demetra::Ui {

/// What every page is given by the composition root: the job runner (each job opens its own connection) and the
/// settings, and the secret store (the LLM API key; the keychain in the app, memory in tests). Pages never open the
/// database on the UI thread.
struct PageContext
{
    Jobs::JobRunner &jobs;
    Settings::SettingsStore &settings;
    Settings::SecretStore &secrets;
};

} // namespace Demetra::Ui
