#include "SimTestSupport.h"

#include <QDomDocument>

namespace {

QDomElement parse(const HttpReply &reply)
{
    QDomDocument document;
    INFO(reply.text().toStdString());
    REQUIRE(document.setContent(reply.body));
    return document.documentElement();
}

QString text(const QDomElement &parent, const QString &name)
{
    return parent.firstChildElement(name).text();
}

QDomElement agentParticipant(const QDomElement &dialog, const QString &extension)
{
    QDomElement p = dialog.firstChildElement(QStringLiteral("participants"))
                        .firstChildElement(QStringLiteral("Participant"));
    for (; !p.isNull(); p = p.nextSiblingElement(QStringLiteral("Participant"))) {
        if (text(p, QStringLiteral("mediaAddress")) == extension)
            return p;
    }
    FAIL("no participant " << extension.toStdString());
    return {};
}

QStringList actions(const QDomElement &participant)
{
    QStringList out;
    QDomElement a = participant.firstChildElement(QStringLiteral("actions"))
                        .firstChildElement(QStringLiteral("action"));
    for (; !a.isNull(); a = a.nextSiblingElement(QStringLiteral("action")))
        out.append(a.text());
    return out;
}

QList<QDomElement> dialogs(HttpClient &client, const QString &user)
{
    const QDomElement root =
        parse(client.get(QStringLiteral("/finesse/api/User/%1/Dialogs").arg(user)));
    REQUIRE(root.tagName() == QStringLiteral("Dialogs"));
    QList<QDomElement> out;
    for (QDomElement d = root.firstChildElement(QStringLiteral("Dialog")); !d.isNull();
         d = d.nextSiblingElement(QStringLiteral("Dialog")))
        out.append(d);
    return out;
}

QString userState(HttpClient &client, const QString &user)
{
    return text(parse(client.get(QStringLiteral("/finesse/api/User/") + user)),
                QStringLiteral("state"));
}

struct ApiError
{
    int status;
    QString type;
};

ApiError apiError(const HttpReply &reply)
{
    const QDomElement root = parse(reply);
    REQUIRE(root.tagName() == QStringLiteral("ApiErrors"));
    return {reply.status,
            text(root.firstChildElement(QStringLiteral("ApiError")), QStringLiteral("ErrorType"))};
}

QByteArray startRecording(const QString &extension)
{
    return QStringLiteral("<Dialog><requestedAction>START_RECORDING</requestedAction>"
                          "<targetMediaAddress>%1</targetMediaAddress></Dialog>")
        .arg(extension)
        .toUtf8();
}

} // namespace

TEST_CASE("Finesse User carries the documented fields", "[finesse]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    const HttpReply reply = bob->get(QStringLiteral("/finesse/api/User/bob"));
    CHECK(reply.header("Content-Type").startsWith("application/xml"));
    const QDomElement user = parse(reply);
    CHECK(user.tagName() == QStringLiteral("User"));
    for (const char *field :
         {"loginId", "loginName", "extension", "firstName", "lastName", "state", "stateChangeTime",
          "pendingState", "reasonCodeId", "teamId", "teamName", "roles", "dialogs", "uri"})
        CHECK_FALSE(user.firstChildElement(QLatin1String(field)).isNull());
    CHECK(text(user, QStringLiteral("extension")) == QStringLiteral("5003"));
    CHECK(text(user, QStringLiteral("state")) == QStringLiteral("READY"));
    CHECK(text(user, QStringLiteral("dialogs")) == QStringLiteral("/finesse/api/User/bob/Dialogs"));
}

TEST_CASE("Finesse user state follows the call: RESERVED, TALKING on hold too, WORK, READY",
          "[finesse]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob")); // bob has 5 s of wrap-up
    const QString call = sim.createCall(QStringLiteral("bob"));
    CHECK(userState(*bob, QStringLiteral("bob")) == QStringLiteral("RESERVED"));
    sim.callAction(call, QStringLiteral("answer"));
    CHECK(userState(*bob, QStringLiteral("bob")) == QStringLiteral("TALKING"));
    sim.callAction(call, QStringLiteral("hold"));
    CHECK(userState(*bob, QStringLiteral("bob")) == QStringLiteral("TALKING"));
    REQUIRE(sim.sim()
                .send("PATCH", QStringLiteral("/sim/settings"), R"({"finesseDeployment":"UCCE"})")
                .status == 200);
    sim.callAction(call, QStringLiteral("retrieve"));
    sim.callAction(call, QStringLiteral("hold"));
    CHECK(userState(*bob, QStringLiteral("bob")) == QStringLiteral("HOLD"));
    sim.callAction(call, QStringLiteral("hangup"));
    CHECK(userState(*bob, QStringLiteral("bob")) == QStringLiteral("WORK"));
    sim.advance(5000);
    CHECK(userState(*bob, QStringLiteral("bob")) == QStringLiteral("READY"));
    REQUIRE(sim.sim()
                .postJson(QStringLiteral("/sim/agents/bob/state"),
                          {{QStringLiteral("state"), QStringLiteral("NOT_READY")}})
                .status == 200);
    CHECK(userState(*bob, QStringLiteral("bob")) == QStringLiteral("NOT_READY"));
}

