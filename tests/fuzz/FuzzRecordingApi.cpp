// The Recording API's replies: agent status JSON (with and without a blackout-showing server)
// and error bodies; and the profile's call data key map.
#include "FuzzInput.h"
#include "servers/recordingapi/RecordingApiProtocol.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    recbar::recordingapi::StatusOptions options;
    (void)recbar::recordingapi::parseStatus(bytes, options);
    options.serverShowsBlackout = true;
    (void)recbar::recordingapi::parseStatus(bytes, options);
    (void)recbar::recordingapi::parseAgentList(bytes, options);
    (void)recbar::recordingapi::errorMessage(bytes);
    (void)recbar::recordingapi::CallDataKeys::parse(QString::fromUtf8(bytes.left(4096)));
    return 0;
}
