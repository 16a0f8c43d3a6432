#include "SimTestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryFile>

TEST_CASE("Every API asks for credentials in its own error style", "[auth]")
{
    RecsimProcess sim;
    HttpClient anonymous(sim.url());
    const HttpReply api = anonymous.get(QStringLiteral("/api/Agent/GetAll"));
    CHECK(api.status == 401);
    CHECK(api.header("WWW-Authenticate").startsWith("Basic"));
    CHECK(api.object().contains(QStringLiteral("Message")));
    // QM's guide documents no authentication: by default recsim's QM takes none...
    const HttpReply qm =
        anonymous.post(QStringLiteral("/recordingcontrols/rest/config"),
                       "sender_id=bob&peripheral_id=5001", "application/x-www-form-urlencoded");
    CHECK(qm.status == 200);
    // ... and in its "basic" dialect asks in QM's error style.
    REQUIRE(
        anonymous.send("PATCH", QStringLiteral("/sim/settings"), R"({"qmAuth":"basic"})").status ==
        200);
    const HttpReply qmBasic =
        anonymous.post(QStringLiteral("/recordingcontrols/rest/config"),
                       "sender_id=bob&peripheral_id=5001", "application/x-www-form-urlencoded");
    CHECK(qmBasic.status == 401);
    CHECK(qmBasic.object().value(QStringLiteral("status")) == QStringLiteral("error"));
    const HttpReply finesse = anonymous.get(QStringLiteral("/finesse/api/User/bob"));
    CHECK(finesse.status == 401);
    CHECK(finesse.body.contains("<ApiErrors>"));
    // SystemInfo answers anyone: a client asks it how users sign in before signing in.
    const HttpReply info = anonymous.get(QStringLiteral("/finesse/api/SystemInfo"));
    CHECK(info.status == 200);
    CHECK(info.body.contains("<systemAuthMode>NON_SSO</systemAuthMode>"));
    const HttpReply imagicle = anonymous.get(QStringLiteral("/fw/Apps/Recorder/WebAPI/Recordings"));
    CHECK(imagicle.status == 401);
    CHECK(imagicle.object().contains(QStringLiteral("message")));
    // The simulator's own control surface needs none.
    CHECK(anonymous.get(QStringLiteral("/sim/model")).status == 200);
}

TEST_CASE("Wrong passwords and malformed credentials are refused", "[auth]")
{
    RecsimProcess sim;
    HttpClient client(sim.url());
    client.setCredentials(QStringLiteral("bob"), QStringLiteral("wrong"));
    const HttpReply wrong = client.get(QStringLiteral("/api/Agent/GetAll"));
    CHECK(wrong.status == 401);
    CHECK(wrong.object()
              .value(QStringLiteral("Message"))
              .toString()
              .contains(QStringLiteral("password")));
    client.setCredentials(QStringLiteral("nobody"), QStringLiteral("x"));
    CHECK(client.get(QStringLiteral("/api/Agent/GetAll")).status == 401);
    client.clearCredentials();
    for (const QByteArray &header :
         {QByteArray("Basic !!!"), QByteArray("Basic Ym9i"), QByteArray("Bearer abc")}) {
        INFO(header.toStdString());
        CHECK(client
                  .send("GET", QStringLiteral("/api/Agent/GetAll"), {}, {},
                        {{"Authorization", header}})
                  .status == 401);
    }
    // A changed password takes effect at once.
    client.setCredentials(QStringLiteral("bob"), QStringLiteral("bob-demo"));
    CHECK(client.get(QStringLiteral("/api/Agent/GetAll")).status == 200);
    REQUIRE(
        sim.sim().put(QStringLiteral("/sim/users/bob"), R"({"password":"new-secret"})").status ==
        200);
    CHECK(client.get(QStringLiteral("/api/Agent/GetAll")).status == 401);
    client.setCredentials(QStringLiteral("bob"), QStringLiteral("new-secret"));
    CHECK(client.get(QStringLiteral("/api/Agent/GetAll")).status == 200);
}

