#include "domain/Backoff.h"

#include "CatchCompat.h"

using namespace recbar;
using namespace std::chrono_literals;

TEST_CASE("A back-off doubles from its first wait up to the cap it is given, until reset",
          "[backoff]")
{
    Backoff backoff(1s);
    CHECK_FALSE(backoff.backingOff());
    CHECK(backoff.next(30s) == 1s);
    CHECK(backoff.backingOff());
    CHECK(backoff.next(30s) == 2s);
    CHECK(backoff.next(30s) == 4s);
    // Lost during a call: a lower cap, at once.
    CHECK(backoff.next(5s) == 5s);
    for (int i = 0; i < 10; ++i)
        backoff.next(30s);
    CHECK(backoff.next(30s) == 30s);
    backoff.reset();
    CHECK_FALSE(backoff.backingOff());
    CHECK(backoff.next(30s) == 1s);
}

TEST_CASE("A spread back-off waits within its fraction either way", "[backoff]")
{
    Backoff backoff(10s, 0.2);
    bool varied = false;
    std::chrono::milliseconds first{};
    for (int i = 0; i < 50; ++i) {
        backoff.reset();
        const auto wait = backoff.next(5min);
        CHECK(wait >= 8s);
        CHECK(wait <= 12s);
        if (i == 0)
            first = wait;
        else if (wait != first)
            varied = true;
    }
    CHECK(varied);
}
