#pragma once

#include "PlayerEngine.h"
#include "WaveformView.h"
#include "audio/Waveform.h"
#include "library/RecordingEntry.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
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
    // What a scan heard in the open recording, as it is stored now.
    void setCardFindings(const QList<CardFinding> &findings);
    PlayerEngine &engine() { return m_engine; }
    WaveformView &waveform() { return *m_view; }
    QString message() const;

    // "1:23 customer upset": each line of the notes that starts with a time is a marker.
    static QList<WaveformView::Marker> markersFrom(const QString &notes);
    // The keys it forwards from the list: Space, Left, Right, [, ], L, Escape, +, - and S.
    static bool handlesKey(int key);
    ChannelMix channelMix() const;
    void setChannelMix(const ChannelMix &mix);
    void setSkipSilence(bool on);

signals:
    // The first time the open recording is played (for the audit log).
    void playbackStarted(const recbar::RecordingEntry &entry);
    // The supervisor chose how to hear a two-channel recording (ChannelMix::toString).
    void channelMixChanged(qint64 id, const QString &mix);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The rest of open(), once the engine has read the recording.
    void onOpened();
    void refreshReadout();
    void showMessage(const QString &message);
    void applyChannelMix();
    void applySkips();
    // The sides named by who speaks there where the recording says, else by where.
    void nameSides();

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
    QWidget *m_sides;   // shown for two-channel recordings only
    QComboBox *m_hear;  // both sides, or one alone
    QSlider *m_balance; // -100 (first side) .. 100 (second side)
    QLabel *m_leftName;
    QLabel *m_rightName;
    QCheckBox *m_skip;
    QSpinBox *m_skipMin; // seconds
};

} // namespace recbar
