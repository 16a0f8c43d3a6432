#include "api/ImagicleFilter.h"

#include "CatchCompat.h"

using namespace recsim::imagicle;

TEST_CASE("Escaped separators and backslashes survive splitting", "[imagicle]")
{
    CHECK(splitEscaped(QStringLiteral("a;b")) ==
          QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(splitEscaped(QStringLiteral("a\\;b")) == QStringList{QStringLiteral("a;b")});
    CHECK(splitEscaped(QStringLiteral("a\\\\;b")) ==
          QStringList{QStringLiteral("a\\"), QStringLiteral("b")});
    CHECK_FALSE(splitEscaped(QStringLiteral("dangling\\")).has_value());
    CHECK_FALSE(splitEscaped(QStringLiteral("bad\\x")).has_value());
}

TEST_CASE("String filters compare with equals: and contains:", "[imagicle]")
{
    const auto equals = std::get<StringFilter>(parseStringFilter(QStringLiteral("equals:5003")));
    CHECK(equals.matches(QStringLiteral("5003")));
    CHECK_FALSE(equals.matches(QStringLiteral("805003")));
    const auto contains = std::get<StringFilter>(parseStringFilter(QStringLiteral("contains:500")));
    CHECK(contains.matches(QStringLiteral("805003")));
    const auto escaped = std::get<StringFilter>(parseStringFilter(QStringLiteral("equals:a\\;b")));
    CHECK(escaped.matches(QStringLiteral("a;b")));
    CHECK(std::holds_alternative<QString>(parseStringFilter(QStringLiteral("5003"))));
    CHECK(std::holds_alternative<QString>(parseStringFilter(QStringLiteral("equals:a;b"))));
}

TEST_CASE("Time filters: after and before are strict, between includes its lower bound",
          "[imagicle]")
{
    const QDateTime t = QDateTime::fromString(QStringLiteral("2026-11-01T00:00:00Z"), Qt::ISODate);
    const auto after =
        std::get<TimeFilter>(parseTimeFilter(QStringLiteral("after:2026-11-01T00:00:00Z")));
    CHECK_FALSE(after.matches(t));
    CHECK(after.matches(t.addSecs(1)));
    const auto before =
        std::get<TimeFilter>(parseTimeFilter(QStringLiteral("before:2026-11-01T00:00:00Z")));
    CHECK(before.matches(t.addSecs(-1)));
    CHECK_FALSE(before.matches(t));
    const auto between = std::get<TimeFilter>(
        parseTimeFilter(QStringLiteral("between:2026-11-01T00:00:00Z;2026-11-02T00:00:00Z")));
    CHECK(between.matches(t));
    CHECK(between.matches(t.addSecs(86'399)));
    CHECK_FALSE(between.matches(t.addSecs(86'400)));
    CHECK(std::holds_alternative<QString>(parseTimeFilter(QStringLiteral("after:yesterday"))));
    CHECK(std::holds_alternative<QString>(
        parseTimeFilter(QStringLiteral("between:2026-11-02T00:00:00Z;2026-11-01T00:00:00Z"))));
    CHECK(std::holds_alternative<QString>(
        parseTimeFilter(QStringLiteral("since:2026-11-01T00:00:00Z"))));
}

TEST_CASE("Durations are written as ISO 8601", "[imagicle]")
{
    CHECK(isoDuration(0) == QStringLiteral("PT0S"));
    CHECK(isoDuration(192'000) == QStringLiteral("PT3M12S"));
    CHECK(isoDuration(3'600'000) == QStringLiteral("PT1H0M0S"));
    CHECK(isoDuration(3'725'400) == QStringLiteral("PT1H2M5S"));
}
