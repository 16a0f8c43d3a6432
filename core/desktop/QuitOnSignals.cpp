#include "QuitOnSignals.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

#ifdef Q_OS_WIN
#include <QAbstractNativeEventFilter>
#include <QMetaObject>

#include <windows.h>
#endif

namespace recbar {

#ifdef Q_OS_UNIX
namespace {
int g_signalFd[2] = {-1, -1};
} // namespace

void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] {
        char byte = 0;
        if (::read(g_signalFd[1], &byte, 1) >= 0)
            QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(g_signalFd[0], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#elif defined(Q_OS_WIN)
namespace {

// A thread message (no window) WM_CLOSE: a window's own WM_CLOSE stays the window's business.
// Qt 6 hands the dispatcher's messages over as "windows_generic_MSG" (Qt 5 said
// "windows_dispatcher_MSG"; seen under Wine with Qt 6.4).
class ThreadCloseFilter : public QAbstractNativeEventFilter
{
public:
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *) override
    {
        const auto *msg = static_cast<const MSG *>(message);
        if ((eventType != "windows_generic_MSG" && eventType != "windows_dispatcher_MSG") ||
            msg->hwnd != nullptr || msg->message != WM_CLOSE)
            return false;
        QCoreApplication::quit();
        return true;
    }
};

BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT)
        return FALSE;
    // Another thread: the quit is queued to the application's own.
    QMetaObject::invokeMethod(
        qApp, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    return TRUE;
}

} // namespace

void quitOnSignals()
{
    static ThreadCloseFilter filter;
    qApp->installNativeEventFilter(&filter);
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
}
#else
void quitOnSignals() {}
#endif

} // namespace recbar
