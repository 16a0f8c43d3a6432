#pragma once

#include "CommandActions.h"
#include "DesktopNotifications.h"
#include "StatePresentation.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace recbar {

// The tray icon: its look tells the state, its tooltip the details, its menu (built once,
// updated in place) the allowed commands and why the others are not. Where the desktop has no
// tray, it says so (available() is false) and tries again now and then.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(CommandActions &actions, QObject *parent = nullptr);

    bool available() const { return m_tray.isVisible(); }
    void setSnapshot(const AgentSnapshot &snapshot);
    void notify(const QString &title, const QString &message, bool critical);
    QMenu *menu() { return &m_menu; }
    const QIcon &icon() const { return m_icon; }
    // The team board's entry, for a supervisor's profile only.
    void setTeamAvailable(bool available) { m_team->setVisible(available); }

signals:
    void showBarRequested();
    void signInRequested();
    void signOutRequested();
    void settingsRequested();
    void libraryRequested();
    void teamRequested();
    void quitRequested();
    void availabilityChanged(bool available);

private:
    void tryShow();

    QSystemTrayIcon m_tray;
    DesktopNotifications m_notifications;
    QMenu m_menu;
    QTimer m_retry{this}; // a child, so diagnostics count it
    QIcon m_icon;
    QString m_iconPath;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_team = nullptr;
    QTimer m_debounce{this};
};

} // namespace recbar
