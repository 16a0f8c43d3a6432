#include "TokenKeeper.h"

#include "Logging.h"

namespace recbar {

using namespace std::chrono_literals;

TokenKeeper::TokenKeeper(TokenEndpoint &endpoint, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_clock(clock)
    , m_timer(clock, this)
    , m_backoff(2s, 0.2)
{
    connect(&m_timer, &ClockTimer::timeout, this, &TokenKeeper::refresh);
}

void TokenKeeper::keep(const OAuthTokens &tokens)
{
    ++m_generation;
    m_tokens = tokens;
    m_backoff.reset();
    const auto lifetime = std::chrono::duration_cast<std::chrono::milliseconds>(tokens.lifetime);
    m_expiresAt = m_clock.now().addMSecs(lifetime.count());
    schedule(std::chrono::milliseconds(qint64(double(lifetime.count()) * kRefreshAt)));
}

void TokenKeeper::stop()
{
    ++m_generation;
    m_timer.stop();
    m_refreshAt = {};
}

void TokenKeeper::refreshNow()
{
    m_timer.stop();
    refresh();
}

void TokenKeeper::schedule(std::chrono::milliseconds in)
{
    m_refreshAt = m_clock.now().addMSecs(in.count());
    m_timer.start(in);
}

void TokenKeeper::refresh()
{
    if (m_tokens.refresh.isEmpty()) {
        // Nothing to refresh with: the sign-in lasts as long as its access token.
        if (m_clock.now() < m_expiresAt)
            return schedule(std::chrono::milliseconds(m_clock.now().msecsTo(m_expiresAt)));
        return end({}, false);
    }
    const quint64 generation = m_generation;
    m_endpoint.refresh(m_tokens.refresh, this, [this, generation](const TokenAnswer &answer) {
        if (generation != m_generation)
            return;
        if (answer.tokens) {
            OAuthTokens fresh = *answer.tokens;
            if (fresh.refresh.isEmpty()) // RFC 6749 6: the old one stays valid
                fresh.refresh = m_tokens.refresh;
            keep(fresh);
            qCInfo(lcAuth) << "access token refreshed; next refresh in"
                           << m_clock.now().secsTo(m_refreshAt) << "s";
            emit refreshed(fresh);
            return;
        }
        if (answer.refused)
            return end(answer.error, true);
        // A service that did not answer may yet: the token still holds until it expires.
        const qint64 left = m_clock.now().msecsTo(m_expiresAt);
        const auto wait = m_backoff.next(1min);
        qCInfo(lcAuth) << "refreshing the access token failed:" << answer.message;
        if (left <= wait.count())
            return end(answer.error, false);
        schedule(wait);
    });
}

void TokenKeeper::end(const ServerError &why, bool refused)
{
    ServerError over;
    over.kind = ServerError::Kind::SignInEnded;
    over.httpStatus = why.httpStatus;
    // The service's refusal in its words; a failure to reach it in ours.
    over.serverMessage =
        why.kind == ServerError::Kind::SignInEnded || why.ok() ? why.serverMessage : why.describe();
    stop();
    m_tokens = {};
    qCInfo(lcAuth) << "single sign-on ended:" << over.describe();
    emit ended(over, refused);
}

} // namespace recbar
