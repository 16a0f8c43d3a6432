#pragma once

namespace recbar {

// Ends the application's event loop when the system asks the process to stop, so a program
// quits as if asked: settings flushed, a demo's server and temporary files removed.
// - Unix: SIGINT and SIGTERM (through a socket pair and a QSocketNotifier, the one safe way out
//   of a signal handler).
// - Windows: WM_CLOSE posted to the main thread, which is what QProcess::terminate() and other
//   polite stoppers send (a tray program's windows may be hidden, or offscreen absent), and the
//   console's Ctrl+C and Ctrl+Break.
// Used by recbar and recsim; call after the application object exists.
void quitOnSignals();

} // namespace recbar
