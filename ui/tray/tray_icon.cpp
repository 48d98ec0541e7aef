#include "ui/tray/tray_icon.h"

#include "ui/widgets/app_icon.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace Demetra::Ui {

TrayIcon::TrayIcon(QObject *parent) : QObject(parent)
{
    m_menu = new QMenu;
    m_menu->addAction(tr("Show Demetra"), this, &TrayIcon::showRequested);
    m_menu->addAction(tr("Refresh now"), this, &TrayIcon::refreshRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    m_icon = new QSystemTrayIcon(appIcon(), this);
    m_icon->setToolTip(tr("Demetra — advertising analytics"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setVisible(bool visible)
{
    m_icon->setVisible(visible && isAvailable());
}

bool TrayIcon::isVisible() const
{
    return m_icon->isVisible();
}

void TrayIcon::showMessage(const QString &title, const QString &text)
{
    emit messageRequested(title, text);
    if (m_icon->isVisible())
        m_icon->showMessage(title, text, appIcon());
}

void TrayIcon::setToolTip(const QString &text)
{
    m_icon->setToolTip(text);
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

} // namespace Demetra::Ui
