#pragma once

#include <QSslCertificate>
#include <QString>

class QSettings;

namespace recbar {

// Certificates the agent chose to trust (trust on first use), pinned by SHA-256 fingerprint
// per host and port. Fingerprints are public; they live in the settings.
class TrustStore
{
public:
    explicit TrustStore(QSettings &settings)
        : m_settings(settings)
    {}

    static QString fingerprint(const QSslCertificate &certificate); // AB:CD:... upper-case hex
    static QString hostKey(const QString &host, int port);

    QString pinned(const QString &hostKey) const;

    // What the pins say of a certificate a server presented. The first of `hostKeys` with a pin
    // decides, even for a certificate the system's CAs accept: the agent trusted one
    // certificate for that server, and another one is a change, whoever signed it.
    struct Verdict
    {
        enum class Kind { NotPinned, Pinned, Changed };
        Kind kind = Kind::NotPinned;
        QString expected; // Changed: the pinned fingerprint
    };
    Verdict check(const QStringList &hostKeys, const QSslCertificate &certificate) const;
    void pin(const QString &hostKey, const QSslCertificate &certificate);
    void forget(const QString &hostKey);

private:
    QSettings &m_settings;
};

} // namespace recbar
