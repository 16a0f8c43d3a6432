#include "scan/CardNumberFinder.h"

#include "CatchCompat.h"

#include <cmath>

using namespace recbar;

namespace {

// Words as the recogniser gives them: `text` split at spaces, digits as digit words, each word
// 300 ms long from `startMs` with 100 ms between; "-" stands for any other word, "_" for a
// silence of `gapMs`.
QList<HeardWord> heard(const QString &text, qint64 startMs = 0, qint64 gapMs = 5000)
{
    QList<HeardWord> words;
    qint64 at = startMs;
    for (const QString &w : text.split(u' ', Qt::SkipEmptyParts)) {
        if (w == u"_") {
            at += gapMs;
            continue;
        }
        int digit = HeardWord::kOtherWord;
        if (w == u"double")
            digit = HeardWord::kDouble;
        else if (w == u"triple")
            digit = HeardWord::kTriple;
        else if (w.size() == 1 && w[0].isDigit())
            digit = w[0].digitValue();
        words.append({at, at + 300, digit, 0.8});
        at += 400;
    }
    return words;
}

} // namespace

TEST_CASE("Sixteen spoken digits are a card number, whose digits are not kept", "[cards]")
{
    const auto found = CardNumberFinder::find(
        heard(QStringLiteral("- - 4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7 - -")), {});
    REQUIRE(found.size() == 1);
    const CardFinding &f = found.first();
    CHECK(f.digits == 16);
    CHECK(f.luhn); // 4539 1488 0343 6467 is a valid test number
    CHECK(f.last4 == QStringLiteral("6467"));
    CHECK(f.outsidePause);
    CHECK(f.startMs == 800);
    CHECK(f.endMs == 800 + 15 * 400 + 300);
    CHECK(std::abs(f.confidence - 0.8) < 1e-9);
}

TEST_CASE("Fewer than twelve digits, or digits spread over more than 20 s, are no card number",
          "[cards]")
{
    // A phone number, an order number.
    CHECK(CardNumberFinder::find(heard(QStringLiteral("5 5 5 1 2 3 4 5 6 7")), {}).isEmpty());
    CHECK(CardNumberFinder::find(heard(QStringLiteral("4 7 1 9 - - 9 2 3 0 8")), {}).isEmpty());
    // Two other words end a run: a phone number and an order number in one sentence.
    CHECK(CardNumberFinder::find(heard(QStringLiteral("5 5 5 1 2 3 4 - - 4 7 1 9 9 2 3 0")), {})
              .isEmpty());
    // A long silence ends a run.
    CHECK(CardNumberFinder::find(heard(QStringLiteral("4 5 3 9 1 4 8 8 _ 0 3 4 3 6 4 6 7")), {})
              .isEmpty());
    // Twelve digits, each in its own 3 s: the densest 20 s hold at most eight.
    CHECK(CardNumberFinder::find(
              heard(QStringLiteral("1 _ 2 _ 3 _ 4 _ 5 _ 6 _ 7 _ 8 _ 9 _ 0 _ 1 _ 2"), 0, 2500), {})
              .isEmpty());
}

TEST_CASE("One misheard word inside a card number does not split it", "[cards]")
{
    // "six four six seven" heard as "six four fix seven": 15 digits, still a card number.
    const auto found =
        CardNumberFinder::find(heard(QStringLiteral("4 5 3 9 1 4 8 8 0 3 4 3 6 4 - 7")), {});
    REQUIRE(found.size() == 1);
    CHECK(found.first().digits == 15);
    CHECK_FALSE(found.first().luhn);
    CHECK(found.first().last4 == QStringLiteral("3647"));
}

TEST_CASE("Double and triple count twice and three times", "[cards]")
{
    const auto found =
        CardNumberFinder::find(heard(QStringLiteral("4 5 3 9 1 4 double 8 0 3 4 3 6 4 6 7")), {});
    REQUIRE(found.size() == 1);
    CHECK(found.first().digits == 16);
    CHECK(found.first().luhn);
    const auto tripled =
        CardNumberFinder::find(heard(QStringLiteral("triple 5 1 2 3 4 5 6 7 8 9")), {});
    REQUIRE(tripled.size() == 1);
    CHECK(tripled.first().digits == 12);
}

