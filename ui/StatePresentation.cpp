#include "StatePresentation.h"

#include <QHash>
#include <QLocale>

namespace recbar {

namespace {

bool needsTheAgent(ConnectionState state)
{
    return state == ConnectionState::CredentialsRejected ||
           state == ConnectionState::SignInNeeded ||
           state == ConnectionState::CertificateUntrusted ||
           state == ConnectionState::CertificateChanged || state == ConnectionState::Refused;
}

} // namespace

QString StatePresentation::iconPath(Presentation::Tone tone)
{
    switch (tone) {
    case Presentation::Tone::Recording:
        return QStringLiteral(":/icons/state-recording.svg");
    case Presentation::Tone::Paused:
        return QStringLiteral(":/icons/state-paused.svg");
    case Presentation::Tone::NotRecording:
        return QStringLiteral(":/icons/state-not-recording.svg");
    case Presentation::Tone::Idle:
        return QStringLiteral(":/icons/state-idle.svg");
    case Presentation::Tone::Disconnected:
        return QStringLiteral(":/icons/state-disconnected.svg");
    case Presentation::Tone::Error:
        return QStringLiteral(":/icons/state-error.svg");
    }
    return {};
}

Presentation StatePresentation::of(const AgentSnapshot &s, const QDateTime &now)
{
    Presentation p;
    using Tone = Presentation::Tone;

    if (!s.isConnected()) {
        p.tone = needsTheAgent(s.connection) ? Tone::Error : Tone::Disconnected;
        p.headline = needsTheAgent(s.connection) ? SnapshotText::connection(s.connection)
                     : s.connection == ConnectionState::SignedOut ? tr("Signed out")
                                                                  : tr("Not connected");
        p.statusLine = s.connectionDetail;
        if (s.connection == ConnectionState::Reconnecting && s.nextAttemptAt.isValid()) {
            const qint64 seconds = std::max<qint64>(0, (now.msecsTo(s.nextAttemptAt) + 999) / 1000);
            p.statusLine = tr("%1 · trying again in %2 s").arg(s.connectionDetail).arg(seconds);
        } else if (s.connection == ConnectionState::Connecting) {
            p.statusLine = tr("Connecting to %1…").arg(s.server);
        }
        p.callLine = tr("Recording state unknown");
        if (const std::optional<LastKnownCall> &last = s.lastKnownCall) {
            const QString number =
                last->remoteNumber.isEmpty() ? tr("unknown number") : last->remoteNumber;
            const QString at =
                QLocale().toString(last->confirmedAt.toLocalTime().time(), QLocale::ShortFormat);
            p.callLine = tr("Recording state unknown · last known at %1: %2 · %3")
                             .arg(at, SnapshotText::call(last->call), number);
        }
    } else {
        const bool paused = s.recording == RecordingState::Paused || (s.blackout && !s.onCall());
        if (!s.onCall())
            p.tone = s.blackout ? Tone::Paused : Tone::Idle;
        else if (s.recording == RecordingState::Recording)
            p.tone = Tone::Recording;
        else if (s.recording == RecordingState::Paused)
            p.tone = Tone::Paused;
        else if (s.recording == RecordingState::Off)
            p.tone = Tone::NotRecording;
        else
            p.tone = Tone::Disconnected;

        switch (p.tone) {
        case Tone::Recording:
            p.headline = tr("Recording");
            break;
        case Tone::Paused:
            p.headline = s.onCall() ? tr("Paused: not recording") : tr("Paused · no call");
            break;
        case Tone::NotRecording:
            p.headline = tr("Not recording");
            break;
        case Tone::Idle:
            p.headline = tr("No call");
            break;
        case Tone::Disconnected:
        case Tone::Error:
            p.headline = tr("Recording state unknown");
            break;
        }
        // What else the server records is as much the agent's business as the call's audio: a
        // screen recording sees a card number typed while the audio is paused.
        QStringList also;
        if (s.screenRecording)
            also.append(tr("screen recorded"));
        if (s.duplicateRecording)
            also.append(tr("duplicate recording on"));
        if (!also.isEmpty())
            p.headline = tr("%1 · %2").arg(p.headline, also.join(QStringLiteral(" · ")));

        if (paused && s.autoResumeAt.isValid())
            p.timer = tr("resumes in %1")
                          .arg(SnapshotText::duration((now.msecsTo(s.autoResumeAt) + 999) / 1000));
        else if (paused && s.blackoutSince.isValid())
            p.timer = tr("paused %1").arg(SnapshotText::duration(s.blackoutSince.secsTo(now)));
        else if (s.onCall() && s.callStartedAt.isValid())
            p.timer = SnapshotText::duration(s.callStartedAt.secsTo(now));

        if (s.onCall()) {
            const QString number = s.remoteNumber.isEmpty() ? tr("unknown number") : s.remoteNumber;
            QString direction =
                s.direction == Direction::Inbound    ? tr("Inbound from %1").arg(number)
                : s.direction == Direction::Outbound ? tr("Outbound to %1").arg(number)
                                                     : number;
            if (s.direction == Direction::Inbound && !s.dialedNumber.isEmpty())
                direction = tr("%1 to %2").arg(direction, s.dialedNumber);
            p.callLine = tr("%1 · %2").arg(SnapshotText::call(s.call), direction);
            if (s.otherCalls > 0)
                p.callLine = tr("%1 · %n more call(s)", nullptr, s.otherCalls).arg(p.callLine);
        } else {
            p.callLine =
                s.blackout ? tr("Secure pause is on for your next call") : tr("Waiting for a call");
        }
        if (s.pending)
            p.statusLine = CommandText::progress(s.pending->command.kind);
        else if (s.onCall())
            p.statusLine = s.recordingBasis; // what the state rests on, when no status shows it
    }

    const QString who = s.agentName.isEmpty() ? QString() : s.agentName;
    const QString extension = s.extension.isEmpty() ? QString() : tr("ext. %1").arg(s.extension);
    QStringList agentParts;
    for (const QString &part : {who, extension, s.server}) {
        if (!part.isEmpty())
            agentParts.append(part);
    }
    // How the state arrives, while there is one to show: live, or read on a timer (the tooltip
    // says why).
    if (s.isConnected()) {
        if (s.delivery.mode == StateDelivery::Mode::Pushed)
            agentParts.append(tr("live"));
        else if (s.delivery.mode == StateDelivery::Mode::Fallback)
            agentParts.append(tr("polled"));
    }
    p.agentLine = agentParts.join(QStringLiteral(" · "));
    p.iconPath = iconPath(p.tone);

    QStringList tip{tr("RecBar: %1").arg(p.headline)};
    for (const QString &line : {p.timer, p.callLine, p.statusLine, p.agentLine}) {
        if (!line.isEmpty())
            tip.append(line);
    }
    if (s.isConnected() && s.delivery.mode == StateDelivery::Mode::Fallback)
        tip.append(SnapshotText::delivery(s.delivery));
    if (s.failure)
        tip.append(s.failure->message);
    p.tooltip = tip.join(u'\n');
    return p;
}

namespace {

QHash<QString, QIcon> &iconCache()
{
    static QHash<QString, QIcon> icons;
    return icons;
}

} // namespace

const QIcon &StatePresentation::icon(const QString &path)
{
    QHash<QString, QIcon> &icons = iconCache();
    if (icons.isEmpty()) // emptied while the icon engine plugin is still loaded
        qAddPostRoutine([] { iconCache().clear(); });
    auto it = icons.find(path);
    if (it == icons.end())
        it = icons.insert(path, QIcon(path));
    return *it;
}

Presentation::Colors StatePresentation::colors(Presentation::Tone tone)
{
    switch (tone) {
    case Presentation::Tone::Recording:
        return {QColor(0xc6, 0x28, 0x28), Qt::white};
    case Presentation::Tone::Paused:
        return {QColor(0xf9, 0xa8, 0x25), QColor(0x1a, 0x1a, 0x1a)};
    case Presentation::Tone::NotRecording:
        return {QColor(0x61, 0x61, 0x61), Qt::white};
    case Presentation::Tone::Idle:
        return {QColor(0x45, 0x5a, 0x64), Qt::white};
    case Presentation::Tone::Disconnected:
        return {QColor(0x9e, 0x9e, 0x9e), QColor(0x1a, 0x1a, 0x1a)};
    case Presentation::Tone::Error:
        return {QColor(0xbf, 0x36, 0x0c), Qt::white}; // 5.6:1 with white
    }
    return {};
}

} // namespace recbar
