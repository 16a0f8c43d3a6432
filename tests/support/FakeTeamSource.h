#pragma once

#include "CatchCompat.h"
#include "ManualClock.h"
#include "team/TeamBoard.h"

namespace recbar {

// A team source that answers when the test says: for the board's logic and its window.
class FakeTeam : public TeamSource
{
public:
    QList<Agent> agents;
    int reads = 0;
    bool inFlight = false;
    QList<std::pair<TeamAction, QString>> actions;

    void read() override
    {
        REQUIRE_FALSE(inFlight); // the board never overlaps reads
        inFlight = true;
        ++reads;
    }
    void answer()
    {
        REQUIRE(inFlight);
        inFlight = false;
        emit readDone(agents);
    }
    void fail()
    {
        inFlight = false;
        ServerError error;
        error.kind = ServerError::Kind::Unreachable;
        emit readFailed(error);
    }
    // Agents as the server pushes them, between reads.
    void push(const QList<Agent> &changed) { emit pushed(changed); }
    StateDelivery deliveryNow;
    StateDelivery delivery() const override { return deliveryNow; }
    void setDelivery(StateDelivery::Mode mode)
    {
        deliveryNow.mode = mode;
        emit deliveryChanged();
    }
    // A server whose list shows no recordings (Finesse's), whose start may be only accepted.
    bool listsRecordings = true;
    bool startOnlyAccepted = false;
    bool readsShowRecording() const override { return listsRecordings; }
    bool onlyAccepted(const QString &) const override { return startOnlyAccepted; }
    QString whyNot(TeamAction) const override { return {}; }
    QString prefaceText; // what this server does first, for a start
    QString preface(TeamAction action, const QString &) const override
    {
        return action == TeamAction::StartRecording ? prefaceText : QString();
    }
    void act(TeamAction action, const QString &agentId) override
    {
        actions.append({action, agentId});
    }
    void accept(const ServerError &error = {})
    {
        const auto [action, id] = actions.last();
        emit acted(action, id, error);
    }

    Agent &agent(const QString &id)
    {
        for (Agent &a : agents) {
            if (a.id == id)
                return a;
        }
        agents.append({id, {}, {}});
        agents.last().state.recording = RecordingState::Off;
        return agents.last();
    }
    void onCall(const QString &id, const QString &callId, RecordingState recording)
    {
        Agent &a = agent(id);
        a.state.call = CallState::Talking;
        a.state.callId = callId;
        a.state.recording = recording;
        a.state.blackout = recording == RecordingState::Paused;
    }
};

// A board over a FakeTeam on a clock the test moves.
struct TeamRig
{
    ManualClock clock;
    FakeTeam *source = new FakeTeam;
    TeamBoard board;

    explicit TeamRig(TeamOptions options = {})
        : board(std::unique_ptr<TeamSource>(source), options, clock)
    {}
    // Moves the clock to the next read and answers it.
    void nextRead()
    {
        clock.settle();
        while (!source->inFlight)
            REQUIRE(clock.advanceToNext(std::chrono::minutes(1)));
        source->answer();
    }
};

} // namespace recbar
