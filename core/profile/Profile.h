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
    QUrl serverUrl;
    QString user;
    QString agentIdentifierKind = QStringLiteral("SystemUsername");
    QString agentIdentifier;
    bool allowPlainHttp = false; // explicit consent to Basic over http://
    bool rememberPassword = true;
    int pollOnCallMs = 1000;
    int pollIdleMs = 5000;
    int autoResumeSec = 0; // 0: a secure pause lasts until the agent resumes
    int requestTimeoutMs = 8000;

    // Every problem, in words for the settings dialog; empty when usable.
    QStringList problems() const;
    bool operator==(const Profile &other) const = default;
};

// Choices about the bar itself, not about a server.
struct Preferences
{
    bool alwaysOnTop = true;
    bool startMinimized = false;
    bool notifications = true;
    bool operator==(const Preferences &other) const = default;
};

} // namespace recbar
