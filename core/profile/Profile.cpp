#include "Profile.h"

#include "servers/ServerKind.h"

namespace recbar {

QStringList Profile::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out.append(tr("Give the profile a name"));
    if (!ServerRegistry::find(controlKind))
        out.append(tr("Unknown recording control \"%1\"").arg(controlKind));
    if (!ServerRegistry::find(stateKind))
        out.append(tr("Unknown call-state source \"%1\"").arg(stateKind));
    if (!serverUrl.isValid() || serverUrl.host().isEmpty() ||
        (serverUrl.scheme() != u"https" && serverUrl.scheme() != u"http"))
        out.append(tr("Enter the server address, e.g. https://recorder.example.com"));
    else if (serverUrl.scheme() == u"http" && !allowPlainHttp)
        out.append(tr("Plain HTTP sends the password unencrypted: use https, or allow plain "
                      "HTTP for this profile"));
    if (user.trimmed().isEmpty())
        out.append(tr("Enter the user name"));
    if (agentIdentifier.trimmed().isEmpty())
        out.append(tr("Enter how the server identifies the agent"));
    if (pollOnCallMs < 200 || pollOnCallMs > 60'000 || pollIdleMs < 500 || pollIdleMs > 300'000)
        out.append(
            tr("Status reads must be between 0.2 s and 60 s on a call, 0.5 s and 5 min idle"));
    if (autoResumeSec < 0 || autoResumeSec > 3600)
        out.append(tr("Auto-resume must be between 0 (off) and 3600 seconds"));
    if (requestTimeoutMs < 1000 || requestTimeoutMs > 120'000)
        out.append(tr("The request timeout must be between 1 and 120 seconds"));
    return out;
}

} // namespace recbar
