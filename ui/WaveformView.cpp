#include "WaveformView.h"

#include "domain/AgentSnapshot.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace recbar {

namespace {

constexpr int kMarkerRow = 16; // the strip above the peaks for markers

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

WaveformView::WaveformView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Waveform"));
    setAccessibleDescription(tr("Click to jump to a moment, drag to select a span to loop"));
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus); // the player's keys drive it
}

void WaveformView::setWaveform(const Waveform *waveform)
{
    m_waveform = waveform;
    resetZoom();
    m_scale = 1.0;
    if (waveform) {
        m_duration = waveform->durationMs();
        // A quiet line fills the view as well as a loud one.
        float loudest = 0;
        for (qsizetype i = 0; i < waveform->high.size(); ++i)
            loudest = std::max({loudest, waveform->high[i], -waveform->low[i]});
        m_scale = 0.95 / std::max(0.05f, loudest);
    }
    update();
}

void WaveformView::setDuration(qint64 ms)
{
    if (ms != m_duration)
        resetZoom();
    m_duration = ms;
    update();
}

void WaveformView::setPosition(qint64 ms)
{
    if (ms == m_position)
        return;
    m_position = ms;
    // Zoomed in, the view turns a page when the playhead reaches its edge (or jumps away).
    if (m_viewSpan > 0 && (ms < m_viewFrom || ms >= m_viewFrom + m_viewSpan))
        m_viewFrom = std::clamp<qint64>(ms - m_viewSpan / 10, 0, m_duration - m_viewSpan);
    update();
}

void WaveformView::resetZoom()
{
    m_viewFrom = 0;
    m_viewSpan = 0;
}

double WaveformView::zoom() const
{
    return span() > 0 ? double(m_duration) / double(span()) : 1.0;
}

std::pair<qint64, qint64> WaveformView::visibleRange() const
{
    return {m_viewFrom, m_viewFrom + span()};
}

void WaveformView::zoomBy(double factor)
{
    if (m_duration <= 0)
        return;
    const qint64 narrowest = std::min(kNarrowestMs, m_duration);
    const qint64 next = std::clamp<qint64>(qint64(double(span()) / factor), narrowest, m_duration);
    // The playhead keeps its place on screen, as far as the recording's ends allow.
    const double at = span() > 0 ? double(m_position - m_viewFrom) / double(span()) : 0.5;
    const double keep = std::clamp(at, 0.0, 1.0);
    // Within a hair of the whole (rounding on the way back out): the whole.
    m_viewSpan = next * 100 >= m_duration * 99 ? 0 : next;
    m_viewFrom = m_viewSpan == 0 ? 0
                                 : std::clamp<qint64>(m_position - qint64(keep * double(next)), 0,
                                                      m_duration - next);
    update();
}

void WaveformView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0 || m_duration <= 0) {
        QWidget::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(kZoomStep, steps));
    event->accept();
}

QSize WaveformView::sizeHint() const
{
    return {600, kMarkerRow + 8 * fontMetrics().height()};
}

QSize WaveformView::minimumSizeHint() const
{
    return {200, kMarkerRow + 5 * fontMetrics().height()};
}

QColor WaveformView::pauseColor()
{
    return {0xf9, 0xa8, 0x25}; // amber, as the bar shows a pause
}

QColor WaveformView::holdColor()
{
    return {0x8e, 0x5c, 0xd9}; // violet: not a pause, and apart from the peaks' blue
}

QColor WaveformView::cardColor()
{
    return {0xd3, 0x2f, 0x2f}; // red: what must not be in a recording
}

QColor WaveformView::silenceColor() const
{
    return palette().color(QPalette::Text);
}

void WaveformView::setPausedSpans(const QList<std::pair<qint64, qint64>> &spans)
{
    m_paused = spans;
    describe();
}

void WaveformView::setHeldSpans(const QList<std::pair<qint64, qint64>> &spans)
{
    m_held = spans;
    describe();
}

void WaveformView::setSilentSpans(const QList<std::pair<qint64, qint64>> &spans)
{
    m_silent = spans;
    describe();
}

void WaveformView::setCardFindings(const QList<CardFinding> &findings)
{
    m_cards = findings;
    describe();
}

QString WaveformView::describeFinding(const CardFinding &f)
{
    const QString when = tr("%1–%2").arg(SnapshotText::duration(f.startMs / 1000),
                                         SnapshotText::duration((f.endMs + 999) / 1000));
    const QString what = f.outsidePause
                             ? tr("%1 card number heard outside a pause").arg(when)
                             : tr("%1 card number spoken while paused (kept out)").arg(when);
    return tr("%1: %n digit(s), %2, ending %3; the recogniser was %4 % sure", nullptr, f.digits)
        .arg(what, f.luhn ? tr("passes the Luhn check") : tr("fails the Luhn check"), f.last4,
             QString::number(qRound(f.confidence * 100)));
}

