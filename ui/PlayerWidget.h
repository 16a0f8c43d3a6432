#pragma once

#include "PlayerEngine.h"
#include "WaveformView.h"
#include "audio/Waveform.h"
#include "library/RecordingEntry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace recbar {

// The player under the library: waveform with pauses and markers, transport, speed, volume,
// loop, and a key for each of them.
class PlayerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerWidget(WaveformCache &waveforms, QWidget *parent = nullptr);

    // Opens the entry's file; a damaged one gives a message here, and nothing else breaks.
    void open(const RecordingEntry &entry);
    void clear();
    const RecordingEntry &entry() const { return m_entry; }
    // New notes for the open recording: its markers follow, the audio plays on.
    void setNotes(const QString &notes);
    PlayerEngine &engine() { return m_engine; }
    WaveformView &waveform() { return *m_view; }
    QString message() const;

    // "1:23 customer upset": each line of the notes that starts with a time is a marker.
    static QList<WaveformView::Marker> markersFrom(const QString &notes);
    // The keys it forwards from the list: Space, Left, Right, [, ], L and Escape.
    static bool handlesKey(int key);

signals:
    // The audio showed pauses the entry did not list (a server list without them).
    void pausesFound(qint64 id, const QList<std::pair<qint64, qint64>> &spans);
    // The first time the open recording is played (for the audit log).
    void playbackStarted(const recbar::RecordingEntry &entry);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refreshReadout();
    void showMessage(const QString &message);

    WaveformCache &m_waveforms;
    PlayerEngine m_engine;
    RecordingEntry m_entry;
    bool m_playReported = false;
    WaveformView *m_view;
    QToolButton *m_play;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_loop;
    QLabel *m_readout;
    QComboBox *m_speed;
    QSlider *m_volume;
    QLabel *m_message;
};

} // namespace recbar
