#pragma once

#include "domain/Result.h"
#include "servers/ServerKind.h"

#include <optional>

namespace recbar::imagicle {

// Every wire detail of Imagicle's Call Recording Web API lives here; docs/protocols/imagicle.md
// says what rests on the vendor's pages and what is assumed.

inline const QString kBase = QStringLiteral("fw/Apps/Recorder/WebAPI/");

// POST LiveRecordings: the user's own line, or the configured one.
QByteArray startBody(const QString &directoryNumber);
// {"id": "..."} of a 201.
std::optional<QString> startedId(const QByteArray &json);

// The meaning of a 4xx/5xx, in words: the documented reasons of 400, 409, 429, ...
QString errorMessage(CommandKind kind, int status, const QByteArray &body);

// Imagicle answers a redundant Pause or Resume (and a second Start) with 429: the state the
// agent asked for is already there, so it is a result, not a failure.
ControlResult interpret(CommandKind kind, int status);

Capabilities capabilities();

// GET Recordings, one page: the entries (source and key filled) and the total count.
struct Page
{
    QList<RecordingEntry> entries;
    qint64 totalCount = 0;
};
inline constexpr int kPageSize = 100;
QString recordingsPath(int page);
Result<Page> parseRecordings(const QByteArray &json, const QString &source);
QString mediaPath(const QString &recordingId);
// PT3M12S -> 192000
std::optional<qint64> parseIsoDuration(const QString &text);

} // namespace recbar::imagicle
