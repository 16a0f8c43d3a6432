#include "FinesseKind.h"

#include "FinesseProtocol.h"
#include "Logging.h"
#include "profile/Profile.h"
#include "session/HttpSession.h"

#include <QDateTime>

namespace recbar {

namespace {

class FinesseText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::Finesse)
};

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

// Finesse answers 401 for states as well as for credentials ("Invalid State": the target is
// held); only an authorization failure is a credentials problem.
bool isApiRefusal(const HttpAnswer &answer)
{
    const QString type = finesse::errorType(answer.body);
    return answer.status == 401 && !type.isEmpty() && type != u"Authorization Failure";
}

ServerError errorOf(const HttpAnswer &answer)
{
    ServerError error = answer.error;
    if (error.ok() || answer.status == 0)
        return error;
    error.serverMessage = finesse::errorMessage(answer.body);
    if (isApiRefusal(answer))
        error.kind = ServerError::Kind::Rejected;
    return error;
}

HttpCall get(const QString &path)
{
    return {.method = "GET", .path = path, .refusal = isApiRefusal};
}

// What one HTTP session knows of its Finesse agent: the deployment, and the User and Dialogs
// last read. The call-state source and the control share it (the control needs the dialog id
// and the agent's extension), so a command does not read again what a poll just read.
class FinesseAgent : public QObject
{
public:
    struct Reading
    {
        finesse::User user;
        QList<finesse::Dialog> dialogs;
        QDateTime at;
    };
    using Done = std::function<void(const ServerError &)>;

    static FinesseAgent &of(HttpSession &session)
    {
        if (auto *agent = session.findChild<FinesseAgent *>(QString(), Qt::FindDirectChildrenOnly))
            return *agent;
        return *new FinesseAgent(session);
    }

    HttpSession &session() const { return m_session; }
    QString userPath() const
    {
        return QStringLiteral("finesse/api/User/") + encoded(m_session.user());
    }
    const std::optional<Reading> &last() const { return m_last; }
    const std::optional<QString> &deployment() const { return m_deployment; }

    // SystemInfo once (its deployment type decides what START_RECORDING's absence means), then
    // User and Dialogs.
    void read(QObject *context, Done done)
    {
        if (!m_systemInfoAsked) {
            m_systemInfoAsked = true;
            m_session.send(get(QStringLiteral("finesse/api/SystemInfo")), context,
                           [this, context, done](const HttpAnswer &answer) {
                               if (answer.error.ok()) {
                                   if (const auto info = finesse::parseSystemInfo(answer.body))
                                       m_deployment = info->deploymentType;
                               }
                               readUser(context, done);
                           });
            return;
        }
        readUser(context, done);
    }

    ObservedState observed() const
    {
        return finesse::observe(m_last->user, m_last->dialogs, m_deployment);
    }

private:
    explicit FinesseAgent(HttpSession &session)
        : QObject(&session)
        , m_session(session)
    {}

    void readUser(QObject *context, Done done)
    {
        m_session.send(get(userPath()), context, [this, context, done](const HttpAnswer &answer) {
            if (!answer.error.ok()) {
                done(errorOf(answer));
                return;
            }
            auto user = finesse::parseUser(answer.body);
            if (const QString *problem = std::get_if<QString>(&user)) {
                done(ServerError::malformed(*problem));
                return;
            }
            readDialogs(std::get<finesse::User>(user), context, done);
        });
    }

    void readDialogs(const finesse::User &user, QObject *context, Done done)
    {
        m_session.send(get(userPath() + QStringLiteral("/Dialogs")), context,
                       [this, user, done](const HttpAnswer &answer) {
                           if (!answer.error.ok()) {
                               done(errorOf(answer));
                               return;
                           }
                           auto dialogs = finesse::parseDialogs(answer.body, user.extension);
                           if (const QString *problem = std::get_if<QString>(&dialogs)) {
                               done(ServerError::malformed(*problem));
                               return;
                           }
                           m_last = Reading{user, std::get<QList<finesse::Dialog>>(dialogs),
                                            QDateTime::currentDateTimeUtc()};
                           done({});
                       });
    }

