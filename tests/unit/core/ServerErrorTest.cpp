#include "session/ServerError.h"

#include "CatchCompat.h"

using namespace recbar;

TEST_CASE("One retry policy: what each error of a status read leads to", "[net]")
{
    using Kind = ServerError::Kind;
    using Recovery = ServerError::Recovery;
    const struct
    {
        Kind kind;
        Recovery recovery;
    } table[] = {
        {Kind::None, Recovery::None},
        {Kind::Timeout, Recovery::RetryWithBackoff},
        {Kind::Unreachable, Recovery::RetryWithBackoff},
        {Kind::ConnectionLost, Recovery::RetryWithBackoff},
        {Kind::ServerFailure, Recovery::RetryWithBackoff},
        {Kind::Malformed, Recovery::RetryWithBackoff},
        {Kind::TooLarge, Recovery::RetryWithBackoff},
        {Kind::NotFound, Recovery::RetryWithBackoff},
        {Kind::Rejected, Recovery::RetryWithBackoff},
        {Kind::Unauthorized, Recovery::AskForPassword},
        {Kind::CertificateUntrusted, Recovery::AskAboutCertificate},
        {Kind::CertificateChanged, Recovery::AskAboutCertificate},
        {Kind::Forbidden, Recovery::Refused},
        {Kind::InsecureRefused, Recovery::Refused},
        {Kind::Redirected, Recovery::Refused},
    };
    for (const auto &row : table) {
        ServerError error;
        error.kind = row.kind;
        INFO(int(row.kind));
        CHECK(error.recovery() == row.recovery);
        CHECK(error.describe().isEmpty() == (row.kind == Kind::None));
    }
}
