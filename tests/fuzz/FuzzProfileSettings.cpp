// Settings files an administrator (or anyone with the user's files) may hand the bar: any bytes
// as the INI file, read as profiles and preferences.
#include "FuzzInput.h"
#include "profile/ProfileStore.h"
#include "servers/ServerKind.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const recbar::ServerRegistry kinds;
    const QString path = dir.filePath(QStringLiteral("recbar.ini"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QSettings settings(path, QSettings::IniFormat);
    recbar::ProfileStore store(settings);
    for (const recbar::Profile &profile : store.profiles())
        (void)store.profile(profile.id);
    (void)store.activeProfileId();
    (void)store.preferences();
    return 0;
}
