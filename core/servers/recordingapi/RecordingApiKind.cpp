#include "RecordingApiKind.h"

#include "Logging.h"
#include "RecordingApiProtocol.h"
#include "domain/BoundedParse.h"
#include "domain/OffThread.h"
#include "profile/Profile.h"
#include "session/HttpSession.h"

#include <QSet>

namespace recbar {

namespace {

class RecordingApiText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::RecordingApi)
};

recordingapi::AgentRef agentOf(const Profile &profile)
{
    return {profile.field(QStringLiteral("agentIdentifierKind")),
            profile.field(QStringLiteral("agentIdentifier"))};
}

recordingapi::CallDataKeys callDataKeysOf(const Profile &profile)
{
    const auto keys =
        recordingapi::CallDataKeys::parse(profile.field(QStringLiteral("callDataKeys")));
    return keys.valueOr({});
}

QTimeZone zoneOf(const Profile &profile)
{
    const QByteArray id = profile.field(QStringLiteral("serverTimeZone")).trimmed().toUtf8();
    return id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id);
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
        , m_keys(callDataKeysOf(profile))
        , m_session(session)
    {}

    Capabilities capabilities() const override
    {
        Capabilities caps = recordingapi::capabilities();
        caps.setCallDataFields(m_keys.fields());
        return caps;
    }

    QString metadataProblem(const MetadataPairs &metadata) const override
    {
        for (const auto &[name, value] : metadata) {
            if (!m_keys.toServer(name))
                return RecordingApiText::tr(
                           "\"%1\" has no place on this server: the Recording API keeps call data "
                           "under user1 to user15, and this profile maps %2")
                    .arg(name, m_keys.names().isEmpty()
                                   ? RecordingApiText::tr("no other names")
                                   : m_keys.names().join(QStringLiteral(", ")));
        }
        return {};
    }

    QString callDataName(const QString &key) const override
    {
        const std::optional<QString> serverKey = m_keys.toServer(key);
        return serverKey ? m_keys.fromServer(*serverKey) : key;
    }

    void execute(const Command &command) override
    {
        const recordingapi::Request request =
            recordingapi::commandRequest(command, m_agent, m_keys);
        m_session.send({"POST", request.path, request.body, "application/json"}, this,
                       [this, command](const HttpAnswer &answer) {
                           emit executed(command, ControlResult{.error = withMessage(answer)});
                       });
    }

private:
    recordingapi::AgentRef m_agent;
    recordingapi::CallDataKeys m_keys;
    HttpSession &m_session;
};

class RecordingApiStateSource : public CallStateSource
{
public:
    RecordingApiStateSource(const Profile &profile, HttpSession &session)
        : m_agent(agentOf(profile))
        , m_session(session)
    {
        m_options.serverZone = zoneOf(profile);
        m_options.keys = callDataKeysOf(profile);
    }

    void poll() override
    {
        m_session.send({"GET", recordingapi::statusPath(m_agent), {}, {}}, this,
                       [this](const HttpAnswer &answer) {
                           if (!answer.error.ok()) {
                               emit pollFailed(withMessage(answer));
                               return;
                           }
                           auto parsed = recordingapi::parseStatus(answer.body, m_options);
                           if (!parsed) {
                               emit pollFailed(ServerError::malformed(parsed.error()));
                               return;
                           }
                           const recordingapi::Status &status = *parsed;
                           for (const QString &value : status.unknownValues) {
                               if (!m_reported.contains(value)) {
                                   m_reported.insert(value);
                                   qCWarning(lcAgent) << "the Recording API sent an undocumented"
                                                      << value << "- that field is shown unknown";
                               }
                           }
                           m_options.serverShowsBlackout |= status.showedBlackout;
                           emit polled(status.state);
                       });
    }

private:
    recordingapi::AgentRef m_agent;
    recordingapi::StatusOptions m_options;
    HttpSession &m_session;
    QSet<QString> m_reported;
};

// Every agent from the Agent List (GET /api/Agent/GetAll); a supervisor's commands name the agent
// by its AgentId, as the documents' examples do ({"AgentIdentifier":"Id","Value":"2"}).
class RecordingApiTeam : public TeamSource
{
public:
    RecordingApiTeam(const Profile &profile, HttpSession &session)
        : m_session(session)
    {
        m_options.serverZone = zoneOf(profile);
        m_options.keys = callDataKeysOf(profile);
    }

    void read() override
    {
        m_session.send({"GET", QStringLiteral("api/Agent/GetAll"), {}, {}}, this,
                       [this](const HttpAnswer &answer) {
                           if (!answer.error.ok()) {
                               emit readFailed(withMessage(answer));
                               return;
                           }
                           parse(answer.body);
                       });
    }

    QString whyNot(TeamAction) const override { return {}; }

    void act(TeamAction action, const QString &agentId) override
    {
        const Command command{.kind = action == TeamAction::StartRecording ? CommandKind::Start
                                                                           : CommandKind::Resume};
        const recordingapi::Request request =
            recordingapi::commandRequest(command, {QStringLiteral("Id"), agentId});
        m_session.send({"POST", request.path, request.body, "application/json"}, this,
                       [this, action, agentId](const HttpAnswer &answer) {
                           emit acted(action, agentId, withMessage(answer));
                       });
    }

private:
    struct Parsed
    {
        QList<Agent> agents;
        bool showedBlackout = false;
        QString problem;
    };

