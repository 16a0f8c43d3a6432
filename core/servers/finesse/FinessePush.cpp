#include "FinessePush.h"

#include "session/HttpSession.h"
#include "session/TrustStore.h"

#include <QCoreApplication>

namespace recbar::finesse {

namespace {

// The kind's words, in its translation context.
class FinesseText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::Finesse)
};

} // namespace

QString pushBlocked(const PushConfig &config, const HttpSession &session,
                    const std::optional<SystemInfo> &info)
{
#ifdef RECBAR_HAVE_WEBSOCKETS
    if (!info || info->xmppDomain.isEmpty())
        return FinesseText::tr("the server did not name its notification domain");
    if (config.url.scheme() == u"ws" && !session.allowsPlainHttp()) {
        // SASL PLAIN over ws:// would carry the password in clear.
        return FinesseText::tr("%1 is not encrypted and the profile does not allow that")
            .arg(config.url.toString(QUrl::RemoveUserInfo));
    }
    return {};
#else
    Q_UNUSED(config)
    Q_UNUSED(session)
    Q_UNUSED(info)
    return FinesseText::tr("this build of RecBar has no WebSocket support");
#endif
}

#ifdef RECBAR_HAVE_WEBSOCKETS
FinesseNotifications::Settings pushSettings(const PushConfig &config, const HttpSession &session,
                                            const SystemInfo &info, const QString &user)
{
    const QString pushHost = TrustStore::hostKey(
        config.url.host(), config.url.port(config.url.scheme() == u"wss" ? 443 : 80));
    return {
        .url = config.url,
        .domain = info.xmppDomain,
        .pubsubDomain = info.xmppPubSubDomain.isEmpty()
                            ? QStringLiteral("pubsub.") + info.xmppDomain
                            : info.xmppPubSubDomain,
        .user = user,
        // Single sign-on: the access token as the SASL PLAIN password (assumed, as Finesse's
        // own desktop does; docs/protocols/finesse.md). Refused, the state is read instead.
        .password = session.bearer().isEmpty() ? session.password() : session.bearer(),
        // The notification port's own pin decides; without one, the pin of the Finesse server
        // it belongs to.
        .trustKeys = {pushHost, session.hostKey()},
        .answerTimeout = session.timeout(),
        .pingInterval = config.keepAlive,
    };
}
#endif

} // namespace recbar::finesse
