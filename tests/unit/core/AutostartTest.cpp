#include "desktop/Autostart.h"

#include "CatchCompat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

using namespace recbar;

TEST_CASE("Autostart at login is an entry the system reads, added and removed", "[autostart]")
{
    // A path with a space and characters the Exec key must escape. The tests run in Qt's test
    // mode, so the entry goes under ~/.qttest (a registry key of its own on Windows), never
    // into the user's own login items.
    Autostart autostart(QStringLiteral("/opt/Rec Bar/$bin/recbar"));
    REQUIRE(autostart.location().contains(QStringLiteral("qttest")));
    const QString folder = QFileInfo(autostart.location()).absolutePath();
    QDir(folder).removeRecursively();
    CHECK_FALSE(autostart.isEnabled());
    REQUIRE(autostart.setEnabled(true).ok());
    CHECK(autostart.isEnabled());
#ifdef Q_OS_LINUX
    QFile entry(autostart.location());
    REQUIRE(entry.open(QIODevice::ReadOnly));
    const QByteArray text = entry.readAll();
    CHECK(text.contains("Exec=\"/opt/Rec Bar/\\$bin/recbar\" --minimized\n"));
    if (const QString validate =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        !validate.isEmpty()) {
        QProcess check;
        check.start(validate, {autostart.location()});
        REQUIRE(check.waitForFinished(10'000));
        INFO(check.readAllStandardOutput().toStdString());
        CHECK(check.exitCode() == 0);
    }
#endif
#ifdef Q_OS_WIN
    // The Run key's value: the program quoted, with its option.
    const QSettings run(autostart.location().section(u'\\', 0, -2), QSettings::NativeFormat);
    CHECK(run.value(QStringLiteral("RecBar")).toString() ==
          QStringLiteral("\"\\opt\\Rec Bar\\$bin\\recbar\" --minimized"));
#endif
    REQUIRE(autostart.setEnabled(true).ok()); // again: still one entry, rewritten
    REQUIRE(autostart.setEnabled(false).ok());
    CHECK_FALSE(autostart.isEnabled());
    REQUIRE(autostart.setEnabled(false).ok()); // nothing to remove is not an error

#ifdef Q_OS_LINUX
    // A place that cannot be written: a clear reason, nothing enabled.
    QDir(folder).removeRecursively();
    QFile blocker(folder);
    REQUIRE(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    const Result<void> refused = autostart.setEnabled(true);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Cannot write")));
    CHECK_FALSE(autostart.isEnabled());
    QFile::remove(folder);
#endif
}
