#pragma once

#include "domain/Result.h"

#include <QString>

namespace recbar {

// Starting RecBar when the user logs in, the way each system does it: an XDG autostart entry on
// Linux, a value under HKCU\...\Run on Windows, a LaunchAgent on macOS. The system holds the
// truth, so there is nothing to keep in sync in RecBar's own settings.
class Autostart
{
public:
    // program: the executable to start (QCoreApplication::applicationFilePath()).
    explicit Autostart(QString program);

    bool isEnabled() const;
    // Why not, when the system refused.
    Result<void> setEnabled(bool enabled);
    // Where the entry lives (a file, or a registry path), for messages and tests.
    QString location() const;

private:
    QString m_program;
};

} // namespace recbar
