#include "TokenEndpoint.h"

#include "Logging.h"
#include "domain/BoundedParse.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace recbar {

namespace {

using namespace std::chrono_literals;

// A token travels in an Authorization header or a form: RFC 6750's b64token for an access
// token, printable ASCII for a refresh token (RFC 6749 A.17), and never a line's worth of
// anything a server might smuggle.
constexpr qsizetype kMaxTokenChars = 16 * 1024;
// RFC 6749 5.1 only recommends expires_in. Without it, refresh early rather than late.
constexpr std::chrono::seconds kAssumedLifetime = 5min;
constexpr std::chrono::seconds kMinLifetime = 4s;
constexpr std::chrono::seconds kMaxLifetime = 24h;

bool accessTokenShape(const QString &token)
{
    static const QRegularExpression b64token(QStringLiteral("^[A-Za-z0-9\\-._~+/]+=*$"));
    return !token.isEmpty() && token.size() <= kMaxTokenChars && b64token.match(token).hasMatch();
}

bool refreshTokenShape(const QString &token)
{
    return token.size() <= kMaxTokenChars &&
           std::all_of(token.begin(), token.end(), [](QChar c) { return c > u' ' && c < u'\x7f'; });
}

QUrl origin(const QUrl &url)
{
    QUrl out;
    out.setScheme(url.scheme());
    out.setHost(url.host());
    out.setPort(url.port());
    out.setPath(QStringLiteral("/"));
    return out;
}

QString pathOf(const QUrl &url)
{
    return url.path(QUrl::FullyEncoded) +
           (url.hasQuery() ? u'?' + url.query(QUrl::FullyEncoded) : QString());
}

QString formValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QString OAuthClient::problem() const
{
    // Codes, verifiers and tokens travel in these requests: http only with the consent the
    // profile gives for passwords.
    const auto web = [this](const QUrl &url) {
        return url.isValid() && !url.host().isEmpty() &&
               (url.scheme() == u"https" || (url.scheme() == u"http" && allowPlainHttp));
    };
    if (!web(authorizeUrl))
        return tr("Enter the identity service's authorization address (https://…)");
    if (!web(tokenUrl))
        return tr("Enter the identity service's token address (https://…)");
    if (!revokeUrl.isEmpty() && !web(revokeUrl))
        return tr("Enter the identity service's revocation address (https://…), or none");
    if (clientId.trimmed().isEmpty())
        return tr("Enter the client id your administrator registered for RecBar");
    return {};
}

TokenAnswer TokenAnswer::parse(const HttpAnswer &answer)
{
    TokenAnswer out;
    const QJsonObject body = jsonObject(answer.body);
    if (answer.status == 200) {
        const QString access = body.value(QStringLiteral("access_token")).toString();
        const QString refresh = body.value(QStringLiteral("refresh_token")).toString();
        const QString type = body.value(QStringLiteral("token_type")).toString();
        if (!accessTokenShape(access) || !refreshTokenShape(refresh) ||
            type.compare(u"Bearer", Qt::CaseInsensitive) != 0) {
            out.error = ServerError::malformed(
                OAuthClient::tr("the identity service's answer holds no usable bearer token"));
            out.message = out.error.describe();
            return out;
        }
        // A number, as RFC 6749 says; some services send it as a string.
        const QJsonValue expires = body.value(QStringLiteral("expires_in"));
        const double seconds =
            expires.isString() ? expires.toString().toDouble() : expires.toDouble(0);
        const std::chrono::seconds lifetime =
            seconds > 0 ? std::clamp(std::chrono::seconds(qint64(std::min(seconds, 1e9))),
                                     kMinLifetime, kMaxLifetime)
                        : kAssumedLifetime;
        out.tokens = OAuthTokens{access, refresh, lifetime};
        return out;
    }
    // RFC 6749 5.2: 400 (or 401 for a client that failed to authenticate) with an error code.
    const QString code = body.value(QStringLiteral("error")).toString();
    if ((answer.status == 400 || answer.status == 401) && !code.isEmpty()) {
        out.refused = true;
        const QString description =
            plainExcerpt(body.value(QStringLiteral("error_description")).toString().toUtf8());
        const QString said = description.isEmpty() ? plainExcerpt(code.toUtf8()) : description;
        out.message = code == u"invalid_client"
                          ? OAuthClient::tr("The identity service does not know RecBar's client "
                                            "id or secret (%1): ask your administrator")
                                .arg(said)
                          : OAuthClient::tr("The identity service refused (%1)").arg(said);
        out.error.kind = ServerError::Kind::SignInEnded;
        out.error.httpStatus = answer.status;
        out.error.serverMessage = said;
        return out;
    }
    out.error =
        answer.error.ok()
            ? ServerError::malformed(
                  OAuthClient::tr("the identity service answered HTTP %1").arg(answer.status))
            : answer.error;
    out.message = out.error.describe();
    return out;
}

TokenEndpoint::TokenEndpoint(OAuthClient client, TrustStore &trust, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_trust(trust)
    , m_clock(clock)
    , m_token(sessionFor(m_client.tokenUrl))
{}

TokenEndpoint::~TokenEndpoint() = default;

std::unique_ptr<HttpSession> TokenEndpoint::sessionFor(const QUrl &url) const
{
    // A confidential client authenticates with Basic, its id and secret form-encoded first (RFC
    // 6749 2.3.1); a public one names itself in the form only.
    const bool secret = !m_client.clientSecret.isEmpty();
    auto session = std::make_unique<HttpSession>(
        HttpSession::Options{.baseUrl = origin(url),
                             .user = secret ? formValue(m_client.clientId) : QString(),
                             .allowPlainHttp = m_client.allowPlainHttp,
                             .timeout = m_client.timeout,
                             .alsoTrusted = m_client.alsoTrusted,
                             .resendOnChallenge = false},
        m_trust, m_clock);
    session->setPassword(formValue(m_client.clientSecret));
    return session;
}

void TokenEndpoint::post(HttpSession &session, const QUrl &url, const QUrlQuery &form,
                         QObject *context, HttpSession::Done done)
{
    HttpCall call;
    call.method = "POST";
    call.path = pathOf(url);
    call.contentType = "application/x-www-form-urlencoded";
    call.body = form.toString(QUrl::FullyEncoded).toUtf8();
    session.send(call, context, std::move(done));
}

void TokenEndpoint::exchange(const QString &code, const QString &verifier, const QUrl &redirectUri,
                             QObject *context, Done done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), formValue(code));
    form.addQueryItem(QStringLiteral("redirect_uri"), formValue(redirectUri.toString()));
    form.addQueryItem(QStringLiteral("client_id"), formValue(m_client.clientId));
    form.addQueryItem(QStringLiteral("code_verifier"), verifier);
    post(*m_token, m_client.tokenUrl, form, context,
         [done = std::move(done)](const HttpAnswer &answer) { done(TokenAnswer::parse(answer)); });
}

void TokenEndpoint::refresh(const QString &refreshToken, QObject *context, Done done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), formValue(refreshToken));
    form.addQueryItem(QStringLiteral("client_id"), formValue(m_client.clientId));
    post(*m_token, m_client.tokenUrl, form, context,
         [done = std::move(done)](const HttpAnswer &answer) { done(TokenAnswer::parse(answer)); });
}

void TokenEndpoint::revoke(const QString &token, const QString &hint)
{
    if (m_client.revokeUrl.isEmpty() || token.isEmpty())
        return;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), formValue(token));
    form.addQueryItem(QStringLiteral("token_type_hint"), hint);
    form.addQueryItem(QStringLiteral("client_id"), formValue(m_client.clientId));
    HttpSession *session = sessionFor(m_client.revokeUrl).release();
    post(*session, m_client.revokeUrl, form, session, [session](const HttpAnswer &answer) {
        if (!answer.error.ok())
            qCInfo(lcAuth) << "token revocation failed:" << answer.error.describe();
        session->deleteLater();
    });
}

} // namespace recbar
