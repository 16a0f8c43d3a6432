#pragma once

#include <QStringList>

namespace recbar {

// What `recbar ctl` and a `recbar:` link exit with; scripts rely on these numbers.
enum CtlExit : int { kCtlDone = 0, kCtlFailed = 1, kCtlUsage = 2, kCtlNotRunning = 3 };

QString usage();
// `recbar ctl COMMAND [ARGS] [--json]`; returns the process exit code (CtlExit).
int runCtl(const QStringList &arguments);
// Asks a running RecBar to show its bar; true if one answered.
bool showRunningInstance();

// `recbar recbar:pause`, as a browser runs it for a link: the command goes to the running bar.
// Exit codes as for ctl; kCtlNotRunning when there is no bar to send it to.
int openLink(const QString &link);

} // namespace recbar
