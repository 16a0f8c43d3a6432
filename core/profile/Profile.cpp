#include "Profile.h"

#include "servers/ServerKind.h"

namespace recbar {

QStringList Profile::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out.append(tr("Give the profile a name"));
    const ServerKind *control = ServerRegistry::find(controlKind);
    const ServerKind *state = ServerRegistry::find(stateKind);
    if (!control || !control->providesControl())
        out.append(tr("\"%1\" cannot control recordings").arg(controlKind));
    if (!state || !state->providesState())
        out.append(tr("\"%1\" cannot tell the call state: choose a call-state source such as "
                      "Finesse or the Recording API")
                       .arg(stateKind));
    const auto checkUrl = [&](const QUrl &url, const QString &what) {
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https" && url.scheme() != u"http"))
            out.append(tr("Enter the %1 address, e.g. https://recorder.example.com").arg(what));
        else if (url.scheme() == u"http" && !allowPlainHttp)
            out.append(tr("Plain HTTP sends the password unencrypted: use https, or allow plain "
                          "HTTP for this profile"));
    };
    checkUrl(serverUrl, tr("server"));
    if (!stateServerUrl.isEmpty())
        checkUrl(stateServerUrl, tr("call-state server"));
    if (user.trimmed().isEmpty())
        out.append(tr("Enter the user name"));
    if (!recordingsKind.isEmpty()) {
        const ServerKind *recordings = ServerRegistry::find(recordingsKind);
        if (!recordings || !recordings->makeRecordingsSource)
            out.append(tr("\"%1\" has no recordings list").arg(recordingsKind));
    }
    for (const ServerKind *kind : {control, state}) {
        if (!kind || !kind->problems)
            continue;
        for (const QString &problem : kind->problems(*this)) {
            if (!out.contains(problem))
                out.append(problem);
        }
    }
    if (pollOnCallMs < kMinPollOnCallMs || pollOnCallMs > 60'000 || pollIdleMs < kMinPollIdleMs ||
        pollIdleMs > 300'000)
        out.append(
            tr("Status reads must be between 0.2 s and 60 s on a call, 0.5 s and 5 min idle"));
    if (autoResumeSec < 0 || autoResumeSec > 3600)
        out.append(tr("Auto-resume must be between 0 (off) and 3600 seconds"));
    if (requestTimeoutMs < 1000 || requestTimeoutMs > 120'000)
        out.append(tr("The request timeout must be between 1 and 120 seconds"));
    return out;
}

} // namespace recbar
