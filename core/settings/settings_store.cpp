#include "core/settings/settings_store.h"

namespace Demetra::Settings {

SettingsStore::SettingsStore() : m_settings(std::make_unique<QSettings>()) {}

SettingsStore::SettingsStore(const QString &path) : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{}

} // namespace Demetra::Settings
