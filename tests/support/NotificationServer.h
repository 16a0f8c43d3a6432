#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A freedesktop notification service (org.freedesktop.Notifications, the Desktop Notifications
// Specification's Notify) on the session bus, on a connection of its own, as a desktop without a
// tray but with a notification server has one: what the bar sends arrives over the real bus.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    NotificationServer();
    ~NotificationServer() override;
    // Whether it holds the service's name on a session bus (there is none outside a D-Bus
    // session: run the test under dbus-run-session).
    bool registered() const { return m_registered; }
    // "summary | body" of each notification received.
    const QStringList &received() const { return m_received; }

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities() const { return {QStringLiteral("body")}; }

private:
    QDBusConnection m_bus;
    bool m_registered = false;
    QStringList m_received;
    uint m_next = 0;
};
