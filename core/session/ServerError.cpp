#include "ServerError.h"

namespace recbar {

bool ServerError::transient() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::Unreachable:
    case Kind::ConnectionLost:
    case Kind::ServerFailure:
    case Kind::Malformed:
        return true;
    default:
        return false;
    }
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
    const QString detail = serverMessage.isEmpty() ? QString() : tr(" (%1)").arg(serverMessage);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Timeout:
        return tr("The server did not answer in time");
    case Kind::Unreachable:
        return tr("The server cannot be reached") + detail;
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
    case Kind::Forbidden:
        return tr("This user is not allowed to do that") + detail;
    case Kind::NotFound:
        return tr("The server does not know that agent or call") + detail;
    case Kind::Rejected:
        return tr("The server refused the request") + detail;
    case Kind::ServerFailure:
        return tr("The server failed (HTTP %1)").arg(httpStatus) + detail;
    case Kind::Malformed:
        return tr("The server's answer could not be read") + detail;
    }
    return {};
}

} // namespace recbar
