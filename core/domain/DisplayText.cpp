#include "DisplayText.h"

namespace recbar {

namespace {

constexpr QChar kLeftToRightIsolate(0x2066);
constexpr QChar kPopDirectionalIsolate(0x2069);

bool isNumberCharacter(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'+' || c == u'*' || c == u'#' || c == u' ' ||
           c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/';
}

} // namespace

bool DisplayText::isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

QString DisplayText::number(const QString &text)
{
    QString kept;
    kept.reserve(text.size());
    bool digits = false;
    for (QChar c : text) {
        if (isBidiControl(c))
            continue;
        if (!isNumberCharacter(c))
            return visible(text);
        digits |= c.isDigit();
        kept.append(c);
    }
    return digits ? kept.trimmed() : visible(text);
}

QString DisplayText::visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool rightToLeft = false;
    for (QChar c : text) {
        if (isBidiControl(c)) {
            out += QStringLiteral("[U+%1]").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
            continue;
        }
        const QChar::Direction d = c.direction();
        rightToLeft |= d == QChar::DirR || d == QChar::DirAL;
        out.append(c);
    }
    return rightToLeft ? kLeftToRightIsolate + out + kPopDirectionalIsolate : out;
}

} // namespace recbar
