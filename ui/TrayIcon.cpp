#include "TrayIcon.h"

#include "PlainText.h"
#include "domain/Timing.h"

namespace recbar {

TrayIcon::TrayIcon(CommandActions &actions, QObject *parent)
    : QObject(parent)
{
    m_menu.setToolTipsVisible(true);
    m_menu.addAction(tr("Show the bar"), this, &TrayIcon::showBarRequested);
    m_menu.addSeparator();
    // Everyday commands only: restart and delete need the bar, where they ask first.
    using Slot = CommandActions::Slot;
    for (Slot slot : {Slot::Start, Slot::PauseResume, Slot::Stop, Slot::Metadata, Slot::Tag,
                      Slot::Segment, Slot::Duplicate, Slot::Screen})
        m_menu.addAction(actions.menuAction(slot));
    m_menu.addSeparator();
    m_signIn = m_menu.addAction(tr("Sign in…"), this, &TrayIcon::signInRequested);
    m_signOut = m_menu.addAction(tr("Sign out"), this, &TrayIcon::signOutRequested);
    m_menu.addAction(tr("Recordings…"), this, &TrayIcon::libraryRequested);
    m_team = m_menu.addAction(tr("Team…"), this, &TrayIcon::teamRequested);
    m_team->setVisible(false);
    m_menu.addAction(tr("Settings…"), this, &TrayIcon::settingsRequested);
    m_menu.addSeparator();
    m_menu.addAction(tr("Quit RecBar"), this, &TrayIcon::quitRequested);
    m_tray.setContextMenu(&m_menu);

    // Double clicks arrive as two activations on some desktops, this far apart at most.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::milliseconds(300));
    connect(&m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason != QSystemTrayIcon::Trigger && reason != QSystemTrayIcon::DoubleClick)
                    return;
                if (m_debounce.isActive())
                    return;
                m_debounce.start();
                emit showBarRequested();
            });

    m_retry.setInterval(timing::kTrayRetry);
    connect(&m_retry, &QTimer::timeout, this, &TrayIcon::tryShow);
    setSnapshot({});
    tryShow();
}

void TrayIcon::tryShow()
{
    const bool was = m_tray.isVisible();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray.show();
        m_retry.stop();
    } else {
        m_retry.start(); // stock GNOME has none; an extension may bring one later
    }
    if (was != m_tray.isVisible())
        emit availabilityChanged(m_tray.isVisible());
}

void TrayIcon::setSnapshot(const AgentSnapshot &snapshot)
{
    const Presentation p = StatePresentation::of(snapshot, QDateTime::currentDateTimeUtc());
    // Each change of icon goes to the tray host: only on a change of state icon.
    if (p.iconPath != m_iconPath) {
        m_iconPath = p.iconPath;
        m_icon = StatePresentation::icon(p.iconPath);
        m_tray.setIcon(m_icon);
    }
    if (const QString tooltip = PlainText::neutral(p.tooltip); tooltip != m_tray.toolTip())
        m_tray.setToolTip(tooltip);
    const bool signedOut = snapshot.connection == ConnectionState::SignedOut ||
                           snapshot.connection == ConnectionState::CredentialsRejected ||
                           snapshot.connection == ConnectionState::SignInNeeded;
    m_signIn->setVisible(signedOut);
    m_signOut->setVisible(!signedOut);
}

void TrayIcon::notify(const QString &title, const QString &message, bool critical)
{
    // The desktop's notification service first: it is there on desktops without a tray.
    m_notifications.send(title, message, critical, [this, title, message, critical] {
        if (m_tray.isVisible() && QSystemTrayIcon::supportsMessages())
            m_tray.showMessage(
                PlainText::neutral(title), PlainText::neutral(message),
                critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information,
                int((critical ? timing::kNotificationCritical : timing::kNotification).count()));
    });
}

} // namespace recbar
