#include "FinesseSso.h"

#include "FinesseProtocol.h"
#include "Logging.h"
#include "profile/Profile.h"
#include "session/TrustStore.h"

namespace recbar::finesse {

namespace {

class SsoText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::Finesse)
};

constexpr char kAuthorizeKey[] = "idsAuthorizeUrl";
constexpr char kTokenKey[] = "idsTokenUrl";
constexpr char kRevokeKey[] = "idsRevokeUrl";
constexpr char kClientIdKey[] = "idsClientId";
constexpr char kClientSecretKey[] = "idsClientSecret";
// Cisco IdS listens on 8553 of its host (co-resident with Finesse on UCCX; its own server on
// UCCE, whose address the profile then gives).
constexpr int kIdsPort = 8553;

// The Finesse server of the profile: the call state's when that is another server.
QUrl finesseUrl(const Profile &profile)
{
    return profile.stateKind == u"finesse" && !profile.stateServerUrl.isEmpty()
               ? profile.stateServerUrl
               : profile.serverUrl;
}

QUrl idsDefault(const Profile &profile, const QString &path)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(finesseUrl(profile).host());
    url.setPort(kIdsPort);
    url.setPath(path);
    return url;
}

QUrl configured(const Profile &profile, const char *key, const QUrl &fallback)
{
    const QString value = profile.field(QString::fromLatin1(key)).trimmed();
    return value.isEmpty() ? fallback : QUrl(value, QUrl::StrictMode);
}

QString checkUrl(const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http"))
        return SsoText::tr("Enter the identity service's address as https://host:8553/…");
    return {};
}

void askUserMode(HttpSession &session, const QString &user, QObject *context,
                 const SingleSignOn::Answer &answer)
{
    HttpCall call{.path = QStringLiteral("desktop/sso/authmode?username=") +
                          QString::fromLatin1(QUrl::toPercentEncoding(user))};
    session.send(call, context, [answer](const HttpAnswer &reply) {
        const QString mode = reply.status == 200 ? parseUserAuthMode(reply.body) : QString();
        if (mode.isEmpty())
            return answer(std::nullopt,
                          reply.error.ok()
                              ? SsoText::tr("Finesse did not say how this user signs in")
                              : reply.error.describe());
        answer(mode == u"SSO", {});
    });
}

} // namespace

SingleSignOn singleSignOn()
{
    return {
        .detect =
            [](HttpSession &session, const QString &user, QObject *context,
               SingleSignOn::Answer answer) {
                session.send(
                    {.path = QStringLiteral("finesse/api/SystemInfo")}, context,
                    [&session, user, context, answer](const HttpAnswer &reply) {
                        const std::optional<SystemInfo> info =
                            reply.status == 200 ? parseSystemInfo(reply.body) : std::nullopt;
                        if (!info)
                            return answer(std::nullopt, reply.error.ok()
                                                            ? SsoText::tr("Finesse's SystemInfo "
                                                                          "could not be read")
                                                            : reply.error.describe());
                        qCInfo(lcAuth) << "Finesse's systemAuthMode:" << info->authMode;
                        if (info->authMode == u"HYBRID")
                            return askUserMode(session, user, context, answer);
                        answer(info->authMode == u"SSO", {});
                    });
            },
        .client =
            [](const Profile &profile) {
                OAuthClient client;
                client.authorizeUrl =
                    configured(profile, kAuthorizeKey,
                               idsDefault(profile, QStringLiteral("/ids/v1/oauth/authorize")));
                client.tokenUrl = configured(
                    profile, kTokenKey, idsDefault(profile, QStringLiteral("/ids/v1/oauth/token")));
                client.revokeUrl = configured(profile, kRevokeKey, QUrl());
                client.clientId = profile.field(QString::fromLatin1(kClientIdKey)).trimmed();
                client.clientSecret = profile.field(QString::fromLatin1(kClientSecretKey));
                client.allowPlainHttp = profile.allowPlainHttp;
                const QUrl finesse = finesseUrl(profile);
                client.alsoTrusted = {TrustStore::hostKey(
                    finesse.host(), finesse.port(finesse.scheme() == u"https" ? 443 : 80))};
                client.timeout = std::chrono::milliseconds(profile.requestTimeoutMs);
                return client;
            },
    };
}

QList<KindField> singleSignOnFields()
{
    using Field = KindField;
    return {
        {.key = QString::fromLatin1(SingleSignOn::kModeKey),
         .type = Field::Type::Choice,
         .label = SsoText::tr("Sign in with:"),
         .accessibleName = SsoText::tr("Sign in with"),
         .defaultValue = QStringLiteral("auto"),
         .choices = {QStringLiteral("auto"), QStringLiteral("password"), QStringLiteral("sso")},
         .choiceLabels = {SsoText::tr("Whatever Finesse says"), SsoText::tr("A password"),
                          SsoText::tr("Single sign-on (the browser)")}},
        {.key = QString::fromLatin1(kAuthorizeKey),
         .label = SsoText::tr("Identity service sign-in:"),
         .accessibleName = SsoText::tr("Identity service authorization address"),
         .placeholder = SsoText::tr("https://<Finesse host>:8553/ids/v1/oauth/authorize"),
         .check = checkUrl},
        {.key = QString::fromLatin1(kTokenKey),
         .label = SsoText::tr("Identity service tokens:"),
         .accessibleName = SsoText::tr("Identity service token address"),
         .placeholder = SsoText::tr("https://<Finesse host>:8553/ids/v1/oauth/token"),
         .check = checkUrl},
        {.key = QString::fromLatin1(kRevokeKey),
         .label = SsoText::tr("Identity service revocation:"),
         .accessibleName = SsoText::tr("Identity service revocation address"),
         .placeholder = SsoText::tr("none"),
         .check = checkUrl},
        {.key = QString::fromLatin1(kClientIdKey),
         .label = SsoText::tr("Client id:"),
         .accessibleName = SsoText::tr("Identity service client id"),
         .placeholder = SsoText::tr("from your administrator")},
        {.key = QString::fromLatin1(kClientSecretKey),
         .label = SsoText::tr("Client secret:"),
         .accessibleName = SsoText::tr("Identity service client secret"),
         .placeholder = SsoText::tr("only if your administrator gives one")},
    };
}

} // namespace recbar::finesse