void WaveformView::describe()
{
    const auto length = [](qint64 from, qint64 to) {
        return SnapshotText::duration((to - from + 500) / 1000);
    };
    QStringList described;
    for (const auto &[from, to] : std::as_const(m_paused))
        described << tr("paused from %1 for %2")
                         .arg(SnapshotText::duration(from / 1000), length(from, to));
    for (const auto &[from, to] : std::as_const(m_held))
        described << tr("on hold from %1 for %2")
                         .arg(SnapshotText::duration(from / 1000), length(from, to));
    for (const auto &[from, to] : std::as_const(m_silent))
        described << tr("silent from %1 for %2 (in the audio; not a pause)")
                         .arg(SnapshotText::duration(from / 1000), length(from, to));
    for (const CardFinding &f : std::as_const(m_cards))
        described << describeFinding(f);
    setAccessibleDescription(described.isEmpty() ? tr("No pauses")
                                                 : described.join(QStringLiteral("; ")));
    update();
}

void WaveformView::setChannelRoles(const QStringList &roles)
{
    m_roles = roles;
    update();
}

QString WaveformView::laneName(int side) const
{
    const QString role = m_roles.value(side);
    if (role == u"agent")
        return tr("agent");
    if (role == u"customer")
        return tr("customer");
    return side == 0 ? tr("left") : tr("right");
}

void WaveformView::setSkippedSpans(const QList<std::pair<qint64, qint64>> &spans)
{
    m_skipped = spans;
    update();
}

void WaveformView::setChannelMix(const ChannelMix &mix)
{
    m_mix = mix;
    update();
}

void WaveformView::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    std::sort(m_markers.begin(), m_markers.end(),
              [](const Marker &a, const Marker &b) { return a.ms < b.ms; });
    update();
}

void WaveformView::setLoop(std::optional<std::pair<qint64, qint64>> loop)
{
    m_loop = loop;
    update();
}

void WaveformView::setMessage(const QString &message)
{
    m_message = message;
    update();
}

qint64 WaveformView::msAt(double x) const
{
    return m_duration <= 0 ? 0
                           : std::clamp<qint64>(m_viewFrom + qint64(x / width() * double(span())),
                                                0, m_duration);
}

double WaveformView::xAt(qint64 ms) const
{
    return m_duration <= 0 ? 0 : double(ms - m_viewFrom) / double(span()) * width();
}

