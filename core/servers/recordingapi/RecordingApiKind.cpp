#include "RecordingApiKind.h"

#include "RecordingApiProtocol.h"
#include "profile/Profile.h"
#include "session/HttpSession.h"

namespace recbar {

namespace {

recordingapi::AgentRef agentOf(const Profile &profile)
{
    return {profile.agentIdentifierKind, profile.agentIdentifier};
}

ServerError withMessage(const HttpAnswer &answer)
{
    ServerError error = answer.error;
    if (!error.ok() && answer.status > 0)
        error.serverMessage = recordingapi::errorMessage(answer.body);
    return error;
}

class RecordingApiControl : public RecordingControl
{
public:
    RecordingApiControl(const Profile &profile, HttpSession &session)
        : m_agent(agentOf(profile))
        , m_session(session)
    {}

    Capabilities capabilities() const override { return recordingapi::capabilities(); }

    void execute(const Command &command) override
    {
        const recordingapi::Request request = recordingapi::commandRequest(command, m_agent);
        m_session.send({"POST", request.path, request.body, "application/json"}, this,
                       [this, command](const HttpAnswer &answer) {
                           emit executed(command, ControlResult{withMessage(answer), {}, {}});
                       });
    }

private:
    recordingapi::AgentRef m_agent;
    HttpSession &m_session;
};

class RecordingApiStateSource : public CallStateSource
{
public:
    RecordingApiStateSource(const Profile &profile, HttpSession &session)
        : m_agent(agentOf(profile))
        , m_session(session)
    {}

    void poll() override
    {
        m_session.send({"GET", recordingapi::statusPath(m_agent), {}, {}}, this,
                       [this](const HttpAnswer &answer) {
                           if (!answer.error.ok()) {
                               emit pollFailed(withMessage(answer));
                               return;
                           }
                           auto parsed = recordingapi::parseStatus(answer.body);
                           if (const QString *problem = std::get_if<QString>(&parsed))
                               emit pollFailed(ServerError::malformed(*problem));
                           else
                               emit polled(std::get<ObservedState>(parsed));
                       });
    }

private:
    recordingapi::AgentRef m_agent;
    HttpSession &m_session;
};

} // namespace

ServerKind recordingApiKind()
{
    return {
        QStringLiteral("recording-api"),
        QCoreApplication::translate("recbar::ServerKind", "Recording API"),
        [](const Profile &profile, HttpSession &session) -> std::unique_ptr<RecordingControl> {
            return std::make_unique<RecordingApiControl>(profile, session);
        },
        [](const Profile &profile, HttpSession &session) -> std::unique_ptr<CallStateSource> {
            return std::make_unique<RecordingApiStateSource>(profile, session);
        },
        [](const Profile &profile) {
            QStringList problems;
            if (!recordingapi::kIdentifierKinds.contains(profile.agentIdentifierKind))
                problems.append(QCoreApplication::translate("recbar::RecordingApi",
                                                            "Choose how the Recording API "
                                                            "identifies the agent"));
            if (profile.agentIdentifier.trimmed().isEmpty())
                problems.append(QCoreApplication::translate("recbar::RecordingApi",
                                                            "Enter the agent's identifier for "
                                                            "the Recording API"));
            return problems;
        },
        {}, // no recordings list
    };
}

} // namespace recbar
