#include "BarWindow.h"

#include "CatchCompat.h"
#include "CommandActions.h"
#include "DeleteConfirmation.h"
#include "servers/ServerKind.h"
#include "servers/imagicle/ImagicleProtocol.h"
#include "servers/qm/QmProtocol.h"
#include "servers/recordingapi/RecordingApiProtocol.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace recbar;
using Slot = CommandActions::Slot;

namespace {

AgentSnapshot state(CallState call, RecordingState recording)
{
    AgentSnapshot s;
    s.connection = ConnectionState::Connected;
    s.agentName = QStringLiteral("bob");
    s.extension = QStringLiteral("5003");
    s.server = QStringLiteral("recorder:443");
    s.call = call;
    s.recording = recording;
    s.blackout = recording == RecordingState::Paused;
    s.remoteNumber = call == CallState::None ? QString() : QStringLiteral("+15551234567");
    s.direction = Direction::Inbound;
    s.callStartedAt = QDateTime::currentDateTimeUtc().addSecs(-75);
    s.capabilities = recordingapi::capabilities();
    return s;
}

struct Bar
{
    CommandActions actions;
    BarWindow window{actions};

    void show(const AgentSnapshot &s)
    {
        actions.update(s);
        window.setSnapshot(s);
    }
    bool enabled(Slot slot) { return window.button(slot)->isEnabled(); }
    bool visible(Slot slot) { return !window.button(slot)->isHidden(); }
    QString text(Slot slot) { return window.button(slot)->text(); }
    QLabel *label(const QString &accessibleName)
    {
        for (QLabel *l : window.findChildren<QLabel *>()) {
            // A label whose text is its name says what it is in its description.
            if (l->accessibleName() == accessibleName ||
                l->accessibleDescription() == accessibleName)
                return l;
        }
        FAIL("no label " << accessibleName.toStdString());
        return nullptr;
    }
};

} // namespace

TEST_CASE("Buttons follow the call and recording state", "[ui]")
{
    Bar bar;
    bar.show(state(CallState::None, RecordingState::Off));
    CHECK_FALSE(bar.enabled(Slot::Start));
    CHECK_FALSE(bar.enabled(Slot::Stop));
    CHECK_FALSE(bar.enabled(Slot::PauseResume));
    CHECK_FALSE(bar.enabled(Slot::Metadata));
    CHECK(bar.window.button(Slot::Start)->toolTip().contains(QStringLiteral("no call")));
    CHECK(bar.window.presentation().headline == QStringLiteral("No call"));

    bar.show(state(CallState::Talking, RecordingState::Off));
    CHECK(bar.enabled(Slot::Start));
    CHECK_FALSE(bar.enabled(Slot::Stop));
    CHECK(bar.enabled(Slot::PauseResume));
    CHECK(bar.window.presentation().tone == Presentation::Tone::NotRecording);

    bar.show(state(CallState::Talking, RecordingState::Recording));
    CHECK_FALSE(bar.enabled(Slot::Start));
    CHECK(bar.enabled(Slot::Stop));
    CHECK(bar.enabled(Slot::Metadata));
    CHECK(bar.text(Slot::PauseResume) == QStringLiteral("Pause"));
    CHECK(bar.window.button(Slot::PauseResume)->accessibleName() ==
          QStringLiteral("Pause recording"));
    CHECK(bar.window.presentation().headline == QStringLiteral("Recording"));
    CHECK(bar.label(QStringLiteral("Call timer"))->text() == QStringLiteral("1:15"));
    CHECK(bar.label(QStringLiteral("Call"))->text().contains(QStringLiteral("+15551234567")));

    AgentSnapshot paused = state(CallState::Held, RecordingState::Paused);
    paused.blackoutSince = QDateTime::currentDateTimeUtc().addSecs(-10);
    paused.autoResumeAt = paused.blackoutSince.addSecs(60);
    bar.show(paused);
    CHECK(bar.text(Slot::PauseResume) == QStringLiteral("Resume"));
    CHECK(bar.enabled(Slot::PauseResume));
    CHECK(bar.window.presentation().tone == Presentation::Tone::Paused);
    CHECK(bar.label(QStringLiteral("Call timer"))->text() == QStringLiteral("resumes in 0:50"));
}

