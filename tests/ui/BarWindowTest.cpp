#include "BarWindow.h"

#include "CatchCompat.h"
#include "CommandActions.h"
#include "DeleteConfirmation.h"
#include "servers/ServerKind.h"
#include "servers/imagicle/ImagicleProtocol.h"
#include "servers/qm/QmProtocol.h"
#include "servers/recordingapi/RecordingApiProtocol.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
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

TEST_CASE("Buttons follow the server kind's capabilities", "[ui]")
{
    Bar bar;
    AgentSnapshot s = state(CallState::Talking, RecordingState::Off);
    s.capabilities = Capabilities({CommandKind::Start}); // e.g. Finesse: start only
    bar.show(s);
    CHECK(bar.visible(Slot::Start));
    CHECK(bar.enabled(Slot::Start));
    CHECK_FALSE(bar.visible(Slot::Stop));
    CHECK_FALSE(bar.visible(Slot::PauseResume));
    CHECK_FALSE(bar.visible(Slot::Metadata));
    // The tray menu keeps the entry and says why it cannot be used.
    CHECK_FALSE(bar.actions.menuAction(Slot::Stop)->isEnabled());
    CHECK(bar.actions.menuAction(Slot::Stop)->text().contains(QStringLiteral("cannot")));
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

TEST_CASE("One key pauses and resumes and every command has a key and a name", "[ui]")
{
    Bar bar;
    QSignalSpy requested(&bar.actions, &CommandActions::requested);
    bar.show(state(CallState::Talking, RecordingState::Recording));
    QAction *pause = bar.actions.action(Slot::PauseResume);
    CHECK(pause->shortcut() == QKeySequence(Qt::Key_P));
    pause->trigger();
    bar.show(state(CallState::Talking, RecordingState::Paused));
    pause->trigger();
    REQUIRE(requested.count() == 2);
    CHECK(requested[0][0].value<CommandKind>() == CommandKind::Pause);
    CHECK(requested[1][0].value<CommandKind>() == CommandKind::Resume);
    for (Slot slot : bar.actions.allSlots())
        CHECK_FALSE(bar.actions.action(slot)->text().isEmpty());
    // Everyday commands have a key; nothing destructive does.
    for (Slot slot : {Slot::Start, Slot::Stop, Slot::PauseResume, Slot::Metadata, Slot::Duplicate,
                      Slot::Screen, Slot::Tag, Slot::Segment})
        CHECK_FALSE(bar.actions.action(slot)->shortcut().isEmpty());
    for (Slot slot : {Slot::Restart, Slot::Delete})
        CHECK(bar.actions.action(slot)->shortcut().isEmpty());
    // The shortcuts belong to the bar window, so they work anywhere in it.
    CHECK(bar.window.actions().contains(pause));
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

    SECTION("Recording API: record, pause, stop, data, duplicate and screen; no QM commands")
    {
        s.capabilities = recordingapi::capabilities();
        bar.show(s);
        for (Slot slot : {Slot::Start, Slot::Stop, Slot::PauseResume, Slot::Metadata})
            CHECK(bar.visible(slot));
        CHECK(menuShows(Slot::Duplicate));
        CHECK(menuShows(Slot::Screen));
        for (Slot slot : {Slot::Tag, Slot::Restart, Slot::Delete, Slot::Segment, Slot::Login})
            CHECK_FALSE(menuShows(slot));
    }
    SECTION("QM in agent mode: tag, restart, delete, segments; no duplicate or screen")
    {
        s.capabilities = qm::capabilities(
            qm::Config{}, {QStringLiteral("bob"), QStringLiteral("5001"), QStringLiteral("5003")},
            false);
        bar.show(s);
        for (Slot slot :
             {Slot::Tag, Slot::Restart, Slot::Delete, Slot::Segment, Slot::Login, Slot::Logout})
            CHECK(menuShows(slot));
        CHECK(bar.actions.menuAction(Slot::Restart)->isEnabled());
        CHECK_FALSE(menuShows(Slot::Duplicate));
        CHECK_FALSE(menuShows(Slot::Screen));
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
    SECTION("Finesse: only Record")
    {
        s = state(CallState::Talking, RecordingState::Off);
        s.capabilities = Capabilities({CommandKind::Start});
        bar.show(s);
        CHECK(bar.visible(Slot::Start));
        for (Slot slot : {Slot::Stop, Slot::PauseResume, Slot::Metadata})
            CHECK_FALSE(bar.visible(slot));
    }
    SECTION("Imagicle: record, pause and stop, no call data")
    {
        s.capabilities = imagicle::capabilities();
        bar.show(s);
        for (Slot slot : {Slot::Start, Slot::Stop, Slot::PauseResume})
            CHECK(bar.visible(slot));
        CHECK_FALSE(bar.visible(Slot::Metadata));
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
    buttons.first()->setFocus(Qt::TabFocusReason);
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
