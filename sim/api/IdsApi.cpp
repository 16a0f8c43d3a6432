#include "IdsApi.h"

#include "IdsSettings.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QUrl>

namespace recsim {

namespace {

constexpr qint64 kCodeLifetimeMs = 60'000;

// RFC 6749 5.2: an error of the token endpoint.
HttpResponse oauthError(int status, const char *code, const QString &description)
{
    return HttpResponse::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                                          {QStringLiteral("error_description"), description}}));
}

// RFC 8252 7.3: a loopback redirect, any port, http.
bool isLoopback(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"http" &&
           (url.host() == u"127.0.0.1" || url.host() == u"::1" || url.host() == u"[::1]") &&
           url.port() > 0 && url.fragment().isEmpty();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

HttpResponse IdsApi::handle(const HttpRequest &request, User &)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (request.path == u"/ids/v1/oauth/authorize" && request.method == "GET")
        return authorize(request.query, false);
    if (request.path == u"/ids/v1/oauth/authorize" && request.method == "POST")
        return authorize(form, true);
    if (request.path == u"/ids/v1/oauth/token" && request.method == "POST")
        return token(form);
    if (request.path == u"/ids/v1/oauth/revoke" && request.method == "POST") {
        m_tokens.revoke(form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded));
        return HttpResponse::empty(200); // RFC 7009 2.2: unknown tokens too
    }
    return error(404, QStringLiteral("The IdS serves /ids/v1/oauth/authorize, token and revoke"));
}

HttpResponse IdsApi::error(int status, const QString &message) const
{
    return oauthError(status, status >= 500 ? "temporarily_unavailable" : "invalid_request",
                      message);
}

HttpResponse IdsApi::authorize(const QUrlQuery &parameters, bool signIn)
{
    const auto value = [&](const char *key) {
        return parameters.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    // RFC 6749 4.1.2.1: a wrong client or redirect is said here, never redirected to.
    if (value("client_id") != m_model.settings().ids.clientId)
        return HttpResponse::text(400, QStringLiteral("Unknown client_id\n"));
    const QUrl redirect(value("redirect_uri"), QUrl::StrictMode);
    if (!isLoopback(redirect))
        return HttpResponse::text(400, QStringLiteral("redirect_uri must be http://127.0.0.1:PORT/"
                                                      "... (RFC 8252 loopback)\n"));
    const auto back = [&](const QList<std::pair<QString, QString>> &items) {
        QUrl to = redirect;
        QUrlQuery query(to);
        for (const auto &[key, item] : items)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(item)));
        if (parameters.hasQueryItem(QStringLiteral("state")))
            query.addQueryItem(QStringLiteral("state"),
                               QString::fromLatin1(QUrl::toPercentEncoding(value("state"))));
        to.setQuery(query);
        HttpResponse response = HttpResponse::empty(302);
        response.setHeader("Location", to.toEncoded());
        return response;
    };
    if (value("response_type") != u"code")
        return back({{QStringLiteral("error"), QStringLiteral("unsupported_response_type")}});
    // RFC 7636 4.4.1: this server requires PKCE, with S256.
    if (value("code_challenge").size() < 43 || value("code_challenge_method") != u"S256")
        return back(
            {{QStringLiteral("error"), QStringLiteral("invalid_request")},
             {QStringLiteral("error_description"), QStringLiteral("PKCE with S256 is required")}});
    if (!signIn)
        return form(parameters, {});
    const User *user = m_model.user(value("username"));
    if (!user || user->password != value("password"))
        return form(parameters, QStringLiteral("The user name or password is wrong."));
    const QString code =
        m_tokens.issueCode({user->name, value("client_id"), redirect.toString(),
                            value("code_challenge"), m_model.now() + kCodeLifetimeMs});
    return back({{QStringLiteral("code"), code}});
}

// The identity provider's page: plain HTML, a form that posts the request back with the user's
// name (the client's OpenID Connect login_hint, or what was typed last) and password.
HttpResponse IdsApi::form(const QUrlQuery &parameters, const QString &problem) const
{
    QString hidden;
    for (const auto &[key, item] : parameters.queryItems(QUrl::FullyDecoded)) {
        if (key == u"username" || key == u"password")
            continue;
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                      .arg(escaped(key), escaped(item));
    }
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>recsim sign-in</title>"
            "</head>\n<body><h1>Sign in</h1>\n%1<form method=\"post\" "
            "action=\"/ids/v1/oauth/authorize\">\n%2<label>User name <input id=\"username\" "
            "name=\"username\" value=\"%3\"></label>\n<label>Password <input id=\"password\" "
            "name=\"password\" type=\"password\"></label>\n<button id=\"signin\" "
            "type=\"submit\">Sign in</button>\n</form></body></html>\n")
            .arg(problem.isEmpty()
                     ? QString()
                     : QStringLiteral("<p id=\"problem\">%1</p>\n").arg(escaped(problem)),
                 hidden,
                 escaped(
                     parameters.hasQueryItem(QStringLiteral("username"))
                         ? parameters.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded)
                         : parameters.queryItemValue(QStringLiteral("login_hint"),
                                                     QUrl::FullyDecoded)));
    return HttpResponse::binary(200, "text/html; charset=utf-8", page.toUtf8());
}

HttpResponse IdsApi::token(const QUrlQuery &form)
{
    const auto value = [&](const char *key) {
        return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    if (value("client_id") != m_model.settings().ids.clientId)
        return oauthError(401, "invalid_client", QStringLiteral("Unknown client_id"));
    const auto granted = [](const TokenStore::Grant &grant) {
        return HttpResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("access_token"), grant.accessToken},
                                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                           {QStringLiteral("expires_in"), grant.expiresInSec},
                                           {QStringLiteral("refresh_token"), grant.refreshToken}}));
    };
    const QString grantType = value("grant_type");
    if (grantType == u"authorization_code") {
        const std::optional<TokenStore::Code> code = m_tokens.takeCode(value("code"));
        if (!code || code->clientId != value("client_id") ||
            code->redirectUri != value("redirect_uri"))
            return oauthError(400, "invalid_grant",
                              QStringLiteral("The code is unknown, used, expired or not this "
                                             "client's or redirect's"));
        const QByteArray challenge =
            QCryptographicHash::hash(value("code_verifier").toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (value("code_verifier").size() < 43 || QString::fromLatin1(challenge) != code->challenge)
            return oauthError(400, "invalid_grant",
                              QStringLiteral("code_verifier does not match the code_challenge"));
        return granted(m_tokens.issue(code->user));
    }
    if (grantType == u"refresh_token") {
        const QString user = m_tokens.refreshUser(value("refresh_token"));
        if (user.isEmpty())
            return oauthError(400, "invalid_grant",
                              QStringLiteral("The refresh token is unknown or revoked"));
        return granted(m_tokens.issue(user, value("refresh_token")));
    }
    return oauthError(400, "unsupported_grant_type",
                      QStringLiteral("grant_type must be authorization_code or refresh_token"));
}

void IdsSettings::read(JsonReader &in)
{
    clientId = in.string(QStringLiteral("idsClientId"), clientId);
    tokenLifetimeSec =
        in.integer(QStringLiteral("idsTokenLifetimeSec"), tokenLifetimeSec, 1, 24 * 3600);
}

void IdsSettings::write(QJsonObject &out) const
{
    out.insert(QStringLiteral("idsClientId"), clientId);
    out.insert(QStringLiteral("idsTokenLifetimeSec"), tokenLifetimeSec);
}

} // namespace recsim
