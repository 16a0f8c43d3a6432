#pragma once

#include <QString>

namespace recbar {

// The library, the cache of recordings and the audit log are the user's alone: folders 0700,
// files 0600 on Unix, fixed on every open (a folder an older version made 0755 included). On
// Windows these live in the user's AppData, whose ACL already admits only the user.
class PrivateFiles
{
public:
    // Makes the folder (and its parents) and closes it to others; false if it cannot.
    static bool makeFolder(const QString &path);
    // Closes an existing file to others; true when there is no such file.
    static bool restrict(const QString &file);
};

} // namespace recbar
