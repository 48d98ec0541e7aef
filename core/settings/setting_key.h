#pragma once

#include <QString>

namespace Demetra::Settings {

/// A typed setting declared once: its QSettings name and its default.
template<typename T> struct SettingKey
{
    QString name;
    T defaultValue;
};

} // namespace Demetra::Settings
