// QM Recording Controls' replies: command answers, the config, error bodies, and what a reply
// means for each command.
#include "FuzzInput.h"
#include "domain/Command.h"
#include "servers/qm/QmProtocol.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const auto reply = recbar::qm::parseReply(bytes);
    if (const auto *r = std::get_if<recbar::qm::Reply>(&reply)) {
        for (recbar::CommandKind kind : recbar::CommandText::all())
            (void)recbar::qm::interpret(kind, *r);
    }
    (void)recbar::qm::parseConfig(bytes);
    (void)recbar::qm::errorMessage(bytes);
    return 0;
}
