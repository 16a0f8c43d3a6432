#pragma once

#include <QString>

namespace recbar {

// Text from outside (a server, a call, a file, a sidecar) laid out as it is stored, never
// reordered by what it carries: bidirectional controls (U+200E-U+200F, U+202A-U+202E,
// U+2066-U+2069, U+061C) let "+1555<RLO>1234567" look like "+15557654321", or a file
// "evil<RLO>VAW.exe" like "evilexe.WAV".
class DisplayText
{
public:
    static bool isBidiControl(QChar c);
    // A phone number keeps only what one can hold: digits, + * #, spaces and - . ( ) /. Text
    // that is no number ("Anonymous") is shown as visible() shows it.
    static QString number(const QString &text);
    // Every bidirectional control shown as what it is ("[U+202E]"); text holding right-to-left
    // letters is laid out in a left-to-right isolate of its own, so that it cannot move what
    // stands beside it (a date in a title).
    static QString visible(const QString &text);
};

} // namespace recbar
