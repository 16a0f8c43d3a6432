#include "CommandActions.h"

#include "domain/Availability.h"

namespace recbar {

CommandActions::CommandActions(QObject *parent)
    : QObject(parent)
{
    make(Slot::Start, QKeySequence(Qt::Key_R));
    make(Slot::Stop, QKeySequence(Qt::Key_S));
    make(Slot::PauseResume, QKeySequence(Qt::Key_P));
    make(Slot::Metadata, QKeySequence(Qt::Key_M));
    make(Slot::Duplicate, QKeySequence(Qt::Key_D));
    make(Slot::Screen, QKeySequence(Qt::Key_C));
    make(Slot::Tag, QKeySequence(Qt::Key_T));
    make(Slot::Segment, QKeySequence(Qt::Key_G));
    // Nothing destructive or rare sits on a single key: these live in the menu.
    make(Slot::Restart, {});
    make(Slot::Delete, {});
    make(Slot::Login, {});
    make(Slot::Logout, {});
    update(m_snapshot);
}

QAction *CommandActions::make(Slot slot, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    auto *menuAction = new QAction(this);
    for (QAction *a : {action, menuAction})
        connect(a, &QAction::triggered, this, [this, slot] { emit requested(commandFor(slot)); });
    m_actions.insert(slot, action);
    m_menuActions.insert(slot, menuAction);
    return action;
}

CommandKind CommandActions::commandFor(Slot slot) const
{
    const AgentSnapshot &s = m_snapshot;
    switch (slot) {
    case Slot::Start:
        return CommandKind::Start;
    case Slot::Stop:
        return CommandKind::Stop;
    case Slot::PauseResume:
        return s.blackout || s.recording == RecordingState::Paused ? CommandKind::Resume
                                                                   : CommandKind::Pause;
    case Slot::Metadata:
        return CommandKind::Metadata;
    case Slot::Duplicate:
        return s.duplicateRecording ? CommandKind::StopDuplicate : CommandKind::StartDuplicate;
    case Slot::Screen:
        return s.screenRecording ? CommandKind::StopScreen : CommandKind::StartScreen;
    case Slot::Tag:
        return CommandKind::Tag;
    case Slot::Segment:
        return s.recording == RecordingState::Recording || s.recording == RecordingState::Paused
                   ? CommandKind::StopSegment
                   : CommandKind::StartSegment;
    case Slot::Restart:
        return CommandKind::Restart;
    case Slot::Delete:
        return CommandKind::Delete;
    case Slot::Login:
        return CommandKind::Login;
    case Slot::Logout:
        return CommandKind::Logout;
    }
    return CommandKind::Start;
}

void CommandActions::update(const AgentSnapshot &snapshot)
{
    m_snapshot = snapshot;
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        const Slot slot = it.key();
        QAction *action = it.value();
        QAction *menuAction = m_menuActions.value(slot);
        const CommandKind kind = commandFor(slot);
        const Availability availability = CommandAvailability::of(kind, snapshot);
        QString label = CommandText::label(kind);
        if (slot == Slot::Metadata)
            label = tr("Add call data…");
        const QString keyHint = action->shortcut().toString(QKeySequence::NativeText);

        // Buttons show the icon text: short words there, the full label for menus and screen
        // readers.
        action->setText(label);
        action->setIconText(CommandText::shortLabel(kind));
        const bool supported = snapshot.capabilities.supports(kind);
        action->setEnabled(availability.allowed);
        action->setVisible(supported);
        action->setToolTip(availability.allowed
                               ? (keyHint.isEmpty() ? label : tr("%1 (%2)").arg(label, keyHint))
                               : tr("%1: %2").arg(label, availability.reason));
        action->setStatusTip(availability.reason);

        menuAction->setText(availability.allowed ? label
                                                 : tr("%1 (%2)").arg(label, availability.reason));
        menuAction->setEnabled(availability.allowed);
        menuAction->setToolTip(action->toolTip());
        // A menu keeps what this server's mode or settings took away, saying why; what the
        // kind never does at all is not listed.
        menuAction->setVisible(supported || snapshot.capabilities.wasRemoved(kind));
    }
}

} // namespace recbar
