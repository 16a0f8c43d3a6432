#include "DesktopNotifications.h"
#include "PlainText.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>

namespace recbar {

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{}

void DesktopNotifications::send(const QString &title, const QString &message, bool critical,
                                std::function<void()> unavailable)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        unavailable();
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath),
                                       QLatin1String(kService), QStringLiteral("Notify"));
    // urgency: 1 normal, 2 critical (the specification's hints); critical ones stay until
    // dismissed on most servers, which is what a failed command needs.
    const QVariantMap hints{
        {QStringLiteral("urgency"), QVariant::fromValue<uchar>(critical ? 2 : 1)},
        {QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()}};
    call << QStringLiteral("RecBar") << 0u << QStringLiteral("org.recbar.RecBar")
         << PlainText::neutral(title) << PlainText::neutral(message) << QStringList() << hints
         << (critical ? 0 : -1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [watcher, unavailable = std::move(unavailable)] {
                watcher->deleteLater();
                if (watcher->isError())
                    unavailable();
            });
}

} // namespace recbar