TEST_CASE("An expired session gets one 401 - sending the credentials again opens a new one",
          "[auth]")
{
    RecsimProcess sim; // sessions last 3600 s in the test configuration
    auto bob = clientFor(sim, QStringLiteral("bob"));
    const HttpReply first = bob->get(QStringLiteral("/api/Agent/GetAll"));
    REQUIRE(first.status == 200);
    CHECK(first.header("Set-Cookie").startsWith("RECSIMSESSION="));
    CHECK(bob->get(QStringLiteral("/api/Agent/GetAll"))
              .header("Set-Cookie")
              .isEmpty()); // same session

    // The session cookie alone is enough while the session lives.
    HttpClient cookieOnly(sim.url());
    const QByteArray cookie = first.header("Set-Cookie").split(';').first();
    CHECK(cookieOnly.send("GET", QStringLiteral("/api/Agent/GetAll"), {}, {}, {{"Cookie", cookie}})
              .status == 200);

    sim.advance(3'599'000);
    CHECK(bob->get(QStringLiteral("/api/Agent/GetAll")).status == 200);
    sim.advance(1000);
    const HttpReply expired = bob->get(QStringLiteral("/api/Agent/GetAll"));
    CHECK(expired.status == 401);
    CHECK(expired.object()
              .value(QStringLiteral("Message"))
              .toString()
              .contains(QStringLiteral("expired")));
    CHECK(expired.header("Set-Cookie").contains("Max-Age=0"));
    const HttpReply again = bob->get(QStringLiteral("/api/Agent/GetAll"));
    CHECK(again.status == 200);
    CHECK(again.header("Set-Cookie").startsWith("RECSIMSESSION="));
    CHECK(cookieOnly.send("GET", QStringLiteral("/api/Agent/GetAll"), {}, {}, {{"Cookie", cookie}})
              .status == 401);
}

TEST_CASE("Sessions can be expired on demand, per user", "[auth]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    auto alice = clientFor(sim, QStringLiteral("alice"));
    REQUIRE(bob->get(QStringLiteral("/api/Agent/GetAll")).status == 200);
    REQUIRE(alice->get(QStringLiteral("/api/Agent/GetAll")).status == 200);
    CHECK(sim.sim()
              .postJson(QStringLiteral("/sim/sessions/expire"),
                        {{QStringLiteral("user"), QStringLiteral("bob")}})
              .status == 204);
    CHECK(bob->get(QStringLiteral("/api/Agent/GetAll")).status == 401);
    CHECK(bob->get(QStringLiteral("/api/Agent/GetAll")).status == 200);
    CHECK(alice->get(QStringLiteral("/api/Agent/GetAll")).status == 200);
    CHECK(sim.sim()
              .postJson(QStringLiteral("/sim/sessions/expire"),
                        {{QStringLiteral("user"), QStringLiteral("zed")}})
              .status == 404);
}

TEST_CASE("Fault: a status code for the next N requests of a path", "[faults]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    sim.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                  {QStringLiteral("status"), 503},
                  {QStringLiteral("path"), QStringLiteral("/api/agent")},
                  {QStringLiteral("count"), 2}});
    const HttpReply first = bob->get(QStringLiteral("/api/Agent?agentIdentifier=Id&value=2"));
    CHECK(first.status == 503);
    CHECK(first.object().contains(QStringLiteral("Message"))); // in the API's own style
    CHECK(bob->get(QStringLiteral("/finesse/api/User/bob")).status ==
          200); // other paths unaffected
    CHECK(bob->get(QStringLiteral("/api/Agent?agentIdentifier=Id&value=2")).status == 503);
    CHECK(bob->get(QStringLiteral("/api/Agent?agentIdentifier=Id&value=2")).status == 200);
    CHECK(sim.sim()
              .get(QStringLiteral("/sim/faults"))
              .object()
              .value(QStringLiteral("faults"))
              .toArray()
              .isEmpty());

    // A method filter narrows it; a Finesse fault answers in XML.
    sim.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                  {QStringLiteral("status"), 500},
                  {QStringLiteral("path"), QStringLiteral("/finesse/")},
                  {QStringLiteral("method"), QStringLiteral("put")}});
    CHECK(bob->get(QStringLiteral("/finesse/api/User/bob")).status == 200);
    const HttpReply put =
        bob->put(QStringLiteral("/finesse/api/Dialog/1"), "<Dialog/>", "application/xml");
    CHECK(put.status == 500);
    CHECK(put.body.contains("<ApiErrors>"));
    CHECK(sim.sim().del(QStringLiteral("/sim/faults")).status == 204);
    CHECK(
        bob->put(QStringLiteral("/finesse/api/Dialog/1"), "<Dialog/>", "application/xml").status ==
        400);
}

