#include "domain/MetadataRules.h"

#include "CatchCompat.h"

using recbar::MetadataRules;
using Type = MetadataRules::ValueType;

TEST_CASE("Client metadata rules match the QM guide", "[metadata]")
{
    CHECK(MetadataRules::checkValue(Type::Number, QStringLiteral(".30")).ok());
    CHECK(MetadataRules::checkValue(Type::Number, QStringLiteral("10.7")).ok());
    CHECK_FALSE(MetadataRules::checkValue(Type::Number, QStringLiteral("30.")).ok());
    CHECK_FALSE(MetadataRules::checkValue(Type::Number, QStringLiteral("2,500")).ok());
    CHECK(MetadataRules::checkValue(Type::Date, QStringLiteral("2009-09-24")).ok());
    CHECK_FALSE(MetadataRules::checkValue(Type::Date, QStringLiteral("2009-02-30")).ok());
    CHECK_FALSE(MetadataRules::checkValue(Type::Text, QStringLiteral("a&b")).ok());
    CHECK_FALSE(MetadataRules::checkValue(Type::Text, QStringLiteral("a=b")).ok());
    CHECK(MetadataRules::checkValue(Type::Text, QStringLiteral("Jane Doe")).ok());
    CHECK_FALSE(MetadataRules::checkKey(QString()).ok());
    CHECK_FALSE(MetadataRules::checkKey(QStringLiteral("has space")).ok());
    CHECK(MetadataRules::checkKey(QStringLiteral("user2")).ok());
}

TEST_CASE("A metadata set: ten pairs at most, no duplicate keys, every problem with its row",
          "[metadata]")
{
    recbar::MetadataPairs pairs;
    for (int i = 0; i < 10; ++i)
        pairs.append({QStringLiteral("k%1").arg(i), QStringLiteral("v")});
    CHECK(MetadataRules::check(pairs).isEmpty());
    pairs.append({QStringLiteral("k0"), QStringLiteral("x&y")});
    const auto problems = MetadataRules::check(pairs);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].row == -1);
    CHECK(problems[1].row == 10);
    CHECK(problems[1].inKey);
    CHECK(problems[2].row == 10);
    CHECK_FALSE(problems[2].inKey);
    // Types the server announced apply; an empty value (removal) is always fine.
    const auto typed = MetadataRules::check(
        {{QStringLiteral("amount"), QStringLiteral("30.")}, {QStringLiteral("when"), QString()}},
        {{QStringLiteral("amount"), Type::Number}, {QStringLiteral("when"), Type::Date}});
    REQUIRE(typed.size() == 1);
    CHECK(typed[0].row == 0);
}

TEST_CASE("Call data never carries line breaks, controls or direction marks, from anywhere",
          "[metadata][security]")
{
    for (const QString &bad :
         {QStringLiteral("a\nb"), QStringLiteral("a\rb"), QStringLiteral("a\tb"),
          QStringLiteral("x\u202Ey"), QStringLiteral("x\u2028y"), QString(QChar(0))}) {
        CHECK_FALSE(MetadataRules::checkValue(MetadataRules::ValueType::Text, bad).ok());
        CHECK_FALSE(MetadataRules::check({{QStringLiteral("note"), bad}}).isEmpty());
    }
    CHECK_FALSE(MetadataRules::check({{QStringLiteral("Customer"), QStringLiteral("a")},
                                      {QStringLiteral("customer"), QStringLiteral("b")}})
                    .isEmpty());
}
