#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace recbar {

// A notification through the desktop's own service, whether or not a tray icon is shown (stock
// GNOME has a notification service and no tray): on Linux the freedesktop Notifications service
// on the session bus; elsewhere there is none here, and the tray's balloon or toast is used.
// Text is plain: the markup characters some servers would render are made look-alikes first.
class DesktopNotifications : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    // Sends; `unavailable` runs (later, or at once) when the service did not take it.
    void send(const QString &title, const QString &message, bool critical,
              std::function<void()> unavailable);

    // The freedesktop service's well-known name, path and interface (the Desktop Notifications
    // Specification), for tests that stand in for it on a bus of their own.
    static constexpr char kService[] = "org.freedesktop.Notifications";
    static constexpr char kPath[] = "/org/freedesktop/Notifications";
};

} // namespace recbar
