#pragma once

#include "servers/ServerKind.h"

#include <variant>

namespace recbar::imagicle {

// Every wire detail of Imagicle's Call Recording Web API (../shared/api/imagicle.md) lives here.

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

} // namespace recbar::imagicle
