#pragma once

#include "domain/Direction.h"
#include "scan/CardNumberFinder.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace recbar {

// Whether a recording's audio plays whole, as reading its file found. Fine too where it was not
// read yet (a server's recording before it is downloaded).
enum class AudioState { Fine = 0, CutOff = 1, Unreadable = 2 };

// One recording as the library knows it, from a local file or a server's list.
struct RecordingEntry
{
    qint64 id = 0;     // the library's own row id
    QString source;    // "folder:<path>" or "server:<host>"
    QString sourceKey; // unique within the source: a relative path, a server id
    QString filePath;  // where the audio is on disk, if it is
    bool onDisk = false;
    QString fileStamp; // a folder's file as last read: "size:modified ms", to skip it unchanged
    QDateTime startTime;
    qint64 durationMs = 0;
    QString agent;
    Direction direction = Direction::Unknown;
    QString localNumber;
    QString remoteNumber;
    QString reasonCode;
    QStringList tags;
    QMap<QString, QString> metadata;
    // Paused (or blacked out) as the recorder says: a sidecar, a server's list. Never what
    // the audio suggests: silence is not a pause.
    QList<std::pair<qint64, qint64>> pausedSpans; // ms from the start
    QList<std::pair<qint64, qint64>> heldSpans;   // the call on hold (hold music), ms
    QString channelMix; // how the supervisor last listened to it (ChannelMix::toString)
    // Who speaks on each channel, where the file says ("agent", "customer"; empty: not said).
    QStringList channelRoles;
    AudioState audioState = AudioState::Fine;
    QString notes;
    QString downloadName; // the server's file name, before it is made safe
    // Who marked it reviewed, and when (invalid: not reviewed yet).
    QString reviewedBy;
    QDateTime reviewedAt;
    // When its audio was last listened to for spoken card numbers (invalid: never, or the file
    // or its pauses changed since), and what was heard: never the digits (CardFinding).
    QDateTime cardsScannedAt;
    QList<CardFinding> cardFindings;

    bool cardsScanned() const { return cardsScannedAt.isValid(); }
    qsizetype cardsOutsidePause() const
    {
        return std::count_if(cardFindings.begin(), cardFindings.end(),
                             [](const CardFinding &f) { return f.outsidePause; });
    }

    // The name a supervisor knows the recording by: its file's, or the server's for one that
    // is not downloaded yet.
    QString fileName() const
    {
        const qsizetype slash = std::max(filePath.lastIndexOf(u'/'), filePath.lastIndexOf(u'\\'));
        return filePath.isEmpty() ? downloadName : filePath.mid(slash + 1);
    }

    bool operator==(const RecordingEntry &other) const = default;
};

} // namespace recbar
