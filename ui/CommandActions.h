#pragma once

#include "domain/AgentSnapshot.h"

#include <QAction>
#include <QMap>
#include <QObject>

namespace recbar {

// One QAction per thing the agent can ask, shared by the bar's buttons, its keyboard shortcuts
// and the tray menu, and kept in step with the snapshot: enabled only when allowed, and saying
// why not when not. Pause and Resume are one action (one key) that follows the state.
class CommandActions : public QObject
{
    Q_OBJECT

public:
    enum class Slot {
        Start,
        Stop,
        PauseResume,
        Metadata,
        Duplicate,
        Screen,
        Tag,
        Segment,
        Restart,
        Delete,
        Login,
        Logout,
    };

    explicit CommandActions(QObject *parent = nullptr);

    QAction *action(Slot slot) const { return m_actions.value(slot); }
    // The same commands for a menu: a disabled entry's text carries the reason.
    QAction *menuAction(Slot slot) const { return m_menuActions.value(slot); }
    QList<Slot> allSlots() const { return m_actions.keys(); }
    // What the slot would ask for now (Pause or Resume, start or stop a duplicate, ...).
    CommandKind commandFor(Slot slot) const;
    void update(const AgentSnapshot &snapshot);

signals:
    void requested(recbar::CommandKind kind);

private:
    QAction *make(Slot slot, const QKeySequence &shortcut);

    QMap<Slot, QAction *> m_actions;
    QMap<Slot, QAction *> m_menuActions;
    AgentSnapshot m_snapshot;
};

} // namespace recbar
