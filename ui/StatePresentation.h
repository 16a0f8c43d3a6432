#pragma once

#include "domain/AgentSnapshot.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

namespace recbar {

// How a snapshot looks: the one mapping from state to icon, words and tone that the bar, the
// tray icon and its tooltip share, so they can never disagree.
struct Presentation
{
    enum class Tone { Recording, Paused, NotRecording, Idle, Disconnected, Error };

    Tone tone = Tone::Disconnected;
    QString iconPath;
    QString headline; // "Recording", "Paused", ...
    QString timer;    // call time, or the pause countdown
    QString callLine;
    QString agentLine;
    // A command in progress, the connection's trouble, what the recording state rests on when
    // no status read shows it, or empty.
    QString statusLine;
    QString tooltip;

    struct Colors
    {
        QColor band;
        QColor text;
    };
};

class StatePresentation
{
    Q_DECLARE_TR_FUNCTIONS(StatePresentation)

public:
    static Presentation of(const AgentSnapshot &snapshot, const QDateTime &now);
    static QString iconPath(Presentation::Tone tone);
    // Colour is never the only signal (icon and words say the same), but it is the fastest one.
    static Presentation::Colors colors(Presentation::Tone tone);
    // One QIcon per state for the life of the app: a QIcon made anew renders its SVG into the
    // pixmap cache under a new key each time (a day of calls filled its 10 MB).
    static const QIcon &icon(const QString &path);
};

} // namespace recbar
