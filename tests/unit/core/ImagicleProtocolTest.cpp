#include "servers/imagicle/ImagicleProtocol.h"

#include "CatchCompat.h"

using namespace recbar;

TEST_CASE("Imagicle durations are ISO 8601, and absurd ones are refused", "[imagicle]")
{
    CHECK(imagicle::parseIsoDuration(QStringLiteral("PT1H2M3.5S")) == 3'723'500);
    CHECK(imagicle::parseIsoDuration(QStringLiteral("PT45S")) == 45'000);
    CHECK(imagicle::parseIsoDuration(QStringLiteral("PT0S")) == 0);
    CHECK_FALSE(imagicle::parseIsoDuration(QStringLiteral("PT")).has_value());
    CHECK_FALSE(imagicle::parseIsoDuration(QStringLiteral("P1D")).has_value());
    CHECK_FALSE(imagicle::parseIsoDuration(QStringLiteral("PT-5S")).has_value());
    // Found by FuzzImagicle: this many minutes overflowed a 64-bit millisecond count.
    CHECK_FALSE(imagicle::parseIsoDuration(QStringLiteral("PT522222222222222222M")).has_value());
    CHECK(imagicle::parseIsoDuration(QStringLiteral("PT999999999H")) == 999'999'999LL * 3'600'000);
}

TEST_CASE("Imagicle's recordings list is read defensively", "[imagicle]")
{
    const QByteArray json = R"({"totalCount": 3, "recordings": [
        {"id": "a", "startTime": "2026-03-02T09:00:00Z", "duration": "PT1M", "direction": 1,
         "localPartyNumber": "5003", "remotePartyNumber": "+15550001111", "ownerUsername": "bob",
         "referenceNumber": 100026},
        {"startTime": "no id: nothing to fetch it by"},
        {"id": "c", "duration": 12, "referenceNumber": "../../x"}]})";
    const auto parsed = imagicle::parseRecordings(json, QStringLiteral("imagicle:h"));
    REQUIRE(parsed.ok());
    const imagicle::Page &page = *parsed;
    CHECK(page.totalCount == 3);
    REQUIRE(page.entries.size() == 2);
    CHECK(page.entries[0].durationMs == 60'000);
    CHECK(page.entries[0].downloadName == QStringLiteral("100026.mp3"));
    CHECK(page.entries[0].agent == QStringLiteral("bob"));
    CHECK(page.entries[1].durationMs == 0);
    CHECK(page.entries[1].downloadName == QStringLiteral("../../x.mp3")); // made safe at download
    CHECK_FALSE(imagicle::parseRecordings("[]", QStringLiteral("s")).ok());
    CHECK_FALSE(imagicle::parseRecordings("{\"totalCount\": 1}", QStringLiteral("s")).ok());
}
