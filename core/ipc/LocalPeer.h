#pragma once

#include "domain/Result.h"

#include <QString>

class QLocalServer;
class QLocalSocket;

namespace recbar::control {

// The control socket is the user's own: it lives in a folder only the user can enter, and each
// end checks that the process at the other end runs as the same user (SO_PEERCRED on Linux,
// getpeereid on macOS and the BSDs, the pipe's client or server process token on Windows).
// One file per platform: LocalPeer_unix.cpp, LocalPeer_win.cpp.

enum class End { Server, Client };

// Whether the process at the other end of `socket` runs as this user, and if not, why it may
// not be trusted. `us` says which end this process is.
Result<void> checkPeer(const QLocalSocket &socket, End us);

// Creates `folder` for the socket (0700) or checks the one there: a real folder (not a link),
// owned by this user, closed to everyone else; or why not. (Windows: no such folder.)
Result<void> makePrivateFolder(const QString &folder);

// The bar's claim on the control socket's name. On Unix the socket is made under a name of
// its own and then moved into place, so that giving it up removes the file at the path only if
// it is still the one this process made (another RecBar, or anything else, may have taken the
// name since); QLocalServer alone removes whatever is there.
class ListeningName
{
public:
    Result<void> listen(QLocalServer &server, const QString &path);
    void release(QLocalServer &server);

private:
    QString m_path;
    quint64 m_device = 0;
    quint64 m_inode = 0;
};

} // namespace recbar::control
