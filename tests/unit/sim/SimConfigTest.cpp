#include "model/SimConfig.h"

#include "CatchCompat.h"
#include "model/SimModel.h"

using namespace recsim;

TEST_CASE("The built-in demo configuration is valid", "[config]")
{
    const SimConfig demo = SimConfig::demo();
    CHECK(demo.agents.size() >= 4);
    CHECK(demo.users.size() >= 5);
    CHECK(demo.qmMetadataKeys.size() > 10);
}

TEST_CASE("Configuration errors name the field and the problem", "[config]")
{
    struct Case
    {
        const char *json;
        const char *expected;
    };
    const Case cases[] = {
        {"{", "invalid JSON"},
        {"[]", "must be a JSON object"},
        {R"({"agents":[{"id":1,"loginId":"a"}]})", "agents[0].phone: is required"},
        {R"({"agents":[{"id":1,"loginId":"a","phone":"1","colour":"red"}]})",
         "agents[0].colour: unknown field"},
        {R"({"agents":[{"id":1,"loginId":"a","phone":"1"},{"id":1,"loginId":"b","phone":"2"}]})",
         "duplicate agent id"},
        {R"({"users":[{"name":"u","password":"p","agent":9}]})", "no agent with id 9"},
        {R"({"users":[{"name":"u","password":"p","roles":["king"]}]})", "unknown role"},
        {R"({"settings":{"qmMode":"mixed"}})", "settings.qmMode"},
        {R"({"settings":{"qmMood":"agent"}})", "settings.qmMood: unknown field"},
        {R"({"clock":"sundial"})", "clock"},
        {R"({"settings":{"maxAgentBlackoutSec":0}})", "between 1 and"},
        {R"({"qmMetadataKeys":[{"name":"x","type":"colour"}]})", "text, number or date"},
    };
    for (const Case &c : cases) {
        QString error;
        INFO(c.json);
        CHECK_FALSE(SimConfig::fromJson(c.json, &error).has_value());
        INFO(error.toStdString());
        CHECK(error.contains(QString::fromLatin1(c.expected)));
    }
}

TEST_CASE("Every setting recsim writes is one it reads back", "[config][settings]")
{
    ServerSettings changed;
    changed.qm.mode = QStringLiteral("gateway");
    changed.finesse.recordingDelayMs = 5;
    changed.ids.tokenLifetimeSec = 60;
    changed.imagicle.serviceDown = true;
    changed.recordingApi.blackout = QStringLiteral("hidden");
    const QJsonObject written = settingsToJson(changed);
    CHECK(written.size() == 22);
    ServerSettings read;
    REQUIRE_FALSE(applySettings(read, written).has_value());
    CHECK(settingsToJson(read) == written);
}

TEST_CASE("Some calls in the history read out a card number, half of them while paused",
          "[config][history]")
{
    recsim::SimConfig config = SimConfig::demo();
    config.history.perAgent = 40;
    recsim::SimClock clock(recsim::SimClock::Mode::Manual);
    const recsim::SimModel model(config, &clock);
    int heard = 0;
    int paused = 0;
    for (const recsim::Recording *r : model.recordings()) {
        if (!r->spokenCardMs)
            continue;
        const qint64 from = *r->spokenCardMs;
        const qint64 to = from + recsim::kCardClipMs;
        INFO(r->id.toStdString());
        CHECK(from >= r->startMs);
        CHECK(to <= r->stopMs);
        const bool inPause = std::any_of(r->pauses.begin(), r->pauses.end(), [&](const auto &p) {
            return p.start <= from && to <= p.end;
        });
        const bool touchesPause =
            std::any_of(r->pauses.begin(), r->pauses.end(),
                        [&](const auto &p) { return p.start < to && from < p.end; });
        // Wholly in a pause or clear of every pause: never half heard.
        CHECK(inPause == touchesPause);
        ++(inPause ? paused : heard);
    }
    CHECK(heard >= 3);
    CHECK(paused >= 3);
    CHECK(std::abs(heard - paused) <= 1);
}
