#pragma once

#include "audio/ChannelMix.h"
#include "audio/Waveform.h"
#include "scan/CardNumberFinder.h"

#include <QWidget>

#include <optional>

namespace recbar {

// A recording at a glance: its peaks; the spans the recorder says were paused (amber) or on
// hold (violet), and the silence found in the audio (grey, dotted: never called a pause), each
// marked with its length; spoken card numbers a scan heard (red; hatched where a pause kept
// them out); notes as markers, the loop selection and the playhead. A click seeks;
// a drag selects a span to loop; the wheel (or the player's + and -) zooms around the playhead,
// and a zoomed view follows the playhead a page at a time.
class WaveformView : public QWidget
{
    Q_OBJECT

public:
    struct Marker
    {
        qint64 ms = 0;
        QString text;
    };

    explicit WaveformView(QWidget *parent = nullptr);

    void setWaveform(const Waveform *waveform); // not owned; nullptr while computing
    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    // As the recorder says.
    void setPausedSpans(const QList<std::pair<qint64, qint64>> &spans);
    void setHeldSpans(const QList<std::pair<qint64, qint64>> &spans);
    // Found in the audio, outside the recorder's pauses and hold.
    void setSilentSpans(const QList<std::pair<qint64, qint64>> &spans);
    QList<std::pair<qint64, qint64>> silentSpans() const { return m_silent; }
    QList<std::pair<qint64, qint64>> heldSpans() const { return m_held; }
    // Spoken card numbers a scan heard.
    void setCardFindings(const QList<CardFinding> &findings);
    const QList<CardFinding> &cardFindings() const { return m_cards; }
    // A finding in words: when, where it lies, how many digits, the Luhn check, the last four,
    // how sure the recogniser was.
    static QString describeFinding(const CardFinding &finding);
    // Who speaks on each side of a two-channel recording ("agent", "customer", or empty).
    void setChannelRoles(const QStringList &roles);
    // The names of the two lanes, as drawn.
    QString laneName(int side) const;
    // The colours of the kinds of span, for tests and the legend.
    static QColor pauseColor();
    static QColor holdColor();
    static QColor cardColor();
    QColor silenceColor() const;
    // What playback jumps over (Skip silence): hatched, so the supervisor sees what is not heard.
    void setSkippedSpans(const QList<std::pair<qint64, qint64>> &spans);
    QList<std::pair<qint64, qint64>> skippedSpans() const { return m_skipped; }
    // A two-channel recording shows each side in its lane; a side not heard is drawn faint.
    void setChannelMix(const ChannelMix &mix);
    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    void setLoop(std::optional<std::pair<qint64, qint64>> loop);
    void setMessage(const QString &message); // "Computing...", an error
    QList<std::pair<qint64, qint64>> pausedSpans() const { return m_paused; }

    // Zoom: 1 shows the whole recording; each step is 1.5x, down to 2 s across the view.
    void zoomIn() { zoomBy(kZoomStep); }
    void zoomOut() { zoomBy(1.0 / kZoomStep); }
    double zoom() const;
    // The part of the recording in view, in ms.
    std::pair<qint64, qint64> visibleRange() const;

    // Tall enough for two lanes with their names and a marker's words above, at any scale.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);
    void loopSelected(qint64 fromMs, qint64 toMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    static constexpr double kZoomStep = 1.5;
    static constexpr qint64 kNarrowestMs = 2000;

    qint64 msAt(double x) const;
    double xAt(qint64 ms) const;
    qint64 span() const { return m_viewSpan > 0 ? m_viewSpan : m_duration; }
    void zoomBy(double factor);
    void resetZoom();
    void describe();

    const Waveform *m_waveform = nullptr;
    double m_scale = 1.0;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    QList<std::pair<qint64, qint64>> m_paused;
    QList<std::pair<qint64, qint64>> m_held;
    QList<std::pair<qint64, qint64>> m_silent;
    QList<CardFinding> m_cards;
    QStringList m_roles;
    QList<std::pair<qint64, qint64>> m_skipped;
    ChannelMix m_mix;
    QList<Marker> m_markers;
    std::optional<std::pair<qint64, qint64>> m_loop;
    std::optional<qint64> m_dragFrom;
    qint64 m_dragTo = 0;
    QString m_message;
    qint64 m_viewFrom = 0; // ms at the left edge
    qint64 m_viewSpan = 0; // ms across the view; 0: the whole recording
};

} // namespace recbar
