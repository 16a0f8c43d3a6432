#pragma once

#include "ApiModule.h"
#include "TokenStore.h"

namespace recsim {

// Cisco's Identity Service (IdS) as a native app meets it in single sign-on (RFC 6749's
// authorization code grant with RFC 7636's PKCE, RFC 8252's loopback redirect), with recsim's
// users as the identity provider behind it:
//   GET  /ids/v1/oauth/authorize   a plain HTML sign-in form for the request
//   POST /ids/v1/oauth/authorize   the form: a redirect to the loopback with code and state
//   POST /ids/v1/oauth/token       authorization_code (PKCE S256 checked) or refresh_token
//   POST /ids/v1/oauth/revoke      a token ends
// README.md ("Single sign-on") says what it takes and refuses.
class IdsApi : public ApiModule
{
public:
    IdsApi(SimModel &model, TokenStore &tokens)
        : m_model(model)
        , m_tokens(tokens)
    {}

    QString name() const override { return QStringLiteral("Cisco IdS"); }
    bool claims(const QString &path) const override
    {
        return path.startsWith(QStringLiteral("/ids/"));
    }
    HttpResponse handle(const HttpRequest &request, User &user) override;
    HttpResponse error(int status, const QString &message) const override;
    bool requiresAuthentication() const override { return false; }

private:
    HttpResponse authorize(const QUrlQuery &parameters, bool signIn);
    HttpResponse token(const QUrlQuery &form);
    HttpResponse form(const QUrlQuery &parameters, const QString &problem) const;

    SimModel &m_model;
    TokenStore &m_tokens;
};

} // namespace recsim
