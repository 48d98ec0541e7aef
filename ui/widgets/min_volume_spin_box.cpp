#include "ui/widgets/min_volume_spin_box.h"

#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"

#include <QSignalBlocker>

namespace Demetra::Ui {

namespace {
constexpr int kMaximum = 1000000000;
}

MinVolumeSpinBox::MinVolumeSpinBox(Settings::SettingsStore &settings, const QString &toolTip, QWidget *parent)
    : QSpinBox(parent), m_settings(settings)
{
    setRange(0, kMaximum);
    setSingleStep(1000);
    setGroupSeparatorShown(true);
    setKeyboardTracking(false);
    setSuffix(tr(" impressions"));
    setToolTip(toolTip);
    syncFromSettings();
    connect(this, &QSpinBox::valueChanged, this, [this](int v) {
        m_settings.setValue(Settings::Keys::MinImpressions, qint64(v));
        emit volumeChanged(v);
    });
}

bool MinVolumeSpinBox::syncFromSettings()
{
    const int stored = int(qMin<qint64>(m_settings.value(Settings::Keys::MinImpressions), kMaximum));
    if (stored == value())
        return false;
    const QSignalBlocker block(this);
    setValue(stored);
    return true;
}

} // namespace Demetra::Ui
