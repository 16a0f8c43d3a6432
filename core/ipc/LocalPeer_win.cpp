#include "LocalPeer.h"

#include <QCoreApplication>
#include <QLocalServer>
#include <QLocalSocket>

#include <windows.h>

namespace recbar::control {

namespace {

class LocalPeerText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::LocalPeer)
};

// The user SID a process runs as, as bytes; empty when it cannot be read.
QByteArray userOf(HANDLE process)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(process, TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    QByteArray buffer(int(size), Qt::Uninitialized);
    QByteArray sid;
    if (size && GetTokenInformation(token, TokenUser, buffer.data(), size, &size)) {
        const PSID user = reinterpret_cast<TOKEN_USER *>(buffer.data())->User.Sid;
        sid = QByteArray(reinterpret_cast<const char *>(user), int(GetLengthSid(user)));
    }
    CloseHandle(token);
    return sid;
}

} // namespace

Result<void> checkPeer(const QLocalSocket &socket, End us)
{
    const auto pipe = reinterpret_cast<HANDLE>(socket.socketDescriptor());
    ULONG pid = 0;
    const BOOL known = us == End::Server ? GetNamedPipeClientProcessId(pipe, &pid)
                                         : GetNamedPipeServerProcessId(pipe, &pid);
    if (!known)
        return fail(
            LocalPeerText::tr("the other end cannot be identified (error %1)").arg(GetLastError()));
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
    if (!process)
        return fail(
            LocalPeerText::tr("the other end cannot be identified (error %1)").arg(GetLastError()));
    const QByteArray peer = userOf(process);
    CloseHandle(process);
    const QByteArray self = userOf(GetCurrentProcess());
    if (peer.isEmpty() || self.isEmpty() || peer != self)
        return fail(LocalPeerText::tr("the other end runs as another user"));
    return {};
}

Result<void> makePrivateFolder(const QString &)
{
    return {}; // named pipes live in their own namespace, restricted by their DACL
}

// A named pipe has no file to leave behind: the name goes with the last handle. It is claimed
// first with FILE_FLAG_FIRST_PIPE_INSTANCE, which fails when any process created a pipe of that
// name before: a process that squats the name would otherwise receive the agent's commands
// (QLocalServer creates its instances without the flag). Once Qt's instances hold the name, the
// claim is let go; the pipe's security, the creator's, keeps others from adding instances.
Result<void> ListeningName::listen(QLocalServer &server, const QString &path)
{
    const QString prefix = QStringLiteral("\\\\.\\pipe\\");
    const QString full = path.startsWith(prefix) ? path : prefix + path;
    const HANDLE claim =
        CreateNamedPipeW(reinterpret_cast<const wchar_t *>(full.utf16()),
                         PIPE_ACCESS_DUPLEX | FILE_FLAG_FIRST_PIPE_INSTANCE,
                         PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_REJECT_REMOTE_CLIENTS,
                         PIPE_UNLIMITED_INSTANCES, 0, 0, 0, nullptr);
    if (claim == INVALID_HANDLE_VALUE)
        return fail(LocalPeerText::tr("%1 is already held by another process (error %2)")
                        .arg(full)
                        .arg(GetLastError()));
    const bool listening = server.listen(path);
    CloseHandle(claim);
    if (!listening)
        return fail(server.errorString());
    return {};
}

void ListeningName::release(QLocalServer &server)
{
    server.close();
}

} // namespace recbar::control
