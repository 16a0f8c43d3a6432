#include "DesktopNotifications.h"

namespace recbar {

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{}

// Windows and macOS: the tray icon is always there, and its balloon (a toast on Windows 10 and
// later) or the notification centre is the desktop's own.
void DesktopNotifications::send(const QString &, const QString &, bool,
                                std::function<void()> unavailable)
{
    unavailable();
}

} // namespace recbar
