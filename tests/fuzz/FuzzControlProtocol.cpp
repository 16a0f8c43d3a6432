// The control socket: what `recbar ctl` (or anything else on the socket) sends the bar, what the
// bar answers, and `recbar ctl metadata`'s KEY=VALUE arguments.
#include "FuzzInput.h"
#include "ipc/ControlProtocol.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const auto request = recbar::control::parseRequest(bytes);
    if (request) {
        // What is accepted must survive a round trip unchanged.
        const auto again = recbar::control::parseRequest(recbar::control::formatRequest(*request));
        if (!again || again->command != request->command || again->metadata != request->metadata ||
            again->teamAction != request->teamAction || again->agent != request->agent)
            __builtin_trap();
    }
    (void)recbar::control::parseResponse(bytes);
    (void)recbar::control::parseMetadataArguments(fuzzLines(data, size));
    return 0;
}
