#include "TrustStore.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QSettings>

namespace recbar {

QString TrustStore::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString TrustStore::hostKey(const QString &host, int port)
{
    return host.toLower() + u':' + QString::number(port);
}

QString TrustStore::pinned(const QString &hostKey) const
{
    return m_settings.value(QStringLiteral("trust/") + hostKey).toString();
}

TrustStore::Verdict TrustStore::check(const QStringList &hostKeys,
                                      const QSslCertificate &certificate) const
{
    for (const QString &key : hostKeys) {
        const QString expected = pinned(key);
        if (expected.isEmpty())
            continue;
        if (expected == fingerprint(certificate))
            return {Verdict::Kind::Pinned, {}};
        return {Verdict::Kind::Changed, expected};
    }
    return {};
}

void TrustStore::pin(const QString &hostKey, const QSslCertificate &certificate)
{
    m_settings.setValue(QStringLiteral("trust/") + hostKey, fingerprint(certificate));
    qCInfo(lcTls) << "pinned" << hostKey << fingerprint(certificate);
}

void TrustStore::forget(const QString &hostKey)
{
    m_settings.remove(QStringLiteral("trust/") + hostKey);
}

} // namespace recbar
