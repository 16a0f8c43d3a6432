// The supervisor's team window, offscreen, over a board fed by the test on a clock it moves.
#include "TeamWindow.h"

#include "CatchCompat.h"
#include "FakeTeamSource.h"
#include "FitScreens.h"
#include "StatePresentation.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace recbar;
using namespace std::chrono_literals;

namespace {

struct Rig : TeamRig
{
    TeamWindow window{board, clock};
    QStringList questions;
    QStringList doIts;
    bool answer = false;

    Rig()
    {
        window.setConfirm([this](const TeamWindow::Question &question, std::function<void()> yes) {
            questions.append(question.text);
            doIts.append(question.doIt);
            if (answer)
                yes();
        });
        source->onCall(QStringLiteral("2"), QStringLiteral("c1"), RecordingState::Off);
        source->agent(QStringLiteral("2")).state.agentName = QStringLiteral("Alice");
        source->onCall(QStringLiteral("3"), QStringLiteral("c2"), RecordingState::Recording);
        source->agent(QStringLiteral("3")).state.agentName = QStringLiteral("Bob");
        source->onCall(QStringLiteral("4"), QStringLiteral("c3"), RecordingState::Paused);
        source->agent(QStringLiteral("4")).state.agentName = QStringLiteral("Cleo");
        source->agent(QStringLiteral("5")).state.agentName = QStringLiteral("Dan");
        board.start();
        window.show();
        nextRead();
        clock.advance(20s);
        nextRead();
    }
    QString shownId(int row) const
    {
        return window.rows()->index(row, 0).data(TeamModel::IdRole).toString();
    }
};

} // namespace

TEST_CASE("The team window puts the unrecorded call on top and counts it in its title",
          "[ui][team]")
{
    Rig rig;
    CHECK(rig.window.windowTitle() == QStringLiteral("RecBar team: 3 on a call, 1 with a concern"));
    CHECK(rig.shownId(0) == QStringLiteral("2"));
    CHECK(rig.window.rows()
              ->index(0, TeamModel::Concern)
              .data()
              .toString()
              .startsWith(QStringLiteral("Not recorded 0:2")));

    // The recording cell wears the bar's colour for that state, as drawn.
    const QModelIndex bob = rig.window.rows()->mapFromSource(
        rig.window.rows()->sourceModel()->index(1, TeamModel::Recording));
    const QRect cell = rig.window.table()->visualRect(bob);
    const QImage drawn = rig.window.table()->viewport()->grab().toImage();
    CHECK(drawn.pixelColor(cell.right() - 3, cell.center().y()) ==
          StatePresentation::colors(Presentation::Tone::Recording).band);

    rig.window.concernsOnly()->setChecked(true);
    CHECK(rig.window.rows()->rowCount() == 1);
    rig.window.concernsOnly()->setChecked(false);
    rig.window.filterText()->setText(QStringLiteral("cle"));
    REQUIRE(rig.window.rows()->rowCount() == 1);
    CHECK(rig.shownId(0) == QStringLiteral("4"));
}

TEST_CASE("The team window's actions are enabled only where they can be taken, and say why not",
          "[ui][team]")
{
    Rig rig;
    CHECK_FALSE(rig.window.startButton()->isEnabled());
    CHECK(rig.window.startButton()->toolTip() == QStringLiteral("Choose an agent in the list"));
    rig.window.selectAgent(QStringLiteral("3"));
    CHECK_FALSE(rig.window.startButton()->isEnabled());
    CHECK(rig.window.startButton()->toolTip() == QStringLiteral("The call is already recorded"));
    rig.window.selectAgent(QStringLiteral("2"));
    REQUIRE(rig.window.startButton()->isEnabled());
    CHECK_FALSE(rig.window.endPauseButton()->isEnabled());

    // A key pressed in the list acts on nothing: the buttons take Tab or a click only.
    rig.window.table()->setFocus();
    QTest::keyClick(rig.window.table(), Qt::Key_Space);
    QTest::keyClick(rig.window.table(), Qt::Key_Return);
    CHECK(rig.source->actions.isEmpty());

    QTest::mouseClick(rig.window.startButton(), Qt::LeftButton);
    REQUIRE(rig.source->actions.size() == 1);
    CHECK(rig.source->actions.first() ==
          std::pair{TeamAction::StartRecording, QStringLiteral("2")});
    const QModelIndex alice = rig.window.rows()->mapFromSource(
        rig.window.rows()->sourceModel()->index(0, TeamModel::Action));
    CHECK(alice.data().toString() == QStringLiteral("Start recording: waiting for the server"));
    CHECK_FALSE(rig.window.startButton()->isEnabled());
}

TEST_CASE("Ending an agent's pause from the window asks first, and Enter keeps the pause",
          "[ui][team]")
{
    Rig rig;
    rig.window.selectAgent(QStringLiteral("4"));
    REQUIRE(rig.window.endPauseButton()->isEnabled());
    rig.window.act(TeamAction::EndPause);
    REQUIRE(rig.questions.size() == 1);
    CHECK(rig.questions.first().contains(QStringLiteral("Cleo")));
    CHECK(rig.questions.first().contains(QStringLiteral("card number")));
    CHECK(rig.source->actions.isEmpty());
    rig.answer = true;
    rig.window.act(TeamAction::EndPause);
    REQUIRE(rig.source->actions.size() == 1);
    CHECK(rig.source->actions.first() == std::pair{TeamAction::EndPause, QStringLiteral("4")});
}

