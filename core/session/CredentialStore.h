#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace recbar {

// Passwords in the operating system's keychain (QtKeychain), never anywhere else. Every call is
// asynchronous; the answer says precisely what happened, so "no keychain on this machine" can
// be told apart from "nothing stored yet".
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Status { Ok, NotFound, NoBackend, Denied, Failed };
    struct Result
    {
        Status status = Status::Failed;
        QString password; // Ok reads only
        QString message;
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(QString service = QStringLiteral("RecBar"), QObject *parent = nullptr);

    // Keys are unique on their own (Windows ignores the service name): recbar:<profile>:<user>.
    static QString key(const QString &profileId, const QString &user);

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &password, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

private:
    QString m_service;
};

} // namespace recbar
