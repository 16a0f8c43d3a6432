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
};

} // namespace recbar
