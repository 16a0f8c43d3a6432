#pragma once

#include "CatchCompat.h"
#include "SimServer.h"
#include "WaitFor.h"
#include "agent/AgentSession.h"

#include <QSettings>
#include <QTemporaryDir>

// The bar's core signed in to an in-process recsim as an agent, over real HTTP.
struct BarRig
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("recbar.ini")), QSettings::IniFormat};
    recbar::CredentialStore credentials{QStringLiteral("RecBar-test")};
    recbar::AgentSession session{settings, credentials};
    SimServer server;
    QList<std::tuple<quint64, bool, QString>> finished;
    QStringList notices;

    BarRig()
    {
        QObject::connect(&session, &recbar::AgentSession::notice,
                         [this](const QString &message) { notices.append(message); });
    }

    recbar::Profile profile(const QString &user = QStringLiteral("bob"),
                            const QString &agentId = QStringLiteral("2")) const
    {
        recbar::Profile p;
        p.id = QStringLiteral("test-profile");
        p.name = QStringLiteral("recsim");
        p.serverUrl = server.url();
        p.user = user;
        p.setField(QStringLiteral("agentIdentifierKind"), QStringLiteral("Id"));
        p.setField(QStringLiteral("agentIdentifier"), agentId);
        p.allowPlainHttp = true;
        p.rememberPassword = false;
        p.pollOnCallMs = 200;
        p.pollIdleMs = 500;
        p.requestTimeoutMs = 3000;
        return p;
    }

    recbar::AgentController &controller()
    {
        if (!session.controller())
            FAIL("not signed in");
        return *session.controller();
    }
    const recbar::AgentSnapshot &snapshot() { return controller().snapshot(); }

    void signIn(const recbar::Profile &p, const QString &password = {})
    {
        finished.clear(); // command ids start again with each controller
        const QString secret = password.isEmpty() ? p.user + QStringLiteral("-demo") : password;
        session.signIn(p, {.control = secret, .state = secret});
        QObject::connect(session.controller(), &recbar::AgentController::commandFinished,
                         [this](quint64 id, bool ok, const QString &message) {
                             finished.append({id, ok, message});
                         });
    }
    void signInAndConnect(const recbar::Profile &p)
    {
        signIn(p);
        REQUIRE(waitFor([&] { return snapshot().isConnected(); }));
    }

    // Sends a command and waits for its end; returns whether it succeeded.
    bool run(recbar::CommandKind kind, const recbar::MetadataPairs &metadata = {},
             int timeoutMs = 5000)
    {
        const quint64 id = controller().request(kind, metadata, QStringLiteral("test"));
        if (id == 0)
            return false;
        REQUIRE(waitFor(
            [&] {
                return std::any_of(finished.begin(), finished.end(),
                                   [id](const auto &f) { return std::get<0>(f) == id; });
            },
            timeoutMs));
        for (const auto &f : finished) {
            if (std::get<0>(f) == id)
                return std::get<1>(f);
        }
        return false;
    }

    bool waitForRecording(recbar::RecordingState state, int timeoutMs = 5000)
    {
        return waitFor([&] { return snapshot().recording == state; }, timeoutMs);
    }
};
