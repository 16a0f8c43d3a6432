#include "TokenStore.h"

#include <QRandomGenerator>

namespace recsim {

QString TokenStore::random()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenStore::issueCode(const Code &code)
{
    const QString id = random();
    m_codes.insert(id, code);
    return id;
}

std::optional<TokenStore::Code> TokenStore::takeCode(const QString &code)
{
    const auto it = m_codes.constFind(code);
    if (it == m_codes.cend())
        return std::nullopt;
    const Code taken = *it;
    m_codes.erase(it);
    if (taken.expiresMs <= m_model.now())
        return std::nullopt;
    return taken;
}

TokenStore::Grant TokenStore::issue(const QString &user, const QString &refreshToken)
{
    const int lifetime = m_model.settings().ids.tokenLifetimeSec;
    Grant grant{random(), refreshToken.isEmpty() ? random() : refreshToken, lifetime};
    m_access.insert(grant.accessToken, {user, m_model.now() + qint64(lifetime) * 1000});
    m_refresh.insert(grant.refreshToken, user);
    return grant;
}

QString TokenStore::refreshUser(const QString &refreshToken) const
{
    return m_refresh.value(refreshToken);
}

User *TokenStore::userFor(const QString &accessToken) const
{
    const auto it = m_access.constFind(accessToken);
    if (it == m_access.cend() || it->expiresMs <= m_model.now())
        return nullptr;
    return m_model.user(it->user);
}

void TokenStore::revoke(const QString &token)
{
    m_access.remove(token);
    m_refresh.remove(token);
}

int TokenStore::revokeUser(const QString &user)
{
    return int(m_access.removeIf([&](auto it) { return it.value().user == user; }) +
               m_refresh.removeIf([&](auto it) { return it.value() == user; }));
}

} // namespace recsim