TEST_CASE("A card number inside a paused span is the pause working, partly outside it is not",
          "[cards]")
{
    const QList<HeardWord> words = heard(QStringLiteral("4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7"), 10'000);
    const qint64 end = words.last().endMs;
    const auto inside = CardNumberFinder::find(words, {{1'000, 2'000}, {9'000, end + 100}});
    REQUIRE(inside.size() == 1);
    CHECK_FALSE(inside.first().outsidePause);
    const auto partly = CardNumberFinder::find(words, {{11'000, end + 100}});
    REQUIRE(partly.size() == 1);
    CHECK(partly.first().outsidePause);
}

TEST_CASE("Two card numbers read apart are two findings, on the channel given", "[cards]")
{
    QList<HeardWord> words = heard(QStringLiteral("4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7"));
    words += heard(QStringLiteral("3 7 1 4 4 9 6 3 5 3 9 8 4 3 1"), 30'000);
    const auto found = CardNumberFinder::find(words, {}, 1);
    REQUIRE(found.size() == 2);
    CHECK(found[0].digits == 16);
    CHECK(found[1].digits == 15);
    CHECK(found[1].luhn); // 3714 496353 98431: a valid Amex test number
    CHECK(found[0].channel == 1);
    CHECK(found[1].channel == 1);
}

TEST_CASE("A finding never spans more than 20 s and keeps every digit of its 20 s", "[cards]")
{
    // Seventy digits read on end, 400 ms apart: 28 s.
    QString many;
    for (int i = 0; i < 70; ++i)
        many += QString::number(i % 10) + u' ';
    const auto found = CardNumberFinder::find(heard(many), {});
    REQUIRE(found.size() == 2);
    for (const CardFinding &f : found)
        CHECK(f.endMs - f.startMs <= 20'000);
    CHECK(found[0].startMs == 0); // from the first digit
    CHECK(found[0].digits == 50); // every digit within its 20 s
    CHECK(found[1].startMs == found[0].endMs + 100);
    CHECK(found[1].digits == 20);
    CHECK_FALSE(found[0].luhn); // more than 19 digits
}

TEST_CASE("A slowly read first group stays in the finding", "[cards]")
{
    // "4 5 3 9" a second apart, then the rest at the usual pace.
    QList<HeardWord> words;
    for (int i = 0; i < 4; ++i)
        words.append({i * 1000, i * 1000 + 300, QStringLiteral("4539")[i].digitValue(), 0.8});
    words += heard(QStringLiteral("1 4 8 8 0 3 4 3 6 4 6 7"), 4000);
    const auto found = CardNumberFinder::find(words, {});
    REQUIRE(found.size() == 1);
    CHECK(found.first().startMs == 0);
    CHECK(found.first().digits == 16);
    CHECK(found.first().luhn);
}

TEST_CASE("The Luhn check", "[cards]")
{
    CHECK(CardNumberFinder::passesLuhn(QStringLiteral("4539148803436467")));
    CHECK(CardNumberFinder::passesLuhn(QStringLiteral("371449635398431")));
    CHECK_FALSE(CardNumberFinder::passesLuhn(QStringLiteral("4539148803436468")));
    CHECK_FALSE(CardNumberFinder::passesLuhn(QString()));
    CHECK_FALSE(CardNumberFinder::passesLuhn(QStringLiteral("45x9")));
}

TEST_CASE("A finding read back is what was written, and one no scan could make is refused",
          "[cards]")
{
    const CardFinding f{.startMs = 1200,
                        .endMs = 9800,
                        .digits = 16,
                        .luhn = true,
                        .last4 = QStringLiteral("4444"),
                        .outsidePause = false,
                        .channel = 1,
                        .confidence = 0.83};
    const Result<CardFinding> back = CardFinding::fromJson(f.toJson());
    REQUIRE(back.ok());
    CHECK(*back == f);
    const auto refused = [&](const char *key, const QJsonValue &value) {
        QJsonObject json = f.toJson();
        json.insert(QLatin1String(key), value);
        return !CardFinding::fromJson(json).ok();
    };
    // More than the last four digits is never taken in: the index keeps no more of a number.
    CHECK(refused("last4", QStringLiteral("54444")));
    CHECK(refused("last4", QStringLiteral("44a4")));
    CHECK(refused("digits", 11));
    CHECK(refused("end_ms", 1000));
    CHECK(refused("start_ms", -5));
    CHECK(refused("channel", 2));
}
