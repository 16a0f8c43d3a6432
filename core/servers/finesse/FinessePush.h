#pragma once

#include "FinesseProtocol.h"
#include "domain/Timing.h"

#include <QUrl>

#ifdef RECBAR_HAVE_WEBSOCKETS
#include "FinesseNotifications.h"
#endif

namespace recbar {

class HttpSession;

namespace finesse {

// How a profile wants pushed changes: whether at all, from where, and how often to check the
// connection is alive.
struct PushConfig
{
    bool wanted = true;
    QUrl url;
    std::chrono::milliseconds keepAlive = timing::kPushPing;
};

// What stops push before it is tried, in words (the server named no notification domain, the
// address is plain and the profile does not allow that, no WebSocket in this build); empty:
// nothing.
QString pushBlocked(const PushConfig &config, const HttpSession &session,
                    const std::optional<SystemInfo> &info);

#ifdef RECBAR_HAVE_WEBSOCKETS
// A connection's settings as `user`, with the session's password and trust, for `info`'s
// domains (pushBlocked() said nothing).
FinesseNotifications::Settings pushSettings(const PushConfig &config, const HttpSession &session,
                                            const SystemInfo &info, const QString &user);
#endif

} // namespace finesse
} // namespace recbar
