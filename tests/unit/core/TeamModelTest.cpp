// The team board as a table: what each cell says, the order rows keep while the board reads
// again, and the filter and sort a supervisor uses, on a clock that moves only when told.
#include "team/TeamModel.h"

#include "CatchCompat.h"
#include "FakeTeamSource.h"

using namespace recbar;
using namespace std::chrono_literals;

namespace {

struct Rig : TeamRig
{
    TeamModel model{board, clock};
    TeamFilterModel rows;

    Rig()
    {
        rows.setSourceModel(&model);
        rows.sort(TeamModel::Concern, Qt::DescendingOrder);
        board.setOpen(true);
        board.start();
    }
    QString cell(const QString &id, int column)
    {
        const int row = model.rowOf(id);
        REQUIRE(row >= 0);
        return model.index(row, column).data().toString();
    }
    QStringList shown()
    {
        QStringList ids;
        for (int r = 0; r < rows.rowCount(); ++r)
            ids.append(rows.index(r, 0).data(TeamModel::IdRole).toString());
        return ids;
    }
};

QStringList ids(const char *spaced)
{
    return QString::fromLatin1(spaced).split(u' ');
}

} // namespace

TEST_CASE("Each agent's row says the call, the recording and the pause in words", "[team]")
{
    Rig rig;
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c1"), RecordingState::Recording);
    rig.source->agent(QStringLiteral("2")).state.agentName = QStringLiteral("Alice");
    rig.source->agent(QStringLiteral("2")).state.extension = QStringLiteral("5001");
    rig.source->agent(QStringLiteral("2")).state.remoteNumber = QStringLiteral("+15550100");
    rig.source->agent(QStringLiteral("2")).state.direction = Direction::Inbound;
    rig.source->onCall(QStringLiteral("3"), QStringLiteral("c2"), RecordingState::Paused);
    rig.source->onCall(QStringLiteral("4"), QStringLiteral("c3"), RecordingState::Off);
    rig.source->agent(QStringLiteral("5")); // no call
    rig.source->onCall(QStringLiteral("6"), QStringLiteral("c4"), RecordingState::Unknown);
    rig.source->agent(QStringLiteral("6")).state.recording.reset(); // the server cannot tell
    rig.source->agent(QStringLiteral("6")).state.recordingNote =
        QStringLiteral("Finesse does not say whether this call is recorded");
    rig.source->onCall(QStringLiteral("7"), QStringLiteral("c5"), RecordingState::Unknown);
    rig.nextRead();
    rig.clock.advance(20s);
    rig.nextRead(); // the read that began 2 s in, answered 20 s in

    CHECK(rig.cell(QStringLiteral("2"), TeamModel::Agent) == QStringLiteral("Alice"));
    CHECK(rig.cell(QStringLiteral("3"), TeamModel::Agent) == QStringLiteral("3")); // no name: id
    CHECK(rig.cell(QStringLiteral("2"), TeamModel::Extension) == QStringLiteral("5001"));
    CHECK(rig.cell(QStringLiteral("2"), TeamModel::Call) == QStringLiteral("On a call 0:20"));
    CHECK(rig.cell(QStringLiteral("2"), TeamModel::OtherParty) == QStringLiteral("+15550100"));
    CHECK(rig.cell(QStringLiteral("2"), TeamModel::Direction) == QStringLiteral("Inbound"));
    CHECK(rig.cell(QStringLiteral("2"), TeamModel::Recording) == QStringLiteral("Recording"));
    CHECK(rig.cell(QStringLiteral("3"), TeamModel::Recording) == QStringLiteral("Paused"));
    CHECK(rig.cell(QStringLiteral("3"), TeamModel::Pause) == QStringLiteral("0:20 of 10:00"));
    CHECK(rig.cell(QStringLiteral("4"), TeamModel::Recording) == QStringLiteral("Not recording"));
    CHECK(rig.cell(QStringLiteral("4"), TeamModel::Concern) == QStringLiteral("Not recorded 0:20"));
    CHECK(rig.cell(QStringLiteral("5"), TeamModel::Call) == QStringLiteral("No call"));
    CHECK(rig.cell(QStringLiteral("5"), TeamModel::Recording).isEmpty());
    CHECK(rig.cell(QStringLiteral("6"), TeamModel::Recording) == QStringLiteral("Not reported"));
    // What it rests on, in its tooltip.
    CHECK(rig.model.index(rig.model.rowOf(QStringLiteral("6")), TeamModel::Recording)
              .data(Qt::ToolTipRole)
              .toString() ==
          QStringLiteral("Not reported: Finesse does not say whether this call is recorded"));
    // Not reported is what that server is, not a concern; a state in words not known is.
    CHECK(rig.cell(QStringLiteral("6"), TeamModel::Concern).isEmpty());
    CHECK(rig.cell(QStringLiteral("7"), TeamModel::Concern) ==
          QStringLiteral("Recording unknown 0:20"));
    CHECK(rig.model.onCall() == 5);
    CHECK(rig.model.withConcerns() == 2);

    // The lengths move with the clock between reads, each second the window ticks.
    rig.clock.advance(1s);
    rig.model.tick();
    CHECK(rig.cell(QStringLiteral("2"), TeamModel::Call) == QStringLiteral("On a call 0:21"));
    CHECK(TeamModel::duration(3 * 3600 + 5) == QStringLiteral("3:00:05"));
}

