// Imagicle's replies: a started recording's id, error bodies, the recordings list (and its
// ISO 8601 durations).
#include "FuzzInput.h"
#include "domain/Command.h"
#include "servers/imagicle/ImagicleProtocol.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    (void)recbar::imagicle::startedId(bytes);
    (void)recbar::imagicle::errorMessage(recbar::CommandKind::Pause, 429, bytes);
    (void)recbar::imagicle::parseRecordings(bytes, QStringLiteral("imagicle:fuzz"));
    (void)recbar::imagicle::parseIsoDuration(QString::fromUtf8(bytes));
    return 0;
}