TEST_CASE("Fault: dropped connections and truncated bodies reach the client as errors", "[faults]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    // Until cleared: Qt itself resends a GET once when the connection drops before an answer.
    sim.addFault({{QStringLiteral("kind"), QStringLiteral("drop")},
                  {QStringLiteral("path"), QStringLiteral("/api/")}});
    const HttpReply dropped = bob->get(QStringLiteral("/api/Agent/GetAll"));
    CHECK(dropped.status == 0);
    CHECK(dropped.error == QNetworkReply::RemoteHostClosedError);
    REQUIRE(sim.sim().del(QStringLiteral("/sim/faults")).status == 204);

    sim.addFault({{QStringLiteral("kind"), QStringLiteral("truncate")},
                  {QStringLiteral("path"), QStringLiteral("/api/")}});
    const HttpReply truncated = bob->get(QStringLiteral("/api/Agent/GetAll"));
    CHECK(truncated.error != QNetworkReply::NoError);
    CHECK(QJsonDocument::fromJson(truncated.body).isNull());
    REQUIRE(sim.sim().del(QStringLiteral("/sim/faults")).status == 204);

    CHECK(bob->get(QStringLiteral("/api/Agent/GetAll")).status == 200);
}

TEST_CASE("Fault: a malformed body arrives with valid framing", "[faults]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    sim.addFault({{QStringLiteral("kind"), QStringLiteral("malformed")},
                  {QStringLiteral("path"), QStringLiteral("/finesse/")},
                  {QStringLiteral("count"), 1}});
    const HttpReply reply = bob->get(QStringLiteral("/finesse/api/User/bob"));
    CHECK(reply.status == 200);
    CHECK(reply.error == QNetworkReply::NoError);
    CHECK_FALSE(reply.body.endsWith("</User>"));
    CHECK(bob->get(QStringLiteral("/finesse/api/User/bob")).body.endsWith("</User>"));
}

TEST_CASE("Fault: added latency delays the answer", "[faults]")
{
    RecsimProcess sim;
    auto bob = clientFor(sim, QStringLiteral("bob"));
    sim.addFault({{QStringLiteral("kind"), QStringLiteral("latency")},
                  {QStringLiteral("latencyMs"), 600},
                  {QStringLiteral("count"), 1}});
    QElapsedTimer timer;
    timer.start();
    CHECK(bob->get(QStringLiteral("/api/Agent/GetAll")).status == 200);
    CHECK(timer.elapsed() >= 600);

    // A client with a shorter timeout gives up; the server carries on serving others.
    sim.addFault({{QStringLiteral("kind"), QStringLiteral("latency")},
                  {QStringLiteral("latencyMs"), 3000},
                  {QStringLiteral("path"), QStringLiteral("/api/Agent/GetAll")},
                  {QStringLiteral("count"), 1}});
    bob->setTimeout(200);
    CHECK(bob->get(QStringLiteral("/api/Agent/GetAll")).timedOut);
    bob->setTimeout(5000);
    CHECK(bob->get(QStringLiteral("/finesse/api/User/bob")).status == 200);
}

TEST_CASE("Faults are validated, and can come from the configuration", "[faults]")
{
    RecsimProcess sim;
    for (const char *bad : {R"({"kind":"explode"})", R"({"kind":"status"})",
                            R"({"kind":"latency"})", R"({"kind":"drop","path":"api"})",
                            R"({"kind":"drop","count":0})", R"({"kind":"drop","colour":"red"})"}) {
        INFO(bad);
        CHECK(sim.sim().post(QStringLiteral("/sim/faults"), bad).status == 400);
    }

    QFile base(RecsimProcess::defaultConfig());
    REQUIRE(base.open(QIODevice::ReadOnly));
    QJsonObject config = QJsonDocument::fromJson(base.readAll()).object();
    config.insert(QStringLiteral("faults"),
                  QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("status")},
                                         {QStringLiteral("status"), 500},
                                         {QStringLiteral("path"), QStringLiteral("/fw/")},
                                         {QStringLiteral("count"), 1}}});
    QTemporaryFile file;
    REQUIRE(file.open());
    file.write(QJsonDocument(config).toJson());
    file.close();
    RecsimProcess faulty({}, file.fileName());
    auto bob = clientFor(faulty, QStringLiteral("bob"));
    CHECK(bob->get(QStringLiteral("/fw/Apps/Recorder/WebAPI/Recordings")).status == 500);
    CHECK(bob->get(QStringLiteral("/fw/Apps/Recorder/WebAPI/Recordings")).status == 200);
}
