#include "AgentSnapshot.h"

namespace recbar {

QString SnapshotText::connection(ConnectionState state)
{
    switch (state) {
    case ConnectionState::SignedOut:
        return tr("Signed out");
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Connected:
        return tr("Connected");
    case ConnectionState::Reconnecting:
        return tr("Reconnecting…");
    case ConnectionState::CredentialsRejected:
        return tr("Password rejected");
    case ConnectionState::SignInNeeded:
        return tr("Sign in needed");
    case ConnectionState::CertificateUntrusted:
        return tr("Certificate not trusted");
    case ConnectionState::CertificateChanged:
        return tr("Certificate changed");
    case ConnectionState::Refused:
        return tr("Refused by the server");
    }
    return {};
}

QString SnapshotText::delivery(const StateDelivery &delivery)
{
    switch (delivery.mode) {
    case StateDelivery::Mode::Polled:
        return {};
    case StateDelivery::Mode::Connecting:
        return tr("connecting live updates…");
    case StateDelivery::Mode::Pushed:
        return tr("live updates");
    case StateDelivery::Mode::Fallback:
        return delivery.detail.isEmpty() ? tr("live updates unavailable: reading every few seconds")
                                         : tr("live updates unavailable (%1): reading every "
                                              "few seconds")
                                               .arg(delivery.detail);
    }
    return {};
}

QString SnapshotText::call(CallState state)
{
    switch (state) {
    case CallState::None:
        return tr("No call");
    case CallState::Ringing:
        return tr("Ringing");
    case CallState::Talking:
        return tr("On a call");
    case CallState::Held:
        return tr("On hold");
    case CallState::Unknown:
        return tr("On a call (its state is unknown)");
    }
    return {};
}

QString SnapshotText::recording(const AgentSnapshot &s)
{
    if (!s.isConnected())
        return tr("Recording state unknown");
    if (s.blackout && (!s.onCall() || s.recording == RecordingState::Off))
        return tr("Paused (secure pause on)");
    switch (s.recording) {
    case RecordingState::Unknown:
        return tr("Recording state unknown");
    case RecordingState::Off:
        return s.onCall() ? tr("Not recording") : tr("No call");
    case RecordingState::Recording:
        return tr("Recording");
    case RecordingState::Paused:
        return tr("Paused");
    }
    return {};
}

QString SnapshotText::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString SnapshotText::summary(const AgentSnapshot &s)
{
    if (!s.isConnected()) {
        const QString state = connection(s.connection);
        return s.connectionDetail.isEmpty() ? state : tr("%1: %2").arg(state, s.connectionDetail);
    }
    QString line = recording(s);
    if (s.onCall()) {
        const QString number = s.remoteNumber.isEmpty() ? tr("unknown number") : s.remoteNumber;
        line = tr("%1 · %2 %3").arg(line, call(s.call), number);
        if (s.callStartedAt.isValid())
            line = tr("%1 (%2)").arg(
                line, duration(s.callStartedAt.secsTo(QDateTime::currentDateTimeUtc())));
    }
    if (s.pending)
        line = tr("%1 · %2").arg(line, CommandText::progress(s.pending->command.kind));
    if (s.delivery.mode == StateDelivery::Mode::Fallback)
        line = tr("%1 · %2").arg(line, delivery(s.delivery));
    return line;
}

void AgentSnapshot::forgetCall()
{
    if (isConnected() && onCall())
        lastKnownCall = LastKnownCall{call, callId, direction, remoteNumber, confirmedAt};
    else if (isConnected())
        lastKnownCall.reset();
    call = CallState::None;
    callId.clear();
    direction = Direction::Unknown;
    remoteNumber.clear();
    dialedNumber.clear();
    callStartedAt = {};
    recording = RecordingState::Unknown;
    recordingBasis.clear();
    duplicateRecording = false;
    screenRecording = false;
    otherCalls = 0;
    metadata.clear();
}

bool AgentSnapshot::waitsForAgent() const
{
    switch (connection) {
    case ConnectionState::CredentialsRejected:
    case ConnectionState::SignInNeeded:
    case ConnectionState::CertificateUntrusted:
    case ConnectionState::CertificateChanged:
    case ConnectionState::Refused:
        return true;
    case ConnectionState::SignedOut:
    case ConnectionState::Connecting:
    case ConnectionState::Connected:
    case ConnectionState::Reconnecting:
        return false;
    }
    return false;
}

} // namespace recbar
