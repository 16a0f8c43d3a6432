// An identity service's token endpoint answers (RFC 6749 5.1 and 5.2), as a success and as each
// status a refusal comes with, and the user authentication mode Finesse reports.
#include "FuzzInput.h"
#include "servers/finesse/FinesseProtocol.h"
#include "session/TokenEndpoint.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    recbar::HttpAnswer answer;
    answer.body = fuzzBytes(data, size);
    for (const int status : {200, 400, 401, 503}) {
        answer.status = status;
        (void)recbar::TokenAnswer::parse(answer);
    }
    (void)recbar::finesse::parseUserAuthMode(answer.body);
    return 0;
}