TEST_CASE("Rows keep their place when the server lists agents in another order", "[team]")
{
    Rig rig;
    for (const char *id : {"1", "2", "3"})
        rig.source->agent(QString::fromLatin1(id));
    rig.nextRead();
    std::reverse(rig.source->agents.begin(), rig.source->agents.end());
    rig.source->agent(QStringLiteral("4"));
    int inserted = 0;
    int reset = 0;
    QObject::connect(&rig.model, &QAbstractItemModel::rowsInserted, [&] { ++inserted; });
    QObject::connect(&rig.model, &QAbstractItemModel::modelReset, [&] { ++reset; });
    rig.nextRead();
    CHECK(inserted == 1);
    CHECK(reset == 0);
    CHECK(rig.model.rowOf(QStringLiteral("1")) == 0);
    CHECK(rig.model.rowOf(QStringLiteral("4")) == 3);
    CHECK(rig.model.memberAt(0)->id == QStringLiteral("1"));
    rig.source->agents.removeLast(); // "4" leaves the list: shown as gone
    rig.nextRead();
    CHECK(rig.cell(QStringLiteral("4"), TeamModel::Call) ==
          QStringLiteral("Gone from the server's list"));
}

TEST_CASE("Concerns come first in either order of any column, gone agents last", "[team]")
{
    Rig rig;
    rig.source->agent(QStringLiteral("a")).state.agentName = QStringLiteral("Ann");
    rig.source->onCall(QStringLiteral("b"), QStringLiteral("c1"), RecordingState::Off);
    rig.source->agent(QStringLiteral("b")).state.agentName = QStringLiteral("Bob");
    rig.source->agent(QStringLiteral("c")).state.agentName = QStringLiteral("Cy");
    rig.source->onCall(QStringLiteral("d"), QStringLiteral("c2"), RecordingState::Unknown);
    rig.source->agent(QStringLiteral("d")).state.agentName = QStringLiteral("Dee");
    rig.source->agent(QStringLiteral("e")).state.agentName = QStringLiteral("Eve");
    rig.nextRead();
    rig.source->agents.removeLast(); // Eve leaves
    rig.clock.advance(20s);
    rig.nextRead();

    // The most urgent concern first: not recorded before unknown.
    CHECK(rig.shown() == ids("b d a c e"));
    rig.rows.sort(TeamModel::Agent, Qt::AscendingOrder);
    CHECK(rig.shown() == ids("b d a c e"));
    rig.rows.sort(TeamModel::Agent, Qt::DescendingOrder);
    CHECK(rig.shown() == ids("d b c a e"));

    rig.rows.setConcernsOnly(true);
    CHECK(rig.shown() == ids("d b"));
    rig.rows.setConcernsOnly(false);
    rig.rows.setText(QStringLiteral("cy"));
    CHECK(rig.shown() == ids("c"));
}

TEST_CASE("Text filter finds an agent by extension, id or the other party's number", "[team]")
{
    Rig rig;
    rig.source->onCall(QStringLiteral("17"), QStringLiteral("c1"), RecordingState::Recording);
    rig.source->agent(QStringLiteral("17")).state.extension = QStringLiteral("5003");
    rig.source->agent(QStringLiteral("17")).state.remoteNumber = QStringLiteral("+15550109876");
    rig.source->agent(QStringLiteral("18"));
    rig.nextRead();
    rig.rows.setText(QStringLiteral("5003"));
    CHECK(rig.shown() == ids("17"));
    rig.rows.setText(QStringLiteral("0109876"));
    CHECK(rig.shown() == ids("17"));
    rig.rows.setText(QStringLiteral(" 18 "));
    CHECK(rig.shown() == ids("18"));
}
