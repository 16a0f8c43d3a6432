#include "api/QmMetadata.h"

#include "CatchCompat.h"

using recsim::MetadataKey;
using namespace recsim::qm;

namespace {

QList<MetadataKey> keys()
{
    QList<MetadataKey> out = {{QStringLiteral("account"), MetadataKey::Type::Number},
                              {QStringLiteral("customer"), MetadataKey::Type::Text},
                              {QStringLiteral("followup"), MetadataKey::Type::Date}};
    for (int i = 1; i <= 10; ++i)
        out.append({QStringLiteral("k%1").arg(i), MetadataKey::Type::Text});
    return out;
}

} // namespace

TEST_CASE("Number formats follow the integration guide", "[qm]")
{
    for (const char *ok : {".30", "10.7", "2500", "0", "-4.5"})
        CHECK_FALSE(validateValue(MetadataKey::Type::Number, QString::fromLatin1(ok)).has_value());
    for (const char *bad : {"30.", "2,500", "1.2.3", "abc", ".", ""})
        CHECK(validateValue(MetadataKey::Type::Number, QString::fromLatin1(bad)).has_value());
}

TEST_CASE("Dates must be real yyyy-mm-dd dates", "[qm]")
{
    CHECK_FALSE(validateValue(MetadataKey::Type::Date, QStringLiteral("2009-09-24")).has_value());
    for (const char *bad : {"2009-9-24", "24.09.2009", "2009-02-30", "2009-09-24T10:00"})
        CHECK(validateValue(MetadataKey::Type::Date, QString::fromLatin1(bad)).has_value());
}

TEST_CASE("Text may not contain the reserved & and =", "[qm]")
{
    CHECK_FALSE(
        validateValue(MetadataKey::Type::Text, QStringLiteral("Jane Doe, VIP #1")).has_value());
    CHECK(validateValue(MetadataKey::Type::Text, QStringLiteral("a&b")).has_value());
    CHECK(validateValue(MetadataKey::Type::Text, QStringLiteral("a=b")).has_value());
}

TEST_CASE("Metadata: unknown keys ignored, same key replaces, empty value removes", "[qm]")
{
    const QMap<QString, QString> current{{QStringLiteral("account"), QStringLiteral("1")},
                                         {QStringLiteral("customer"), QStringLiteral("Ann")}};
    const MetadataChange change =
        applyMetadata(current,
                      {{QStringLiteral("account"), QStringLiteral("2")},
                       {QStringLiteral("customer"), QString()},
                       {QStringLiteral("nosuchkey"), QStringLiteral("x")}},
                      keys());
    CHECK(change.errors.isEmpty());
    CHECK(change.result ==
          QMap<QString, QString>{{QStringLiteral("account"), QStringLiteral("2")}});
    CHECK(change.applied == QStringList{QStringLiteral("account")});
    CHECK(change.removed == QStringList{QStringLiteral("customer")});
    CHECK(change.ignored == QStringList{QStringLiteral("nosuchkey")});
}

TEST_CASE("Metadata: at most ten defined pairs per call, counted after the command", "[qm]")
{
    QMap<QString, QString> nine;
    for (int i = 1; i <= 9; ++i)
        nine.insert(QStringLiteral("k%1").arg(i), QStringLiteral("v"));

    const MetadataChange tenth =
        applyMetadata(nine, {{QStringLiteral("k10"), QStringLiteral("v")}}, keys());
    CHECK(tenth.errors.isEmpty());
    CHECK(tenth.result.size() == 10);

    const MetadataChange eleventh =
        applyMetadata(tenth.result, {{QStringLiteral("account"), QStringLiteral("5")}}, keys());
    CHECK_FALSE(eleventh.errors.isEmpty());

    // Replacing or removing within the ten is fine; unknown keys never count.
    const MetadataChange swap = applyMetadata(tenth.result,
                                              {{QStringLiteral("k1"), QString()},
                                               {QStringLiteral("account"), QStringLiteral("5")},
                                               {QStringLiteral("zzz"), QStringLiteral("ignored")}},
                                              keys());
    CHECK(swap.errors.isEmpty());
    CHECK(swap.result.size() == 10);
}

TEST_CASE("Metadata: one invalid value rejects the whole command", "[qm]")
{
    const MetadataChange change =
        applyMetadata({},
                      {{QStringLiteral("account"), QStringLiteral("30.")},
                       {QStringLiteral("customer"), QStringLiteral("fine")}},
                      keys());
    REQUIRE(change.errors.size() == 1);
    CHECK(change.errors.first().startsWith(QStringLiteral("account:")));
}
