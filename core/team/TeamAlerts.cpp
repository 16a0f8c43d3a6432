#include "TeamAlerts.h"

#include <QLocale>

#include <utility>

namespace recbar {

TeamAlerts::TeamAlerts(TeamBoard &board, std::chrono::milliseconds gap, Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_gap(gap)
    , m_quiet(clock, this)
{
    connect(&board, &TeamBoard::concernStarted, this, &TeamAlerts::onConcern);
    connect(&m_quiet, &ClockTimer::timeout, this, &TeamAlerts::tell);
}

QString TeamAlerts::describe(const TeamMember &member, TeamConcern concern)
{
    const QString who = member.state.agentName.isEmpty() ? member.id : member.state.agentName;
    const QString line =
        member.state.extension.isEmpty() ? who : tr("%1 (%2)").arg(who, member.state.extension);
    switch (concern) {
    case TeamConcern::NotRecorded:
        return tr("%1: on a call that is not recorded").arg(line);
    case TeamConcern::LongPause:
        return tr("%1: in a secure pause since %2")
            .arg(line,
                 QLocale().toString(member.pausedSince.toLocalTime().time(), QLocale::ShortFormat));
    case TeamConcern::Unknown:
        return tr("%1: on a call whose recording cannot be told").arg(line);
    }
    return line;
}

void TeamAlerts::onConcern(const TeamMember &member, TeamConcern concern)
{
    m_waiting.append(describe(member, concern));
    m_critical |= concern == TeamConcern::NotRecorded;
    if (!m_quiet.isActive())
        tell();
}

void TeamAlerts::tell()
{
    if (m_waiting.isEmpty())
        return;
    const QString title = m_waiting.size() == 1
                              ? tr("RecBar team")
                              : tr("RecBar team: %n concerns", nullptr, int(m_waiting.size()));
    emit alert(title, m_waiting.join(u'\n'), std::exchange(m_critical, false));
    m_waiting.clear();
    m_quiet.start(m_gap);
}

} // namespace recbar
