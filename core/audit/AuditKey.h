#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace recbar {

class CredentialStore;

// The audit log's HMAC secret, 32 random bytes kept in the OS keychain (never in a file): read
// at start, and made the first time. Without a keychain there is none, and the log says its
// entries are not keyed.
class AuditKey
{
public:
    using Done = std::function<void(const QByteArray &key, const QString &problem)>;
    // `made`: there was no key, and this one was made and stored just now.
    using Loaded = std::function<void(const QByteArray &key, bool made, const QString &problem)>;
    static QString keychainEntry() { return QStringLiteral("recbar:audit-log-key"); }
    // Reads the key, making and storing one if there is none yet.
    static void load(CredentialStore &store, QObject *context, Loaded done);
    // Reads the key only (recbar ctl audit verify).
    static void read(CredentialStore &store, QObject *context, Done done);

    // For the command-line tools, which have no event loop of their own: the same, waited for,
    // at most timing::kKeychainAnswer (no key and a reason past that).
    struct Answer
    {
        QByteArray key;
        bool made = false;
        QString problem;
    };
    enum class IfMissing { Leave, Make };
    static Answer wait(CredentialStore &store, IfMissing ifMissing);
};

} // namespace recbar
