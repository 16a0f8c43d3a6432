#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace recsim::imagicle {

// Splits on unescaped ';' and removes the escapes ("\;" and "\\") of the filter syntax.
std::optional<QStringList> splitEscaped(const QString &text);

struct StringFilter
{
    enum class Op { Equals, Contains };
    Op op = Op::Equals;
    QString value;

    bool matches(const QString &candidate) const;
};

// after:T (strictly later), before:T (strictly earlier), between:A;B (A included, B excluded).
struct TimeFilter
{
    std::optional<QDateTime> from;   // inclusive
    std::optional<QDateTime> after;  // exclusive
    std::optional<QDateTime> before; // exclusive

    bool matches(const QDateTime &candidate) const;
};

std::variant<StringFilter, QString> parseStringFilter(const QString &text);
std::variant<TimeFilter, QString> parseTimeFilter(const QString &text);

// ISO 8601 duration as Imagicle writes it: PT3M12S, PT1H0M5S, PT0S.
QString isoDuration(qint64 ms);

} // namespace recsim::imagicle
