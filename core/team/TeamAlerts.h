#pragma once

#include "TeamBoard.h"

#include <QObject>
#include <QStringList>

namespace recbar {

// What a supervisor is told on the desktop: each concern as it starts (the board announces each
// once per call, or once per pause), at most one notification per `gap`; concerns that start
// meanwhile are told together when the gap ends. Nothing else on the board notifies.
class TeamAlerts : public QObject
{
    Q_OBJECT

public:
    TeamAlerts(TeamBoard &board, std::chrono::milliseconds gap, Clock &clock = Clock::system(),
               QObject *parent = nullptr);

    // One line for a concern of a member, as a notification says it.
    static QString describe(const TeamMember &member, TeamConcern concern);

signals:
    void alert(const QString &title, const QString &text, bool critical);

private:
    void onConcern(const TeamMember &member, TeamConcern concern);
    void tell();

    std::chrono::milliseconds m_gap;
    ClockTimer m_quiet;
    QStringList m_waiting;
    bool m_critical = false; // among those waiting, a call not recorded
};

} // namespace recbar
