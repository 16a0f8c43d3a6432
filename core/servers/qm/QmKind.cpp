#include "QmKind.h"

#include "Logging.h"
#include "QmProtocol.h"
#include "domain/BoundedParse.h"
#include "profile/Profile.h"
#include "session/HttpSession.h"

namespace recbar {

namespace {

class QmText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::Qm)
};

class QmControl : public RecordingControl
{
public:
    QmControl(const Profile &profile, HttpSession &session)
        : m_identity{profile.field(QStringLiteral("agentIdentifier")),
                     profile.field(QStringLiteral("peripheralId")),
                     profile.field(QStringLiteral("extension"))}
        , m_gateway(profile.field(QStringLiteral("qmRecording")) == u"gateway")
        , m_session(session)
    {}

    Capabilities capabilities() const override
    {
        return qm::capabilities(m_config, m_identity, m_gateway);
    }

    // The user's configuration tells whether the desktop's applet, not the server, records.
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
                           m_config = qm::parseConfig(answer.body);
                           if (!m_config) {
                               qCWarning(lcAgent) << "QM config is no JSON object; assuming "
                                                     "the server records";
                               return;
                           }
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
                           // The HTTP status is the outcome; a body is optional detail.
                           if (answer.error.ok()) {
                               emit executed(command, qm::interpret(command.kind, answer.body));
                               return;
                           }
                           ControlResult result{.error = answer.error};
                           if (answer.status == 401) {
                               // Not a password problem: none was sent.
                               result.error.kind = ServerError::Kind::Rejected;
                               result.error.serverMessage = QmText::tr(
                                   "the QM server asks for a password, which QM Recording "
                                   "Controls do not use: RecBar sends none");
                           } else if (answer.status > 0) {
                               result.error.serverMessage = qm::errorMessage(answer.body);
                           }
                           emit executed(command, result);
                       });
    }

private:
    qm::Identity m_identity;
    bool m_gateway;
    HttpSession &m_session;
    std::optional<qm::Config> m_config;
};

QString required(const QString &value, const char *problem)
{
    return value.isEmpty() ? QCoreApplication::translate("recbar::Qm", problem) : QString();
}

} // namespace

ServerKind qmKind()
{
    using Field = KindField;
    return {
        .id = QStringLiteral("qm"),
        .displayName = QCoreApplication::translate("recbar::ServerKind", "QM Recording Controls"),
        // The guide documents no authentication: the agent's password never goes there.
        .needsCredentials = false,
        .fields =
            {
                {.key = QStringLiteral("agentIdentifier"),
                 .label = QmText::tr("&QM user id (sender_id):"),
                 .accessibleName = QmText::tr("QM user id"),
                 .check =
                     [](const QString &value) {
                         return required(
                             value,
                             QT_TRANSLATE_NOOP("recbar::Qm", "Enter your QM user id (sender_id)"));
                     }},
                {.key = QStringLiteral("peripheralId"),
                 .label = QmText::tr("Peripheral id:"),
                 .accessibleName = QmText::tr("Peripheral id"),
                 // A bare number there was taken for a value, and an extension typed over it.
                 .placeholder = QmText::tr("from your administrator; not your extension"),
                 .check =
                     [](const QString &value) {
                         return required(
                             value,
                             QT_TRANSLATE_NOOP("recbar::Qm", "Enter the peripheral id, e.g. 5001"));
                     }},
                {.key = QStringLiteral("extension"),
                 .label = QmText::tr("E&xtension:"),
                 .accessibleName = QmText::tr("Extension"),
                 .placeholder = QmText::tr("the server's own record")},
                {.key = QStringLiteral("qmRecording"),
                 .type = Field::Type::Choice,
                 .label = QmText::tr("QM recording:"),
                 .accessibleName = QmText::tr("QM recording type"),
                 .defaultValue = QStringLiteral("agent"),
                 .choices = {QStringLiteral("agent"), QStringLiteral("gateway")},
                 .choiceLabels = {QmText::tr("Agent recording (desktop, network or server)"),
                                  QmText::tr("Gateway recording (e.g. MediaSense)")}},
            },
        .parts = KindPart::Control,
        .build =
            [](const Profile &profile, HttpSession &session, KindParts wanted) {
                KindBuild built;
                if (wanted.testFlag(KindPart::Control))
                    built.control = std::make_unique<QmControl>(profile, session);
                return built;
            },
        // QM takes no credentials: its config command answers anyone, in JSON.
        .probe = ServerKind::Probe{.call = {.method = "POST",
                                            .path = QStringLiteral("recordingcontrols/rest/config"),
                                            .body = "{}",
                                            .contentType = "text/json"},
                                   .recognizes =
                                       [](const HttpAnswer &answer) {
                                           return answer.status != 404 && answer.status != 0 &&
                                                  !jsonObject(answer.body).isEmpty();
                                       }},
    };
}

} // namespace recbar
