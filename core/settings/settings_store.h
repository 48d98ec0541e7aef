#pragma once

#include "core/settings/setting_key.h"

#include <QSettings>
#include <QVariant>
#include <memory>

namespace Demetra::Settings {

/// The one way the program reads and writes preferences (DESIGN.md §6): typed keys declared in settings_keys.h over a
/// QSettings backend. Never holds secrets (they go through a SecretStore). Injected, never global.
class SettingsStore
{
public:
    /// The platform's user settings for the application's organisation and name.
    SettingsStore();
    /// An INI file at `path` (tests, portable installs).
    explicit SettingsStore(const QString &path);

    template<typename T> T value(const SettingKey<T> &key) const
    {
        const QVariant v = m_settings->value(key.name);
        if (!v.isValid() || !v.canConvert<T>())
            return key.defaultValue;
        return v.value<T>();
    }
    template<typename T> void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings->setValue(key.name, QVariant::fromValue(value));
    }
    template<typename T> void reset(const SettingKey<T> &key) { m_settings->remove(key.name); }

    /// Settings whose names are built at run time (a table's column state, a mapping per header signature).
    QVariant raw(const QString &name, const QVariant &fallback = {}) const { return m_settings->value(name, fallback); }
    void setRaw(const QString &name, const QVariant &value) { m_settings->setValue(name, value); }
    /// Writes pending changes to storage.
    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Demetra::Settings
