#pragma once

#include <QSpinBox>

namespace Demetra::Settings {
class SettingsStore;
}

namespace Demetra::Ui {

/// The minimum-volume gate (impressions) shared by the audience and best-time pages and Settings: shows and stores
/// the MinImpressions setting, and picks up a change made elsewhere.
class MinVolumeSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    MinVolumeSpinBox(Settings::SettingsStore &settings, const QString &toolTip, QWidget *parent = nullptr);

    /// Reads the stored value without emitting volumeChanged; true when it differed from what was shown.
    bool syncFromSettings();
    qint64 volume() const { return value(); }

signals:
    /// The user changed the gate (already stored).
    void volumeChanged(qint64 minimum);

private:
    Settings::SettingsStore &m_settings;
};

} // namespace Demetra::Ui
