#include "BarRig.h"
#include "HttpClient.h"
#include "audio/AudioDecoder.h"
#include "audio/Waveform.h"
#include "library/Library.h"
#include "model/SimModel.h"
#include "servers/ServerKind.h"

#include <QDir>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTimeZone>

using namespace recbar;

namespace {

const QString kMedia = QStringLiteral("/fw/Apps/Recorder/WebAPI/Recordings/");

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// bob signed in to recsim, his library fed by its Imagicle-style recordings list.
struct LibraryRig : BarRig
{
    Library library{settings};
    QList<std::tuple<qint64, bool, QString>> downloads;

    explicit LibraryRig(bool open = true)
    {
        Profile p = profile();
        p.recordingsKind = QStringLiteral("imagicle");
        // recsim encodes the MP3 in this same thread before it answers: on a loaded machine that
        // takes longer than the rig's usual 3 s of silence.
        p.requestTimeoutMs = 15'000;
        signInAndConnect(p);
        if (open)
            openLibrary();
        QObject::connect(&library, &Library::downloadFinished,
                         [this](qint64 id, bool ok, const QString &message) {
                             downloads.append({id, ok, message});
                         });
    }

    void openLibrary()
    {
        REQUIRE(library.open(dir.filePath(QStringLiteral("data/library.sqlite")), cacheFolder()));
        auto source = session.makeRecordingsSource();
        REQUIRE(source);
        library.setServer(std::move(source));
    }

    QString cacheFolder() const { return dir.filePath(QStringLiteral("cache")); }

    int listed()
    {
        QSignalSpy listed(&library, &Library::serverListed);
        QSignalSpy failed(&library, &Library::serverFailed);
        library.refreshServer();
        REQUIRE(waitFor([&] { return !listed.isEmpty() || !failed.isEmpty(); }));
        if (!failed.isEmpty())
            FAIL(failed.first().at(0).toString().toStdString());
        return listed.first().at(0).toInt();
    }

    int rows()
    {
        while (library.model().canFetchMore())
            library.model().fetchMore();
        return library.model().rowCount();
    }

    // The library's row for a recsim recording.
    RecordingEntry entryFor(const recsim::Recording &recording)
    {
        for (const qint64 id : library.model().allIds()) {
            const RecordingEntry e = library.index().entry(id).value();
            if (e.sourceKey == recording.id)
                return e;
        }
        FAIL("recording " << recording.id.toStdString() << " is not in the library");
        return {};
    }

