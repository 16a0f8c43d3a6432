#include "PlayerWidget.h"

#include "PlainText.h"
#include "audio/SilenceSkips.h"
#include "domain/AgentSnapshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace recbar {

namespace {

constexpr double kSpeeds[] = {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};

} // namespace

PlayerWidget::PlayerWidget(WaveformCache &waveforms, QWidget *parent)
    : QWidget(parent)
    , m_waveforms(waveforms)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Player"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_view = new WaveformView(this);
    layout->addWidget(m_view, 1);

    auto *controls = new QHBoxLayout;
    const auto button = [this, controls](const QString &text, const QString &name,
                                         const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setAccessibleName(name);
        b->setToolTip(tip);
        b->setFocusPolicy(Qt::TabFocus);
        controls->addWidget(b);
        return b;
    };
    m_back = button(tr("−5 s"), tr("Back 5 seconds"), tr("Back 5 seconds (Left)"));
    m_play = button(tr("Play"), tr("Play"), tr("Play or pause (Space)"));
    m_forward = button(tr("+5 s"), tr("Forward 5 seconds"), tr("Forward 5 seconds (Right)"));
    m_readout = new QLabel(this);
    m_readout->setAccessibleName(tr("Position"));
    m_readout->setMinimumWidth(110);
    controls->addWidget(m_readout);
    controls->addStretch(1);
    m_loop = button(tr("Loop"), tr("Loop the selection"),
                    tr("Loop the selected span (L); drag on the waveform to select"));
    m_loop->setCheckable(true);
    m_speed = new QComboBox(this);
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setToolTip(tr("Speed ([ slower, ] faster); the pitch stays"));
    for (double speed : kSpeeds)
        m_speed->addItem(QStringLiteral("%1×").arg(speed), speed);
    m_speed->setCurrentIndex(2);
    controls->addWidget(m_speed);
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(100);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume (Up, Down)"));
    controls->addWidget(m_volume);
    layout->addLayout(controls);

    // The second row: how to hear a two-channel call, and what to skip.
    auto *listening = new QHBoxLayout;
    m_sides = new QWidget(this);
    auto *sides = new QHBoxLayout(m_sides);
    sides->setContentsMargins(0, 0, 0, 0);
    m_hear = new QComboBox(m_sides);
    m_hear->setAccessibleName(tr("Sides heard"));
    m_hear->setToolTip(tr("A two-channel recording has one party on each side"));
    m_hear->addItems({tr("Both sides"), QString(), QString()}); // the sides: nameSides()
    m_balance = new QSlider(Qt::Horizontal, m_sides);
    m_balance->setRange(-100, 100);
    m_balance->setPageStep(25);
    m_balance->setMaximumWidth(120);
    m_balance->setAccessibleName(tr("Balance between the sides"));
    m_balance->setToolTip(tr("Lean towards the left side or the right"));
    m_leftName = new QLabel(m_sides);
    m_rightName = new QLabel(m_sides);
    sides->addWidget(new QLabel(tr("Hear:"), m_sides));
    sides->addWidget(m_hear);
    sides->addWidget(m_leftName);
    sides->addWidget(m_balance);
    sides->addWidget(m_rightName);
    listening->addWidget(m_sides);
    listening->addStretch(1);
    m_skip = new QCheckBox(tr("&Skip silence"), this);
    m_skip->setAccessibleName(tr("Skip silence"));
    m_skip->setToolTip(tr("Jump over stretches without speech, pauses and hold (S)"));
    m_skipMin = new QSpinBox(this);
    m_skipMin->setRange(1, 60);
    m_skipMin->setValue(int(SilenceSkips::kDefaultMinMs / 1000));
    m_skipMin->setPrefix(tr("longer than "));
    m_skipMin->setSuffix(tr(" s"));
    m_skipMin->setAccessibleName(tr("Shortest stretch skipped"));
    listening->addWidget(m_skip);
    listening->addWidget(m_skipMin);
    layout->addLayout(listening);
    m_sides->hide();

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Player message"));
    // Its room is kept when there is nothing to say, so that the list above does not move.
    QSizePolicy keepRoom = m_message->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_message->setSizePolicy(keepRoom);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing());
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_play, &QToolButton::clicked, &m_engine, &PlayerEngine::toggle);
    connect(m_back, &QToolButton::clicked, this, [this] { m_engine.skip(-5000); });
    connect(m_forward, &QToolButton::clicked, this, [this] { m_engine.skip(5000); });
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_engine.setSpeed(m_speed->currentData().toDouble()); });
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int v) { m_engine.setVolume(v / 100.0); });
    connect(m_loop, &QToolButton::toggled, this, [this](bool on) {
        if (!on) {
            m_engine.setLoop(std::nullopt);
            m_view->setLoop(std::nullopt);
        }
    });
    connect(m_hear, &QComboBox::currentIndexChanged, this, [this] {
        m_balance->setEnabled(m_hear->currentIndex() == 0);
        applyChannelMix();
    });
    connect(m_balance, &QSlider::valueChanged, this, &PlayerWidget::applyChannelMix);
    connect(m_skip, &QCheckBox::toggled, this, &PlayerWidget::applySkips);
    connect(m_skipMin, &QSpinBox::valueChanged, this, &PlayerWidget::applySkips);
    connect(m_view, &WaveformView::seekRequested, &m_engine, &PlayerEngine::seek);
    connect(m_view, &WaveformView::loopSelected, this, [this](qint64 from, qint64 to) {
        m_engine.setLoop(std::pair{from, to});
        m_view->setLoop(m_engine.loop());
        m_loop->setChecked(m_engine.loop().has_value());
    });
    connect(&m_engine, &PlayerEngine::positionChanged, this, [this](qint64 ms) {
        m_view->setPosition(ms);
        refreshReadout();
    });
    connect(&m_engine, &PlayerEngine::playingChanged, this, [this](bool playing) {
        m_play->setText(playing ? tr("Pause") : tr("Play"));
        m_play->setAccessibleName(m_play->text());
        if (playing && !m_playReported) {
            m_playReported = true;
            emit playbackStarted(m_entry);
        }
    });
    connect(&m_engine, &PlayerEngine::errorOccurred, this, &PlayerWidget::showMessage);
    connect(&m_engine, &PlayerEngine::opened, this, &PlayerWidget::onOpened);
    // The engine's message says why.
    connect(&m_engine, &PlayerEngine::openFailed, this,
            [this] { m_view->setMessage(tr("This recording cannot be played")); });
    connect(&m_waveforms, &WaveformCache::ready, this, [this](const QString &path) {
        if (path != m_entry.filePath)
            return;
        const Waveform *waveform = m_waveforms.cached(path);
        m_view->setWaveform(waveform);
        // Silence is shown as silence: only the recorder's own word makes a pause.
        m_view->setSilentSpans(waveform ? SilenceSkips::silenceBesides(
                                              *waveform, m_entry.pausedSpans, m_entry.heldSpans)
                                        : Spans{});
        applySkips();
    });
    connect(&m_waveforms, &WaveformCache::failed, this,
            [this](const QString &path, const QString &message) {
                if (path == m_entry.filePath)
                    m_view->setMessage(message);
            });
    clear();
    PlainText::enforce(this);
}

