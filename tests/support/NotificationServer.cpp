#include "NotificationServer.h"

namespace {
constexpr char kConnection[] = "recbar-test-notification-server";
}

NotificationServer::NotificationServer()
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                          QString::fromLatin1(kConnection)))
{
    m_registered = m_bus.isConnected() &&
                   m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                        QDBusConnection::ExportAllSlots) &&
                   m_bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
}

NotificationServer::~NotificationServer()
{
    if (m_registered)
        m_bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    QDBusConnection::disconnectFromBus(QString::fromLatin1(kConnection));
}

uint NotificationServer::Notify(const QString &, uint, const QString &, const QString &summary,
                                const QString &body, const QStringList &, const QVariantMap &, int)
{
    m_received.append(summary + QStringLiteral(" | ") + body);
    return ++m_next;
}