TEST_CASE("A start the server carries out in more steps is said first, and Cancel sends nothing",
          "[ui][team]")
{
    Rig rig;
    rig.source->prefaceText = QStringLiteral("RecBar will first silently monitor the call");
    rig.window.selectAgent(QStringLiteral("2"));
    rig.window.act(TeamAction::StartRecording);
    REQUIRE(rig.questions.size() == 1);
    CHECK(rig.questions.first() == rig.source->prefaceText);
    CHECK(rig.doIts.first() == QStringLiteral("Monitor and record"));
    CHECK(rig.source->actions.isEmpty());
    rig.answer = true;
    rig.window.act(TeamAction::StartRecording);
    CHECK(rig.source->actions.size() == 1);
}

TEST_CASE("The board reads every 2 s while the window is shown, every 10 s once it is closed",
          "[ui][team]")
{
    Rig rig;
    rig.clock.settle();
    const QDateTime shown = rig.clock.now();
    REQUIRE(rig.clock.advanceToNext(1min));
    CHECK(shown.msecsTo(rig.clock.now()) == 2000);
    rig.window.close();
    rig.source->answer(); // a read that began while it was shown
    const QDateTime closed = rig.clock.now();
    REQUIRE(rig.clock.advanceToNext(1min));
    CHECK(closed.msecsTo(rig.clock.now()) == 10'000);
}

TEST_CASE("The window's question blocks nothing, and the window may go while it is open",
          "[ui][team]")
{
    ManualClock clock;
    auto *source = new FakeTeam;
    TeamBoard board(std::unique_ptr<TeamSource>(source), TeamOptions{}, clock);
    auto window = std::make_unique<TeamWindow>(board, clock);
    source->onCall(QStringLiteral("4"), QStringLiteral("c3"), RecordingState::Paused);
    board.start();
    window->show();
    clock.settle();
    while (!source->inFlight)
        REQUIRE(clock.advanceToNext(std::chrono::minutes(1)));
    source->answer();
    window->selectAgent(QStringLiteral("4"));
    window->act(TeamAction::EndPause); // returns at once: the question is window-modal
    auto *box = window->findChild<QMessageBox *>();
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK(box->windowModality() == Qt::WindowModal);
    CHECK(box->defaultButton()->text() == QStringLiteral("Keep the pause"));
    CHECK(source->actions.isEmpty());
    // A sign-out takes the window (and its question) away: nothing is sent.
    window.reset();
    QCoreApplication::processEvents();
    CHECK(source->actions.isEmpty());

    window = std::make_unique<TeamWindow>(board, clock);
    window->show();
    window->selectAgent(QStringLiteral("4"));
    window->act(TeamAction::EndPause);
    box = window->findChild<QMessageBox *>();
    REQUIRE(box);
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == QStringLiteral("End the pause"))
            button->click();
    }
    REQUIRE(source->actions.size() == 1);
    CHECK(source->actions.first() == std::pair{TeamAction::EndPause, QStringLiteral("4")});
}

TEST_CASE("The team window's status line says whether changes are pushed, and why not",
          "[ui][team]")
{
    Rig rig;
    const auto status = [&] {
        QStringList texts;
        for (const QLabel *label : rig.window.statusBar()->findChildren<QLabel *>())
            texts.append(label->text() + u'|' + label->toolTip());
        return texts.join(u'\n');
    };
    CHECK_FALSE(status().contains(QStringLiteral("live updates")));
    rig.source->setDelivery(StateDelivery::Mode::Pushed);
    CHECK(status().contains(QStringLiteral(" · live updates|")));
    rig.source->deliveryNow.detail = QStringLiteral("the notification service refused the "
                                                    "subscription (forbidden)");
    rig.source->setDelivery(StateDelivery::Mode::Fallback);
    // Short in the line; why in full in its tooltip.
    CHECK(status().contains(QStringLiteral(" · live updates unavailable|live updates unavailable "
                                           "(the notification service refused the subscription "
                                           "(forbidden)): reading every few seconds")));
}

TEST_CASE("The team window fits the screen it opens on", "[.team-fits]")
{
    const QSize expected(qEnvironmentVariableIntValue("RECBAR_FIT_WIDTH"),
                         qEnvironmentVariableIntValue("RECBAR_FIT_HEIGHT"));
    Rig rig;
    rig.source->agent(QStringLiteral("5")).state.agentName = QStringLiteral("Carol Nguyen");
    rig.source->listsRecordings = false;
    rig.source->startOnlyAccepted = true; // the longer of the two outcomes
    REQUIRE(rig.board.act(TeamAction::StartRecording, QStringLiteral("2"), CommandOrigin::kTeam));
    rig.source->accept();
    rig.nextRead();
    REQUIRE(QTest::qWaitForWindowExposed(&rig.window));
    INFO(rig.window.rows()->index(0, TeamModel::Action).data().toString().toStdString());
    const QRect screen = rig.window.screen()->availableGeometry();
    REQUIRE(screen.size() == expected); // the process got the screen it was meant to
    CHECK(screen.contains(rig.window.frameGeometry()));
    const QStringList problems = clipped(rig.window);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());

    // Every column in view, none cut: a name, and the start's outcome in the last.
    QTableView *table = rig.window.table();
    CHECK(table->horizontalHeader()->length() <= table->viewport()->width());
    const auto shown = [&](int column) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, column);
            const int needs = table->fontMetrics().horizontalAdvance(index.data().toString()) +
                              table->fontMetrics().horizontalAdvance(u'M');
            if (needs > table->columnWidth(column))
                return index.data().toString();
        }
        return QString();
    };
    CHECK(shown(TeamModel::Agent).isEmpty());
    CHECK(shown(TeamModel::Action).isEmpty());
}

TEST_CASE("The team window fits 1024x768 at 100 % and 1280x800 at 200 %", "[ui][team][fit]")
{
    fitsInChild("The team window fits the screen it opens on");
}
