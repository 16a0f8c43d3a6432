#pragma once

#include <QString>

namespace recbar {

// File names that come from a server are not trusted: only letters, digits, '.', '-' and '_',
// no leading dot, no way out of the folder they are meant for.
class FileNames
{
public:
    static QString safe(const QString &suggested, const QString &fallback,
                        const QString &extension);
    // A downloaded recording's name: the server's name made safe, with the recording's own id
    // in it, so two recordings whose names clean up alike never share a file.
    static QString forDownload(const QString &suggested, const QString &recordingId,
                               const QString &extension);
    // The path of `name` inside `folder`, or empty if it would land outside it.
    static QString inside(const QString &folder, const QString &name);
};

} // namespace recbar
