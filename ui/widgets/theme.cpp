#include "ui/widgets/theme.h"

#include <QApplication>
#include <QChart>
#include <QHash>
#include <QPalette>
#include <QProcess>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QValueAxis>

namespace Demetra::Ui {

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1f, 0x23, 0x28);
    const QColor base(0x16, 0x1b, 0x22);
    const QColor text(0xe6, 0xed, 0xf3);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x21, 0x26, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x33, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x94, 0x9e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2d, 0x33, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::Mid, QColor(0x30, 0x36, 0x3d));
    p.setColor(QPalette::Dark, QColor(0x10, 0x14, 0x18));
    p.setColor(QPalette::Light, QColor(0x3d, 0x44, 0x4d));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x76, 0x81));
    return p;
}

// Colour-blind-friendly categorical colours (Okabe–Ito order, extended), by catalogue channel first.
const QList<QColor> &lightColors()
{
    static const QList<QColor> c{QColor(0x1f, 0x77, 0xb4), QColor(0xe3, 0x6c, 0x0a), QColor(0x2c, 0xa0, 0x2c),
                                 QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                 QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22),
                                 QColor(0x7f, 0x7f, 0x7f)};
    return c;
}
} // namespace

/// Whether the desktop asks for a dark look while Qt's platform palette is light (GNOME without a Qt platform theme):
/// GTK_THEME ending in ":dark", or GNOME's color-scheme setting.
static bool desktopPrefersDark()
{
    if (qEnvironmentVariable("GTK_THEME").endsWith(QStringLiteral(":dark"), Qt::CaseInsensitive))
        return true;
    // Only GNOME-like desktops keep the choice there; elsewhere asking costs a process start for nothing.
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    if (!desktop.contains(QStringLiteral("GNOME"), Qt::CaseInsensitive) &&
        !desktop.contains(QStringLiteral("Unity"), Qt::CaseInsensitive) &&
        !desktop.contains(QStringLiteral("Budgie"), Qt::CaseInsensitive))
        return false;
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (gsettings.isEmpty())
        return false;
    QProcess p;
    p.start(gsettings,
            {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"), QStringLiteral("color-scheme")});
    if (!p.waitForFinished(250))
        return false;
    return p.readAllStandardOutput().contains("prefer-dark");
}

void Theme::apply(QApplication &app, const QString &mode)
{
    if (mode == QStringLiteral("system"))
        app.setPalette(QPalette()); // back to the platform's own palette
    if (mode == QStringLiteral("dark") || (mode == QStringLiteral("system") && !isDark() && desktopPrefersDark())) {
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        app.setPalette(darkPalette());
    } else if (mode == QStringLiteral("light")) {
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        app.setPalette(app.style()->standardPalette());
    }
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

void Theme::applyTo(QChart *chart)
{
    if (!chart)
        return;
    const QPalette p = QApplication::palette();
    chart->setTheme(isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(p.color(QPalette::Text));
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
}

QColor Theme::channelColor(const QString &channel)
{
    static const QStringList known{QStringLiteral("Facebook"),   QStringLiteral("Instagram"),
                                   QStringLiteral("Google Ads"), QStringLiteral("TikTok"),
                                   QStringLiteral("Telegram"),   QStringLiteral("Yandex.Direct"),
                                   QStringLiteral("VK"),         QStringLiteral("Twitter"),
                                   QStringLiteral("Pinterest"),  QStringLiteral("LinkedIn")};
    const QList<QColor> &colors = lightColors();
    qsizetype i = known.indexOf(channel);
    if (i < 0)
        i = qsizetype(qHash(channel) % size_t(colors.size()));
    QColor c = colors[i % colors.size()];
    return isDark() ? c.lighter(135) : c;
}

QColor Theme::good()
{
    return isDark() ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
}

QColor Theme::bad()
{
    return isDark() ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
}

QColor Theme::ramp(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    // From a pale tint to a saturated blue (light) or from dark slate to bright teal (dark).
    const QColor lo = isDark() ? QColor(0x21, 0x26, 0x2d) : QColor(0xf1, 0xf6, 0xfc);
    const QColor hi = isDark() ? QColor(0x2e, 0xa0, 0x43) : QColor(0x08, 0x51, 0x9c);
    return QColor::fromRgbF(float(lo.redF() + (hi.redF() - lo.redF()) * t),
                            float(lo.greenF() + (hi.greenF() - lo.greenF()) * t),
                            float(lo.blueF() + (hi.blueF() - lo.blueF()) * t));
}

} // namespace Demetra::Ui
