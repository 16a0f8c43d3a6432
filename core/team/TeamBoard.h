#pragma once

#include "domain/Clock.h"
#include "domain/Timing.h"
#include "servers/ServerKind.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace recbar {

// What a supervisor is warned of about one agent, most urgent first.
enum class TeamConcern {
    NotRecorded, // on a call the server says nothing records, for longer than allowed
    LongPause,   // a secure pause longer than allowed
    Unknown,     // on a call, and whether it is recorded cannot be told
};

// One agent on the board: what the server last said, and what the board adds to it.
struct TeamMember
{
    QString id;
    ObservedState state;
    bool gone = false;         // missing from the last read: kept, not deleted from the board
    QDateTime onCallSince;     // the server's start of the call, else when the board first saw it
    QDateTime unrecordedSince; // on a call and not recorded, since the board first saw that
    QDateTime pausedSince;     // in a secure pause, since the board first saw that
    QList<TeamConcern> concerns;
    std::optional<TeamAction> pending; // a supervisor's action the server has not yet shown
    QString failure;                   // the last action's failure, in words
    QString outcome;      // a start done that no read can show (Finesse's), in words, for this call
    QString outcomeBrief; // the same in a word and a time, for a table's cell

    bool onCall() const
    {
        return state.call == CallState::Talking || state.call == CallState::Held ||
               state.call == CallState::Unknown;
    }
    bool paused() const
    {
        return state.blackout.value_or(false) || state.recording == RecordingState::Paused;
    }
};

struct TeamOptions
{
    std::chrono::milliseconds readWhileOpen = std::chrono::seconds(2);
    std::chrono::milliseconds readWhileClosed = std::chrono::seconds(10);
    std::chrono::seconds notRecordedAfter = std::chrono::seconds(15);
    std::chrono::seconds pausedAfter = std::chrono::minutes(10);
    // An accepted action that no read shows within this long has failed.
    std::chrono::milliseconds confirmTimeout = timing::kConfirmTimeout;
};

// A supervisor's view of every agent a server knows: read on a timer (more often while someone
// looks), each agent's concerns worked out from what the reads showed and since when, and the
// supervisor's actions carried like the bar's commands: sent, accepted, and done only once a
// later read agrees. Nothing is shown that a read did not say.
class TeamBoard : public QObject
{
    Q_OBJECT

public:
    TeamBoard(std::unique_ptr<TeamSource> source, TeamOptions options,
              Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~TeamBoard() override;

    void start();
    void setOpen(bool open);
    const TeamOptions &options() const { return m_options; }

    // In the order of the server's list, the gone ones after.
    const QList<TeamMember> &members() const { return m_members; }
    const TeamMember *member(const QString &id) const;
    QDateTime readAt() const { return m_readAt; } // the last read that succeeded
    StateDelivery delivery() const { return m_source->delivery(); }
    QString readProblem() const { return m_problem; } // the last read's failure, in words
    int unreadable() const { return m_unreadable; }   // entries the last read could not use

    // What the supervisor is told before the action (TeamSource::preface).
    QString preface(TeamAction action, const QString &agentId) const
    {
        return m_source->preface(action, agentId);
    }
    // Why this action cannot be taken for this agent now; empty: it can.
    QString whyNot(TeamAction action, const QString &agentId) const;
    // Sends it; false (and the reason on the row) when it cannot be taken. `origin` says who
    // asked (CommandOrigin::kTeam, kCtl) for the audit log.
    bool act(TeamAction action, const QString &agentId, const QString &origin);

signals:
    void changed();
    // Once per call and concern (a pause: once per pause), as it starts.
    void concernStarted(const recbar::TeamMember &member, recbar::TeamConcern concern);
    // An action sent ends here once: done (a read showed it) or failed.
    void actionFinished(const QString &agentId, recbar::TeamAction action, bool succeeded,
                        const QString &message, const QString &origin);
    // An action that could not be taken at all (act() returned false), and why.
    void actionRefused(const QString &agentId, recbar::TeamAction action, const QString &why,
                       const QString &origin);

private:
    static constexpr std::chrono::milliseconds kReadGap{1000};

    struct Awaited
    {
        TeamAction action;
        QString origin;
        QDateTime acceptedAt;
        bool accepted = false;
    };

    void read();
    std::chrono::milliseconds nextRead() const;
    void scheduleRead(std::chrono::milliseconds delay);
    void readSoon();
    void onRead(const QList<TeamSource::Agent> &agents);
    void onPushed(const QList<TeamSource::Agent> &agents);
    void onReadFailed(const ServerError &error);
    void onActed(TeamAction action, const QString &agentId, const ServerError &error);
    void update(TeamMember &member, const ObservedState &state, const QDateTime &now);
    void judge(TeamMember &member, const QDateTime &now);
    // Ends an accepted action that the state seen at `seenAt` (none: nothing new) shows done,
    // or that waited too long.
    void settle(TeamMember &member, const QDateTime &now, const std::optional<QDateTime> &seenAt);
    void finish(TeamMember &member, bool succeeded, const QString &message);
    TeamMember *find(const QString &id);

    std::unique_ptr<TeamSource> m_source;
    TeamOptions m_options;
    Clock &m_clock;
    ClockTimer m_readTimer{m_clock, this};
    bool m_open = false;
    bool m_reading = false;
    bool m_readAgain = false;
    QList<TeamMember> m_members;
    QHash<QString, qsizetype> m_index;    // where each id is in m_members
    QHash<QString, QDateTime> m_pushedAt; // since the last read, by id
    QHash<QString, Awaited> m_awaited;    // by agent id
    QSet<QString> m_told;                 // concerns already announced: "id|call|concern"
    QDateTime m_readStartedAt;            // of the read in flight, or the last one
    QDateTime m_readAt;
    QString m_problem;
    int m_unreadable = 0;
};

class TeamText
{
    Q_DECLARE_TR_FUNCTIONS(TeamText)

public:
    static QString concern(TeamConcern concern);
    static QString action(TeamAction action);
};

} // namespace recbar