void WaveformView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QRect wave = rect().adjusted(0, kMarkerRow, 0, -2);
    const double mid = wave.center().y();
    const double half = wave.height() / 2.0 - 2;

    // Skipped: hatched, under the bands' words.
    for (const auto &[from, to] : std::as_const(m_skipped)) {
        const QRectF area(xAt(from), wave.top(), std::max(2.0, xAt(to) - xAt(from)), wave.height());
        QColor hatch = pal.color(QPalette::Text);
        hatch.setAlpha(90);
        p.fillRect(area, QBrush(hatch, Qt::BDiagPattern));
    }
    // Bands with their length, so a supervisor sees where and how long the call was not (or
    // not usefully) recorded: paused and on hold as the recorder says, each its colour; silence
    // found in the audio faint and dotted, as what it is, a guess.
    // Their words go on top of the peaks, once those are drawn.
    QList<std::pair<QRectF, QString>> bandLabels;
    const auto band = [&](qint64 from, qint64 to, const QColor &color, int alpha, Qt::PenStyle edge,
                          const QString &label) {
        const QString length = SnapshotText::duration((to - from + 500) / 1000);
        const QRectF area(xAt(from), wave.top(), std::max(2.0, xAt(to) - xAt(from)), wave.height());
        QColor fill = color;
        fill.setAlpha(alpha);
        p.fillRect(area, fill);
        p.setPen(QPen(color.darker(130), 1, edge));
        p.drawLine(area.topLeft(), area.bottomLeft());
        p.drawLine(area.topRight(), area.bottomRight());
        // Narrow, its length alone (the colour says which); the tooltip says all.
        for (const QString &words : {label.arg(length), length}) {
            if (area.width() > p.fontMetrics().horizontalAdvance(words) + 6) {
                bandLabels.append({area.adjusted(3, 2, -3, 0), words});
                break;
            }
        }
    };
    for (const auto &[from, to] : std::as_const(m_silent))
        band(from, to, silenceColor(), 28, Qt::DotLine, tr("silent %1"));
    for (const auto &[from, to] : std::as_const(m_paused))
        band(from, to, pauseColor(), 70, Qt::DashLine, tr("paused %1"));
    for (const auto &[from, to] : std::as_const(m_held))
        band(from, to, holdColor(), 60, Qt::DashLine, tr("on hold %1"));
    // Card numbers over the pauses: solid where recorded, hatched where a pause kept them out;
    // their words along the bottom, apart from the pauses' at the top.
    for (const CardFinding &f : std::as_const(m_cards)) {
        const QRectF area(xAt(f.startMs), wave.top(), std::max(3.0, xAt(f.endMs) - xAt(f.startMs)),
                          wave.height());
        QColor fill = cardColor();
        fill.setAlpha(f.outsidePause ? 80 : 150);
        p.fillRect(area, f.outsidePause ? QBrush(fill) : QBrush(fill, Qt::FDiagPattern));
        p.setPen(QPen(cardColor().darker(120), 2, f.outsidePause ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(area.topLeft(), area.bottomLeft());
        p.drawLine(area.topRight(), area.bottomRight());
        const QString words =
            f.outsidePause ? tr("card number ····%1").arg(f.last4) : tr("card number, paused");
        const int lineHeight = p.fontMetrics().height();
        if (area.width() > p.fontMetrics().horizontalAdvance(words) + 6)
            bandLabels.append({QRectF(area.left() + 3, area.bottom() - lineHeight - 2,
                                      area.width() - 6, lineHeight),
                               words});
    }
    if (m_loop) {
        QColor loop = pal.color(QPalette::Highlight);
        loop.setAlpha(50);
        p.fillRect(QRectF(xAt(m_loop->first), wave.top(), xAt(m_loop->second) - xAt(m_loop->first),
                          wave.height()),
                   loop);
    }
    if (m_dragFrom) {
        QColor drag = pal.color(QPalette::Highlight);
        drag.setAlpha(35);
        const double a = xAt(*m_dragFrom);
        const double b = xAt(m_dragTo);
        p.fillRect(QRectF(std::min(a, b), wave.top(), std::abs(b - a), wave.height()), drag);
    }

    // The peaks: one vertical line per pixel, played part darker than the rest; a two-channel
    // recording in two lanes, its first side above.
    if (m_waveform && !m_waveform->isEmpty() && m_duration > 0) {
        const double playedX = xAt(m_position);
        const QColor played = pal.color(QPalette::Highlight);
        const QColor ahead = mix(played, pal.color(QPalette::Base), 0.55);
        const auto lane = [&](const QList<float> &lows, const QList<float> &highs, double centre,
                              double reach, double level) {
            // A side not heard is drawn faint, as it sounds.
            const double t = 1.0 - 0.8 * (1.0 - level);
            const QColor heardPlayed = mix(pal.color(QPalette::Base), played, t);
            const QColor heardAhead = mix(pal.color(QPalette::Base), ahead, t);
            for (int x = 0; x < width(); ++x) {
                const qint64 from = msAt(x);
                const qint64 to = std::max(from + 1, msAt(x + 1));
                const qsizetype a =
                    std::clamp<qsizetype>(from / Waveform::kBucketMs, 0, highs.size() - 1);
                const qsizetype b = std::clamp<qsizetype>(
                    (to + Waveform::kBucketMs - 1) / Waveform::kBucketMs, a + 1, highs.size());
                float lo = 0;
                float hi = 0;
                for (qsizetype i = a; i < b; ++i) {
                    lo = std::min(lo, lows[i]);
                    hi = std::max(hi, highs[i]);
                }
                p.setPen(x < playedX ? heardPlayed : heardAhead);
                p.drawLine(QPointF(x + 0.5, centre - hi * m_scale * reach),
                           QPointF(x + 0.5, centre - lo * m_scale * reach + 0.5));
            }
            p.setPen(pal.color(QPalette::Mid));
            p.drawLine(QPointF(0, centre), QPointF(width(), centre));
        };
        if (m_waveform->channels == 2 && !m_waveform->sideHigh[0].isEmpty()) {
            const double quarter = wave.height() / 4.0;
            lane(m_waveform->sideLow[0], m_waveform->sideHigh[0], wave.top() + quarter, quarter - 1,
                 m_mix.gain(0));
            lane(m_waveform->sideLow[1], m_waveform->sideHigh[1], wave.top() + 3 * quarter,
                 quarter - 1, m_mix.gain(1));
            p.setPen(pal.color(QPalette::PlaceholderText));
            for (int side = 0; side < 2; ++side)
                p.drawText(QRectF(4, wave.top() + 2 * side * quarter, width() / 2.0, quarter),
                           Qt::AlignLeft | Qt::AlignTop, laneName(side));
        } else {
            lane(m_waveform->low, m_waveform->high, mid, half, 1.0);
        }
    } else {
        if (!m_message.isEmpty()) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(wave, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        }
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(QPointF(0, mid), QPointF(width(), mid));
    }

    for (const auto &[area, label] : std::as_const(bandLabels)) {
        const QRectF text = p.fontMetrics().boundingRect(label).translated(
            area.topLeft().toPoint() - QPoint(0, p.fontMetrics().boundingRect(label).top()));
        QColor behind = pal.color(QPalette::Base);
        behind.setAlpha(200);
        p.fillRect(text.adjusted(-2, 0, 2, 0), behind);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(area, Qt::AlignTop | Qt::AlignLeft, label);
    }

    // Markers: a flag and its words in the strip above, a thin line through the peaks.
    const QColor markerColor(0x15, 0x65, 0xc0);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const double x = xAt(m_markers[i].ms);
        p.setPen(markerColor);
        p.drawLine(QPointF(x, 2), QPointF(x, wave.bottom()));
        QPainterPath flag;
        flag.moveTo(x, 2);
        flag.lineTo(x + 8, 6);
        flag.lineTo(x, 10);
        p.fillPath(flag, markerColor);
        const double next = i + 1 < m_markers.size() ? xAt(m_markers[i + 1].ms) : width();
        const QRectF room(x + 11, 0, next - x - 14, kMarkerRow);
        if (room.width() > 20)
            p.drawText(
                room, Qt::AlignLeft | Qt::AlignVCenter,
                p.fontMetrics().elidedText(m_markers[i].text, Qt::ElideRight, int(room.width())));
    }
    p.setFont(font());
    if (m_viewSpan > 0) {
        // Where the view is in the whole: a bar along the bottom, and the zoom in words.
        const double whole = width();
        const QRectF track(0, height() - 3, whole, 3);
        p.fillRect(track, pal.color(QPalette::Midlight));
        p.fillRect(QRectF(double(m_viewFrom) / double(m_duration) * whole, track.top(),
                          std::max(3.0, double(m_viewSpan) / double(m_duration) * whole), 3),
                   pal.color(QPalette::Highlight));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(rect().adjusted(0, 0, -4, 0), Qt::AlignTop | Qt::AlignRight,
                   tr("%1× · %2–%3")
                       .arg(QString::number(zoom(), 'f', zoom() < 10 ? 1 : 0),
                            SnapshotText::duration(m_viewFrom / 1000),
                            SnapshotText::duration((m_viewFrom + m_viewSpan) / 1000)));
    }
    // The playhead.
    if (m_duration > 0) {
        p.setPen(QPen(pal.color(QPalette::Text), 2));
        p.drawLine(QPointF(xAt(m_position), 0), QPointF(xAt(m_position), height()));
    }
    if (hasFocus() || (parentWidget() && parentWidget()->hasFocus())) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_duration <= 0)
        return;
    m_dragFrom = msAt(event->position().x());
    m_dragTo = *m_dragFrom;
}

