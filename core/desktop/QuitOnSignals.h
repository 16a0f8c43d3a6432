#pragma once

namespace recbar {

// SIGINT and SIGTERM end the application's event loop (through a socket pair and a
// QSocketNotifier, the one safe way out of a signal handler), so a program quits as if asked:
// settings flushed, a demo's server and temporary files removed. Nothing on Windows, where the
// console's Ctrl+C ends the process. Used by recbar and recsim; call after the application
// object exists.
void quitOnSignals();

} // namespace recbar
