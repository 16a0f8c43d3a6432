#include "SimTestSupport.h"

#include <QTemporaryFile>

#include <sndfile.h>

namespace {

const QString kBase = QStringLiteral("/fw/Apps/Recorder/WebAPI/");

HttpReply startLive(HttpClient &client, const QByteArray &body = {})
{
    return client.post(kBase + QStringLiteral("LiveRecordings"), body);
}

int reason(const HttpReply &reply)
{
    INFO(reply.text().toStdString());
    REQUIRE(reply.status == 400);
    return reply.object().value(QStringLiteral("reason")).toInt(-1);
}

QJsonObject list(HttpClient &client, const QString &query)
{
    const HttpReply reply = client.get(kBase + QStringLiteral("Recordings") + query);
    INFO(reply.text().toStdString());
    REQUIRE(reply.status == 200);
    return reply.object();
}

// Completed recordings made through the simulator, for the list tests.
QStringList makeRecordings(RecsimProcess &sim)
{
    QStringList ids;
    const struct
    {
        const char *agent;
        const char *number;
        const char *direction;
    } calls[] = {{"alice", "+15551110001", "in"},
                 {"alice", "+15552220002", "out"},
                 {"bob", "+15551110003", "in"}};
    for (const auto &c : calls) {
        const QString call =
            sim.createCall(QString::fromLatin1(c.agent),
                           {{QStringLiteral("number"), QString::fromLatin1(c.number)},
                            {QStringLiteral("direction"), QString::fromLatin1(c.direction)},
                            {QStringLiteral("answered"), true}});
        if (QLatin1String(c.agent) == u"bob")
            REQUIRE(clientFor(sim, QStringLiteral("bob"))
                        ->post(kBase + QStringLiteral("LiveRecordings"), {})
                        .status == 201);
        sim.advance(65'000);
        sim.callAction(call, QStringLiteral("hangup"));
        ids.append(onlyRecordingOfCall(sim, call).value(QStringLiteral("id")).toString());
        sim.advance(60'000);
    }
    return ids;
}

} // namespace

TEST_CASE("LiveRecordings: the user's own line, 201 with an id, 429 when already recording",
          "[imagicle]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    CHECK(startLive(*bob).status == 409); // no connected call
    const QString call = connectedCall(sim, QStringLiteral("bob"));
    const HttpReply created = startLive(*bob);
    REQUIRE(created.status == 201);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    CHECK(onlyRecordingOfCall(sim, call).value(QStringLiteral("id")).toString() == id);
    CHECK(startLive(*bob).status == 429);
}

TEST_CASE("LiveRecordings: device, number and mode are checked with documented reasons",
          "[imagicle]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    connectedCall(sim, QStringLiteral("alice"));
    CHECK(reason(startLive(*bob, R"({"directoryNumber":"9999"})")) == 0);
    CHECK(reason(startLive(*bob, R"({"deviceName":"SEPDEADBEEF"})")) == 0);
    CHECK(reason(startLive(*bob, R"({"deviceName":"SEP000000007000","directoryNumber":"5003"})")) ==
          0);
    CHECK(reason(startLive(*bob, R"({"directoryNumber":"5007"})")) == 1); // erin: not monitorable
    CHECK(reason(startLive(*bob, R"({"directoryNumber":"7000","mode":5})")) == 2);
    CHECK(reason(startLive(*clientFor(sim, QStringLiteral("sam")))) ==
          3); // a supervisor has no line
    CHECK(reason(startLive(*bob, R"({"directoryNumber":"805003"})")) == 4); // carol: automatic
    CHECK(startLive(*bob, R"({"directoryNumber":"7000","mode":1})").status ==
          429); // alice records already
    CHECK(startLive(*bob, "{not json").status == 400);

    connectedCall(sim, QStringLiteral("dan"));
    const HttpReply byDevice = startLive(*bob, R"({"deviceName":"SEP000000005005","mode":0})");
    CHECK(byDevice.status == 201);
}

TEST_CASE("LiveRecordings need level 10 - listing needs base access only", "[imagicle]")
{
    RecsimProcess sim;
    auto carol = clientFor(sim, QStringLiteral("carol")); // level 1
    connectedCall(sim, QStringLiteral("bob"));
    CHECK(startLive(*carol, R"({"directoryNumber":"5003"})").status == 403);
    const HttpReply id = startLive(*clientFor(sim, QStringLiteral("bob")));
    REQUIRE(id.status == 201);
    const QString recording = id.object().value(QStringLiteral("id")).toString();
    CHECK(carol->put(kBase + QStringLiteral("LiveRecordings/%1/Pause").arg(recording)).status ==
          403);
    CHECK(carol->del(kBase + QStringLiteral("LiveRecordings/") + recording).status == 403);
    CHECK(carol->get(kBase + QStringLiteral("Recordings")).status == 200);
}

TEST_CASE("Pause and Resume answer 429 when redundant", "[imagicle]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    const QString call = connectedCall(sim, QStringLiteral("bob"));
    const QString id = startLive(*bob).object().value(QStringLiteral("id")).toString();
    const QString path = kBase + QStringLiteral("LiveRecordings/") + id;
    CHECK(bob->put(path + QStringLiteral("/Resume")).status == 429);
    sim.advance(1000);
    CHECK(bob->put(path + QStringLiteral("/Pause")).status == 204);
    const HttpReply again = bob->put(path + QStringLiteral("/Pause"));
    CHECK(again.status == 429);
    CHECK(again.object()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("already paused")));
    sim.advance(1000);
    CHECK(bob->put(path + QStringLiteral("/Resume")).status == 204);
    CHECK(bob->put(kBase + QStringLiteral("LiveRecordings/%1/Pause")
                               .arg(QStringLiteral("00000000-0000-0000-0000-000000000000")))
              .status == 409);

    // The same by line.
    CHECK(bob->put(kBase + QStringLiteral("LiveRecordings/Pause")).status == 400);
    CHECK(bob->put(kBase + QStringLiteral("LiveRecordings/Pause?directoryNumber=7000")).status ==
          409);
    sim.advance(1000);
    CHECK(bob->put(kBase + QStringLiteral("LiveRecordings/Pause?directoryNumber=5003")).status ==
          204);
    CHECK(bob->put(kBase + QStringLiteral("LiveRecordings/Pause?directoryNumber=5003")).status ==
          429);
    sim.advance(1000);
    CHECK(bob->put(kBase + QStringLiteral("LiveRecordings/Resume?directoryNumber=5003")).status ==
          204);
    sim.callAction(call, QStringLiteral("hangup"));
    CHECK(onlyRecordingOfCall(sim, call).value(QStringLiteral("pausedSpans")).toArray() ==
          QJsonArray{
              QJsonObject{{QStringLiteral("startMs"), 1000}, {QStringLiteral("endMs"), 2000}},
              QJsonObject{{QStringLiteral("startMs"), 3000}, {QStringLiteral("endMs"), 4000}}});
}

TEST_CASE("Stopping a live recording: 204, then 409 - bad ids 400 - service down 504", "[imagicle]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    connectedCall(sim, QStringLiteral("bob"));
    const QString id = startLive(*bob).object().value(QStringLiteral("id")).toString();
    CHECK(bob->del(kBase + QStringLiteral("LiveRecordings/not-a-uuid")).status == 400);
    REQUIRE(sim.sim()
                .send("PATCH", QStringLiteral("/sim/settings"), R"({"imagicleServiceDown":true})")
                .status == 200);
    CHECK(bob->del(kBase + QStringLiteral("LiveRecordings/") + id).status == 504);
    REQUIRE(sim.sim()
                .send("PATCH", QStringLiteral("/sim/settings"), R"({"imagicleServiceDown":false})")
                .status == 200);
    CHECK(bob->del(kBase + QStringLiteral("LiveRecordings/") + id).status == 204);
    CHECK(bob->del(kBase + QStringLiteral("LiveRecordings/") + id).status == 409);
    CHECK(sim.recording(id).value(QStringLiteral("state")) == QStringLiteral("stopped"));
}

TEST_CASE("Recordings: newest first, paged, own recordings unless supervisor", "[imagicle]")
{
    RecsimProcess sim; // 3 history recordings per agent
    const QStringList made = makeRecordings(sim);
    auto alice = clientFor(sim, QStringLiteral("alice"));
    auto sam = clientFor(sim, QStringLiteral("sam"));

    const QJsonObject all = list(*sam, QStringLiteral("?pageSize=100"));
    CHECK(all.value(QStringLiteral("totalCount")).toInt() == 15 + 3);
    const QJsonArray items = all.value(QStringLiteral("recordings")).toArray();
    CHECK(items.first().toObject().value(QStringLiteral("id")).toString() == made.last());
    for (qsizetype i = 1; i < items.size(); ++i)
        CHECK(items[i - 1].toObject().value(QStringLiteral("startTime")).toString() >=
              items[i].toObject().value(QStringLiteral("startTime")).toString());
    const QJsonObject first = items.first().toObject();
    for (const char *field : {"id", "referenceNumber", "startTime", "duration", "direction",
                              "localPartyNumber", "remotePartyNumber", "ownerUsername"})
        CHECK(first.contains(QLatin1String(field)));
    CHECK(first.value(QStringLiteral("duration")) == QStringLiteral("PT1M5S"));
    CHECK(first.value(QStringLiteral("ownerUsername")) == QStringLiteral("bob"));

    const QJsonObject own = list(*alice, QStringLiteral("?pageSize=100"));
    CHECK(own.value(QStringLiteral("totalCount")).toInt() == 3 + 2);
    const QJsonObject page0 = list(*sam, QStringLiteral("?page=0&pageSize=4"));
    const QJsonObject page4 = list(*sam, QStringLiteral("?page=4&pageSize=4"));
    CHECK(page0.value(QStringLiteral("recordings")).toArray().size() == 4);
    CHECK(page4.value(QStringLiteral("recordings")).toArray().size() == 2);
    CHECK(page4.value(QStringLiteral("totalCount")).toInt() == 18);
    CHECK(list(*sam, QStringLiteral("?page=9"))
              .value(QStringLiteral("recordings"))
              .toArray()
              .isEmpty());
    CHECK(sam->get(kBase + QStringLiteral("Recordings?page=-1")).status == 400);
    CHECK(sam->get(kBase + QStringLiteral("Recordings?pageSize=0")).status == 400);
    CHECK(sam->get(kBase + QStringLiteral("Recordings?pageSize=many")).status == 400);
}

TEST_CASE("Recordings filters: time, numbers, owner and direction", "[imagicle]")
{
    RecsimProcess sim;
    const QStringList made = makeRecordings(sim);
    auto sam = clientFor(sim, QStringLiteral("sam"));
    const auto count = [&](const QString &query) {
        return list(*sam, QStringLiteral("?pageSize=100&") + query)
            .value(QStringLiteral("totalCount"))
            .toInt();
    };
    // The test clock starts at 2026-03-02T09:00:00Z; history lies before it.
    CHECK(count(QStringLiteral("startTime=after:2026-03-02T09:00:00Z")) == 2);
    CHECK(count(QStringLiteral("startTime=between:2026-03-02T09:00:00Z;2026-03-02T10:00:00Z")) ==
          3);
    CHECK(count(QStringLiteral("startTime=before:2026-03-02T09:00:00Z")) == 15);
    CHECK(count(QStringLiteral("endTime=before:2026-03-02T09:01:06Z")) == 16);
    CHECK(count(QStringLiteral("remotePartyNumber=contains:1110")) == 2);
    CHECK(count(QStringLiteral("remotePartyNumber=equals:%2B15552220002")) == 1);
    CHECK(count(QStringLiteral("localPartyNumber=equals:5003")) == 3 + 1);
    CHECK(count(QStringLiteral("ownerUsername=equals:ALICE")) == 5);
    CHECK(count(QStringLiteral(
              "direction=2&ownerUsername=equals:alice&startTime=after:2026-03-02T00:00:00Z")) == 1);
    CHECK(count(QStringLiteral("ownerUsername=contains:a\\;b")) == 0);
    for (const char *bad : {"startTime=after:lunch", "startTime=sometime", "remotePartyNumber=1110",
                            "ownerUsername=equals:a;b", "direction=7"}) {
        INFO(bad);
        CHECK(sam->get(kBase + QStringLiteral("Recordings?") + QString::fromLatin1(bad)).status ==
              400);
    }
}

TEST_CASE("Media is an MP3 of the recording, audited - others' recordings are not found",
          "[imagicle][audio]")
{
    RecsimProcess sim;
    const QStringList made = makeRecordings(sim);
    auto alice = clientFor(sim, QStringLiteral("alice"));
    const HttpReply media =
        alice->get(kBase + QStringLiteral("Recordings/%1/Media").arg(made.first()));
    REQUIRE(media.status == 200);
    CHECK(media.header("Content-Type") == "audio/mpeg");
    const auto sync = uchar(media.body.at(0)) == 0xFF && (uchar(media.body.at(1)) & 0xE0) == 0xE0;
    CHECK((media.body.startsWith("ID3") || sync));

    // Decode it and compare the length with the recording's 65 s.
    QTemporaryFile file;
    REQUIRE(file.open());
    file.write(media.body);
    file.flush();
    SF_INFO info{};
    SNDFILE *decoded = sf_open(file.fileName().toLocal8Bit().constData(), SFM_READ, &info);
    REQUIRE(decoded);
    CHECK(info.samplerate == 8000);
    CHECK(info.channels == 1);
    CHECK(std::abs(double(info.frames) / info.samplerate - 65.0) < 0.1);
    sf_close(decoded);

    CHECK(alice->get(kBase + QStringLiteral("Recordings/%1/Media").arg(made.last())).status ==
          404); // bob's
    CHECK(
        alice->get(kBase + QStringLiteral("Recordings/00000000-0000-0000-0000-000000000000/Media"))
            .status == 404);
    const QJsonArray audit = sim.sim()
                                 .get(QStringLiteral("/sim/audit"))
                                 .object()
                                 .value(QStringLiteral("entries"))
                                 .toArray();
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].toObject().value(QStringLiteral("user")) == QStringLiteral("alice"));
    CHECK(audit[0].toObject().value(QStringLiteral("target")) == made.first());
}