    // Thousands of agents are read and converted on the thread pool: the GUI thread only takes
    // the list.
    void parse(const QByteArray &body)
    {
        runOffThread<Parsed>(
            this,
            [body, options = m_options] {
                Parsed out;
                {
                    auto parsed = recordingapi::parseAgentList(body, options);
                    if (!parsed) {
                        out.problem = parsed.error();
                        return out;
                    }
                    const auto &listed = *parsed;
                    out.agents.reserve(listed.size());
                    for (const recordingapi::ListedAgent &agent : listed) {
                        out.showedBlackout |= agent.status.showedBlackout;
                        out.agents.append({agent.id, agent.status.state, agent.problem});
                    }
                }
                returnFreedMemory();
                return out;
            },
            [this](Parsed parsed) {
                if (!parsed.problem.isEmpty()) {
                    emit readFailed(ServerError::malformed(parsed.problem));
                    return;
                }
                m_options.serverShowsBlackout |= parsed.showedBlackout;
                emit readDone(parsed.agents);
            });
    }

    HttpSession &m_session;
    recordingapi::StatusOptions m_options;
};

} // namespace

ServerKind recordingApiKind()
{
    using Field = KindField;
    return {
        .id = QStringLiteral("recording-api"),
        .displayName = QCoreApplication::translate("recbar::ServerKind", "Recording API"),
        .needsCredentials = true,
        .fields =
            {
                {.key = QStringLiteral("agentIdentifierKind"),
                 .type = Field::Type::Choice,
                 .label = RecordingApiText::tr("&Agent known by:"),
                 .accessibleName = RecordingApiText::tr("Agent identifier kind"),
                 .defaultValue = QStringLiteral("SystemUsername"),
                 .choices = recordingapi::kIdentifierKinds,
                 .choiceLabels = {RecordingApiText::tr("Agent id"),
                                  RecordingApiText::tr("Phone extension"),
                                  RecordingApiText::tr("Computer sign-in name"),
                                  RecordingApiText::tr("CRM user name"),
                                  RecordingApiText::tr("Recorder user name")},
                 .check =
                     [](const QString &value) {
                         return recordingapi::kIdentifierKinds.contains(value)
                                    ? QString()
                                    : RecordingApiText::tr(
                                          "Choose how the Recording API identifies the agent");
                     }},
                {.key = QStringLiteral("agentIdentifier"),
                 .label = RecordingApiText::tr("A&gent identifier:"),
                 .accessibleName = RecordingApiText::tr("Agent identifier"),
                 .check =
                     [](const QString &value) {
                         return value.isEmpty()
                                    ? RecordingApiText::tr(
                                          "Enter the agent's identifier for the Recording API")
                                    : QString();
                     }},
                {.key = QStringLiteral("callDataKeys"),
                 .label = RecordingApiText::tr("Call data &fields:"),
                 .accessibleName = RecordingApiText::tr("Call data fields"),
                 .placeholder = RecordingApiText::tr("account=user1, customer=user2"),
                 .check =
                     [](const QString &value) {
                         const auto keys = recordingapi::CallDataKeys::parse(value);
                         return keys ? QString() : keys.error();
                     }},
                {.key = QStringLiteral("serverTimeZone"),
                 .label = RecordingApiText::tr("Server's time &zone:"),
                 .accessibleName = RecordingApiText::tr("Server's time zone"),
                 .placeholder = RecordingApiText::tr("this computer's, or e.g. America/Chicago"),
                 .check =
                     [](const QString &value) {
                         return value.isEmpty() || QTimeZone(value.toUtf8()).isValid()
                                    ? QString()
                                    : RecordingApiText::tr(
                                          "\"%1\" is not a time zone RecBar knows (e.g. "
                                          "Europe/Paris, America/Chicago, UTC)")
                                          .arg(value);
                     }},
            },
        .parts = {KindPart::Control, KindPart::State, KindPart::Team},
        .build =
            [](const Profile &profile, HttpSession &session, KindParts wanted) {
                KindBuild built;
                if (wanted.testFlag(KindPart::Control))
                    built.control = std::make_unique<RecordingApiControl>(profile, session);
                if (wanted.testFlag(KindPart::State))
                    built.state = std::make_unique<RecordingApiStateSource>(profile, session);
                if (wanted.testFlag(KindPart::Team))
                    built.team = std::make_unique<RecordingApiTeam>(profile, session);
                return built;
            },
        .probe =
            ServerKind::Probe{
                .call = {.method = "GET", .path = QStringLiteral("api/Agent/GetAll")},
                .recognizes =
                    [](const HttpAnswer &answer) {
                        const auto parsed = parseJson(answer.body);
                        return parsed && ((answer.status == 200 && parsed->isArray()) ||
                                          (answer.status == 401 &&
                                           parsed->object().contains(QStringLiteral("Message"))));
                    }},
    };
}

} // namespace recbar