    HttpSession &m_session;
    bool m_systemInfoAsked = false;
    std::optional<QString> m_deployment;
    std::optional<Reading> m_last;
};

// Reads User and Dialogs; a push (XMPP) transport would feed the same parsers.
class FinesseStateSource : public CallStateSource
{
public:
    explicit FinesseStateSource(HttpSession &session)
        : m_agent(FinesseAgent::of(session))
    {}

    // Finesse serves every agent of the contact center: not more than a read a second.
    static constexpr int kMinimumIntervalMs = 1000;
    int minimumIntervalMs() const override { return kMinimumIntervalMs; }

    void poll() override
    {
        m_agent.read(this, [this](const ServerError &error) {
            if (error.ok())
                emit polled(m_agent.observed());
            else
                emit pollFailed(error);
        });
    }

private:
    FinesseAgent &m_agent;
};

// Finesse can only start a recording (UCCX); it answers 202 and the dialog shows the outcome.
class FinesseControl : public RecordingControl
{
public:
    explicit FinesseControl(HttpSession &session)
        : m_agent(FinesseAgent::of(session))
    {}

    Capabilities capabilities() const override
    {
        Capabilities caps({CommandKind::Start});
        const QString why = FinesseText::tr("Finesse can only start a recording");
        for (CommandKind kind : CommandText::all()) {
            if (kind != CommandKind::Start)
                caps.setWhyNot(kind, why);
        }
        if (m_agent.deployment() && *m_agent.deployment() != u"UCCX")
            caps.remove(CommandKind::Start,
                        FinesseText::tr("Finesse starts recordings on Unified CCX only"));
        return caps;
    }

    void start() override
    {
        // The deployment type comes with the first read (the call-state source's, when it is
        // Finesse too); the capabilities follow it.
        m_agent.read(this, [this](const ServerError &) { emit capabilitiesChanged(); });
    }

    void execute(const Command &command) override
    {
        // The request names the dialog and the agent's own device: a read of the last seconds
        // has both; an older one is read again.
        const auto &last = m_agent.last();
        if (last && last->at.msecsTo(QDateTime::currentDateTimeUtc()) < kFreshMs) {
            startRecording(command);
            return;
        }
        m_agent.read(this, [this, command](const ServerError &error) {
            if (!error.ok())
                emit executed(command, ControlResult{.error = error});
            else
                startRecording(command);
        });
    }

private:
    static constexpr qint64 kFreshMs = 2000;

    void startRecording(const Command &command)
    {
        const ObservedState now = m_agent.observed();
        if (now.callId.isEmpty()) {
            ServerError none;
            none.kind = ServerError::Kind::Rejected;
            none.serverMessage = FinesseText::tr("there is no call to record");
            emit executed(command, ControlResult{.error = none});
            return;
        }
        const HttpCall put{.method = "PUT",
                           .path = QStringLiteral("finesse/api/Dialog/") + encoded(now.callId),
                           .body = finesse::startRecordingBody(m_agent.last()->user.extension),
                           .contentType = "application/xml",
                           .refusal = isApiRefusal};
        m_agent.session().send(put, this, [this, command](const HttpAnswer &answer) {
            // 202 only means accepted: the outcome arrives as a change of the dialog.
            emit executed(command, ControlResult{.error = errorOf(answer), .provisional = true});
        });
    }

    FinesseAgent &m_agent;
};

} // namespace

ServerKind finesseKind()
{
    return {
        .id = QStringLiteral("finesse"),
        .displayName = QCoreApplication::translate("recbar::ServerKind", "Cisco Finesse"),
        .needsCredentials = true,
        // Finesse knows the agent by the login id, which is the user name: nothing else to set.
        .makeControl = [](const Profile &,
                          HttpSession &session) -> std::unique_ptr<RecordingControl> {
            return std::make_unique<FinesseControl>(session);
        },
        .makeStateSource = [](const Profile &,
                              HttpSession &session) -> std::unique_ptr<CallStateSource> {
            return std::make_unique<FinesseStateSource>(session);
        },
    };
}

} // namespace recbar
