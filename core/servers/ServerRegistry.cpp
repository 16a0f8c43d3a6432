#include "ServerKind.h"
#include "recordingapi/RecordingApiKind.h"

namespace recbar {

const QList<ServerKind> &ServerRegistry::kinds()
{
    // One line per server kind.
    static const QList<ServerKind> all = {
        recordingApiKind(),
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
