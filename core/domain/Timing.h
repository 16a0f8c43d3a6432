#pragma once

#include <chrono>

namespace recbar::timing {

using namespace std::chrono_literals;

// How often the bar reads the agent's state, by default (a profile may say otherwise, within
// Profile's limits).
inline constexpr std::chrono::milliseconds kPollOnCall = 1s;
inline constexpr std::chrono::milliseconds kPollIdle = 5s;
// While a command waits for a status read to agree, reads come at least this often.
inline constexpr std::chrono::milliseconds kPollWhileConfirming = 250ms;
// A request's whole exchange, by default.
inline constexpr std::chrono::milliseconds kRequestTimeout = 8s;
// After the server accepts a command, how long a status read has to agree.
inline constexpr std::chrono::milliseconds kConfirmTimeout = 6s;
// Reconnecting: the first wait, doubling to the cap; lost during a call, the agent cannot tell
// whether they are recorded, so the cap is lower.
inline constexpr std::chrono::milliseconds kBackoffInitial = 1s;
inline constexpr std::chrono::milliseconds kBackoffMax = 30s;
inline constexpr std::chrono::milliseconds kBackoffOnCallMax = 5s;
// Call state pushed by the server: a read now and then all the same, in case an event was lost
// on the server's side; a keep-alive on the push connection, and how long its answer may take
// before the connection counts as dead; the first wait before push is tried again after a
// failure, doubling to the cap.
inline constexpr std::chrono::milliseconds kReconcile = 60s;
inline constexpr std::chrono::milliseconds kPushPing = 20s;
// On a call a stalled push connection must show sooner: it is also the longest a pushed state
// stays on screen after the server stopped sending.
inline constexpr std::chrono::milliseconds kPushPingOnCall = 5s;
inline constexpr std::chrono::milliseconds kPushRetryInitial = 5s;
inline constexpr std::chrono::milliseconds kPushRetryMax = 5min;
// Auto-resume could not send (busy, reconnecting): the next try.
inline constexpr std::chrono::milliseconds kAutoResumeRetry = 1s;

// The control socket (recbar ctl): a client that says nothing is dropped after kControlSilence; a
// command is answered "no confirmation" after kControlConfirmation; recbar ctl waits up to
// kControlAnswer for its answer, and a starting bar asks whoever holds the name for
// kControlProbe (connect, then each read) before it decides that is no RecBar.
inline constexpr std::chrono::milliseconds kControlSilence = 5s;
inline constexpr std::chrono::milliseconds kControlConfirmation = 20s;
inline constexpr std::chrono::milliseconds kControlAnswer = 30s;
inline constexpr std::chrono::milliseconds kControlProbe = 1s;
// recbar ctl gives a bar this long to take the connection and the request: one that is there
// does at once.
inline constexpr std::chrono::milliseconds kControlConnect = 2s;
// A second start (recbar without arguments) asks the running bar to show itself, this long.
inline constexpr std::chrono::milliseconds kControlShow = 2s;
// The keychain has this long to answer `recbar ctl audit verify`.
inline constexpr std::chrono::milliseconds kKeychainAnswer = 10s;
// Another process of the user's appending to the audit log (recbar scan beside the bar) holds
// its lock a few milliseconds; past this, it is stuck, and the entry is reported as not written.
inline constexpr std::chrono::milliseconds kAuditLock = 5s;
// How long the library's SQLite waits for another connection's write before saying it is busy.
inline constexpr std::chrono::milliseconds kIndexBusy = 3s;
// Desktop notifications stay this long (a failure longer: the agent must not miss it).
inline constexpr std::chrono::milliseconds kNotification = 5s;
inline constexpr std::chrono::milliseconds kNotificationCritical = 15s;
// Where the desktop has no tray, the tray is tried again this often.
inline constexpr std::chrono::milliseconds kTrayRetry = 10s;
// The bar's clock (call timer, pause countdown) ticks once a second.
inline constexpr std::chrono::milliseconds kBarTick = 1s;

} // namespace recbar::timing