TEST_CASE("Finesse: agents see themselves, supervisors see their agents", "[finesse]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    const ApiError other = apiError(bob->get(QStringLiteral("/finesse/api/User/alice")));
    CHECK(other.status == 401);
    CHECK(other.type == QStringLiteral("Invalid Authorization User Specified"));
    CHECK(apiError(bob->get(QStringLiteral("/finesse/api/User/alice/Dialogs"))).status == 401);
    auto sam = clientFor(sim, QStringLiteral("sam"));
    CHECK(sam->get(QStringLiteral("/finesse/api/User/alice")).status == 200);
    const ApiError missing = apiError(sam->get(QStringLiteral("/finesse/api/User/zed")));
    CHECK(missing.status == 404);
    CHECK(missing.type == QStringLiteral("Not Found"));
    const ApiError anonymous =
        apiError(HttpClient(sim.url()).get(QStringLiteral("/finesse/api/User/bob")));
    CHECK(anonymous.status == 401);
    CHECK(anonymous.type == QStringLiteral("Authorization Failure"));
    CHECK(apiError(bob->get(QStringLiteral("/finesse/api/Nothing"))).status == 404);
    CHECK(apiError(bob->send("DELETE", QStringLiteral("/finesse/api/User/bob"))).status == 405);
}

TEST_CASE("Finesse dialogs: ALERTING, ACTIVE, HELD participant, DROPPED in wrap-up", "[finesse]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    CHECK(dialogs(*bob, QStringLiteral("bob")).isEmpty());
    const QString call = sim.createCall(QStringLiteral("bob"),
                                        {{QStringLiteral("number"), QStringLiteral("+15551230000")},
                                         {QStringLiteral("queue"), QStringLiteral("Support")}});
    QList<QDomElement> list = dialogs(*bob, QStringLiteral("bob"));
    REQUIRE(list.size() == 1);
    CHECK(text(list[0], QStringLiteral("id")) == call);
    CHECK(text(list[0], QStringLiteral("state")) == QStringLiteral("ALERTING"));
    CHECK(text(list[0], QStringLiteral("fromAddress")) == QStringLiteral("+15551230000"));
    CHECK(text(list[0], QStringLiteral("mediaType")) == QStringLiteral("Voice"));
    CHECK(text(list[0].firstChildElement(QStringLiteral("mediaProperties")),
               QStringLiteral("queueName")) == QStringLiteral("Support"));
    CHECK(actions(agentParticipant(list[0], QStringLiteral("5003"))) ==
          QStringList{QStringLiteral("ANSWER")});

    sim.callAction(call, QStringLiteral("answer"));
    list = dialogs(*bob, QStringLiteral("bob"));
    CHECK(text(list[0], QStringLiteral("state")) == QStringLiteral("ACTIVE"));
    CHECK(text(agentParticipant(list[0], QStringLiteral("5003")), QStringLiteral("state")) ==
          QStringLiteral("ACTIVE"));
    CHECK(actions(agentParticipant(list[0], QStringLiteral("5003")))
              .contains(QStringLiteral("START_RECORDING")));

    sim.callAction(call, QStringLiteral("hold"));
    list = dialogs(*bob, QStringLiteral("bob"));
    CHECK(text(list[0], QStringLiteral("state")) == QStringLiteral("ACTIVE"));
    CHECK(text(agentParticipant(list[0], QStringLiteral("5003")), QStringLiteral("state")) ==
          QStringLiteral("HELD"));

    sim.callAction(call, QStringLiteral("retrieve"));
    sim.callAction(call, QStringLiteral("hangup"));
    list = dialogs(*bob, QStringLiteral("bob"));
    REQUIRE(list.size() == 1);
    CHECK(text(list[0], QStringLiteral("state")) == QStringLiteral("DROPPED"));
    CHECK(text(agentParticipant(list[0], QStringLiteral("5003")), QStringLiteral("state")) ==
          QStringLiteral("WRAP_UP"));
    sim.advance(5000);
    CHECK(dialogs(*bob, QStringLiteral("bob")).isEmpty());
    CHECK(apiError(bob->get(QStringLiteral("/finesse/api/Dialog/") + call)).status == 404);
}

TEST_CASE("Finesse: an outbound call is INITIATED until answered", "[finesse]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    const QString call = sim.createCall(
        QStringLiteral("bob"), {{QStringLiteral("direction"), QStringLiteral("out")},
                                {QStringLiteral("number"), QStringLiteral("+15557770000")}});
    const QDomElement dialog = parse(bob->get(QStringLiteral("/finesse/api/Dialog/") + call));
    CHECK(text(dialog, QStringLiteral("state")) == QStringLiteral("INITIATED"));
    CHECK(text(dialog, QStringLiteral("fromAddress")) == QStringLiteral("5003"));
    CHECK(text(dialog, QStringLiteral("toAddress")) == QStringLiteral("+15557770000"));
    CHECK(text(dialog.firstChildElement(QStringLiteral("mediaProperties")),
               QStringLiteral("dialedNumber")) == QStringLiteral("+15557770000"));
}