TEST_CASE("While a command is pending nothing else can be sent, and the bar says so", "[ui]")
{
    Bar bar;
    AgentSnapshot s = state(CallState::Talking, RecordingState::Recording);
    s.pending =
        PendingCommand{{7, CommandKind::Pause, {}, {}}, QDateTime::currentDateTimeUtc(), false};
    bar.show(s);
    for (Slot slot : {Slot::Start, Slot::Stop, Slot::PauseResume, Slot::Metadata})
        CHECK_FALSE(bar.enabled(slot));
    CHECK(bar.label(QStringLiteral("Status"))->text() == CommandText::progress(CommandKind::Pause));
    // Pending is not done: the state shown is still the confirmed one.
    CHECK(bar.window.presentation().headline == QStringLiteral("Recording"));
}

TEST_CASE("Disconnected: state unknown, every command off, the reason shown", "[ui]")
{
    Bar bar;
    AgentSnapshot s;
    s.connection = ConnectionState::Reconnecting;
    s.connectionDetail = QStringLiteral("The server cannot be reached");
    s.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(4);
    s.capabilities = recordingapi::capabilities();
    bar.show(s);
    for (Slot slot : {Slot::Start, Slot::Stop, Slot::PauseResume, Slot::Metadata})
        CHECK_FALSE(bar.enabled(slot));
    CHECK(bar.window.presentation().tone == Presentation::Tone::Disconnected);
    CHECK(bar.label(QStringLiteral("Call"))->text() == QStringLiteral("Recording state unknown"));
    CHECK(
        bar.label(QStringLiteral("Status"))->text().contains(QStringLiteral("cannot be reached")));
    CHECK(bar.label(QStringLiteral("Status"))->text().contains(QStringLiteral("4 s")));
}