QList<WaveformView::Marker> PlayerWidget::markersFrom(const QString &notes)
{
    static const QRegularExpression line(
        QStringLiteral("^\\s*(?:(\\d+):)?(\\d{1,2}):(\\d{2})\\s+(.*)$"));
    QList<WaveformView::Marker> out;
    for (const QString &text : notes.split(u'\n')) {
        const QRegularExpressionMatch m = line.match(text);
        if (!m.hasMatch())
            continue;
        const qint64 seconds = m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 +
                               m.captured(3).toLongLong();
        out.append({seconds * 1000, m.captured(4).trimmed()});
    }
    return out;
}

void PlayerWidget::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString PlayerWidget::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void PlayerWidget::clear()
{
    m_engine.close();
    m_entry = {};
    m_view->setWaveform(nullptr);
    m_view->setDuration(0);
    m_view->setPausedSpans({});
    m_view->setHeldSpans({});
    m_view->setCardFindings({});
    m_view->setSilentSpans({});
    m_view->setSkippedSpans({});
    m_view->setMarkers({});
    m_sides->hide();
    nameSides();
    m_view->setLoop(std::nullopt);
    m_view->setMessage(tr("Choose a recording"));
    m_loop->setChecked(false);
    showMessage({});
    for (QWidget *w : std::initializer_list<QWidget *>{m_play, m_back, m_forward, m_loop})
        w->setEnabled(false);
    refreshReadout();
}

