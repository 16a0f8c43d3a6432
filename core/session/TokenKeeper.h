#pragma once

#include "TokenEndpoint.h"
#include "domain/Backoff.h"
#include "domain/Clock.h"

#include <QObject>

namespace recbar {

// Keeps a single sign-on's access token fresh: refreshed after 75 % of its lifetime (RecBar's
// choice within Finesse's "before the expiry time"), so no request meets an expired one. A service
// that does not answer is asked again, backing off, while the token still holds; one that refuses
// (the refresh token revoked), or no answer before the token ends, ends the sign-in.
class TokenKeeper : public QObject
{
    Q_OBJECT

public:
    TokenKeeper(TokenEndpoint &endpoint, Clock &clock, QObject *parent = nullptr);

    void keep(const OAuthTokens &tokens);
    void stop();
    // A refresh now, not when due (the server refused the access token early).
    void refreshNow();
    const OAuthTokens &tokens() const { return m_tokens; }
    // When the next refresh is due (invalid when none is).
    QDateTime refreshAt() const { return m_refreshAt; }

    static constexpr double kRefreshAt = 0.75;

signals:
    // A new access token (and the refresh token to keep from now on, which may be new too).
    void refreshed(const recbar::OAuthTokens &tokens);
    // refused: the service said no (the refresh token is no good any more); else it did not
    // answer before the access token ended.
    void ended(const recbar::ServerError &why, bool refused);

private:
    void refresh();
    void schedule(std::chrono::milliseconds in);
    void end(const ServerError &why, bool refused);

    TokenEndpoint &m_endpoint;
    Clock &m_clock;
    ClockTimer m_timer;
    Backoff m_backoff;
    OAuthTokens m_tokens;
    QDateTime m_expiresAt;
    QDateTime m_refreshAt;
    quint64 m_generation = 0; // a refresh answered after stop() or a newer keep() is dropped
};

} // namespace recbar
