#include "domain/Result.h"

#include "CatchCompat.h"

#include <memory>

using namespace recbar;

namespace {

Result<int> half(int n)
{
    if (n % 2 != 0)
        return fail(QStringLiteral("%1 is odd").arg(n));
    return n / 2;
}

// A failure passes up unchanged through a caller of another result type.
Result<void> quarterIsEven(int n)
{
    const Result<int> once = half(n);
    if (!once)
        return once.failure();
    const Result<int> twice = half(*once);
    if (!twice)
        return twice.failure();
    if (*twice % 2 != 0)
        return fail(QStringLiteral("a quarter of %1 is odd").arg(n));
    return {};
}

} // namespace

TEST_CASE("A result holds its value or the reason it failed, never both", "[result]")
{
    const Result<int> ok = half(8);
    REQUIRE(ok.ok());
    CHECK(*ok == 4);
    CHECK(ok.valueOr(-1) == 4);

    const Result<int> odd = half(7);
    REQUIRE_FALSE(odd.ok());
    CHECK(odd.error() == QStringLiteral("7 is odd"));
    CHECK(odd.valueOr(-1) == -1);

    CHECK(quarterIsEven(8).ok());
    CHECK(quarterIsEven(6).error() == QStringLiteral("3 is odd"));
    CHECK(quarterIsEven(12).error() == QStringLiteral("a quarter of 12 is odd"));
}

TEST_CASE("A result of text tells its value from its error", "[result]")
{
    // The ambiguity std::variant<QString, QString> or optional<QString> had: which one is it?
    const Result<QString> value = QStringLiteral("the value");
    const Result<QString> failed = fail(QStringLiteral("the error"));
    CHECK(value.ok());
    CHECK(*value == QStringLiteral("the value"));
    CHECK_FALSE(failed.ok());
    CHECK(failed.error() == QStringLiteral("the error"));
}

TEST_CASE("A result can hand over a value that cannot be copied", "[result]")
{
    Result<std::unique_ptr<int>> made = std::make_unique<int>(42);
    REQUIRE(made.ok());
    const std::unique_ptr<int> taken = *std::move(made);
    CHECK(*taken == 42);
}