void PlayerWidget::setCardFindings(const QList<CardFinding> &findings)
{
    m_entry.cardFindings = findings;
    m_view->setCardFindings(findings);
}

void PlayerWidget::open(const RecordingEntry &entry)
{
    clear();
    m_entry = entry;
    m_playReported = false;
    m_view->setPausedSpans(entry.pausedSpans);
    m_view->setHeldSpans(entry.heldSpans);
    m_view->setCardFindings(entry.cardFindings);
    m_view->setMarkers(markersFrom(entry.notes));
    m_view->setDuration(entry.durationMs);
    if (!entry.onDisk || entry.filePath.isEmpty()) {
        m_view->setMessage(tr("The audio is on the server: download it to play it"));
        return;
    }
    m_view->setMessage(tr("Reading the waveform…"));
    m_engine.open(entry.filePath);
}

void PlayerWidget::onOpened()
{
    m_engine.setSpeed(m_speed->currentData().toDouble());
    m_engine.setVolume(m_volume->value() / 100.0);
    // A two-channel call is heard as the supervisor last chose for it.
    m_sides->setVisible(m_engine.channels() == 2);
    nameSides();
    setChannelMix(ChannelMix::fromString(m_entry.channelMix));
    if (m_engine.truncated())
        showMessage(
            tr("The file is shorter than its header says: it was cut off; what is there plays"));
    m_view->setDuration(m_engine.duration());
    m_waveforms.request(m_entry.filePath);
    for (QWidget *w : std::initializer_list<QWidget *>{m_play, m_back, m_forward, m_loop})
        w->setEnabled(true);
    refreshReadout();
}

void PlayerWidget::setNotes(const QString &notes)
{
    m_entry.notes = notes;
    m_view->setMarkers(markersFrom(notes));
}

void PlayerWidget::nameSides()
{
    const QStringList &roles = m_entry.channelRoles;
    m_view->setChannelRoles(roles);
    const auto only = [&](int side) {
        const QString role = roles.value(side);
        if (role == u"agent")
            return side == 0 ? tr("Agent only (left)") : tr("Agent only (right)");
        if (role == u"customer")
            return side == 0 ? tr("Customer only (left)") : tr("Customer only (right)");
        return side == 0 ? tr("Left side only") : tr("Right side only");
    };
    const auto name = [&](int side) {
        const QString role = roles.value(side);
        return role == u"agent"      ? tr("Agent")
               : role == u"customer" ? tr("Customer")
               : side == 0           ? tr("Left")
                                     : tr("Right");
    };
    m_hear->setItemText(1, only(0));
    m_hear->setItemText(2, only(1));
    m_leftName->setText(name(0));
    m_rightName->setText(name(1));
}

ChannelMix PlayerWidget::channelMix() const
{
    if (m_hear->currentIndex() == 1)
        return {ChannelMix::Solo::First, 0};
    if (m_hear->currentIndex() == 2)
        return {ChannelMix::Solo::Second, 0};
    return {ChannelMix::Solo::None, m_balance->value() / 100.0};
}

