#pragma once

#include "CommandActions.h"
#include "StatePresentation.h"

#include <QTimer>
#include <QWidget>

class QFrame;
class QLabel;
class QToolButton;

namespace recbar {

// The small window an agent keeps open all day: state at a glance (colour, icon and words),
// the call and its timer, the pause countdown, a button per allowed command, and any failure
// in a banner that stays until dismissed.
class BarWindow : public QWidget
{
    Q_OBJECT

public:
    explicit BarWindow(CommandActions &actions, QWidget *parent = nullptr);

    void setSnapshot(const AgentSnapshot &snapshot);
    void setAlwaysOnTop(bool onTop);
    // A line that says what came from outside the agent's hands (a recbar: link), until the
    // next command; empty: none.
    void setNotice(const QString &notice);
    QString notice() const;
    const Presentation &presentation() const { return m_presentation; }
    QToolButton *button(CommandActions::Slot slot) const { return m_buttons.value(slot); }

signals:
    void dismissFailureRequested();
    void signInRequested();
    void settingsRequested();
    void libraryRequested();
    void certificateReviewRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void applyTone(Presentation::Tone tone);

    CommandActions &m_actions;
    AgentSnapshot m_snapshot;
    Presentation m_presentation;
    QTimer m_ticker{this}; // a child, so diagnostics count it

    QFrame *m_stateBand = nullptr;
    QLabel *m_icon = nullptr;
    QString m_iconPath;
    QLabel *m_headline = nullptr;
    QLabel *m_timer = nullptr;
    QLabel *m_callLine = nullptr;
    QLabel *m_agentLine = nullptr;
    QLabel *m_statusLine = nullptr;
    QLabel *m_noticeLine = nullptr;
    QFrame *m_failure = nullptr;
    QLabel *m_failureText = nullptr;
    QToolButton *m_connectionAction = nullptr;
    QMap<CommandActions::Slot, QToolButton *> m_buttons;
    QToolButton *m_more = nullptr;
};

} // namespace recbar
