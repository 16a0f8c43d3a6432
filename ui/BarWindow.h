#pragma once

#include "CallDataPanel.h"
#include "CommandActions.h"
#include "StatePresentation.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCloseEvent;
class QFrame;
class QLabel;
class QPushButton;
class QShortcut;
class QToolButton;
class QVBoxLayout;
class QWindow;

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
    // A line that says what came from outside the agent's hands (a recbar: link), or why a key
    // did nothing, until the next command; empty: none.
    void setNotice(const QString &notice);
    QString notice() const;
    // Asks in the bar itself (nothing covers the state, nothing waits): `question` with the
    // command's own button and one that keeps things as they are (the default, and Esc).
    void confirm(const QString &question, const QString &doIt, const QString &keep,
                 std::function<void()> confirmed);
    // After a command of the agent's was carried out: a way to take it back (the undo key or a
    // button) for a while, or the reason it cannot be.
    void offerUndo(const QString &done, std::optional<CommandKind> undo, const QString &cannot);
    // The prompt in the bar (a question, or an undo), for tests and screen readers.
    QString prompt() const;
    // Call data, edited in the bar.
    CallDataPanel *callData() const { return m_callData; }
    void showCallData(const QMap<QString, QString> &current,
                      const QList<Capabilities::CallDataField> &fields,
                      CallDataPanel::ServerCheck serverCheck);
    const Presentation &presentation() const { return m_presentation; }
    // Whether a tray can bring the bar back once closed (else closing minimizes it).
    void setTrayAvailable(bool available);
    // The team board's entry in More, for a supervisor's profile only.
    void setTeamAvailable(bool available) { m_team->setVisible(available); }
    QToolButton *button(CommandActions::Slot slot) const { return m_buttons.value(slot); }

signals:
    void undoRequested(recbar::CommandKind kind);
    void dismissFailureRequested();
    void signInRequested();
    void settingsRequested();
    void libraryRequested();
    void teamRequested();
    void certificateReviewRequested();
    void signOutRequested();
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

    // How long an undo stays offered.
    static constexpr int kUndoMs = 10'000;

private:
    void refresh();
    void growToFit();
    void applyTone(Presentation::Tone tone);
    void rebuildKeys();
    void onKey(CommandActions::Slot slot);
    void showPrompt(const QString &text, const QString &primary, const QString &secondary);
    void hidePrompt();
    void withdrawStale(const AgentSnapshot &previous);
    void followFocus(QWindow *focused);
    void placeTransient(QWidget *line);

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
    CallDataPanel *m_callData = nullptr;
    QVBoxLayout *m_transientAbove = nullptr;
    QVBoxLayout *m_transientBelow = nullptr;
    QFrame *m_prompt = nullptr;
    QLabel *m_promptText = nullptr;
    QPushButton *m_promptPrimary = nullptr;
    QPushButton *m_promptSecondary = nullptr;
    std::function<void()> m_onPrimary;
    std::optional<CommandKind> m_undo;
    bool m_asking = false;        // the prompt is a question (stop, restart)
    bool m_noticeFromKey = false; // the notice says why a key did nothing
    bool m_trayAvailable = false;
    bool m_quitting = false;
    bool m_tabPressed = false; // the last key pressed was Tab (or Shift+Tab)
    bool m_alwaysOnTop = false;
    // The width the agent (or the saved place) gave the bar; it goes back to it once a longer
    // text that widened it has gone.
    int m_chosenWidth = 0;
    bool m_growing = false;
    QAction *m_signOut = nullptr;
    QAction *m_team = nullptr;
    QTimer m_undoWindow{this};
    QList<QShortcut *> m_keys;
    QFrame *m_failure = nullptr;
    QLabel *m_failureText = nullptr;
    QToolButton *m_connectionAction = nullptr;
    QMap<CommandActions::Slot, QToolButton *> m_buttons;
    QToolButton *m_more = nullptr;
};

} // namespace recbar
