#include "QmKind.h"

#include "Logging.h"
#include "QmProtocol.h"
#include "profile/Profile.h"
#include "session/HttpSession.h"

namespace recbar {

namespace {

class QmControl : public RecordingControl
{
public:
    QmControl(const Profile &profile, HttpSession &session)
        : m_identity{profile.agentIdentifier, profile.peripheralId, profile.extension}
        , m_session(session)
    {}

    Capabilities capabilities() const override { return qm::capabilities(m_config, m_identity); }

    // The user's configuration tells agent from gateway recording, and desktop recording.
    void start() override
    {
        const qm::Request config = qm::request(QStringLiteral("config"), m_identity);
        m_session.send({"POST", config.path, config.body, "text/json"}, this,
                       [this](const HttpAnswer &answer) {
                           if (!answer.error.ok()) {
                               qCInfo(lcAgent)
                                   << "QM config unavailable:" << answer.error.describe();
                               return;
                           }
                           const auto parsed = qm::parseConfig(answer.body);
                           if (const QString *problem = std::get_if<QString>(&parsed)) {
                               qCWarning(lcAgent) << "QM config unreadable:" << *problem;
                               return;
                           }
                           m_config = std::get<qm::Config>(parsed);
                           emit capabilitiesChanged();
                       });
    }

    void execute(const Command &command) override
    {
        const QString name = qm::commandName(command.kind);
        const qm::Request request =
            qm::request(name, m_identity,
                        command.kind == CommandKind::Metadata ? command.metadata : MetadataPairs{});
        m_session.send({"POST", request.path, request.body, "text/json"}, this,
                       [this, command](const HttpAnswer &answer) {
                           ControlResult result;
                           result.error = answer.error;
                           if (!answer.error.ok()) {
                               if (answer.status > 0)
                                   result.error.serverMessage = qm::errorMessage(answer.body);
                               emit executed(command, result);
                               return;
                           }
                           const auto reply = qm::parseReply(answer.body);
                           if (const QString *problem = std::get_if<QString>(&reply)) {
                               result.error = ServerError::malformed(*problem);
                               emit executed(command, result);
                               return;
                           }
                           result = qm::interpret(command.kind, std::get<qm::Reply>(reply));
                           emit executed(command, result);
                       });
    }

private:
    qm::Identity m_identity;
    HttpSession &m_session;
    std::optional<qm::Config> m_config;
};

} // namespace

ServerKind qmKind()
{
    return {
        QStringLiteral("qm"),
        QCoreApplication::translate("recbar::ServerKind", "QM Recording Controls"),
        [](const Profile &profile, HttpSession &session) -> std::unique_ptr<RecordingControl> {
            return std::make_unique<QmControl>(profile, session);
        },
        {}, // QM does not tell the call state: pair it with Finesse
        [](const Profile &profile) {
            QStringList problems;
            if (profile.controlKind == u"qm") {
                if (profile.agentIdentifier.trimmed().isEmpty())
                    problems.append(QCoreApplication::translate(
                        "recbar::Qm", "Enter your QM user id (sender_id)"));
                if (profile.peripheralId.trimmed().isEmpty())
                    problems.append(QCoreApplication::translate(
                        "recbar::Qm", "Enter the peripheral id, e.g. 5001"));
            }
            return problems;
        },
        {}, // no recordings list
    };
}

} // namespace recbar
