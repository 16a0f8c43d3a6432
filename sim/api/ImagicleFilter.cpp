#include "ImagicleFilter.h"

namespace recsim::imagicle {

std::optional<QStringList> splitEscaped(const QString &text)
{
    QStringList parts(QString{});
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\') {
            if (i + 1 >= text.size() || (text[i + 1] != u';' && text[i + 1] != u'\\'))
                return std::nullopt; // a lone backslash escapes nothing
            parts.last().append(text[++i]);
        } else if (c == u';') {
            parts.append(QString{});
        } else {
            parts.last().append(c);
        }
    }
    return parts;
}

bool StringFilter::matches(const QString &candidate) const
{
    return op == Op::Equals ? candidate.compare(value, Qt::CaseInsensitive) == 0
                            : candidate.contains(value, Qt::CaseInsensitive);
}

bool TimeFilter::matches(const QDateTime &candidate) const
{
    if (from && candidate < *from)
        return false;
    if (after && candidate <= *after)
        return false;
    if (before && candidate >= *before)
        return false;
    return true;
}

std::variant<StringFilter, QString> parseStringFilter(const QString &text)
{
    StringFilter filter;
    QString rest;
    if (text.startsWith(QStringLiteral("equals:"))) {
        rest = text.mid(7);
    } else if (text.startsWith(QStringLiteral("contains:"))) {
        filter.op = StringFilter::Op::Contains;
        rest = text.mid(9);
    } else {
        return QStringLiteral("expected equals:VALUE or contains:VALUE");
    }
    const std::optional<QStringList> parts = splitEscaped(rest);
    if (!parts || parts->size() != 1)
        return QStringLiteral("escape ';' and '\\' with '\\'");
    filter.value = parts->first();
    return filter;
}

std::variant<TimeFilter, QString> parseTimeFilter(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return QStringLiteral("expected after:TIME, before:TIME or between:FROM;TO");
    const QString op = text.left(colon);
    const std::optional<QStringList> parts = splitEscaped(text.mid(colon + 1));
    if (!parts)
        return QStringLiteral("escape ';' and '\\' with '\\'");
    QList<QDateTime> times;
    for (const QString &part : *parts) {
        const QDateTime time = QDateTime::fromString(part, Qt::ISODateWithMs);
        if (!time.isValid())
            return QStringLiteral("\"%1\" is not an ISO 8601 time").arg(part);
        times.append(time);
    }
    TimeFilter filter;
    if (op == u"after" && times.size() == 1)
        filter.after = times[0];
    else if (op == u"before" && times.size() == 1)
        filter.before = times[0];
    else if (op == u"between" && times.size() == 2 && times[0] <= times[1]) {
        filter.from = times[0];
        filter.before = times[1];
    } else
        return QStringLiteral(
            "expected after:TIME, before:TIME or between:FROM;TO with FROM <= TO");
    return filter;
}

QString isoDuration(qint64 ms)
{
    const qint64 totalSeconds = (ms + 500) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = totalSeconds / 60 % 60;
    const qint64 seconds = totalSeconds % 60;
    QString out = QStringLiteral("PT");
    if (hours > 0)
        out += QString::number(hours) + u'H';
    if (hours > 0 || minutes > 0)
        out += QString::number(minutes) + u'M';
    out += QString::number(seconds) + u'S';
    return out;
}

} // namespace recsim::imagicle
