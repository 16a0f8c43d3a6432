#include "MetadataRules.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace recbar {

Result<void> MetadataRules::checkKey(const QString &key)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (key.isEmpty())
        return fail(tr("Enter a key"));
    if (!shape.match(key).hasMatch())
        return fail(tr("Keys use letters, digits, '.', '-' and '_' (64 at most)"));
    return {};
}

Result<void> MetadataRules::checkValue(ValueType type, const QString &value)
{
    // Line breaks, control characters and bidi overrides change what a value looks like where
    // it is shown: no call data carries them.
    for (const QChar c : value) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return fail(
                tr("Values cannot contain line breaks, control characters or direction marks"));
    }
    switch (type) {
    case ValueType::Date: {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!shape.match(value).hasMatch() ||
            !QDate::fromString(value, QStringLiteral("yyyy-MM-dd")).isValid())
            return fail(tr("Use a date like 2026-11-21"));
        return {};
    }
    case ValueType::Number: {
        static const QRegularExpression shape(QStringLiteral("^-?(\\d+|\\d*\\.\\d+)$"));
        if (value.contains(u','))
            return fail(tr("Numbers cannot contain a comma"));
        if (value.endsWith(u'.'))
            return fail(tr("Numbers cannot end with a decimal point"));
        if (!shape.match(value).hasMatch())
            return fail(tr("Use a number like 2500, 10.7 or .30"));
        return {};
    }
    case ValueType::Text:
        if (value.contains(u'&') || value.contains(u'='))
            return fail(tr("Text cannot contain & or ="));
        if (value.size() > 255)
            return fail(tr("Text is limited to 255 characters"));
        return {};
    }
    return {};
}

QList<MetadataRules::Problem> MetadataRules::check(const MetadataPairs &pairs,
                                                   const QHash<QString, ValueType> &types)
{
    QList<Problem> problems;
    if (pairs.size() > kMaxPairs)
        problems.append({-1, false, tr("A call can carry at most %1 items").arg(kMaxPairs)});
    QSet<QString> seen;
    for (int row = 0; row < pairs.size(); ++row) {
        const auto &[key, value] = pairs[row];
        if (const Result<void> fine = checkKey(key); !fine) {
            problems.append({row, true, fine.error()});
        } else if (seen.contains(key.toCaseFolded())) {
            // "customer" and "CUSTOMER" may well be one field on the server.
            problems.append({row, true, tr("This key is already listed")});
        }
        seen.insert(key.toCaseFolded());
        // An empty value removes the key on the server, so it is always allowed.
        if (value.isEmpty())
            continue;
        if (const Result<void> fine = checkValue(types.value(key, ValueType::Text), value); !fine)
            problems.append({row, false, fine.error()});
    }
    return problems;
}

QString MetadataRules::firstProblem(const MetadataPairs &pairs)
{
    if (pairs.isEmpty())
        return tr("There is no call data to send");
    const QList<Problem> problems = check(pairs);
    if (problems.isEmpty())
        return {};
    const Problem &first = problems.first();
    return first.row >= 0 ? tr("%1: %2").arg(pairs[first.row].first, first.message) : first.message;
}

} // namespace recbar
