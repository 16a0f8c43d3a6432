#include "CardNumberFinder.h"

#include <algorithm>

namespace recbar {

namespace {

struct Digit
{
    qint64 startMs;
    qint64 endMs;
    QChar value;
    double confidence;
};

// The digits of one run that fall in the densest 20 s of it, or none when fewer than the
// minimum do.
QList<Digit> densest(const QList<Digit> &run)
{
    qsizetype bestFirst = 0;
    qsizetype bestCount = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < run.size(); ++last) {
        while (run[last].endMs - run[first].startMs > CardNumberFinder::kWindow.count())
            ++first;
        if (last - first + 1 > bestCount) {
            bestCount = last - first + 1;
            bestFirst = first;
        }
    }
    if (bestCount < CardNumberFinder::kMinDigits)
        return {};
    // The run goes on as long as digits keep coming, past the first 20 s that made it one.
    qsizetype end = bestFirst + bestCount;
    while (end < run.size() &&
           run[end].startMs - run[end - 1].endMs <= CardNumberFinder::kMaxGap.count())
        ++end;
    return run.mid(bestFirst, end - bestFirst);
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

QList<CardFinding> CardNumberFinder::find(const QList<HeardWord> &words, const Spans &paused,
                                          int channel)
{
    QList<CardFinding> out;
    QList<Digit> run;
    int otherWords = 0;
    int repeat = 1;
    const auto close = [&] {
        if (const QList<Digit> card = densest(run); !card.isEmpty())
            out.append(findingOf(card, paused, channel));
        run.clear();
        otherWords = 0;
        repeat = 1;
    };
    for (const HeardWord &word : words) {
        if (!run.isEmpty() && word.startMs - run.last().endMs > kMaxGap.count())
            close();
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