void WaveformView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom) {
        m_dragTo = msAt(event->position().x());
        update();
    }
}

void WaveformView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragFrom || event->button() != Qt::LeftButton)
        return;
    const qint64 from = std::min(*m_dragFrom, m_dragTo);
    const qint64 to = std::max(*m_dragFrom, m_dragTo);
    m_dragFrom.reset();
    // A short drag is a click.
    if (std::abs(xAt(to) - xAt(from)) < 4)
        emit seekRequested(msAt(event->position().x()));
    else
        emit loopSelected(from, to);
    update();
}

bool WaveformView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 ms = msAt(help->pos().x());
        QString tip = SnapshotText::duration(ms / 1000);
        for (const Marker &marker : std::as_const(m_markers)) {
            if (std::abs(xAt(marker.ms) - help->pos().x()) < 6)
                tip += u'\n' + marker.text;
        }
        for (const auto &[from, to] : std::as_const(m_paused)) {
            if (ms >= from && ms < to)
                tip += u'\n' +
                       tr("Paused for %1").arg(SnapshotText::duration((to - from + 500) / 1000));
        }
        for (const auto &[from, to] : std::as_const(m_held)) {
            if (ms >= from && ms < to)
                tip += u'\n' +
                       tr("On hold for %1").arg(SnapshotText::duration((to - from + 500) / 1000));
        }
        for (const auto &[from, to] : std::as_const(m_silent)) {
            if (ms >= from && ms < to)
                tip += u'\n' + tr("Silent for %1: found in the audio, not a pause")
                                   .arg(SnapshotText::duration((to - from + 500) / 1000));
        }
        for (const CardFinding &f : std::as_const(m_cards)) {
            if (ms >= f.startMs && ms < f.endMs)
                tip += u'\n' + describeFinding(f);
        }
        for (const auto &[from, to] : std::as_const(m_skipped)) {
            if (ms >= from && ms < to)
                tip += u'\n' + tr("Skipped: %1 without speech")
                                   .arg(SnapshotText::duration((to - from + 500) / 1000));
        }
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace recbar
