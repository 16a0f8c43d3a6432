#include "ServerProbe.h"

#include "ServerKind.h"
#include "session/HttpSession.h"

namespace recbar {

namespace {

// A first run waits for this, not a request's whole timeout.
constexpr std::chrono::milliseconds kProbeTimeout = std::chrono::seconds(5);

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
    ask(url, allowPlainHttp, [this, allowPlainHttp, done](const Result &result) {
        // A bare host is tried as https first; a server that speaks only plain HTTP then looks
        // like one that is not there. Asked again over http (the probe sends nothing of the
        // agent's), the answer can say so.
        const bool retry = result.kinds.isEmpty() && !result.certificateUntrusted &&
                           !result.problem.isEmpty() &&
                           result.url.scheme() == QStringLiteral("https") && allowPlainHttp;
        if (!retry) {
            done(result);
            return;
        }
        QUrl plain = result.url;
        plain.setScheme(QStringLiteral("http"));
        plain.setPort(result.url.port(443));
        // Asked once this answer is over: the next question replaces the session answering it.
        QMetaObject::invokeMethod(
            this,
            [this, result, plain, done] {
                ask(plain, true, [result, plain, done](const Result &overHttp) {
                    Result out = result;
                    if (!overHttp.kinds.isEmpty())
                        out.plainAlternative = plain;
                    done(out);
                });
            },
            Qt::QueuedConnection);
    });
}

void ServerProbe::ask(const QUrl &url, bool allowPlainHttp, Done done)
{
    // No user: nothing of the agent's is sent to a server nobody has checked yet.
    m_session = std::make_unique<HttpSession>(
        HttpSession::Options{url, QString(), allowPlainHttp, kProbeTimeout}, m_trust);
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
    for (const ServerKind &kind : ServerRegistry::current().kinds()) {
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
