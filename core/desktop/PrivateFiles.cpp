#include "PrivateFiles.h"

#include <QDir>
#include <QFile>

namespace recbar {

bool PrivateFiles::makeFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool PrivateFiles::restrict(const QString &file)
{
    if (!QFile::exists(file))
        return true;
    return QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace recbar