    std::tuple<qint64, bool, QString> fetch(qint64 id)
    {
        downloads.clear();
        library.download(id);
        REQUIRE(waitFor([&] { return !downloads.isEmpty(); }, 10'000));
        return downloads.first();
    }

    QStringList cacheFiles() const
    {
        return QDir(cacheFolder()).entryList(QDir::Files | QDir::Hidden);
    }

    const recsim::Recording *pausedRecordingOfBob()
    {
        for (const recsim::Recording *r : server.model().recordings()) {
            if (r->agentId == 2 && !r->isRunning() && !server.model().pausedSpans(*r).isEmpty())
                return r;
        }
        return nullptr;
    }
};

} // namespace

TEST_CASE("The server's recordings are listed page by page and merged without duplicates",
          "[library][server]")
{
    LibraryRig rig;
    recsim::SimModel &model = rig.server.model();
    // More than one page (100) of bob's recordings.
    for (int i = 0; i < 120; ++i) {
        const QString call = rig.server.connectedCall(
            QStringLiteral("bob"), QStringLiteral("+1555%1").arg(i, 7, 10, QLatin1Char('0')));
        model.startRecording(model.call(call), recsim::RecordingOrigin::Imagicle);
        model.clock()->advance(30'000);
        REQUIRE_FALSE(model.hangup(model.call(call)).has_value());
    }
    const QList<recsim::Recording *> all = model.recordings();
    const int expected = int(std::count_if(
        all.begin(), all.end(), [](const recsim::Recording *r) { return r->agentId == 2; }));
    REQUIRE(expected > 120);

    CHECK(rig.listed() == expected);
    CHECK(rig.rows() == expected);
    CHECK(rig.listed() == expected);
    CHECK(rig.rows() == expected); // the same rows again, not twice as many

    const recsim::Recording *last = model.recordings().last();
    const RecordingEntry e = rig.entryFor(*last);
    CHECK(e.agent == QStringLiteral("bob"));
    CHECK(e.remoteNumber == QStringLiteral("+15550000119"));
    CHECK(e.durationMs == 30'000);
    CHECK(e.startTime == QDateTime::fromMSecsSinceEpoch(last->startMs, QTimeZone::utc()));
    CHECK_FALSE(e.onDisk);
    CHECK(e.downloadName == last->referenceNumber + QStringLiteral(".mp3"));

    // A list that cannot be read changes nothing and says why.
    rig.server.addFault(json(
        R"({"kind": "malformed", "path": "/fw/Apps/Recorder/WebAPI/Recordings", "count": 1})"));
    QSignalSpy failed(&rig.library, &Library::serverFailed);
    rig.library.refreshServer();
    REQUIRE(waitFor([&] { return !failed.isEmpty(); }));
    CHECK_FALSE(failed.first().at(0).toString().isEmpty());
    CHECK(rig.rows() == expected);
}

TEST_CASE("A download lands whole in the cache and shows the pauses the server recorded",
          "[library][server][download]")
{
    LibraryRig rig;
    const recsim::Recording *recording = rig.pausedRecordingOfBob();
    REQUIRE(recording);
    rig.listed();
    const RecordingEntry e = rig.entryFor(*recording);

    const auto [id, ok, message] = rig.fetch(e.id);
    INFO(message.toStdString());
    REQUIRE(ok);
    CHECK(id == e.id);
    const RecordingEntry stored = rig.library.index().entry(e.id).value();
    CHECK(stored.onDisk);
    CHECK(QFileInfo(stored.filePath).absolutePath() == QDir(rig.cacheFolder()).absolutePath());
    CHECK(rig.cacheFiles() == QStringList{QFileInfo(stored.filePath).fileName()});
    CHECK(rig.library.model().data(rig.library.model().index(0, LibraryModel::Where)).isValid());

    auto opened = AudioDecoder::open(stored.filePath);
    REQUIRE(opened.ok());
    CHECK((*opened)->formatName() == QStringLiteral("MP3"));

    // The MP3's silences are where recsim says the recording was paused or blacked out.
    auto built = Waveform::build(stored.filePath);
    REQUIRE(built.ok());
    const auto found = built->silentSpans();
    const QList<recsim::Span> expected = rig.server.model().pausedSpans(*recording);
    REQUIRE(found.size() == expected.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        // MP3 frames are 72 ms at 8 kHz: the edges blur by about one.
        CHECK(std::abs(found[i].first - expected[i].start) <= 120);
        CHECK(std::abs(found[i].second - expected[i].end) <= 120);
    }
}

TEST_CASE("An interrupted download leaves nothing behind and can be retried",
          "[library][server][download]")
{
    LibraryRig rig;
    rig.listed();
    const qint64 id = rig.library.model().idAt(0);

    // A dropped connection is retried once by Qt itself: drop it every time.
    for (const char *fault : {"drop", "truncate"}) {
        INFO(fault);
        rig.server.addFault(json(QStringLiteral(R"({"kind": "%1", "path": "%2", "count": 3})")
                                     .arg(QLatin1String(fault), kMedia)
                                     .toUtf8()));
        const auto [failedId, ok, message] = rig.fetch(id);
        CHECK(failedId == id);
        CHECK_FALSE(ok);
        CHECK_FALSE(message.isEmpty());
        CHECK(rig.cacheFiles().isEmpty()); // no .part, no half file
        CHECK_FALSE(rig.library.index().entry(id)->onDisk);
        CHECK_FALSE(rig.library.isDownloading(id));
        rig.server.clearFaults();
    }

    // A server that answers with an error page.
    rig.server.addFault(
        json(QStringLiteral(R"({"kind": "status", "status": 503, "path": "%1", "count": 1})")
                 .arg(kMedia)
                 .toUtf8()));
    CHECK_FALSE(std::get<1>(rig.fetch(id)));
    CHECK(rig.cacheFiles().isEmpty());

    const auto [retryId, ok, message] = rig.fetch(id);
    INFO(message.toStdString());
    CHECK(ok);
    CHECK(rig.library.index().entry(id)->onDisk);
    REQUIRE(rig.cacheFiles().size() == 1);
    const QString path = rig.library.index().entry(id)->filePath;
    const qint64 size = QFileInfo(path).size();

    // Fetching it again and failing keeps the good copy.
    rig.server.addFault(json(
        QStringLiteral(R"({"kind": "truncate", "path": "%1", "count": 3})").arg(kMedia).toUtf8()));
    CHECK_FALSE(std::get<1>(rig.fetch(id)));
    CHECK(rig.cacheFiles().size() == 1);
    CHECK(QFileInfo(path).size() == size);
    CHECK(rig.library.index().entry(id)->onDisk);
}

TEST_CASE("A download a killed process left half-written is not a recording",
          "[library][server][download]")
{
    LibraryRig rig(false);
    QDir().mkpath(rig.cacheFolder());
    QFile part(QDir(rig.cacheFolder()).filePath(QStringLiteral("1001.mp3.part")));
    REQUIRE(part.open(QIODevice::WriteOnly));
    part.write(QByteArray(4096, '\x55'));
    part.close();
    rig.openLibrary();
    CHECK(rig.cacheFiles().isEmpty());
    rig.listed();
    CHECK(rig.library.model().data(rig.library.model().index(0, LibraryModel::Where)).toString() ==
          QStringLiteral("On the server"));
}

TEST_CASE("A hostile file name from the server stays inside the cache",
          "[library][server][download]")
{
    LibraryRig rig;
    HttpClient http(rig.server.url());
    const recsim::Recording *bobs = rig.pausedRecordingOfBob();
    REQUIRE(bobs);
    REQUIRE(http.put(QStringLiteral("/sim/recordings/%1/reference").arg(bobs->id),
                     R"({"referenceNumber": "../../../outside/evil"})")
                .status == 200);
    rig.listed();
    const RecordingEntry e = rig.entryFor(*bobs);
    CHECK(e.downloadName == QStringLiteral("../../../outside/evil.mp3"));

    const auto [id, ok, message] = rig.fetch(e.id);
    INFO(message.toStdString());
    REQUIRE(ok);
    const QString path = rig.library.index().entry(id)->filePath;
    CHECK(QFileInfo(path).absolutePath() == QDir(rig.cacheFolder()).absolutePath());
    // The server's name, cleaned, with the recording's own id in it.
    CHECK(QFileInfo(path).fileName() ==
          QStringLiteral("evil_") + bobs->id + QStringLiteral(".mp3"));
    CHECK_FALSE(QDir(rig.dir.path()).exists(QStringLiteral("outside")));
    CHECK_FALSE(QFileInfo::exists(rig.dir.filePath(QStringLiteral("../outside/evil.mp3"))));
}

TEST_CASE("Recordings whose names clean up alike get files of their own",
          "[library][server][download][security]")
{
    LibraryRig rig;
    HttpClient http(rig.server.url());
    QList<const recsim::Recording *> recordings;
    for (const recsim::Recording *r : rig.server.model().recordings()) {
        if (r->agentId == 2 && !r->isRunning() && recordings.size() < 2)
            recordings.append(r);
    }
    REQUIRE(recordings.size() == 2);
    // "call 1" and "call?1" both clean up to call_1.
    REQUIRE(http.put(QStringLiteral("/sim/recordings/%1/reference").arg(recordings[0]->id),
                     R"({"referenceNumber": "call 1"})")
                .status == 200);
    REQUIRE(http.put(QStringLiteral("/sim/recordings/%1/reference").arg(recordings[1]->id),
                     R"({"referenceNumber": "call?1"})")
                .status == 200);
    rig.listed();
    const RecordingEntry first = rig.entryFor(*recordings[0]);
    const RecordingEntry second = rig.entryFor(*recordings[1]);
    REQUIRE(std::get<1>(rig.fetch(first.id)));
    REQUIRE(std::get<1>(rig.fetch(second.id)));
    const QString a = rig.library.index().entry(first.id)->filePath;
    const QString b = rig.library.index().entry(second.id)->filePath;
    CHECK(a != b);
    CHECK(QFileInfo::exists(a));
    CHECK(QFileInfo::exists(b));
    // Each row still plays its own call.
    CHECK(QFileInfo(a).size() != QFileInfo(b).size());
}
