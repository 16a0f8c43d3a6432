#pragma once

#include "domain/AgentSnapshot.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace recbar {

// Why a request to a recording server did not give what was asked, in one value the whole
// client shares: the connection state machine, the command outcome and the UI text.
struct ServerError
{
    Q_DECLARE_TR_FUNCTIONS(ServerError)

public:
    enum class Kind {
        None,
        Timeout,              // no answer in time
        Unreachable,          // refused, host not found, network down
        ConnectionLost,       // closed or reset mid-answer
        InsecureRefused,      // Basic over plain HTTP without the profile's consent
        CertificateUntrusted, // self-signed or unknown CA, not pinned yet
        CertificateChanged,   // differs from the pinned fingerprint
        Unauthorized,         // 401 even after sending the credentials again
        SignInEnded,          // single sign-on: the access token is refused, or cannot be renewed
        Forbidden,            // 403
        NotFound,             // 404: agent, call or resource unknown to the server
        Rejected,             // another 4xx: the server refused this request
        ServerFailure,        // 5xx
        Malformed,            // an answer that does not parse or lacks what it must carry
        Redirected,           // sent to another scheme, host or port: not followed
        TooLarge,             // an answer past what RecBar reads from a server
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage; // what the server said, if anything
    // The certificate in question, for trust decisions. Optional, not just null: constructing
    // even an empty QSslCertificate loads the TLS backend and the system's CA store, which
    // cost every start-up ~10 ms before the first status read.
    std::optional<QSslCertificate> certificate;
    QString expectedFingerprint; // CertificateChanged: the pinned one

    // What a status read that met this error leads to: the one retry policy.
    enum class Recovery {
        None,                // no error
        RetryWithBackoff,    // it may pass by itself: try again, backing off
        AskForPassword,      // the server refused the credentials
        SignInAgain,         // single sign-on ended: the agent signs in again in the browser
        AskAboutCertificate, // a certificate nobody trusted yet, or one that changed
        Refused,             // nothing will change until the agent or an administrator acts
    };
    Recovery recovery() const;
    // The server refused who is asking (a password, an ended sign-in), not what was asked.
    bool refusesWhoAsks() const
    {
        return recovery() == Recovery::AskForPassword || recovery() == Recovery::SignInAgain;
    }
    // The connection's state while it waits for the agent because of this error (a password,
    // a certificate, a refusal); nullopt: it is tried again by itself.
    std::optional<ConnectionState> waitsForAgentAs() const;

    bool ok() const { return kind == Kind::None; }
    QString describe() const;

    static ServerError malformed(const QString &what);
};

} // namespace recbar
