#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace Demetra::Ui {

/// The system-tray icon: Show, Refresh now and Quit, and a place for messages (alerts use it). Does nothing where
/// the desktop has no tray (isAvailable() false).
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    void setVisible(bool visible);
    bool isVisible() const;
    /// A balloon message (de-duplication is the caller's business). Emits messageRequested even where no tray is
    /// shown (tests, desktops without a tray), so what would be shown can be observed.
    void showMessage(const QString &title, const QString &text);
    /// The icon's tooltip (the unread alert count).
    void setToolTip(const QString &text);
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }

signals:
    void showRequested();
    void refreshRequested();
    void quitRequested();
    /// showMessage() was called with this title and text.
    void messageRequested(const QString &title, const QString &text);
    /// The user clicked the last balloon message.
    void messageClicked();

private:
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace Demetra::Ui
