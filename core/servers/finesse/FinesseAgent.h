#pragma once

#include "FinesseProtocol.h"
#include "session/HttpSession.h"

#include <QDateTime>
#include <QPointer>

#include <functional>
#include <optional>

namespace recbar::finesse {

// Finesse answers 401 for states as well as for credentials ("Invalid State": the target is
// held); only an authorization failure is a credentials problem.
bool isApiRefusal(const HttpAnswer &answer);
ServerError errorOf(const HttpAnswer &answer);
QString encoded(const QString &segment);

// What one HTTP session knows of its Finesse agent: the deployment, and the User and Dialogs as
// last read or pushed. The kind's factory hands one to the call-state source and the control
// it builds together (the control needs the dialog id and the agent's extension), so a command
// does not read again what was just read. A child of its session.
class FinesseAgent : public QObject
{
public:
    struct Reading
    {
        User user;
        QList<Dialog> dialogs;
        QDateTime at; // when the server last confirmed it (a read, an event, a keep-alive)
    };
    using Done = std::function<void(const ServerError &)>;

    explicit FinesseAgent(HttpSession &session);

    HttpSession &session() const { return m_session; }
    QString userPath() const;
    const std::optional<Reading> &last() const { return m_last; }
    const std::optional<SystemInfo> &systemInfo() const { return m_systemInfo; }
    std::optional<QString> deployment() const;
    // The agent's pub-sub nodes, once a read has named the agent.
    QStringList nodes() const;

    // SystemInfo once (its deployment type decides what START_RECORDING's absence means, its
    // domains where notifications come from), then User and Dialogs. A read during which a
    // pushed event arrived may be older than that event: it is done again. A read asked for
    // while one is on its way shares its answer.
    void read(QObject *context, Done done);

    enum class Applied { Yes, NeedsRead, Ignored };
    // A pushed Update: the reading changes as the server said. NeedsRead when it cannot be
    // applied to what is known (nothing read yet, a User deleted).
    Applied apply(const Update &update);
    // The push connection proved itself current: so is the reading.
    void confirmedNow();
    // Only the dialogs the agent is on are kept, at most this many: a server that pushes
    // calls without end costs bounded memory and time per event.
    static constexpr qsizetype kMaxDialogs = 32;
    // Dialogs were dropped to stay within kMaxDialogs, or events went unread, since the last
    // read that stood: only a read can tell the state now.
    bool needsRead() const { return m_stale; }
    void markStale() { m_stale = true; }
    // Dialogs dropped since the last call, for one log line per burst.
    qsizetype takeDropped() { return std::exchange(m_dropped, 0); }

    ObservedState observed() const;

private:
    void readUser(int attempt);
    void readDialogs(const User &user, int attempt, quint64 changesAtStart);
    void finishRead(const ServerError &error);

    HttpSession &m_session;
    bool m_systemInfoAnswered = false;
    QList<std::pair<QPointer<QObject>, Done>> m_readers; // of the read in flight
    std::optional<SystemInfo> m_systemInfo;
    std::optional<Reading> m_last;
    quint64 m_changes = 0; // pushed events applied
    bool m_stale = false;
    qsizetype m_dropped = 0;
};

} // namespace recbar::finesse
