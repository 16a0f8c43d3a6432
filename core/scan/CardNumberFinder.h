#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <utility>

namespace recbar {

// One word the speech recogniser heard, with when. Digits are kept only as long as a scan
// runs: what leaves the finder is a CardFinding, which never holds them.
struct HeardWord
{
    enum : int { kOtherWord = -1, kDouble = 10, kTriple = 11 };

    qint64 startMs = 0;
    qint64 endMs = 0;
    int digit = kOtherWord; // 0-9, "double"/"triple", or any other word
    double confidence = 1;  // the recogniser's posterior for the word, 0..1
};

// A card number heard in a recording: at least 12 spoken digits within 20 s (a finding never
// spans more). What it says of the digits is only their count, whether they pass the Luhn check
// (only 13 to 19 digits can: a number read with its expiry date is a finding that fails it),
// and the last four.
struct CardFinding
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    int digits = 0;
    bool luhn = false;
    QString last4;
    // Not wholly inside one paused span: the card number was recorded. Inside one, the pause
    // worked (the recorder kept the audio and marked it paused).
    bool outsidePause = true;
    int channel = -1;      // the call's side (0 or 1) where it was heard; -1: one channel
    double confidence = 0; // the digits' mean posterior, 0..1

    bool operator==(const CardFinding &) const = default;

    // As `recbar scan --json` prints it and the library keeps it: start_ms, end_ms, digits,
    // luhn, last4, outside_pause, channel, confidence.
    QJsonObject toJson() const;
    // Refuses what no scan could have found (fewer digits than a finding has, more than four
    // last digits, an end before the start).
    static Result<CardFinding> fromJson(const QJsonObject &json);
};

// Runs of spoken digits in what the recogniser heard, as card numbers. The recogniser turns a
// digit into a similar word now and then ("for", "to"), so one other word inside a run does not
// end it; two do, and so does a silence longer than kMaxGap.
class CardNumberFinder
{
public:
    static constexpr int kMinDigits = 12;
    static constexpr std::chrono::milliseconds kWindow{20'000};
    static constexpr std::chrono::milliseconds kMaxGap{4'000};

    using Spans = QList<std::pair<qint64, qint64>>;

    // `words` in time order; `paused`: the recording's paused spans in ms.
    static QList<CardFinding> find(const QList<HeardWord> &words, const Spans &paused,
                                   int channel = -1);
    // The Luhn (mod 10) check of a digit string, as card numbers carry it.
    static bool passesLuhn(const QString &digits);
};

} // namespace recbar