TEST_CASE("START_RECORDING is accepted with 202 and shows in the dialog later", "[finesse]")
{
    RecsimProcess sim; // the recording shows 400 ms after the request
    auto bob = clientFor(sim, QStringLiteral("bob"));
    auto api = clientFor(sim, QStringLiteral("api"));
    const QString call = connectedCall(sim, QStringLiteral("bob"));
    const HttpReply accepted = bob->put(QStringLiteral("/finesse/api/Dialog/") + call,
                                        startRecording(QStringLiteral("5003")), "application/xml");
    CHECK(accepted.status == 202);
    CHECK(accepted.body.isEmpty());
    // Accepted is not done: no recording yet, and the action is still offered.
    const auto offered = [&] {
        return actions(
                   agentParticipant(parse(bob->get(QStringLiteral("/finesse/api/Dialog/") + call)),
                                    QStringLiteral("5003")))
            .contains(QStringLiteral("START_RECORDING"));
    };
    CHECK(recordingsOfCall(sim, call).isEmpty());
    CHECK(offered());
    // Asking twice changes nothing.
    CHECK(bob->put(QStringLiteral("/finesse/api/Dialog/") + call,
                   startRecording(QStringLiteral("5003")), "application/xml")
              .status == 202);
    sim.advance(400);
    CHECK(onlyRecordingOfCall(sim, call).value(QStringLiteral("origin")) ==
          QStringLiteral("finesse"));
    CHECK_FALSE(offered()); // the dialog shows the recording
    const QJsonObject status =
        api->get(QStringLiteral("/api/Agent?agentIdentifier=Id&value=2")).object();
    CHECK(status.value(QStringLiteral("ActiveCall"))
              .toObject()
              .value(QStringLiteral("Recordings"))
              .toArray()
              .size() == 1);
}

TEST_CASE("START_RECORDING errors: missing, invalid, held, not yours, UCCE, unknown dialog",
          "[finesse]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    const QString call = connectedCall(sim, QStringLiteral("bob"));
    const QString path = QStringLiteral("/finesse/api/Dialog/") + call;
    const auto put = [&](const QByteArray &body) {
        return apiError(bob->put(path, body, "application/xml"));
    };

    ApiError e = put("<Dialog><targetMediaAddress>5003</targetMediaAddress></Dialog>");
    CHECK((e.status == 400 && e.type == QStringLiteral("Parameter Missing")));
    e = put("<Dialog><requestedAction>START_RECORDING</requestedAction></Dialog>");
    CHECK((e.status == 400 && e.type == QStringLiteral("Parameter Missing")));
    e = put("<Dialog><requestedAction>START_RECORDING</requestedAction>");
    CHECK((e.status == 400 && e.type == QStringLiteral("Invalid Input")));
    e = put("<Dialog><requestedAction>FLY</requestedAction><targetMediaAddress>5003</"
            "targetMediaAddress></Dialog>");
    CHECK((e.status == 400 && e.type == QStringLiteral("Invalid Input")));
    e = put(startRecording(QStringLiteral("7000")));
    CHECK((e.status == 401 && e.type == QStringLiteral("Invalid Authorization User Specified")));
    e = apiError(clientFor(sim, QStringLiteral("alice"))
                     ->put(path, startRecording(QStringLiteral("5003")), "application/xml"));
    CHECK((e.status == 401 && e.type == QStringLiteral("Invalid Authorization User Specified")));

    sim.callAction(call, QStringLiteral("hold"));
    e = put(startRecording(QStringLiteral("5003")));
    CHECK((e.status == 401 && e.type == QStringLiteral("Invalid State")));
    sim.callAction(call, QStringLiteral("retrieve"));

    e = apiError(bob->put(QStringLiteral("/finesse/api/Dialog/999"),
                          startRecording(QStringLiteral("5003")), "application/xml"));
    CHECK(e.status == 404);

    REQUIRE(sim.sim()
                .send("PATCH", QStringLiteral("/sim/settings"), R"({"finesseDeployment":"UCCE"})")
                .status == 200);
    e = put(startRecording(QStringLiteral("5003")));
    CHECK((e.status == 501 && e.type == QStringLiteral("Not Implemented")));
    CHECK(recordingsOfCall(sim, call).isEmpty());
}

TEST_CASE("Finesse SystemInfo tells the deployment type", "[finesse]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    QDomElement info = parse(bob->get(QStringLiteral("/finesse/api/SystemInfo")));
    CHECK(info.tagName() == QStringLiteral("SystemInfo"));
    CHECK(text(info, QStringLiteral("deploymentType")) == QStringLiteral("UCCX"));
    CHECK(text(info, QStringLiteral("status")) == QStringLiteral("IN_SERVICE"));
    REQUIRE(sim.sim()
                .send("PATCH", QStringLiteral("/sim/settings"), R"({"finesseDeployment":"UCCE"})")
                .status == 200);
    info = parse(bob->get(QStringLiteral("/finesse/api/SystemInfo")));
    CHECK(text(info, QStringLiteral("deploymentType")) == QStringLiteral("UCCE"));
}
