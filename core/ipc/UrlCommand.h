#pragma once

#include "ControlProtocol.h"
#include "domain/Result.h"

#include <QUrl>

namespace recbar::control {

// A `recbar:` link from a web page (a CRM's soft button): `recbar:pause`,
// `recbar:metadata?account=123&note=VIP`. Anyone's page can open one, so only this short list is
// understood, never a destructive command, and anything else is refused whole.
inline constexpr qsizetype kMaxUrlLength = 2048;

QStringList urlCommands();
bool isRecbarUrl(const QString &argument);
// The request the link asks for, or why it is refused.
Result<Request> parseUrl(const QString &url);

} // namespace recbar::control
