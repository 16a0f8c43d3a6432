#include "SessionAuth.h"

#include <QRandomGenerator>

namespace recsim {

namespace {

QByteArray cookieValue(const HttpRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers) {
        if (key != "cookie")
            continue;
        for (const QByteArray &part : value.split(';')) {
            const QByteArray item = part.trimmed();
            if (item.startsWith(name) && item.size() > name.size() && item[name.size()] == '=')
                return item.mid(name.size() + 1);
        }
    }
    return {};
}

QByteArray clearCookie()
{
    return QByteArray(SessionAuth::kCookie) + "=; Path=/; Max-Age=0; HttpOnly";
}

} // namespace

QString SessionAuth::Result::message() const
{
    switch (kind) {
    case Kind::Ok:
        return {};
    case Kind::Missing:
        return QStringLiteral("Authentication required");
    case Kind::BadCredentials:
        return QStringLiteral("Invalid user name or password");
    case Kind::Expired:
        return QStringLiteral("Session expired; send your credentials again");
    }
    return {};
}

SessionAuth::Result SessionAuth::authenticate(const HttpRequest &request)
{
    Result result;
    const QByteArray token = cookieValue(request, kCookie);
    const auto session = m_sessions.constFind(token);
    const bool hasSession = !token.isEmpty() && session != m_sessions.constEnd();
    const qint64 lifetime = qint64(m_model.settings().sessionLifetimeSec) * 1000;
    const bool expired = hasSession && m_model.now() - session->createdMs >= lifetime;

    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        if (!hasSession)
            return result;
        if (expired) {
            m_sessions.remove(token);
            result.kind = Result::Kind::Expired;
            result.setCookie = clearCookie();
            return result;
        }
        result.kind = Result::Kind::Ok;
        result.user = m_model.user(session->user);
        return result;
    }

    result.kind = Result::Kind::BadCredentials;
    if (authorization.startsWith("Bearer ")) {
        // No session for a token: each request carries it, as Finesse's SSO clients do.
        result.bearer = true;
        result.user = m_tokens.userFor(QString::fromLatin1(authorization.mid(7).trimmed()));
        if (result.user)
            result.kind = Result::Kind::Ok;
        return result;
    }
    if (!authorization.startsWith("Basic "))
        return result;
    const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (!decoded || colon < 0)
        return result;
    User *user = m_model.user(QString::fromUtf8(decoded.decoded.left(colon)));
    if (!user || user->password != QString::fromUtf8(decoded.decoded.mid(colon + 1)))
        return result;

    if (hasSession && session->user == user->name) {
        if (expired) {
            m_sessions.remove(token);
            result.kind = Result::Kind::Expired;
            result.setCookie = clearCookie();
            return result;
        }
    } else {
        result.setCookie = openSession(*user);
    }
    result.kind = Result::Kind::Ok;
    result.user = user;
    return result;
}

QByteArray SessionAuth::openSession(const User &user)
{
    QByteArray token(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(token.data()),
                                          token.size() / 4);
    token = token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_sessions.insert(token, {user.name, m_model.now()});
    m_opened.push_back(token);
    constexpr size_t kMaxSessions = 20'000;
    const qint64 staleBefore =
        m_model.now() - 2 * qint64(m_model.settings().sessionLifetimeSec) * 1000;
    while (!m_opened.empty()) {
        const auto oldest = m_sessions.constFind(m_opened.front());
        const bool gone = oldest == m_sessions.constEnd();
        if (!gone && oldest->createdMs >= staleBefore && m_opened.size() <= kMaxSessions)
            break;
        if (!gone)
            m_sessions.erase(oldest);
        m_opened.pop_front();
    }
    return QByteArray(kCookie) + '=' + token + "; Path=/; HttpOnly";
}

void SessionAuth::expire(const QString &userName)
{
    // Expiring means "aged out": the next request on the session gets 401, as in real life.
    const qint64 longAgo = m_model.now() - qint64(m_model.settings().sessionLifetimeSec) * 1000;
    for (Session &session : m_sessions) {
        if (userName.isEmpty() || session.user == userName)
            session.createdMs = longAgo;
    }
}

} // namespace recsim
