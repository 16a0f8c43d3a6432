#pragma once

#include <QStringList>

namespace recbar {

QString usage();
// `recbar ctl COMMAND [ARGS] [--json]`; returns the process exit code:
// 0 done, 1 refused or failed, 2 bad usage, 3 no running RecBar.
int runCtl(const QStringList &arguments);
// Asks a running RecBar to show its bar; true if one answered.
bool showRunningInstance();

// `recbar recbar:pause`, as a browser runs it for a link: the command goes to the running bar.
// Exit codes as for ctl; kLinkBarNotRunning when there is no bar to send it to.
inline constexpr int kLinkBarNotRunning = 3;
int openLink(const QString &link);

} // namespace recbar
