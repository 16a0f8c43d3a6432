#include "ServerKind.h"
#include "finesse/FinesseKind.h"
#include "imagicle/ImagicleKind.h"
#include "qm/QmKind.h"
#include "recordingapi/RecordingApiKind.h"

namespace recbar {

const QList<ServerKind> &ServerRegistry::kinds()
{
    // One line per server kind.
    static const QList<ServerKind> all = {
        recordingApiKind(),
        qmKind(),
        finesseKind(),
        imagicleKind(),
    };
    return all;
}

const ServerKind *ServerRegistry::find(const QString &id)
{
    for (const ServerKind &kind : kinds()) {
        if (kind.id == id)
            return &kind;
    }
    return nullptr;
}

} // namespace recbar
