#include "LocalPeer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace recbar::control {

namespace {

class LocalPeerText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::LocalPeer)
};

} // namespace

Result<void> checkPeer(const QLocalSocket &socket, End)
{
    const int fd = int(socket.socketDescriptor());
    if (fd < 0)
        return fail(LocalPeerText::tr("the connection has no descriptor to check"));
    uid_t peer = 0;
#if defined(SO_PEERCRED)
    struct ucred credentials = {};
    socklen_t size = sizeof(credentials);
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0)
        return fail(LocalPeerText::tr("the other end cannot be identified (%1)")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    peer = credentials.uid;
#else
    gid_t group = 0;
    if (::getpeereid(fd, &peer, &group) != 0)
        return fail(LocalPeerText::tr("the other end cannot be identified (%1)")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
#endif
    if (peer != ::geteuid())
        return fail(LocalPeerText::tr("the other end runs as another user (uid %1)").arg(peer));
    return {};
}

Result<void> makePrivateFolder(const QString &folder)
{
    const QByteArray path = QFile::encodeName(folder);
    if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST)
        return fail(LocalPeerText::tr("%1 cannot be created (%2)")
                        .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
    struct stat info = {};
    if (::lstat(path.constData(), &info) != 0)
        return fail(LocalPeerText::tr("%1 cannot be read (%2)")
                        .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
    if (!S_ISDIR(info.st_mode))
        return fail(LocalPeerText::tr("%1 is not a folder").arg(folder));
    if (info.st_uid != ::geteuid())
        return fail(
            LocalPeerText::tr("%1 belongs to another user (uid %2)").arg(folder).arg(info.st_uid));
    if ((info.st_mode & 077) != 0)
        return fail(LocalPeerText::tr("%1 is open to other users (mode %2)")
                        .arg(folder, QString::number(info.st_mode & 0777, 8)));
    return {};
}

Result<void> ListeningName::listen(QLocalServer &server, const QString &path)
{
    const QString own = path + QStringLiteral(".%1").arg(::getpid());
    QLocalServer::removeServer(own);
    if (!server.listen(own))
        return fail(server.errorString());
    struct stat info = {};
    if (::lstat(QFile::encodeName(own).constData(), &info) != 0 ||
        ::rename(QFile::encodeName(own).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = LocalPeerText::tr("%1 cannot be put in place (%2)")
                                .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        server.close();
        return fail(why);
    }
    m_path = path;
    m_device = info.st_dev;
    m_inode = info.st_ino;
    return {};
}

void ListeningName::release(QLocalServer &server)
{
    server.close(); // removes the name it listened under, which is no longer there
    if (m_path.isEmpty())
        return;
    const QByteArray path = QFile::encodeName(m_path);
    struct stat info = {};
    if (::lstat(path.constData(), &info) == 0 && S_ISSOCK(info.st_mode) &&
        quint64(info.st_dev) == m_device && quint64(info.st_ino) == m_inode)
        ::unlink(path.constData());
    m_path.clear();
}

} // namespace recbar::control
