#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace recbar {

// A profile pairs one recording control with one call-state source (often the same server).
// No password here: passwords live in the keychain only.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    QString id; // stable, used in keychain keys
    QString name;
    QString controlKind = QStringLiteral("recording-api");
    QString stateKind = QStringLiteral("recording-api");
    QUrl serverUrl;      // the recording control's server
    QUrl stateServerUrl; // the call-state source's server, when it is another one
    QString user;        // the same credentials serve both servers
    QString agentIdentifierKind = QStringLiteral("SystemUsername"); // Recording API
    QString agentIdentifier;     // Recording API value, QM sender_id
    QString peripheralId;        // QM
    QString extension;           // QM login / Imagicle line; empty: the server's own idea
    bool autoStart = false;      // always-on: start recording when a call is answered
    QString recordingsKind;      // whose recordings list feeds the library ("" for none)
    bool allowPlainHttp = false; // explicit consent to Basic over http://
    bool rememberPassword = true;
    // Servers are asked no more often than these allow.
    static constexpr int kMinPollOnCallMs = 200;
    static constexpr int kMinPollIdleMs = 500;
    int pollOnCallMs = 1000;
    int pollIdleMs = 5000;
    int autoResumeSec = 0; // 0: a secure pause lasts until the agent resumes
    int requestTimeoutMs = 8000;

    // Every problem, in words for the settings dialog; empty when usable.
    QStringList problems() const;
    QUrl effectiveStateServerUrl() const
    {
        return stateServerUrl.isEmpty() ? serverUrl : stateServerUrl;
    }
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
    bool operator==(const Preferences &other) const = default;
};

} // namespace recbar
