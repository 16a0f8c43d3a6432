#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

class QXmlStreamReader;

namespace recbar {

// Everything from outside (a server's reply, a sidecar file, a line on the control socket) is
// parsed through these: a bounded size and a bounded nesting depth, so a hostile document can
// neither exhaust memory nor overflow the stack of a recursive reader.
namespace limits {
// A status or command reply is a few KiB; a recordings page of 500 rows about 200 KiB.
inline constexpr qsizetype kMaxReplyBytes = 4 * 1024 * 1024;
// Deeper than any document of the four APIs (Finesse's Dialogs: 6 levels) by a wide margin.
inline constexpr int kMaxDepth = 32;
} // namespace limits

// A JSON document, or what is wrong with it (too big, too deep, not JSON).
Result<QJsonDocument> parseJson(const QByteArray &bytes,
                                qsizetype maxBytes = limits::kMaxReplyBytes);
// The document's object, or an empty one for anything else (too big, too deep, not JSON).
QJsonObject jsonObject(const QByteArray &bytes, qsizetype maxBytes = limits::kMaxReplyBytes);
// Whether an XML document's size and depth allow reading it, and if not, what is wrong.
Result<void> checkXmlBounds(const QByteArray &bytes, qsizetype maxBytes = limits::kMaxReplyBytes);
// A short, plain excerpt of a body that is not what was expected (an HTML error page, a line of
// text), for a message: markup and control characters removed, at most `max` characters.
QString plainExcerpt(const QByteArray &body, qsizetype max = 200);

// The text of the current element and its children, without recursion (QXmlStreamReader's
// IncludeChildElements recurses once per level).
QString elementText(QXmlStreamReader &xml);

} // namespace recbar
