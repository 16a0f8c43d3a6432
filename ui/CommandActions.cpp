#include "CommandActions.h"

#include "domain/Availability.h"

namespace recbar {

CommandActions::CommandActions(QObject *parent)
    : QObject(parent)
{
    make(Slot::Start, u'R');
    make(Slot::Stop, u'S');
    make(Slot::PauseResume, u'P');
    make(Slot::Metadata, u'M');
    make(Slot::Duplicate, u'D');
    make(Slot::Screen, u'C');
    make(Slot::Tag, u'T');
    make(Slot::Segment, u'G');
    // Nothing destructive or rare has a key: these live in the menu.
    make(Slot::Restart, {});
    make(Slot::Delete, {});
    make(Slot::Login, {});
    make(Slot::Logout, {});
    update(m_snapshot);
}

QAction *CommandActions::make(Slot slot, QChar letter)
{
    auto *action = new QAction(this);
    auto *menuAction = new QAction(this);
    for (QAction *a : {action, menuAction})
        connect(a, &QAction::triggered, this, [this, slot] { trigger(slot, CommandOrigin::kBar); });
    m_actions.insert(slot, action);
    m_menuActions.insert(slot, menuAction);
    if (!letter.isNull())
        m_letters.insert(slot, letter);
    return action;
}

void CommandActions::setKeys(const QString &modifier, bool plainLetters)
{
    if (modifier == m_modifier && plainLetters == m_plainLetters)
        return;
    m_modifier = modifier;
    m_plainLetters = plainLetters;
    update(m_snapshot);
    emit keysChanged();
}

QList<QKeySequence> CommandActions::keys(Slot slot) const
{
    const QChar letter = m_letters.value(slot);
    if (letter.isNull())
        return {};
    QList<QKeySequence> out{QKeySequence(m_modifier + u'+' + letter)};
    if (m_plainLetters)
        out.append(QKeySequence(QString(letter)));
    return out;
}

QKeySequence CommandActions::undoKey() const
{
    return QKeySequence(m_modifier + QStringLiteral("+Z"));
}

void CommandActions::trigger(Slot slot, const QString &origin)
{
    emit requested(commandFor(slot), origin);
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
        const QList<QKeySequence> slotKeys = keys(slot);
        const QString keyHint =
            slotKeys.isEmpty() ? QString() : slotKeys.first().toString(QKeySequence::NativeText);

        // Buttons show the icon text: short words there, the full label for menus and screen
        // readers.
        action->setText(label);
        action->setIconText(CommandText::shortLabel(kind));
        // What this profile cannot do at all is shown too, disabled, saying why: an agent
        // who misses a command learns that it is the server's, not a fault.
        action->setEnabled(availability.allowed);
        action->setToolTip(availability.allowed
                               ? (keyHint.isEmpty() ? label : tr("%1 (%2)").arg(label, keyHint))
                               : tr("%1: %2").arg(label, availability.reason));
        action->setStatusTip(availability.reason);

        // A menu shows the key in its own column (after the tab).
        const QString entry =
            availability.allowed ? label : tr("%1 (%2)").arg(label, availability.reason);
        menuAction->setText(keyHint.isEmpty() ? entry : entry + u'\t' + keyHint);
        menuAction->setEnabled(availability.allowed);
        menuAction->setToolTip(action->toolTip());
        // Hot desking only where the server has it at all (this mode may have taken it away).
        const bool hotDesking = slot == Slot::Login || slot == Slot::Logout;
        menuAction->setVisible(!hotDesking || snapshot.capabilities.supports(kind) ||
                               snapshot.capabilities.wasRemoved(kind));
        action->setVisible(menuAction->isVisible());
    }
}

} // namespace recbar
