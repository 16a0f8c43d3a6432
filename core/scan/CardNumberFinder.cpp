#include "CardNumberFinder.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace recbar {

namespace {

struct Digit
{
    qint64 startMs;
    qint64 endMs;
    QChar value;
    double confidence;
};

// The card numbers in one run of digits: from its first digit, the digits within 20 s of it,
// a finding when they are at least the minimum (the rest of the run is looked at after them);
// else the same from the next digit. No finding spans more than 20 s, and none leaves out a
// digit of the run that lies within its 20 s.
QList<QList<Digit>> cardsIn(const QList<Digit> &run)
{
    QList<QList<Digit>> cards;
    const qint64 window = CardNumberFinder::kWindow.count();
    qsizetype first = 0;
    while (run.size() - first >= CardNumberFinder::kMinDigits) {
        qsizetype end = first + 1;
        while (end < run.size() && run[end].endMs - run[first].startMs <= window)
            ++end;
        if (end - first >= CardNumberFinder::kMinDigits) {
            cards.append(run.mid(first, end - first));
            first = end;
        } else {
            ++first;
        }
    }
    return cards;
}

CardFinding findingOf(const QList<Digit> &digits, const CardNumberFinder::Spans &paused,
                      int channel)
{
    QString text;
    double confidence = 0;
    for (const Digit &d : digits) {
        text += d.value;
        confidence += d.confidence;
    }
    CardFinding f;
    f.startMs = digits.first().startMs;
    f.endMs = digits.last().endMs;
    f.digits = int(text.size());
    f.luhn = f.digits >= 13 && f.digits <= 19 && CardNumberFinder::passesLuhn(text);
    f.last4 = text.right(4);
    f.outsidePause = std::none_of(paused.begin(), paused.end(), [&](const auto &span) {
        return span.first <= f.startMs && f.endMs <= span.second;
    });
    f.channel = channel;
    f.confidence = confidence / double(digits.size());
    text.fill(u'0'); // not left behind in freed memory
    return f;
}

} // namespace

QJsonObject CardFinding::toJson() const
{
    return {{QStringLiteral("start_ms"), startMs},
            {QStringLiteral("end_ms"), endMs},
            {QStringLiteral("digits"), digits},
            {QStringLiteral("luhn"), luhn},
            {QStringLiteral("last4"), last4},
            {QStringLiteral("outside_pause"), outsidePause},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("confidence"), std::round(confidence * 100) / 100.0}};
}

Result<CardFinding> CardFinding::fromJson(const QJsonObject &json)
{
    CardFinding f;
    f.startMs = json.value(QStringLiteral("start_ms")).toInteger(-1);
    f.endMs = json.value(QStringLiteral("end_ms")).toInteger(-1);
    f.digits = json.value(QStringLiteral("digits")).toInt();
    f.luhn = json.value(QStringLiteral("luhn")).toBool();
    f.last4 = json.value(QStringLiteral("last4")).toString();
    f.outsidePause = json.value(QStringLiteral("outside_pause")).toBool(true);
    f.channel = json.value(QStringLiteral("channel")).toInt(-1);
    f.confidence = std::clamp(json.value(QStringLiteral("confidence")).toDouble(), 0.0, 1.0);
    const bool last4Digits =
        f.last4.size() <= 4 &&
        std::all_of(f.last4.begin(), f.last4.end(), [](QChar c) { return c.isDigit(); });
    if (f.startMs < 0 || f.endMs < f.startMs || f.digits < CardNumberFinder::kMinDigits ||
        f.digits > 64 || !last4Digits || f.channel < -1 || f.channel > 1)
        return fail(QCoreApplication::translate("recbar::CardFinding",
                                                "A card number finding that makes no sense"));
    return f;
}

QList<CardFinding> CardNumberFinder::find(const QList<HeardWord> &words, const Spans &paused,
                                          int channel)
{
    QList<CardFinding> out;
    QList<Digit> run;
    int otherWords = 0;
    int repeat = 1;
    qint64 lastEnd = 0; // of the last word heard in the run, digit or not
    const auto close = [&] {
        for (const QList<Digit> &card : cardsIn(run))
            out.append(findingOf(card, paused, channel));
        run.clear();
        otherWords = 0;
        repeat = 1;
    };
    for (const HeardWord &word : words) {
        if (!run.isEmpty() && word.startMs - lastEnd > kMaxGap.count())
            close();
        lastEnd = word.endMs;
        if (word.digit == HeardWord::kOtherWord) {
            if (++otherWords >= 2)
                close();
            repeat = 1;
            continue;
        }
        otherWords = 0;
        if (word.digit == HeardWord::kDouble || word.digit == HeardWord::kTriple) {
            repeat = word.digit == HeardWord::kDouble ? 2 : 3;
            continue;
        }
        for (int i = 0; i < repeat; ++i)
            run.append({word.startMs, word.endMs, QChar(u'0' + word.digit), word.confidence});
        repeat = 1;
    }
    close();
    return out;
}

bool CardNumberFinder::passesLuhn(const QString &digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].digitValue();
        if (d < 0)
            return false;
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

} // namespace recbar
