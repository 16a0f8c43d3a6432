#pragma once

#include <QStringList>

namespace recbar {

// What `recbar scan` exits with; compliance scripts rely on these numbers.
enum ScanExit : int { kScanDone = 0, kScanCannot = 1, kScanUnreadable = 2 };

// `recbar scan [--json] FILE|FOLDER...`: spoken card numbers in recordings, without a display.
// Each file's findings, one JSON object a line with --json; never the digits, only their count,
// the Luhn result and the last four. Every scan is written to the audit log.
//
// It runs as a program of its own, recbar-scan, which `recbar scan` becomes: the speech
// recogniser's libraries (PocketSphinx, BLAS) are never loaded by the bar.
int runScan(const QStringList &arguments);

// recbar-scan beside this program (it may not be there: a build without speech recognition).
QString scanProgram();

// `recbar scan ...`: replaces this process with recbar-scan beside it, or says why it cannot.
int execScan(int argc, char *argv[]);

} // namespace recbar
