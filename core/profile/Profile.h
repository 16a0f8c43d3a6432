#pragma once

#include "domain/Timing.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <chrono>
#include <optional>

namespace recbar {

using namespace std::chrono_literals;

// The server a profile signs in to for one role: the recording control's, or the call-state
// source's when that is another server.
enum class ServerRole { Control, State };

struct ServerAccess
{
    ServerRole role = ServerRole::Control;
    QUrl url;
    QString user;
    // Its kind's API takes a user name and password (QM's does not: nothing is sent there).
    bool needsCredentials = true;
    QString kindName; // for the agent: "Cisco Finesse"
};

// One password per server that takes one: the control's, and the call-state server's when it
// is another server.
struct Passwords
{
    QString control;
    QString state;
    const QString &of(ServerRole role) const { return role == ServerRole::State ? state : control; }
    QString &of(ServerRole role) { return role == ServerRole::State ? state : control; }
};

// A profile pairs one recording control with one call-state source (often the same server).
// No password here: passwords live in the keychain only.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    // The demo's profile (recbar --demo, against the recsim inside it): the bar says "Demo"
    // where it would name the server.
    static constexpr char kDemoId[] = "demo";
    bool isDemo() const { return id == QLatin1String(kDemoId); }

    // Servers are asked no more often than these allow, and no less.
    static constexpr std::chrono::milliseconds kMinPollOnCall = 200ms;
    static constexpr std::chrono::milliseconds kMaxPollOnCall = 60s;
    static constexpr std::chrono::milliseconds kMinPollIdle = 500ms;
    static constexpr std::chrono::milliseconds kMaxPollIdle = 5min;
    static constexpr std::chrono::seconds kMaxAutoResume = 1h;
    static constexpr std::chrono::milliseconds kMinRequestTimeout = 1s;
    static constexpr std::chrono::milliseconds kMaxRequestTimeout = 2min;

    QString id; // stable, used in keychain keys
    QString name;
    QString controlKind = QStringLiteral("recording-api");
    QString stateKind = QStringLiteral("recording-api");
    QString recordingsKind; // whose recordings list feeds the library ("" for none)
    QUrl serverUrl;         // the recording control's server
    QUrl stateServerUrl;    // the call-state source's server, when it is another one
    QString user;           // on the control's server
    QString stateUser;      // on the call-state server, when it is another one (empty: user)
    // The settings the chosen kinds declare (KindField), by key; absent: the declared default.
    QMap<QString, QVariant> fields;
    bool autoStart = false;      // always-on: start recording when a call is answered
    bool askBeforeStop = true;   // Stop and Restart from the bar ask first
    bool allowPlainHttp = false; // explicit consent to Basic over http://
    bool rememberPassword = true;
    int pollOnCallMs = int(timing::kPollOnCall.count());
    int pollIdleMs = int(timing::kPollIdle.count());
    int autoResumeSec = 0; // 0: a secure pause lasts until the agent resumes
    int requestTimeoutMs = int(timing::kRequestTimeout.count());
    // "supervisor" also gets the team board (the server still decides what it shows); "agent".
    QString role = QStringLiteral("agent");
    int teamNotRecordedSec = 15; // a call unrecorded this long is a concern on the board
    int teamPausedMinutes = 10;  // so is a secure pause this long

    bool isSupervisor() const { return role == u"supervisor"; }

    // A kind's setting, or its declared default.
    QString field(const QString &key) const;
    void setField(const QString &key, const QString &value) { fields.insert(key, value); }

    // The servers to sign in to: one, or two when the call state comes from another server.
    QList<ServerAccess> servers() const;
    // The keychain entry of a role's password.
    QString keychainKey(ServerRole role) const;
    // The server whose kind can sign its users in through single sign-on (Finesse), unless the
    // profile says it takes a password; and whether the profile says it always does.
    std::optional<ServerAccess> singleSignOnServer() const;
    bool alwaysSingleSignOn() const;

    // Every problem, in words for the settings dialog; empty when usable.
    // What is wrong, each with the profile key of the field to fix ("serverUrl", "user", a
    // kind field's key...), so a form can say it beside the field the agent has been to.
    struct Problem
    {
        QString field;
        QString text;
    };
    QList<Problem> fieldProblems() const;
    QStringList problems() const;
    bool operator==(const Profile &other) const = default;
};

// Choices about the bar itself, not about a server.
struct Preferences
{
    bool alwaysOnTop = true;
    bool startMinimized = false;
    bool notifications = true;
    // "system" follows the desktop; "light", "dark" and "high-contrast" are RecBar's own, for
    // desktops that do not say (or an agent who needs more contrast than theirs gives).
    QString appearance = QStringLiteral("system");
    static QStringList appearances()
    {
        return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
                QStringLiteral("high-contrast")};
    }
    // The bar's keys are letters with this modifier: one the desktop does not use itself, so
    // that typing meant for another window never starts, stops or pauses a recording. Plain
    // letters act too only when the agent turns them on.
    QString keyModifier = QStringLiteral("Ctrl+Alt");
    static QStringList keyModifiers()
    {
        return {QStringLiteral("Ctrl+Alt"), QStringLiteral("Ctrl+Shift"),
                QStringLiteral("Alt+Shift")};
    }
    bool plainKeys = false;
    bool operator==(const Preferences &other) const = default;
};

} // namespace recbar