void PlayerWidget::setChannelMix(const ChannelMix &mix)
{
    const QSignalBlocker hear(m_hear);
    const QSignalBlocker balance(m_balance);
    m_hear->setCurrentIndex(mix.solo == ChannelMix::Solo::First    ? 1
                            : mix.solo == ChannelMix::Solo::Second ? 2
                                                                   : 0);
    m_balance->setValue(int(std::lround(mix.balance * 100)));
    m_balance->setEnabled(mix.solo == ChannelMix::Solo::None);
    m_engine.setChannelMix(mix);
    m_view->setChannelMix(m_engine.channels() == 2 ? mix : ChannelMix());
}

void PlayerWidget::applyChannelMix()
{
    const ChannelMix mix = channelMix();
    m_engine.setChannelMix(mix);
    m_view->setChannelMix(mix);
    if (m_entry.id && m_engine.channels() == 2 && mix.toString() != m_entry.channelMix) {
        m_entry.channelMix = mix.toString();
        emit channelMixChanged(m_entry.id, m_entry.channelMix);
    }
}

void PlayerWidget::setSkipSilence(bool on)
{
    m_skip->setChecked(on);
}

void PlayerWidget::applySkips()
{
    const Waveform *waveform = m_entry.onDisk ? m_waveforms.cached(m_entry.filePath) : nullptr;
    const QList<std::pair<qint64, qint64>> spans =
        m_skip->isChecked() && waveform
            ? SilenceSkips::compute(*waveform, m_entry.pausedSpans, m_entry.heldSpans,
                                    m_skipMin->value() * 1000)
            : QList<std::pair<qint64, qint64>>{};
    m_engine.setSkips(spans);
    m_view->setSkippedSpans(spans);
}

void PlayerWidget::refreshReadout()
{
    m_readout->setText(tr("%1 / %2").arg(SnapshotText::duration(m_engine.position() / 1000),
                                         SnapshotText::duration(m_engine.duration() / 1000)));
}

bool PlayerWidget::handlesKey(int key)
{
    switch (key) {
    case Qt::Key_Space:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_BracketLeft:
    case Qt::Key_BracketRight:
    case Qt::Key_L:
    case Qt::Key_Escape:
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
    case Qt::Key_S:
        return true;
    default:
        return false; // Up, Down, Home and End still move through the list
    }
}

void PlayerWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        m_engine.toggle();
        break;
    case Qt::Key_Left:
        m_engine.skip(event->modifiers() & Qt::ShiftModifier ? -30'000 : -5000);
        break;
    case Qt::Key_Right:
        m_engine.skip(event->modifiers() & Qt::ShiftModifier ? 30'000 : 5000);
        break;
    case Qt::Key_Home:
        m_engine.seek(0);
        break;
    case Qt::Key_End:
        m_engine.seek(m_engine.duration());
        break;
    case Qt::Key_Up:
        m_volume->setValue(m_volume->value() + 10);
        break;
    case Qt::Key_Down:
        m_volume->setValue(m_volume->value() - 10);
        break;
    case Qt::Key_BracketLeft:
        m_speed->setCurrentIndex(std::max(0, m_speed->currentIndex() - 1));
        break;
    case Qt::Key_BracketRight:
        m_speed->setCurrentIndex(std::min(m_speed->count() - 1, m_speed->currentIndex() + 1));
        break;
    case Qt::Key_L:
        m_loop->setChecked(!m_loop->isChecked() && m_engine.loop().has_value());
        break;
    case Qt::Key_Escape:
        m_loop->setChecked(false);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: // + without Shift on most layouts
        m_view->zoomIn();
        break;
    case Qt::Key_Minus:
        m_view->zoomOut();
        break;
    case Qt::Key_S:
        m_skip->toggle();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace recbar
