// The Recording API's replies: agent status JSON and error bodies.
#include "FuzzInput.h"
#include "servers/recordingapi/RecordingApiProtocol.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    (void)recbar::recordingapi::parseStatus(bytes);
    (void)recbar::recordingapi::errorMessage(bytes);
    return 0;
}
