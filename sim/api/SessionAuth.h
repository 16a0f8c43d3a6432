#pragma once

#include "../http/HttpMessage.h"
#include "../model/SimModel.h"
#include "TokenStore.h"

#include <QHash>

#include <deque>

namespace recsim {

// HTTP Basic with server sessions. A valid Basic header opens a session (a cookie); when the
// session has outlived the configured lifetime the next request gets 401 and the cookie is
// cleared, so a client must send its credentials again - what Imagicle's 4-hour session and
// the bar's re-authentication path look like on the wire.
class SessionAuth
{
public:
    explicit SessionAuth(SimModel &model)
        : m_model(model)
        , m_tokens(model)
    {}

    struct Result
    {
        enum class Kind { Ok, Missing, BadCredentials, Expired };
        Kind kind = Kind::Missing;
        User *user = nullptr;
        bool bearer = false;  // an IdS access token, not a password
        QByteArray setCookie; // to add to the response, if any
        QString message() const;
    };

    Result authenticate(const HttpRequest &request);
    void expire(const QString &userName = {}); // all sessions when empty
    int sessionCount() const { return int(m_sessions.size()); }
    // What the identity service (IdsApi) grants, and `Authorization: Bearer` is checked against.
    TokenStore &tokens() { return m_tokens; }

    static constexpr char kCookie[] = "RECSIMSESSION";

private:
    struct Session
    {
        QString user;
        qint64 createdMs = 0;
    };
    QByteArray openSession(const User &user);

    SimModel &m_model;
    TokenStore m_tokens;
    QHash<QByteArray, Session> m_sessions;
    std::deque<QByteArray> m_opened; // oldest first, to bound memory for cookie-less clients
};

} // namespace recsim
