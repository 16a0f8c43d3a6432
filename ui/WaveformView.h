#pragma once

#include "audio/Waveform.h"

#include <QWidget>

#include <optional>

namespace recbar {

// A recording at a glance: its peaks, the paused or blacked-out spans as marked regions with
// their length, notes as markers, the loop selection and the playhead. A click seeks; a drag
// selects a span to loop.
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
    void setPausedSpans(const QList<std::pair<qint64, qint64>> &spans);
    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    void setLoop(std::optional<std::pair<qint64, qint64>> loop);
    void setMessage(const QString &message); // "Computing...", an error
    QList<std::pair<qint64, qint64>> pausedSpans() const { return m_paused; }

    QSize sizeHint() const override { return {600, 110}; }
    QSize minimumSizeHint() const override { return {200, 60}; }

signals:
    void seekRequested(qint64 ms);
    void loopSelected(qint64 fromMs, qint64 toMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    qint64 msAt(double x) const;
    double xAt(qint64 ms) const;

    const Waveform *m_waveform = nullptr;
    double m_scale = 1.0;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    QList<std::pair<qint64, qint64>> m_paused;
    QList<Marker> m_markers;
    std::optional<std::pair<qint64, qint64>> m_loop;
    std::optional<qint64> m_dragFrom;
    qint64 m_dragTo = 0;
    QString m_message;
};

} // namespace recbar
