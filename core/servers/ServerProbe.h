#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace recbar {

class HttpSession;
class TrustStore;

// Finds which recording server APIs an address speaks, before anyone signs in: each kind's
// probe (ServerKind::Probe) is sent there at once, without credentials, and answered kinds are
// named. First run asks for an address and then only for what that kind needs.
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QUrl url;          // as probed (https:// added to a bare host)
        QStringList kinds; // the kinds that answered as themselves, registry order
        QString problem;   // why none could be asked (unreachable, certificate), in words
        bool certificateUntrusted = false;
        // An https:// address nothing answered at, where the same host and port answer plain
        // http:// as a kind: that address (the agent chooses it, for its password goes there
        // unencrypted); empty otherwise.
        QUrl plainAlternative;
    };
    using Done = std::function<void(const Result &)>;

    explicit ServerProbe(TrustStore &trust, QObject *parent = nullptr);
    ~ServerProbe() override;

    // An address as an agent types it: a bare host is https://host.
    static QUrl normalized(const QString &typed);
    // Asks `url`; `done` runs once. A new run abandons the one before.
    void run(const QUrl &url, bool allowPlainHttp, Done done);

private:
    void ask(const QUrl &url, bool allowPlainHttp, Done done);

    TrustStore &m_trust;
    std::unique_ptr<HttpSession> m_session;
};

} // namespace recbar
