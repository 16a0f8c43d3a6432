#include "FinesseAgent.h"

namespace recbar::finesse {

namespace {

HttpCall get(const QString &path)
{
    return {.method = "GET", .path = path, .refusal = isApiRefusal};
}

// Events keep arriving during a read on a busy line; after this many reads the events, which are
// newer, are what the reading is.
constexpr int kReadAttempts = 3;

} // namespace

bool isApiRefusal(const HttpAnswer &answer)
{
    const QString type = errorType(answer.body);
    return answer.status == 401 && !type.isEmpty() && type != u"Authorization Failure";
}

ServerError errorOf(const HttpAnswer &answer)
{
    ServerError error = answer.error;
    if (error.ok() || answer.status == 0)
        return error;
    error.serverMessage = errorMessage(answer.body);
    if (isApiRefusal(answer))
        error.kind = ServerError::Kind::Rejected;
    return error;
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

FinesseAgent::FinesseAgent(HttpSession &session)
    : QObject(&session)
    , m_session(session)
{}

QString FinesseAgent::userPath() const
{
    return QStringLiteral("finesse/api/User/") + encoded(m_session.user());
}

std::optional<QString> FinesseAgent::deployment() const
{
    if (!m_systemInfo)
        return std::nullopt;
    return m_systemInfo->deploymentType;
}

QStringList FinesseAgent::nodes() const
{
    if (!m_last)
        return {};
    const QString user = QStringLiteral("/finesse/api/User/") + m_last->user.loginId;
    return {user, user + QStringLiteral("/Dialogs")};
}

void FinesseAgent::read(QObject *context, Done done)
{
    // Whoever reads first asks; a read asked for meanwhile (the control and the call-state
    // source both read at sign-in) shares that answer rather than making another.
    m_readers.append({QPointer<QObject>(context), std::move(done)});
    if (m_readers.size() > 1)
        return;
    if (m_systemInfoAnswered) {
        readUser(1);
        return;
    }
    m_session.send(get(QStringLiteral("finesse/api/SystemInfo")), this,
                   [this](const HttpAnswer &answer) {
                       if (answer.error.ok())
                           m_systemInfo = parseSystemInfo(answer.body);
                       // No answer at all (unreachable, an untrusted certificate): asked again
                       // by the next read. An answer, even a refusal, stands.
                       m_systemInfoAnswered = answer.status != 0;
                       readUser(1);
                   });
}

void FinesseAgent::finishRead(const ServerError &error)
{
    for (auto &[context, done] : std::exchange(m_readers, {})) {
        if (context)
            done(error);
    }
}

void FinesseAgent::readUser(int attempt)
{
    const quint64 changesAtStart = m_changes;
    m_session.send(get(userPath()), this,
                   [this, attempt, changesAtStart](const HttpAnswer &answer) {
                       if (!answer.error.ok()) {
                           finishRead(errorOf(answer));
                           return;
                       }
                       auto user = parseUser(answer.body);
                       if (!user) {
                           finishRead(ServerError::malformed(user.error()));
                           return;
                       }
                       readDialogs(*user, attempt, changesAtStart);
                   });
}

void FinesseAgent::readDialogs(const User &user, int attempt, quint64 changesAtStart)
{
    m_session.send(get(userPath() + QStringLiteral("/Dialogs")), this,
                   [this, user, attempt, changesAtStart](const HttpAnswer &answer) {
                       if (!answer.error.ok()) {
                           finishRead(errorOf(answer));
                           return;
                       }
                       auto dialogs = parseDialogs(answer.body, user.extension);
                       if (!dialogs) {
                           finishRead(ServerError::malformed(dialogs.error()));
                           return;
                       }
                       if (m_changes != changesAtStart && m_last) {
                           // An event arrived while this read was on its way: which is newer is
                           // unknown.
                           if (attempt < kReadAttempts)
                               readUser(attempt + 1);
                           else
                               finishRead({});
                           return;
                       }
                       QList<Dialog> kept;
                       for (const Dialog &dialog : *dialogs) {
                           if (isAgentOn(dialog) && kept.size() < kMaxDialogs)
                               kept.append(dialog);
                       }
                       m_last = Reading{user, kept, m_session.clock().now()};
                       m_stale = false;
                       finishRead({});
                   });
}

FinesseAgent::Applied FinesseAgent::apply(const Update &update)
{
    if (!m_last)
        return Applied::NeedsRead;
    QList<Dialog> &dialogs = m_last->dialogs;
    const auto indexOf = [&dialogs](const QString &id) {
        for (qsizetype i = 0; i < dialogs.size(); ++i) {
            if (dialogs[i].id == id)
                return i;
        }
        return qsizetype(-1);
    };
    switch (update.kind) {
    case Update::Kind::User:
        if (update.event == u"DELETE" || !update.user)
            return Applied::NeedsRead;
        if (update.user->extension != m_last->user.extension)
            return Applied::NeedsRead; // the dialogs were read for the old device
        m_last->user = *update.user;
        break;
    case Update::Kind::Dialog:
    case Update::Kind::Dialogs:
        for (const Dialog &dialog : update.dialogs) {
            const qsizetype at = indexOf(dialog.id);
            if (update.event == u"DELETE" || !isAgentOn(dialog)) {
                if (at >= 0)
                    dialogs.removeAt(at);
            } else if (at >= 0) {
                dialogs[at] = dialog;
            } else {
                if (dialogs.size() == kMaxDialogs) {
                    dialogs.removeFirst(); // the oldest the agent was put on
                    ++m_dropped;
                    m_stale = true;
                }
                dialogs.append(dialog);
            }
        }
        break;
    case Update::Kind::Errors:
    case Update::Kind::Other:
        return Applied::Ignored;
    }
    ++m_changes;
    m_last->at = m_session.clock().now();
    return Applied::Yes;
}

void FinesseAgent::confirmedNow()
{
    if (m_last)
        m_last->at = m_session.clock().now();
}

ObservedState FinesseAgent::observed() const
{
    return observe(m_last->user, m_last->dialogs, deployment());
}

} // namespace recbar::finesse
