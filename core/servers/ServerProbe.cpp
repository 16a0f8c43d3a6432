#include "ServerProbe.h"

#include "ServerKind.h"
#include "session/HttpSession.h"

namespace recbar {

namespace {

// A first run waits for this, not a request's whole timeout.
constexpr int kProbeTimeoutMs = 5000;

} // namespace

ServerProbe::ServerProbe(TrustStore &trust, QObject *parent)
    : QObject(parent)
    , m_trust(trust)
{}

ServerProbe::~ServerProbe() = default;

QUrl ServerProbe::normalized(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text.contains(QStringLiteral("://")) ? text : QStringLiteral("https://") + text,
                   QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url;
}

void ServerProbe::run(const QUrl &url, bool allowPlainHttp, Done done)
{
    // No user: nothing of the agent's is sent to a server nobody has checked yet.
    m_session = std::make_unique<HttpSession>(
        HttpSession::Options{url, QString(), allowPlainHttp, kProbeTimeoutMs}, m_trust);
    struct Pending
    {
        Result result;
        int waiting = 0;
        QStringList answered; // kinds in the order they answer, sorted at the end
        QList<ServerError> errors;
        Done done;
    };
    auto pending = std::make_shared<Pending>();
    pending->result.url = url;
    pending->done = std::move(done);
    QList<const ServerKind *> kinds;
    for (const ServerKind &kind : ServerRegistry::kinds()) {
        if (kind.probe)
            kinds.append(&kind);
    }
    pending->waiting = int(kinds.size());
    if (kinds.isEmpty()) {
        pending->done(pending->result);
        return;
    }
    HttpSession *session = m_session.get();
    for (const ServerKind *kind : std::as_const(kinds)) {
        session->send(kind->probe->call, session, [pending, kind, kinds](const HttpAnswer &answer) {
            if (kind->probe->recognizes(answer))
                pending->answered.append(kind->id);
            else if (answer.status == 0)
                pending->errors.append(answer.error);
            if (--pending->waiting > 0)
                return;
            for (const ServerKind *k : kinds) {
                if (pending->answered.contains(k->id))
                    pending->result.kinds.append(k->id);
            }
            if (pending->result.kinds.isEmpty() && !pending->errors.isEmpty()) {
                const ServerError &first = pending->errors.first();
                pending->result.problem = first.describe();
                pending->result.certificateUntrusted =
                    first.kind == ServerError::Kind::CertificateUntrusted ||
                    first.kind == ServerError::Kind::CertificateChanged;
            }
            pending->done(pending->result);
        });
    }
}

} // namespace recbar
