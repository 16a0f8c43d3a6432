#pragma once

#include "domain/Result.h"
#include "profile/Profile.h"

#include <QSettings>
#include <QUrl>

#include <memory>

namespace recsim {
class Simulator;
}

namespace recbar {

// `recbar --demo`: a recsim inside the process (or, with --demo-server, one already running on
// this machine), and the profile that signs in to it as bob, with settings and data of its own
// that are thrown away at exit. The shipping wiring (RecBarApp) only asks it for these.
class Demo
{
public:
    struct Options
    {
        QString scenario; // a file, "none", or empty for the built-in loop
        QUrl server;      // a recsim on this machine instead of one inside
        int pollMs = 0;   // read the state this often (soak runs); 0: the profile's default
        // The kind the demo profile speaks to recsim: "recording-api", or "finesse" (call
        // state pushed by its notification service, START_RECORDING only).
        QString kind = QStringLiteral("recording-api");
        // "supervisor": bob's profile also reads every agent for the team board.
        QString role = QStringLiteral("agent");
        // "sso": recsim's Finesse signs users in through its identity service only, and the
        // demo signs in through the browser (the Finesse kind only).
        QString auth = QStringLiteral("password");
    };

    ~Demo();
    // Starts what the demo needs, or says why it cannot.
    static Result<std::unique_ptr<Demo>> start(const Options &options);
    // The demo's settings: a file in a temporary folder, never the agent's own.
    static std::unique_ptr<QSettings> settings();

    Profile profile() const { return m_profile; }
    Passwords passwords() const;

private:
    Demo() = default;

    std::unique_ptr<recsim::Simulator> m_server;
    Profile m_profile;
    bool m_singleSignOn = false;
};

} // namespace recbar
