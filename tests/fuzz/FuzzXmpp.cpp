// The Finesse notification service's frames: an XMPP stanza, the pub-sub event in it, and the
// Update each of its payloads carries.
#include "FuzzInput.h"
#include "servers/finesse/FinesseProtocol.h"
#include "servers/finesse/XmppStanza.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const auto frame = recbar::xmpp::parseFrame(bytes);
    if (frame) {
        (void)recbar::xmpp::errorCondition(*frame);
        if (const auto event = recbar::xmpp::pubsubEvent(*frame)) {
            for (const QByteArray &payload : event->payloads) {
                (void)recbar::finesse::parseUpdate(payload, QStringLiteral("5003"));
                (void)recbar::finesse::parseTeamUpdate(payload);
            }
        }
    }
    (void)recbar::finesse::parseUpdate(bytes, QStringLiteral("5003"));
    return 0;
}
