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
    /// A balloon message (de-duplication is the caller's business).
    void showMessage(const QString &title, const QString &text);
    QMenu *menu() const { return m_menu; }

signals:
    void showRequested();
    void refreshRequested();
    void quitRequested();

private:
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace Demetra::Ui
