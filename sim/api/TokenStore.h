#pragma once

#include "../model/SimModel.h"

#include <QHash>

namespace recsim {

// The OAuth 2.0 grants recsim's identity service hands out (IdsApi) and its APIs take as
// `Authorization: Bearer`: single-use authorization codes bound to their client, redirect and
// PKCE challenge; access tokens that expire; refresh tokens that last until revoked.
class TokenStore
{
public:
    explicit TokenStore(SimModel &model)
        : m_model(model)
    {}

    struct Code
    {
        QString user;
        QString clientId;
        QString redirectUri;
        QString challenge; // S256: BASE64URL(SHA-256(verifier))
        qint64 expiresMs = 0;
    };
    struct Grant
    {
        QString accessToken;
        QString refreshToken;
        int expiresInSec = 0;
    };

    QString issueCode(const Code &code);
    // The code, once: a second use finds nothing.
    std::optional<Code> takeCode(const QString &code);
    Grant issue(const QString &user, const QString &refreshToken = {});
    // The user a refresh token was issued to, while it is not revoked.
    QString refreshUser(const QString &refreshToken) const;
    // The user of a valid access token; nullptr: unknown, expired or revoked.
    User *userFor(const QString &accessToken) const;
    void revoke(const QString &token);
    // Every token of this user: a refresh is refused, an access token no longer opens the API.
    int revokeUser(const QString &user);

private:
    struct Access
    {
        QString user;
        qint64 expiresMs = 0;
    };
    static QString random();

    SimModel &m_model;
    QHash<QString, Code> m_codes;
    QHash<QString, Access> m_access;
    QHash<QString, QString> m_refresh; // token -> user
};

} // namespace recsim
