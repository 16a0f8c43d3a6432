// The library's part of the fault matrix: a full disk during a download, a locked SQLite file,
// a corrupt one. Nothing crashes, the user is told, nothing on disk is left half-written.
#include "BarRig.h"
#include "audit/AuditLog.h"
#include "library/FileNames.h"
#include "library/Library.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

using namespace recbar;

TEST_CASE("Library faults: a full disk during a download leaves nothing behind",
          "[faults][library]")
{
    if (!QFile::exists(QStringLiteral("/dev/full"))) {
        WARN("not run: it needs /dev/full (Linux)");
        return;
    }
    BarRig rig;
    Profile p = rig.profile();
    p.recordingsKind = QStringLiteral("imagicle");
    rig.signInAndConnect(p);
    Library library(rig.settings);
    const QString cache = rig.dir.filePath(QStringLiteral("cache"));
    REQUIRE(library.open(rig.dir.filePath(QStringLiteral("library.sqlite")), cache));
    library.setServer(rig.session.makeRecordingsSource());
    QSignalSpy listed(&library, &Library::serverListed);
    library.refreshServer();
    REQUIRE(waitFor([&] { return !listed.isEmpty(); }));
    const qint64 id = library.model().idAt(0);
    const RecordingEntry entry = library.index().entry(id).value();

    // The download's .part is where the disk is full: writes fail with ENOSPC.
    const QString name =
        FileNames::forDownload(entry.downloadName, entry.sourceKey, QStringLiteral("mp3"));
    const QString part = QDir(cache).filePath(name + QStringLiteral(".part"));
    REQUIRE(QFile::link(QStringLiteral("/dev/full"), part));
    QSignalSpy finished(&library, &Library::downloadFinished);
    library.download(id);
    REQUIRE(waitFor([&] { return !finished.isEmpty(); }, 10'000));
    CHECK_FALSE(finished.first().at(1).toBool());
    const QString message = finished.first().at(2).toString();
    CHECK(message.contains(QStringLiteral("Cannot save the download")));
    CHECK(message.contains(QStringLiteral("space"), Qt::CaseInsensitive));
    CHECK_FALSE(QFileInfo::exists(part));
    CHECK_FALSE(library.index().entry(id)->onDisk);
    CHECK_FALSE(QFileInfo::exists(QDir(cache).filePath(name)));
    QTextStream(stdout) << "\nLibrary faults\ndisk full during a download: failed, told \""
                        << message << "\"\n";
}

TEST_CASE("Library faults: a locked index fails the write with a reason, then works again",
          "[faults][library]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("recbar.ini")), QSettings::IniFormat);
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    Library library(settings);
    REQUIRE(library.open(path, dir.filePath(QStringLiteral("cache"))));
    RecordingEntry e;
    e.source = QStringLiteral("folder:/x");
    e.sourceKey = QStringLiteral("a.wav");
    const qint64 id = *library.add(e);
    REQUIRE(id > 0);

    // Another process holds the write lock (a second RecBar, a backup tool).
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QElapsedTimer clock;
        clock.start();
        CHECK_FALSE(library.saveDetails(id, {QStringLiteral("vip")},
                                        QStringLiteral("written while locked")));
        const qint64 waited = clock.elapsed();
        CHECK(waited >= 2500); // the busy timeout, not an instant failure
        RecordingEntry f = e;
        f.sourceKey = QStringLiteral("b.wav");
        const Result<void> refused = library.add(QList<RecordingEntry>{f});
        CHECK_FALSE(refused.ok());
        const QString why = refused ? QString() : refused.error();
        CHECK(why.contains(QStringLiteral("in use by another program")));
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
        QTextStream(stdout) << "locked index: write refused after " << waited << " ms, told \""
                            << why << "\"\n";
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    // Neither the tag nor the note went in: saved together, or not at all.
    CHECK(library.entry(id)->tags.isEmpty());
    CHECK(library.entry(id)->notes.isEmpty());
    CHECK(library.saveDetails(id, {}, QStringLiteral("written after")));
    CHECK(library.index().entry(id)->notes == QStringLiteral("written after"));
}

TEST_CASE("Library faults: a corrupt index is refused and left as it was", "[faults][library]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("recbar.ini")), QSettings::IniFormat);
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        Library library(settings);
        REQUIRE(library.open(path, dir.filePath(QStringLiteral("cache"))));
        QList<RecordingEntry> many;
        for (int i = 0; i < 2000; ++i) {
            RecordingEntry e;
            e.source = QStringLiteral("folder:/x");
            e.sourceKey = QStringLiteral("%1.wav").arg(i);
            e.notes = QStringLiteral("notes for recording %1").arg(i);
            many.append(e);
        }
        REQUIRE(library.add(many));
    }
    // Damage pages in the middle of the file (a bad sector, a half-copied backup).
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(file.size() / 2);
    file.write(QByteArray(8192, '\x5A'));
    file.close();
    const QByteArray damaged = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    Library library(settings);
    const Result<void> refused = library.open(path, dir.filePath(QStringLiteral("cache")));
    REQUIRE_FALSE(refused.ok());
    const QString error = refused.error();
    CHECK_FALSE(error.isEmpty());
    QFile after(path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == damaged);
    QTextStream(stdout) << "corrupt index: refused, told \"" << error << "\", file unchanged\n";
}

TEST_CASE("Library faults: an export whose CSV does not reach the disk is no export",
          "[faults][library]")
{
    if (!QFile::exists(QStringLiteral("/dev/full"))) {
        WARN("not run: it needs /dev/full (Linux)");
        return;
    }
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("recbar.ini")), QSettings::IniFormat);
    Library library(settings);
    REQUIRE(library.open(dir.filePath(QStringLiteral("library.sqlite")),
                         dir.filePath(QStringLiteral("cache"))));
    RecordingEntry e;
    e.source = QStringLiteral("folder:/x");
    e.sourceKey = QStringLiteral("a.wav");
    const qint64 id = *library.add(e);
    const QString out = dir.filePath(QStringLiteral("export"));
    REQUIRE(QDir().mkpath(out));
    REQUIRE(QFile::link(QStringLiteral("/dev/full"), out + QStringLiteral("/recordings.csv")));
    QSignalSpy exported(&library, &Library::exported);
    QString report;
    CHECK_FALSE(library.exportTo({id}, out, &report));
    CHECK(report.contains(QStringLiteral("Cannot write")));
    CHECK(exported.isEmpty()); // not audited as done
}

#ifdef Q_OS_UNIX
#include <sys/stat.h>

TEST_CASE("The library, its cache and the audit log are the user's alone", "[library][security]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString cache = dir.filePath(QStringLiteral("cache/recordings"));
    // A data folder an older version left open to others is closed again.
    REQUIRE(QDir().mkpath(data));
    ::chmod(QFile::encodeName(data).constData(), 0755);
    Library library(settings);
    REQUIRE(library.open(data + QStringLiteral("/library.sqlite"), cache));
    AuditLog audit(data + QStringLiteral("/audit.log"));
    REQUIRE(audit.append(QStringLiteral("test"), {}));
    const auto mode = [](const QString &path) {
        struct stat info = {};
        REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
        return info.st_mode & 0777;
    };
    CHECK(mode(data) == 0700);
    CHECK(mode(cache) == 0700);
    CHECK(mode(data + QStringLiteral("/library.sqlite")) == 0600);
    CHECK(mode(data + QStringLiteral("/audit.log")) == 0600);
}
#endif
