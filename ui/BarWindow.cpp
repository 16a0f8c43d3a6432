#include "BarWindow.h"

#include "PlainText.h"
#include "domain/Timing.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFocusEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QScreen>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

namespace recbar {

namespace {

bool certificateWaits(ConnectionState state)
{
    return state == ConnectionState::CertificateUntrusted ||
           state == ConnectionState::CertificateChanged;
}

} // namespace

BarWindow::BarWindow(CommandActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
{
    setWindowTitle(tr("RecBar"));
    setWindowIcon(StatePresentation::icon(QStringLiteral(":/icons/recbar.svg")));
    setAccessibleName(tr("RecBar recording state"));

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // never squeeze a button's words
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(6);

    m_stateBand = new QFrame(this);
    m_stateBand->setObjectName(QStringLiteral("stateBand"));
    m_stateBand->setAutoFillBackground(true);
    auto *band = new QHBoxLayout(m_stateBand);
    band->setContentsMargins(10, 8, 10, 8);
    m_icon = new QLabel(m_stateBand);
    m_icon->setFixedSize(28, 28);
    m_headline = new QLabel(m_stateBand);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.45);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    // The headline's name is the state itself ("Paused: not recording"), so a screen reader says
    // it; what it is goes in the description.
    m_headline->setAccessibleDescription(tr("Recording state"));
    m_timer = new QLabel(m_stateBand);
    QFont timerFont = headlineFont;
    timerFont.setBold(false);
    timerFont.setStyleHint(QFont::Monospace);
    m_timer->setFont(timerFont);
    m_timer->setAccessibleName(tr("Call timer"));
    band->addWidget(m_icon);
    band->addWidget(m_headline, 1);
    band->addWidget(m_timer);
    layout->addWidget(m_stateBand);

    auto *details = new QVBoxLayout;
    details->setContentsMargins(10, 0, 10, 0);
    details->setSpacing(2);
    m_callLine = new QLabel(this);
    m_callLine->setWordWrap(true);
    m_callLine->setAccessibleName(tr("Call"));
    m_callLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_agentLine = new QLabel(this);
    m_agentLine->setWordWrap(true);
    m_agentLine->setAccessibleName(tr("Agent and server"));
    // Smaller, not greyer: grey text falls below 4.5:1 contrast in light and high-contrast themes.
    QFont secondary = m_agentLine->font();
    secondary.setPointSizeF(secondary.pointSizeF() * 0.9);
    m_agentLine->setFont(secondary);
    m_statusLine = new QLabel(this);
    m_statusLine->setAccessibleName(tr("Status"));
    m_statusLine->setWordWrap(true);
    QFont italic = m_statusLine->font();
    italic.setItalic(true);
    m_statusLine->setFont(italic);
    m_noticeLine = new QLabel(this);
    m_noticeLine->setObjectName(QStringLiteral("notice"));
    m_noticeLine->setAccessibleName(tr("From outside RecBar"));
    m_noticeLine->setWordWrap(true);
    m_noticeLine->setVisible(false);
    details->addWidget(m_callLine);
    details->addWidget(m_agentLine);
    details->addWidget(m_statusLine);
    details->addWidget(m_noticeLine);
    layout->addLayout(details);

    m_failure = new QFrame(this);
    m_failure->setObjectName(QStringLiteral("failure"));
    m_failure->setFrameShape(QFrame::StyledPanel);
    m_failure->setAutoFillBackground(true);
    QPalette failurePalette = m_failure->palette();
    failurePalette.setColor(QPalette::Window, QColor(0xff, 0xeb, 0xee));
    failurePalette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_failure->setPalette(failurePalette);
    auto *failureLayout = new QHBoxLayout(m_failure);
    failureLayout->setContentsMargins(8, 4, 4, 4);
    m_failureText = new QLabel(m_failure);
    m_failureText->setWordWrap(true);
    m_failureText->setAccessibleDescription(tr("Error"));
    auto *dismiss = new QToolButton(m_failure);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss the error"));
    dismiss->setFocusPolicy(Qt::TabFocus); // a failure stays until the agent means to dismiss it
    connect(dismiss, &QToolButton::clicked, this, &BarWindow::dismissFailureRequested);
    failureLayout->addWidget(m_failureText, 1);
    failureLayout->addWidget(dismiss);
    // Lines that come and go (a failure, a question, an undo) sit at the edge the bar grows
    // from: see placeTransient().
    m_transientAbove = new QVBoxLayout;
    m_transientAbove->setContentsMargins(10, 0, 10, 0);
    m_transientAbove->addWidget(m_failure);
    layout->addLayout(m_transientAbove);

    m_callData = new CallDataPanel(this);
    connect(m_callData, &CallDataPanel::closed, this, &BarWindow::growToFit);
    auto *callDataMargins = new QHBoxLayout;
    callDataMargins->setContentsMargins(10, 0, 10, 0);
    callDataMargins->addWidget(m_callData);
    layout->addLayout(callDataMargins);

    // A question or an undo, in the bar: it covers nothing and blocks nothing.
    m_prompt = new QFrame(this);
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_prompt->setFrameShape(QFrame::StyledPanel);
    auto *promptLayout = new QHBoxLayout(m_prompt);
    promptLayout->setContentsMargins(8, 4, 4, 4);
    m_promptText = new QLabel(m_prompt);
    m_promptText->setWordWrap(true);
    m_promptPrimary = new QPushButton(m_prompt);
    m_promptSecondary = new QPushButton(m_prompt);
    // Focused by Tab, or while a question waits (on the answer that keeps things as they are).
    m_promptPrimary->setFocusPolicy(Qt::TabFocus);
    m_promptSecondary->setFocusPolicy(Qt::TabFocus);
    promptLayout->addWidget(m_promptText, 1);
    promptLayout->addWidget(m_promptPrimary);
    promptLayout->addWidget(m_promptSecondary);
    connect(m_promptPrimary, &QPushButton::clicked, this, [this] {
        const std::function<void()> act = std::exchange(m_onPrimary, {});
        hidePrompt();
        if (act)
            act();
    });
    connect(m_promptSecondary, &QPushButton::clicked, this, &BarWindow::hidePrompt);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_prompt);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_prompt->isVisible())
            hidePrompt();
    });
    m_prompt->setVisible(false);
    m_transientAbove->addWidget(m_prompt);
    m_undoWindow.setSingleShot(true);
    m_undoWindow.setInterval(kUndoMs);
    connect(&m_undoWindow, &QTimer::timeout, this, [this] {
        if (m_undo || !m_onPrimary)
            hidePrompt();
    });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(10, 0, 10, 0);
    const auto addButton = [&](CommandActions::Slot slot) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(m_actions.action(slot));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumHeight(30);
        // Text typed into the bar by mistake must never act: a focused button takes Space as a
        // click. A button is focused only by Tab, on purpose; the bar itself holds the focus.
        button->setFocusPolicy(Qt::TabFocus);
        buttons->addWidget(button);
        m_buttons.insert(slot, button);
    };
    addButton(CommandActions::Slot::Start);
    addButton(CommandActions::Slot::PauseResume);
    addButton(CommandActions::Slot::Stop);

    addButton(CommandActions::Slot::Metadata);
    m_more = new QToolButton(this);
    m_more->setText(tr("More"));
    m_more->setAccessibleName(tr("More commands"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setFocusPolicy(Qt::TabFocus);
    auto *moreMenu = new QMenu(m_more);
    moreMenu->setToolTipsVisible(true);
    using Slot = CommandActions::Slot;
    for (Slot slot : {Slot::Tag, Slot::Segment, Slot::Duplicate, Slot::Screen, Slot::Restart,
                      Slot::Delete, Slot::Login, Slot::Logout})
        moreMenu->addAction(m_actions.menuAction(slot));
    moreMenu->addSeparator();
    moreMenu->addAction(tr("Recordings…"), this, &BarWindow::libraryRequested);
    m_team = moreMenu->addAction(tr("Team…"), this, &BarWindow::teamRequested);
    m_team->setVisible(false);
    moreMenu->addAction(tr("Settings…"), this, &BarWindow::settingsRequested);
    // Where the desktop has no tray, its menu's last entries are here.
    moreMenu->addSeparator();
    m_signOut = moreMenu->addAction(tr("Sign out"), this, &BarWindow::signOutRequested);
    moreMenu->addAction(tr("Quit RecBar"), this, &BarWindow::quitRequested);
    m_more->setMenu(moreMenu);
    buttons->addWidget(m_more);
    m_connectionAction = new QToolButton(this);
    m_connectionAction->setFocusPolicy(Qt::TabFocus);
    m_connectionAction->setVisible(false);
    // Connected once: what it asks for follows the state when it is clicked.
    connect(m_connectionAction, &QToolButton::clicked, this, [this] {
        if (certificateWaits(m_snapshot.connection))
            emit certificateReviewRequested();
        else
            emit signInRequested();
    });
    buttons->addWidget(m_connectionAction);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_transientBelow = new QVBoxLayout;
    m_transientBelow->setContentsMargins(10, 0, 10, 0);
    layout->addLayout(m_transientBelow);

    connect(&m_actions, &CommandActions::keysChanged, this, &BarWindow::rebuildKeys);
    rebuildKeys();

    m_ticker.setInterval(timing::kBarTick);
    connect(&m_ticker, &QTimer::timeout, this, &BarWindow::refresh);
    m_ticker.start();
    setFocusPolicy(Qt::ClickFocus);
    qApp->installEventFilter(this); // the quit, and where the keyboard's focus goes
    connect(qApp, &QGuiApplication::focusWindowChanged, this, &BarWindow::followFocus);
    setMinimumWidth(420);
    PlainText::enforce(this);
    refresh();
}

void BarWindow::setSnapshot(const AgentSnapshot &snapshot)
{
    const Presentation before = m_presentation;
    const std::optional<QString> failureBefore =
        m_snapshot.failure ? std::optional(m_snapshot.failure->message) : std::nullopt;
    const AgentSnapshot previous = std::exchange(m_snapshot, snapshot);
    withdrawStale(previous);
    refresh();
    // Tell assistive technology when the state itself changes, not on every tick.
    if (before.headline != m_presentation.headline ||
        before.statusLine != m_presentation.statusLine) {
        QAccessibleEvent event(m_headline, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
    // A failed command is an alert: a screen reader interrupts to say it.
    if (m_snapshot.failure && failureBefore != m_snapshot.failure->message) {
        QAccessibleEvent event(m_failureText, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

// What the bar said about a moment that has passed goes with it: a question about a recording
// that has ended, a key's refusal once the connection or recording changed, a "Done" about a
// call that is over.
void BarWindow::withdrawStale(const AgentSnapshot &previous)
{
    const bool recordingGoes = m_snapshot.recording == RecordingState::Recording ||
                               m_snapshot.recording == RecordingState::Paused;
    if (m_asking && !recordingGoes)
        hidePrompt();
    if (!m_asking && m_prompt->isVisible() &&
        (m_snapshot.callId != previous.callId || m_snapshot.onCall() != previous.onCall()))
        hidePrompt();
    if (m_noticeFromKey && (m_snapshot.connection != previous.connection ||
                            m_snapshot.recording != previous.recording))
        setNotice({});
}

void BarWindow::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
}

// Qt closes every window before it quits, and a window that refuses stops the quit: the bar
// must know a close is the application's.
bool BarWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::Quit)
        m_quitting = true;
    // A button takes the keyboard only from Tab (or as the answer a question waits on): Qt
    // also hands the focus on when a widget that had it goes (the call data panel closing gave
    // it to More, and typing then opened the menu and started a duplicate recording).
    // Qt hands it on with the same reason as Tab, so it is the Tab key itself that counts.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        m_tabPressed = key == Qt::Key_Tab || key == Qt::Key_Backtab;
    }
    const auto *button = qobject_cast<QAbstractButton *>(watched);
    if (event->type() == QEvent::FocusIn && button && button->window() == this &&
        button != m_promptSecondary) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        const bool tabbed =
            m_tabPressed && (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason);
        if (!tabbed && reason != Qt::ShortcutFocusReason)
            QMetaObject::invokeMethod(
                this, [this] { setFocus(Qt::OtherFocusReason); }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

// Hidden, the bar comes back from the tray; with no tray nothing would bring it back, so it goes
// to the taskbar instead.
void BarWindow::closeEvent(QCloseEvent *event)
{
    if (m_trayAvailable || m_quitting) {
        QWidget::closeEvent(event);
        return;
    }
    event->ignore();
    showMinimized();
}

void BarWindow::setAlwaysOnTop(bool onTop)
{
    m_alwaysOnTop = onTop;
    const bool visible = isVisible();
    setWindowFlag(Qt::WindowStaysOnTopHint, onTop);
    if (visible)
        show();
}

// Above other applications, not above RecBar's own windows: while the library or a dialog of
// RecBar's is the active window the bar stands back, and it is on top again once the agent is
// in another application (or in the bar). The native window's flag alone changes: the widget's
// would hide and show the bar.
void BarWindow::followFocus(QWindow *focused)
{
    QWindow *own = windowHandle();
    if (!m_alwaysOnTop || !own)
        return;
    const bool another =
        focused && focused != own && focused->type() != Qt::Popup && focused->type() != Qt::ToolTip;
    const bool onTop = !another;
    if (own->flags().testFlag(Qt::WindowStaysOnTopHint) != onTop)
        own->setFlag(Qt::WindowStaysOnTopHint, onTop);
}

void BarWindow::refresh()
{
    m_presentation = StatePresentation::of(m_snapshot, QDateTime::currentDateTimeUtc());
    const Presentation &p = m_presentation;
    applyTone(p.tone);
    // The ticker refreshes every second: the pixmap changes only with the state's icon.
    if (p.iconPath != m_iconPath) {
        m_iconPath = p.iconPath;
        m_icon->setPixmap(StatePresentation::icon(p.iconPath).pixmap(m_icon->size()));
    }
    m_headline->setText(p.headline);
    m_headline->setAccessibleName(p.headline);
    m_timer->setText(p.timer);
    // Hidden while there is nothing to time: an empty label would still load its font, a face
    // of its own, at start-up.
    m_timer->setVisible(!p.timer.isEmpty());
    m_callLine->setText(p.callLine);
    m_agentLine->setText(p.agentLine);
    m_statusLine->setText(p.statusLine);
    m_statusLine->setVisible(!p.statusLine.isEmpty());
    m_stateBand->setToolTip(PlainText::neutral(p.tooltip));
    m_stateBand->setAccessibleName(p.headline);
    m_stateBand->setAccessibleDescription(p.tooltip);

    for (auto it = m_buttons.begin(); it != m_buttons.end(); ++it) {
        QAction *action = m_actions.action(it.key());
        it.value()->setAccessibleName(action->text());
        it.value()->setAccessibleDescription(action->toolTip());
    }
    // Pause and Resume take turns on one button: as wide as the wider word, so that the buttons
    // after it never shift under the pointer.
    if (QToolButton *pause = m_buttons.value(CommandActions::Slot::PauseResume)) {
        const QFontMetrics metrics = pause->fontMetrics();
        const int padding = pause->sizeHint().width() - metrics.horizontalAdvance(pause->text());
        int widest = 0;
        for (CommandKind kind : {CommandKind::Pause, CommandKind::Resume})
            widest = std::max(widest, metrics.horizontalAdvance(CommandText::shortLabel(kind)));
        pause->setMinimumWidth(widest + padding);
    }

    if (m_snapshot.failure && m_failure->isHidden())
        placeTransient(m_failure);
    m_failure->setVisible(m_snapshot.failure.has_value());
    if (m_snapshot.failure) {
        m_failureText->setText(m_snapshot.failure->message);
        m_failureText->setAccessibleName(m_snapshot.failure->message);
    }

    // The one thing that unblocks a connection waiting for the agent.
    const ConnectionState state = m_snapshot.connection;
    const bool signIn = state == ConnectionState::CredentialsRejected ||
                        state == ConnectionState::SignInNeeded ||
                        state == ConnectionState::SignedOut || state == ConnectionState::Refused;
    m_connectionAction->setText(certificateWaits(state) ? tr("Review certificate…")
                                                        : tr("Sign in…"));
    m_connectionAction->setVisible(signIn || certificateWaits(state));
    m_signOut->setEnabled(state != ConnectionState::SignedOut);
    m_connectionAction->setAccessibleName(m_connectionAction->text());
    setWindowTitle(tr("RecBar: %1").arg(p.headline));
    growToFit();
}

// The bar is as tall as its text needs at its width (within the screen): a wrapped line is
// never cut off, in any language or at any scale.
void BarWindow::growToFit()
{
    // Where it stands before its layout grows it: activating the layout may already have made
    // it taller, downwards.
    const QRect area = screen() ? screen()->availableGeometry() : QRect();
    const bool atBottom = isVisible() && frameGeometry().bottom() >= area.bottom() - 1;
    // Whatever resizes it from here (the layout's own minimum too) is not the agent's choice.
    const QScopedValueRollback growing(m_growing, true);
    QLayout *l = layout();
    l->activate();
    const auto heightAt = [l](int width) {
        return l->hasHeightForWidth() ? l->totalHeightForWidth(width) : l->totalSizeHint().height();
    };
    QSize limit(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    if (!area.isEmpty())
        limit = area.size() - (frameGeometry().size() - size());
    // At the width the agent gave it (it may have been widened for a longer text since), else
    // too tall for the screen: wider, as far as the screen allows.
    int width =
        m_chosenWidth > 0 ? std::max(m_chosenWidth, minimumSizeHint().width()) : this->width();
    while (heightAt(width) > limit.height() && width < limit.width())
        width = std::min(limit.width(), width + width / 4);
    const int fitted =
        std::min(std::max(heightAt(width), minimumSizeHint().height()), limit.height());
    // The frame it will have, from the new size: the window system may confirm a resize later.
    const QPoint at = frameGeometry().topLeft();
    QRect after(at, QSize(width, fitted) + (frameGeometry().size() - size()));
    if (fitted != height() || width != this->width())
        resize(width, fitted);
    if (!isVisible() || area.isEmpty())
        return;
    // Kept on its screen: a bar at the bottom edge grows upwards, and stays docked there; one
    // made wider by a longer text stays whole on the screen.
    if (atBottom || after.bottom() > area.bottom())
        after.moveBottom(area.bottom());
    if (after.right() > area.right())
        after.moveRight(area.right());
    if (after.left() < area.left())
        after.moveLeft(area.left());
    if (after.topLeft() != at)
        move(after.topLeft());
}

void BarWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->oldSize().width() == event->size().width())
        return;
    // Qt never narrows the bar by itself, and widens it to its minimum for a longer text: any
    // other width is the agent's (or the saved place's).
    const bool narrowed = event->size().width() < event->oldSize().width();
    if (!m_growing && (narrowed || event->size().width() > minimumWidth()))
        m_chosenWidth = event->size().width();
    QMetaObject::invokeMethod(this, &BarWindow::growToFit, Qt::QueuedConnection);
}

void BarWindow::applyTone(Presentation::Tone tone)
{
    const Presentation::Colors c = StatePresentation::colors(tone);
    QPalette palette = m_stateBand->palette();
    palette.setColor(QPalette::Window, c.band);
    palette.setColor(QPalette::WindowText, c.text);
    m_stateBand->setPalette(palette);
    for (QLabel *label : {m_headline, m_timer})
        label->setPalette(palette);
}

void BarWindow::changeEvent(QEvent *event)
{
    // Activated, the bar holds the keyboard's focus itself: Qt would give it to the first
    // button, where a Space typed for another window would press it.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() &&
        (!focusWidget() || qobject_cast<QAbstractButton *>(focusWidget())))
        setFocus(Qt::ActiveWindowFocusReason);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_iconPath.clear(); // rendered again for the new look
        refresh();
    }
    QWidget::changeEvent(event);
}

void BarWindow::setNotice(const QString &notice)
{
    m_noticeFromKey = false;
    if (notice == m_noticeLine->text())
        return;
    m_noticeLine->setText(notice);
    m_noticeLine->setVisible(!notice.isEmpty());
    growToFit();
    if (!notice.isEmpty()) {
        QAccessibleEvent event(m_noticeLine, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

QString BarWindow::notice() const
{
    return m_noticeLine->text();
}

// Every key is listened for here, whether its command can be given now or not: one that cannot
// says why, in the bar, rather than doing nothing.
void BarWindow::rebuildKeys()
{
    qDeleteAll(std::exchange(m_keys, {}));
    for (CommandActions::Slot slot : m_actions.allSlots()) {
        for (const QKeySequence &key : m_actions.keys(slot)) {
            auto *shortcut = new QShortcut(key, this);
            connect(shortcut, &QShortcut::activated, this, [this, slot] { onKey(slot); });
            m_keys.append(shortcut);
        }
    }
    auto *undo = new QShortcut(m_actions.undoKey(), this);
    connect(undo, &QShortcut::activated, this, [this] {
        if (const std::optional<CommandKind> kind = m_undo) {
            hidePrompt();
            emit undoRequested(*kind);
        }
    });
    m_keys.append(undo);
}

void BarWindow::onKey(CommandActions::Slot slot)
{
    QAction *action = m_actions.action(slot);
    if (action->isEnabled()) {
        m_actions.trigger(slot, CommandOrigin::kKey);
        return;
    }
    setNotice(action->toolTip()); // "Pause: Finesse can only start a recording"
    m_noticeFromKey = true;
}

// A line that comes and goes is put where its coming moves nothing the agent may be aiming
// at: below the buttons when the bar grows downwards, above the call data and the buttons when
// it grows upwards (docked at the bottom of the screen).
void BarWindow::placeTransient(QWidget *line)
{
    const QRect area = screen() ? screen()->availableGeometry() : QRect();
    const bool growsUp =
        isVisible() && !area.isEmpty() && frameGeometry().bottom() >= area.bottom() - 1;
    QVBoxLayout *to = growsUp ? m_transientAbove : m_transientBelow;
    if (to->indexOf(line) >= 0)
        return;
    (growsUp ? m_transientBelow : m_transientAbove)->removeWidget(line);
    to->addWidget(line);
}

void BarWindow::showPrompt(const QString &text, const QString &primary, const QString &secondary)
{
    placeTransient(m_prompt);
    m_promptText->setText(text);
    m_promptPrimary->setText(primary);
    m_promptPrimary->setVisible(!primary.isEmpty());
    m_promptSecondary->setText(secondary);
    m_promptSecondary->setVisible(!secondary.isEmpty());
    m_prompt->setVisible(true);
    growToFit();
    QAccessibleEvent event(m_promptText, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void BarWindow::hidePrompt()
{
    m_undoWindow.stop();
    m_onPrimary = {};
    m_undo.reset();
    m_asking = false;
    const bool hadFocus = m_prompt->isAncestorOf(QApplication::focusWidget());
    m_prompt->setVisible(false);
    if (hadFocus) // not on to the next button, where a stray Space would press it
        setFocus(Qt::OtherFocusReason);
    growToFit();
}

void BarWindow::confirm(const QString &question, const QString &doIt, const QString &keep,
                        std::function<void()> confirmed)
{
    hidePrompt();
    m_onPrimary = std::move(confirmed);
    showPrompt(question, doIt, keep);
    // Keeping is what Enter, Space, Esc or a stray key does: never a stop by accident.
    m_asking = true;
    m_promptSecondary->setDefault(true);
    m_promptSecondary->setFocus(Qt::OtherFocusReason);
}

void BarWindow::offerUndo(const QString &done, std::optional<CommandKind> undo,
                          const QString &cannot)
{
    hidePrompt();
    if (undo) {
        m_undo = undo;
        const CommandKind kind = *undo;
        m_onPrimary = [this, kind] { emit undoRequested(kind); };
        showPrompt(tr("%1 (%2 takes it back)")
                       .arg(done, m_actions.undoKey().toString(QKeySequence::NativeText)),
                   tr("Undo"), QString());
        m_promptPrimary->setDefault(false);
    } else {
        showPrompt(tr("%1. %2").arg(done, cannot), QString(), tr("OK"));
    }
    m_undoWindow.start();
}

void BarWindow::showCallData(const QMap<QString, QString> &current,
                             const QList<Capabilities::CallDataField> &fields,
                             CallDataPanel::ServerCheck serverCheck)
{
    m_callData->open(current, fields, std::move(serverCheck));
    growToFit();
}

QString BarWindow::prompt() const
{
    return m_prompt->isVisible() ? m_promptText->text() : QString();
}

} // namespace recbar
