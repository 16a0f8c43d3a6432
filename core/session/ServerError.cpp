#include "ServerError.h"

namespace recbar {

ServerError::Recovery ServerError::recovery() const
{
    switch (kind) {
    case Kind::None:
        return Recovery::None;
    case Kind::Timeout:
    case Kind::Unreachable:
    case Kind::ConnectionLost:
    case Kind::ServerFailure:
    case Kind::Malformed:
    case Kind::TooLarge:
    // The agent may not be logged in to the contact center yet, or a status read may be
    // refused for a moment (a server restarting): both pass by themselves.
    case Kind::NotFound:
    case Kind::Rejected:
        return Recovery::RetryWithBackoff;
    case Kind::Unauthorized:
        return Recovery::AskForPassword;
    case Kind::SignInEnded:
        return Recovery::SignInAgain;
    case Kind::CertificateUntrusted:
    case Kind::CertificateChanged:
        return Recovery::AskAboutCertificate;
    case Kind::Forbidden:
    case Kind::InsecureRefused:
    case Kind::Redirected:
        return Recovery::Refused;
    }
    return Recovery::RetryWithBackoff;
}

ServerError ServerError::malformed(const QString &what)
{
    ServerError error;
    error.kind = Kind::Malformed;
    error.serverMessage = what;
    return error;
}

QString ServerError::describe() const
{
    // The server's own words follow the description where they help; the translation decides
    // where they go, so no sentence is glued together here.
    const auto withDetail = [this](const QString &description) {
        return serverMessage.isEmpty()
                   ? description
                   : tr("%1 (%2)", "a description of the error, then the server's own words")
                         .arg(description, serverMessage);
    };
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Timeout:
        return tr("The server did not answer in time");
    case Kind::Unreachable:
        return withDetail(tr("The server cannot be reached"));
    case Kind::ConnectionLost:
        return tr("The connection to the server was lost");
    case Kind::InsecureRefused:
        return tr("This profile does not allow sending the password over plain HTTP");
    case Kind::CertificateUntrusted:
        return tr("The server's certificate is not trusted yet");
    case Kind::CertificateChanged:
        return tr("The server's certificate has changed since you trusted it; refusing to connect");
    case Kind::Unauthorized:
        return tr("The server refused the user name or password");
    case Kind::SignInEnded:
        return withDetail(tr("Your sign-in has ended: sign in again"));
    case Kind::Forbidden:
        return withDetail(tr("This user is not allowed to do that"));
    case Kind::NotFound:
        return withDetail(tr("The server does not know that agent or call"));
    case Kind::Rejected:
        return withDetail(tr("The server refused the request"));
    case Kind::ServerFailure:
        return withDetail(tr("The server failed (HTTP %1)").arg(httpStatus));
    case Kind::Malformed:
        return withDetail(tr("The server's answer could not be read"));
    case Kind::Redirected:
        return tr("The server sent RecBar on to another address, which RecBar does not follow "
                  "with your password (%1)")
            .arg(serverMessage);
    case Kind::TooLarge:
        return withDetail(tr("The server's answer was larger than RecBar accepts"));
    }
    return {};
}

std::optional<ConnectionState> ServerError::waitsForAgentAs() const
{
    switch (recovery()) {
    case Recovery::AskForPassword:
        return ConnectionState::CredentialsRejected;
    case Recovery::SignInAgain:
        return ConnectionState::SignInNeeded;
    case Recovery::AskAboutCertificate:
        return kind == Kind::CertificateChanged ? ConnectionState::CertificateChanged
                                                : ConnectionState::CertificateUntrusted;
    case Recovery::Refused:
        return ConnectionState::Refused;
    case Recovery::None:
    case Recovery::RetryWithBackoff:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace recbar
