#include "FinesseKind.h"

#include "FinesseProtocol.h"
#include "Logging.h"
#include "profile/Profile.h"
#include "session/HttpSession.h"

#include <QHash>

namespace recbar {

namespace {

QString userPath(const Profile &profile)
{
    return QStringLiteral("finesse/api/User/") +
           QString::fromLatin1(QUrl::toPercentEncoding(profile.user));
}

// Finesse answers 401 for states as well as for credentials ("Invalid State": the target is
// held); only an authorization failure is a credentials problem.
ServerError errorOf(const HttpAnswer &answer)
{
    ServerError error = answer.error;
    if (error.ok() || answer.status == 0)
        return error;
    error.serverMessage = finesse::errorMessage(answer.body);
    const QString type = finesse::errorType(answer.body);
    if (answer.status == 401 && !type.isEmpty() && type != u"Authorization Failure")
        error.kind = ServerError::Kind::Rejected;
    return error;
}

// Polls User and Dialogs; a push (XMPP) transport would feed the same parsers.
class FinesseStateSource : public CallStateSource
{
public:
    FinesseStateSource(const Profile &profile, HttpSession &session)
        : m_userPath(userPath(profile))
        , m_session(session)
    {}

    // Finesse serves every agent of the contact center: not more than a read a second.
    int minimumIntervalMs() const override { return 1000; }

    void poll() override
    {
        m_session.send({"GET", m_userPath, {}, {}}, this, [this](const HttpAnswer &answer) {
            if (!answer.error.ok()) {
                emit pollFailed(errorOf(answer));
                return;
            }
            auto user = finesse::parseUser(answer.body);
            if (const QString *problem = std::get_if<QString>(&user)) {
                emit pollFailed(ServerError::malformed(*problem));
                return;
            }
            readDialogs(std::get<finesse::User>(user));
        });
    }

private:
    void readDialogs(const finesse::User &user)
    {
        m_session.send({"GET", m_userPath + QStringLiteral("/Dialogs"), {}, {}}, this,
                       [this, user](const HttpAnswer &answer) {
                           if (!answer.error.ok()) {
                               emit pollFailed(errorOf(answer));
                               return;
                           }
                           auto dialogs = finesse::parseDialogs(answer.body, user.extension);
                           if (const QString *problem = std::get_if<QString>(&dialogs)) {
                               emit pollFailed(ServerError::malformed(*problem));
                               return;
                           }
                           ObservedState state =
                               finesse::observe(user, std::get<QList<finesse::Dialog>>(dialogs));
                           // Recording shows only while the agent is connected; on hold, the
                           // last thing seen of this call still holds.
                           if (state.recording)
                               m_lastRecording.insert(state.callId, *state.recording);
                           else if (m_lastRecording.contains(state.callId))
                               state.recording = m_lastRecording.value(state.callId);
                           emit polled(state);
                       });
    }

    QString m_userPath;
    HttpSession &m_session;
    QHash<QString, RecordingState> m_lastRecording;
};

// Finesse can only start a recording (UCCX); it answers 202 and the dialog shows the outcome.
class FinesseControl : public RecordingControl
{
public:
    FinesseControl(const Profile &profile, HttpSession &session)
        : m_userPath(userPath(profile))
        , m_session(session)
    {}

    Capabilities capabilities() const override
    {
        Capabilities caps({CommandKind::Start});
        const QString why =
            QCoreApplication::translate("recbar::Finesse", "Finesse can only start a recording");
        for (CommandKind kind : CommandText::all()) {
            if (kind != CommandKind::Start)
                caps.setWhyNot(kind, why);
        }
        if (m_deployment && *m_deployment != u"UCCX")
            caps.remove(CommandKind::Start,
                        QCoreApplication::translate(
                            "recbar::Finesse", "Finesse starts recordings on Unified CCX only"));
        return caps;
    }

    void start() override
    {
        m_session.send({"GET", QStringLiteral("finesse/api/SystemInfo"), {}, {}}, this,
                       [this](const HttpAnswer &answer) {
                           if (answer.error.ok())
                               m_deployment = finesse::deploymentType(answer.body);
                           if (m_deployment)
                               emit capabilitiesChanged();
                       });
    }

    void execute(const Command &command) override
    {
        // The request names the dialog and the agent's own device: read both first.
        m_session.send(
            {"GET", m_userPath, {}, {}}, this, [this, command](const HttpAnswer &answer) {
                auto user = answer.error.ok() ? finesse::parseUser(answer.body)
                                              : std::variant<finesse::User, QString>(QString());
                if (!answer.error.ok() || std::holds_alternative<QString>(user)) {
                    fail(command, answer.error.ok()
                                      ? ServerError::malformed(std::get<QString>(user))
                                      : errorOf(answer));
                    return;
                }
                const finesse::User who = std::get<finesse::User>(user);
                m_session.send(
                    {"GET", m_userPath + QStringLiteral("/Dialogs"), {}, {}}, this,
                    [this, command, who](const HttpAnswer &dialogsAnswer) {
                        if (!dialogsAnswer.error.ok()) {
                            fail(command, errorOf(dialogsAnswer));
                            return;
                        }
                        auto dialogs = finesse::parseDialogs(dialogsAnswer.body, who.extension);
                        if (const QString *problem = std::get_if<QString>(&dialogs)) {
                            fail(command, ServerError::malformed(*problem));
                            return;
                        }
                        const ObservedState now =
                            finesse::observe(who, std::get<QList<finesse::Dialog>>(dialogs));
                        if (now.callId.isEmpty()) {
                            ServerError none;
                            none.kind = ServerError::Kind::Rejected;
                            none.serverMessage = QCoreApplication::translate(
                                "recbar::Finesse", "there is no call to record");
                            fail(command, none);
                            return;
                        }
                        m_session.send(
                            {"PUT", QStringLiteral("finesse/api/Dialog/") + now.callId,
                             finesse::startRecordingBody(who.extension), "application/xml"},
                            this, [this, command](const HttpAnswer &put) {
                                // 202 only means accepted: the dialog will show it.
                                emit executed(command, ControlResult{errorOf(put), {}, {}});
                            });
                    });
            });
    }

private:
    void fail(const Command &command, const ServerError &error)
    {
        emit executed(command, ControlResult{error, {}, {}});
    }

    QString m_userPath;
    HttpSession &m_session;
    std::optional<QString> m_deployment;
};

} // namespace

ServerKind finesseKind()
{
    return {
        QStringLiteral("finesse"),
        QCoreApplication::translate("recbar::ServerKind", "Cisco Finesse"),
        [](const Profile &profile, HttpSession &session) -> std::unique_ptr<RecordingControl> {
            return std::make_unique<FinesseControl>(profile, session);
        },
        [](const Profile &profile, HttpSession &session) -> std::unique_ptr<CallStateSource> {
            return std::make_unique<FinesseStateSource>(profile, session);
        },
        {}, // Finesse knows the agent by the login id, which is the user name
        {}, // no recordings list
    };
}

} // namespace recbar