TEST_CASE("What the profile cannot do is shown disabled, saying why, and its key says so too",
          "[ui]")
{
    Bar bar;
    AgentSnapshot s = state(CallState::Talking, RecordingState::Off);
    s.capabilities = Capabilities({CommandKind::Start}); // e.g. Finesse: start only
    s.capabilities.setWhyNot(CommandKind::Pause,
                             QStringLiteral("Finesse can only start a recording"));
    bar.show(s);
    bar.window.show();
    QApplication::setActiveWindow(&bar.window);
    REQUIRE(QTest::qWaitForWindowActive(&bar.window));
    CHECK(bar.enabled(Slot::Start));
    for (Slot slot : {Slot::Stop, Slot::PauseResume, Slot::Metadata}) {
        CHECK(bar.visible(slot));
        CHECK_FALSE(bar.enabled(slot));
        CHECK_FALSE(bar.window.button(slot)->accessibleDescription().isEmpty());
    }
    CHECK(bar.window.button(Slot::PauseResume)
              ->toolTip()
              .contains(QStringLiteral("Finesse can only start a recording")));
    // The menus keep every entry and say why it cannot be used.
    CHECK_FALSE(bar.actions.menuAction(Slot::Stop)->isEnabled());
    CHECK(bar.actions.menuAction(Slot::Stop)->text().contains(QStringLiteral("cannot")));
    CHECK(bar.actions.menuAction(Slot::Tag)->isVisible());
    CHECK_FALSE(bar.actions.menuAction(Slot::Tag)->isEnabled());
    // Its key does nothing but say why.
    QSignalSpy requested(&bar.actions, &CommandActions::requested);
    QTest::keyClick(&bar.window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    CHECK(requested.isEmpty());
    CHECK(bar.window.notice().contains(QStringLiteral("Finesse can only start a recording")));
}

TEST_CASE("A failure stays in a banner until dismissed", "[ui]")
{
    Bar bar;
    AgentSnapshot s = state(CallState::Talking, RecordingState::Recording);
    s.failure = CommandFailure{{3, CommandKind::Pause, {}, {}},
                               QStringLiteral("Pause failed: HTTP 500"),
                               QDateTime::currentDateTimeUtc()};
    bar.show(s);
    bar.window.show();
    QFrame *banner = bar.window.findChild<QFrame *>(QStringLiteral("failure"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(bar.label(QStringLiteral("Error"))->text() == QStringLiteral("Pause failed: HTTP 500"));
    QSignalSpy dismissed(&bar.window, &BarWindow::dismissFailureRequested);
    QToolButton *dismiss = nullptr;
    for (QToolButton *b : banner->findChildren<QToolButton *>())
        dismiss = b;
    REQUIRE(dismiss);
    CHECK(dismiss->accessibleName() == QStringLiteral("Dismiss the error"));
    dismiss->click();
    CHECK(dismissed.count() == 1);
    s.failure.reset();
    bar.show(s);
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("Keys act only with their modifier, unless the agent turns plain letters on", "[ui]")
{
    Bar bar;
    QSignalSpy requested(&bar.actions, &CommandActions::requested);
    bar.show(state(CallState::Talking, RecordingState::Recording));
    bar.window.show();
    QApplication::setActiveWindow(&bar.window);
    REQUIRE(QTest::qWaitForWindowActive(&bar.window));

    // Typing meant for another window ("sam", "press", "TRMP") changes nothing.
    QTest::keyClicks(&bar.window, QStringLiteral("sam press TRMPDCG"));
    CHECK(requested.isEmpty());
    // Ctrl+Alt and the letter: one key pauses, and the same key resumes.
    QTest::keyClick(&bar.window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    bar.show(state(CallState::Talking, RecordingState::Paused));
    QTest::keyClick(&bar.window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    REQUIRE(requested.count() == 2);
    CHECK(requested[0][0].value<CommandKind>() == CommandKind::Pause);
    CHECK(requested[0][1].toString() == QStringLiteral("key"));
    CHECK(requested[1][0].value<CommandKind>() == CommandKind::Resume);

    // Another modifier, and plain letters turned on.
    requested.clear();
    bar.actions.setKeys(QStringLiteral("Ctrl+Shift"), true);
    bar.show(state(CallState::Talking, RecordingState::Recording));
    QTest::keyClick(&bar.window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    CHECK(requested.isEmpty());
    QTest::keyClick(&bar.window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(&bar.window, Qt::Key_D);
    REQUIRE(requested.count() == 2);
    CHECK(requested[1][0].value<CommandKind>() == CommandKind::StartDuplicate);

    for (Slot slot : bar.actions.allSlots())
        CHECK_FALSE(bar.actions.action(slot)->text().isEmpty());
    // Everyday commands have a key, shown in the menus; nothing destructive has one.
    for (Slot slot : {Slot::Start, Slot::Stop, Slot::PauseResume, Slot::Metadata, Slot::Duplicate,
                      Slot::Screen, Slot::Tag, Slot::Segment}) {
        CHECK_FALSE(bar.actions.keys(slot).isEmpty());
        CHECK(bar.actions.menuAction(slot)->text().contains(u'\t'));
    }
    for (Slot slot : {Slot::Restart, Slot::Delete})
        CHECK(bar.actions.keys(slot).isEmpty());
}

TEST_CASE("The bar asks before a stop, and offers to take a command back", "[ui]")
{
    Bar bar;
    bar.show(state(CallState::Talking, RecordingState::Recording));
    bar.window.show();
    QApplication::setActiveWindow(&bar.window);
    REQUIRE(QTest::qWaitForWindowActive(&bar.window));
    int stopped = 0;
    bar.window.confirm(QStringLiteral("Stop recording this call?"),
                       QStringLiteral("Stop recording"), QStringLiteral("Keep recording"),
                       [&] { ++stopped; });
    CHECK(bar.window.prompt() == QStringLiteral("Stop recording this call?"));
    // The state stays in view; Enter keeps recording.
    CHECK(bar.window.findChild<QFrame *>(QStringLiteral("stateBand"))->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(stopped == 0);
    CHECK(bar.window.prompt().isEmpty());
    bar.window.confirm(QStringLiteral("Stop recording this call?"),
                       QStringLiteral("Stop recording"), QStringLiteral("Keep recording"),
                       [&] { ++stopped; });
    for (QPushButton *b : bar.window.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Stop recording"))
            b->click();
    }
    CHECK(stopped == 1);

    // A pause can be taken back with the undo key; a stop cannot, and the bar says so.
    QSignalSpy undo(&bar.window, &BarWindow::undoRequested);
    bar.window.offerUndo(QStringLiteral("Done: Pause"), CommandKind::Resume, {});
    CHECK(bar.window.prompt().contains(QStringLiteral("Ctrl+Alt+Z")));
    QTest::keyClick(&bar.window, Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
    REQUIRE(undo.count() == 1);
    CHECK(undo[0][0].value<CommandKind>() == CommandKind::Resume);
    bar.window.offerUndo(QStringLiteral("Done: Stop recording"), std::nullopt,
                         QStringLiteral("A stopped recording cannot be continued"));
    CHECK(bar.window.prompt().contains(QStringLiteral("cannot be continued")));
    QTest::keyClick(&bar.window, Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
    CHECK(undo.count() == 1);
}

TEST_CASE("Waiting for the agent: the bar offers the one thing to do", "[ui]")
{
    Bar bar;
    AgentSnapshot s;
    s.connection = ConnectionState::CertificateUntrusted;
    s.connectionDetail = QStringLiteral("The server's certificate is not trusted yet");
    bar.show(s);
    bar.window.show();
    QSignalSpy review(&bar.window, &BarWindow::certificateReviewRequested);
    QToolButton *action = nullptr;
    for (QToolButton *b : bar.window.findChildren<QToolButton *>()) {
        if (b->text() == QStringLiteral("Review certificate…"))
            action = b;
    }
    REQUIRE(action);
    CHECK(action->isVisible());
    action->click();
    CHECK(review.count() == 1);
    CHECK(bar.window.presentation().tone == Presentation::Tone::Error);
}

TEST_CASE("The bar changes with the profile's server kinds", "[ui]")
{
    Bar bar;
    AgentSnapshot s = state(CallState::Talking, RecordingState::Recording);
    const auto menuShows = [&](Slot slot) { return bar.actions.menuAction(slot)->isVisible(); };

    const auto menuEnabled = [&](Slot slot) { return bar.actions.menuAction(slot)->isEnabled(); };
    SECTION("Recording API: record, pause, stop, data, duplicate and screen; QM's commands shown "
            "disabled, saying why; no hot desking")
    {
        s.capabilities = recordingapi::capabilities();
        bar.show(s);
        for (Slot slot : {Slot::Start, Slot::Stop, Slot::PauseResume, Slot::Metadata})
            CHECK(bar.visible(slot));
        CHECK(menuEnabled(Slot::Duplicate));
        CHECK(menuEnabled(Slot::Screen));
        for (Slot slot : {Slot::Tag, Slot::Restart, Slot::Delete, Slot::Segment}) {
            CHECK(menuShows(slot));
            CHECK_FALSE(menuEnabled(slot));
            CHECK(bar.actions.menuAction(slot)->text().contains(QStringLiteral("no such command")));
        }
        CHECK_FALSE(menuShows(Slot::Login));
    }
    SECTION("QM in agent mode: tag, restart, delete, segments; duplicate and screen disabled")
    {
        s.capabilities = qm::capabilities(
            qm::Config{}, {QStringLiteral("bob"), QStringLiteral("5001"), QStringLiteral("5003")},
            false);
        bar.show(s);
        for (Slot slot :
             {Slot::Tag, Slot::Restart, Slot::Delete, Slot::Segment, Slot::Login, Slot::Logout})
            CHECK(menuShows(slot));
        CHECK(bar.actions.menuAction(Slot::Restart)->isEnabled());
        CHECK_FALSE(menuEnabled(Slot::Duplicate));
        CHECK_FALSE(menuEnabled(Slot::Screen));
    }
    SECTION(
        "QM in gateway mode: restart, segments and login stay listed, disabled, with the reason")
    {
        s.capabilities = qm::capabilities(
            qm::Config{}, {QStringLiteral("bob"), QStringLiteral("5001"), QStringLiteral("5003")},
            true);
        bar.show(s);
        for (Slot slot : {Slot::Restart, Slot::Segment, Slot::Login, Slot::Logout}) {
            CHECK(menuShows(slot));
            CHECK_FALSE(bar.actions.menuAction(slot)->isEnabled());
            CHECK(bar.actions.menuAction(slot)->text().contains(QStringLiteral("gateway")));
        }
        CHECK(bar.actions.menuAction(Slot::Delete)->isEnabled());
        CHECK(bar.visible(Slot::PauseResume));
    }
    SECTION("Finesse: only Record; the rest disabled")
    {
        s = state(CallState::Talking, RecordingState::Off);
        s.capabilities = Capabilities({CommandKind::Start});
        bar.show(s);
        CHECK(bar.enabled(Slot::Start));
        for (Slot slot : {Slot::Stop, Slot::PauseResume, Slot::Metadata})
            CHECK_FALSE(bar.enabled(slot));
    }
    SECTION("Imagicle: record, pause and stop; call data disabled")
    {
        s.capabilities = imagicle::capabilities();
        bar.show(s);
        for (Slot slot : {Slot::Stop, Slot::PauseResume})
            CHECK(bar.enabled(slot));
        CHECK_FALSE(bar.enabled(Slot::Metadata));
        CHECK(bar.window.button(Slot::Metadata)->accessibleDescription().contains(u':'));
    }
}

TEST_CASE("Deleting asks first, names what is lost, and keeps by default", "[ui]")
{
    AgentSnapshot s = state(CallState::Talking, RecordingState::Recording);
    s.metadata = {{QStringLiteral("account"), QStringLiteral("42")}};
    const QString lost = DeleteConfirmation::whatIsLost(s, QDateTime::currentDateTimeUtc());
    CHECK(lost.contains(QStringLiteral("+15551234567")));
    CHECK(lost.contains(QStringLiteral("1:15 so far")));
    CHECK(lost.contains(QStringLiteral("account")));
    CHECK(lost.contains(QStringLiteral("cannot be undone")));
    DeleteConfirmation box(s);
    CHECK(box.defaultButton()->text() == QStringLiteral("Keep the recording"));
    CHECK(box.escapeButton()->text() == QStringLiteral("Keep the recording"));
    CHECK(box.deleteButton()->text() == QStringLiteral("Delete the recording"));
}

TEST_CASE("A screen reader reads the state and the alert, and every control has a name and a key",
          "[ui][a11y]")
{
    // What a screen reader reads is the accessible interface's text. (The NameChanged and Alert
    // events that make it speak need an active platform bridge, which neither the offscreen nor
    // the xcb platform has without a running screen reader; the bar sends them regardless.)
    const auto spoken = [](QObject *object) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(object);
        REQUIRE(a);
        return a->text(QAccessible::Name);
    };
    Bar bar;
    bar.window.show();
    bar.show(state(CallState::Talking, RecordingState::Recording));
    QLabel *headline = bar.label(QStringLiteral("Recording state"));
    CHECK(spoken(headline) == QStringLiteral("Recording"));
    bar.show(state(CallState::Talking, RecordingState::Paused));
    CHECK(spoken(headline) == headline->text());
    CHECK(spoken(headline).contains(QStringLiteral("Paused")));

    AgentSnapshot failed = state(CallState::Talking, RecordingState::Paused);
    failed.failure = CommandFailure{{4, CommandKind::Resume, {}, {}},
                                    QStringLiteral("Resume failed: HTTP 500"),
                                    QDateTime::currentDateTimeUtc()};
    bar.show(failed);
    QLabel *error = bar.label(QStringLiteral("Error"));
    CHECK(spoken(error) == QStringLiteral("Resume failed: HTTP 500"));
    CHECK(QAccessible::queryAccessibleInterface(error)->text(QAccessible::Description) ==
          QStringLiteral("Error"));

    // Every button has a name and a description, and Tab reaches each one.
    QList<QWidget *> buttons;
    for (QToolButton *b : bar.window.findChildren<QToolButton *>()) {
        if (!b->isVisible())
            continue;
        INFO(b->text().toStdString());
        CHECK_FALSE(spoken(b).isEmpty());
        CHECK((b->focusPolicy() & Qt::TabFocus) != 0);
        if (b->isEnabled())
            buttons.append(b);
    }
    REQUIRE(buttons.size() >= 4);
    bar.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&bar.window));
    // From the bar, which holds the focus, Tab goes to the first button.
    QTest::keyClick(&bar.window, Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == buttons.first());
    QSet<QWidget *> reached;
    for (int i = 0; i < 3 * buttons.size() && QApplication::focusWidget(); ++i) {
        reached.insert(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (QWidget *b : std::as_const(buttons)) {
        INFO(static_cast<QToolButton *>(b)->text().toStdString());
        CHECK(reached.contains(b));
    }
}

TEST_CASE("Text from a server or a call is shown as text, never as markup", "[ui][security]")
{
    Bar bar;
    AgentSnapshot s = state(CallState::Talking, RecordingState::Recording);
    const QString markup =
        QStringLiteral("<h2><font color=green>Not recorded - card OK</font></h2>");
    s.remoteNumber = markup;
    s.failure =
        CommandFailure{{1, CommandKind::Pause, {}, {}}, markup, QDateTime::currentDateTimeUtc()};
    bar.show(s);
    bool shown = false;
    for (QLabel *label : bar.window.findChildren<QLabel *>()) {
        INFO(label->text().toStdString());
        CHECK(label->textFormat() == Qt::PlainText);
        shown |= label->text().contains(markup);
    }
    CHECK(shown);
    // Tooltips are read as markup by Qt and by tray hosts: the markup characters never get there.
    const QString tooltip = bar.window.findChild<QFrame *>(QStringLiteral("stateBand"))->toolTip();
    CHECK(tooltip.contains(QStringLiteral("Not recorded - card OK")));
    CHECK_FALSE(tooltip.contains(u'<'));

    DeleteConfirmation confirm(s);
    for (QLabel *label : confirm.findChildren<QLabel *>())
        CHECK(label->textFormat() == Qt::PlainText);
}

TEST_CASE("What a link did stays on the bar, as plain text, until the next command", "[ui]")
{
    CommandActions actions;
    BarWindow bar(actions);
    bar.setSnapshot(state(CallState::Talking, RecordingState::Recording));
    bar.show();
    auto *line = bar.findChild<QLabel *>(QStringLiteral("notice"));
    REQUIRE(line);
    CHECK_FALSE(line->isVisible());
    bar.setNotice(QStringLiteral("A recbar: link on a web page asked: Stop <b>now</b>"));
    CHECK(line->isVisible());
    CHECK(line->textFormat() == Qt::PlainText);
    CHECK(line->wordWrap());
    // A state change does not take it away; only the caller (the next command) does.
    bar.setSnapshot(state(CallState::Talking, RecordingState::Off));
    CHECK(line->isVisible());
    bar.setNotice({});
    CHECK_FALSE(line->isVisible());
}

TEST_CASE("Space and Enter typed into the bar by mistake start, resume or open nothing",
          "[ui][keys]")
{
    Bar bar;
    QSignalSpy requested(&bar.actions, &CommandActions::requested);
    bar.window.show();
    QApplication::setActiveWindow(&bar.window);
    REQUIRE(QTest::qWaitForWindowActive(&bar.window));
    const auto typeAtRandom = [&] {
        for (int i = 0; i < 3; ++i) {
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget()
                                                          : static_cast<QWidget *>(&bar.window);
            QTest::keyClicks(target, QStringLiteral("sam press "));
            QTest::keyClick(target, Qt::Key_Return);
            QTest::keyClick(target, Qt::Key_Space);
            QTest::keyClick(target, Qt::Key_Enter);
        }
    };
    for (const RecordingState recording : {RecordingState::Off, RecordingState::Paused}) {
        bar.show(state(CallState::Talking, recording));
        typeAtRandom();
    }
    CHECK(requested.isEmpty());
    // A button takes the keyboard only when Tab brings it there, on purpose.
    for (QToolButton *b : bar.window.findChildren<QToolButton *>())
        CHECK(b->focusPolicy() == Qt::TabFocus);

    // The stop question answered with Enter, then more typing: still nothing.
    bar.show(state(CallState::Talking, RecordingState::Paused));
    int stopped = 0;
    bar.window.confirm(QStringLiteral("Stop recording this call?"),
                       QStringLiteral("Stop recording"), QStringLiteral("Don't stop"),
                       [&] { ++stopped; });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    typeAtRandom();
    CHECK(stopped == 0);
    CHECK(requested.isEmpty());

    // Esc answers "don't" too.
    bar.window.confirm(QStringLiteral("Stop recording this call?"),
                       QStringLiteral("Stop recording"), QStringLiteral("Don't stop"),
                       [&] { ++stopped; });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(bar.window.prompt().isEmpty());
    CHECK(stopped == 0);
}

TEST_CASE("What the bar said about a moment that has passed goes with it", "[ui]")
{
    Bar bar;
    bar.show(state(CallState::Talking, RecordingState::Recording));
    bar.window.show();
    // A stop question about a recording that then ends by itself.
    bar.window.confirm(QStringLiteral("Stop recording this call?"),
                       QStringLiteral("Stop recording"), QStringLiteral("Don't stop"), [] {});
    bar.show(state(CallState::Talking, RecordingState::Off));
    CHECK(bar.window.prompt().isEmpty());
    // A "Done" about a call that is over.
    bar.window.offerUndo(QStringLiteral("Done: Add call data"), std::nullopt,
                         QStringLiteral("Call data cannot be taken back"));
    CHECK_FALSE(bar.window.prompt().isEmpty());
    bar.show(state(CallState::None, RecordingState::Off));
    CHECK(bar.window.prompt().isEmpty());
    // Why a key did nothing, once the connection is back.
    QApplication::setActiveWindow(&bar.window);
    REQUIRE(QTest::qWaitForWindowActive(&bar.window));
    AgentSnapshot lost = state(CallState::Talking, RecordingState::Recording);
    lost.connection = ConnectionState::Reconnecting;
    bar.show(lost);
    QTest::keyClick(&bar.window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    CHECK_FALSE(bar.window.notice().isEmpty());
    bar.show(state(CallState::Talking, RecordingState::Recording));
    CHECK(bar.window.notice().isEmpty());
    // A link's line stays until seen.
    bar.window.setNotice(QStringLiteral("A recbar: link on a web page asked: Pause"));
    bar.show(state(CallState::Talking, RecordingState::Paused));
    CHECK_FALSE(bar.window.notice().isEmpty());
}

TEST_CASE("A screen or duplicate recording shows in the headline, paused audio or not", "[ui]")
{
    Bar bar;
    AgentSnapshot s = state(CallState::Talking, RecordingState::Paused);
    s.screenRecording = true;
    bar.show(s);
    CHECK(bar.window.presentation().headline ==
          QStringLiteral("Paused: not recording · screen recorded"));
    s = state(CallState::Talking, RecordingState::Recording);
    s.duplicateRecording = true;
    bar.show(s);
    CHECK(bar.window.presentation().headline ==
          QStringLiteral("Recording · duplicate recording on"));
}

TEST_CASE("With no tray, closing the bar leaves it in the taskbar, and More can sign out and quit",
          "[ui]")
{
    Bar bar;
    bar.show(state(CallState::None, RecordingState::Off));
    bar.window.setTrayAvailable(false);
    bar.window.show();
    bar.window.close();
    CHECK(bar.window.isVisible());
    // Quitting closes it all the same (a window that stays stops the quit).
    QEvent quit(QEvent::Quit);
    QCoreApplication::sendEvent(qApp, &quit);
    CHECK_FALSE(bar.window.isVisible());
    bar.window.setTrayAvailable(true);
    bar.window.showNormal();
    bar.window.close();
    CHECK_FALSE(bar.window.isVisible());

    QToolButton *more = nullptr;
    for (QToolButton *b : bar.window.findChildren<QToolButton *>()) {
        if (b->accessibleName() == QStringLiteral("More commands"))
            more = b;
    }
    REQUIRE(more);
    QStringList entries;
    for (QAction *a : more->menu()->actions())
        entries.append(a->text());
    CHECK(entries.contains(QStringLiteral("Sign out")));
    CHECK(entries.contains(QStringLiteral("Quit RecBar")));
}

TEST_CASE("The bar stays above other applications, and stands back for RecBar's own windows",
          "[ui]")
{
    Bar bar;
    bar.window.setAlwaysOnTop(true);
    bar.window.show();
    QApplication::setActiveWindow(&bar.window);
    REQUIRE(QTest::qWaitForWindowActive(&bar.window));
    const auto onTop = [&] {
        return bar.window.windowHandle()->flags().testFlag(Qt::WindowStaysOnTopHint);
    };
    CHECK(onTop());
    QWidget library; // the library, a dialog: any window of RecBar's
    library.show();
    QApplication::setActiveWindow(&library);
    REQUIRE(QTest::qWaitForWindowActive(&library));
    CHECK_FALSE(onTop());
    QApplication::setActiveWindow(&bar.window);
    REQUIRE(QTest::qWaitForWindowActive(&bar.window));
    CHECK(onTop());
    bar.window.setAlwaysOnTop(false);
    CHECK_FALSE(onTop());
}

TEST_CASE("When the call data panel closes, the keyboard goes to the bar, not to a button",
          "[ui][keys]")
{
    Bar bar;
    QSignalSpy requested(&bar.actions, &CommandActions::requested);
    bar.show(state(CallState::Talking, RecordingState::Recording));
    bar.window.show();
    QApplication::setActiveWindow(&bar.window);
    REQUIRE(QTest::qWaitForWindowActive(&bar.window));
    bar.window.showCallData({}, {}, {});
    REQUIRE(bar.window.callData()->table()->hasFocus());
    bar.window.callData()->finished(true, {}); // sent: the panel closes
    QCoreApplication::processEvents();
    CHECK_FALSE(qobject_cast<QAbstractButton *>(QApplication::focusWidget()));
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget()
                                                  : static_cast<QWidget *>(&bar.window);
    QTest::keyClicks(target, QStringLiteral("sam press "));
    QTest::keyClick(target, Qt::Key_Return);
    CHECK(requested.isEmpty());
    // Tab still reaches the buttons, on purpose.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                : static_cast<QWidget *>(&bar.window),
                    Qt::Key_Tab);
    CHECK(qobject_cast<QAbstractButton *>(QApplication::focusWidget()));
}
