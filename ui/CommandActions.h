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

    // The keys: each command's letter with the agent's modifier ("Ctrl+Alt"), and the plain
    // letter as well when the agent turned that on. The actions carry no shortcut of their own:
    // the bar listens for the keys (so that a key whose command cannot be given now says why).
    void setKeys(const QString &modifier, bool plainLetters);
    QList<QKeySequence> keys(Slot slot) const;
    // The key that takes back the last command (the modifier and Z).
    QKeySequence undoKey() const;
    // A key or a click asks for the slot's command; `origin` is CommandOrigin::kKey or kBar.
    void trigger(Slot slot, const QString &origin);

    QAction *action(Slot slot) const { return m_actions.value(slot); }
    // The same commands for a menu: a disabled entry's text carries the reason.
    QAction *menuAction(Slot slot) const { return m_menuActions.value(slot); }
    QList<Slot> allSlots() const { return m_actions.keys(); }
    // What the slot would ask for now (Pause or Resume, start or stop a duplicate, ...).
    CommandKind commandFor(Slot slot) const;
    void update(const AgentSnapshot &snapshot);

signals:
    void requested(recbar::CommandKind kind, const QString &origin);
    void keysChanged();

private:
    QAction *make(Slot slot, QChar letter);

    QMap<Slot, QAction *> m_actions;
    QMap<Slot, QAction *> m_menuActions;
    QMap<Slot, QChar> m_letters;
    QString m_modifier = QStringLiteral("Ctrl+Alt");
    bool m_plainLetters = false;
    AgentSnapshot m_snapshot;
};

} // namespace recbar
