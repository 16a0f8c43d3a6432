// QM Recording Controls' replies: command answers (any body, or none), the config, error
// bodies, and what a reply means for each command.
#include "FuzzInput.h"
#include "domain/Command.h"
#include "servers/qm/QmProtocol.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    for (recbar::CommandKind kind : recbar::CommandText::all())
        (void)recbar::qm::interpret(kind, bytes);
    (void)recbar::qm::parseConfig(bytes);
    (void)recbar::qm::errorMessage(bytes);
    return 0;
}
