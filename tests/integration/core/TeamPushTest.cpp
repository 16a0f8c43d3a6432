// A supervisor's board with Finesse's changes pushed (recsim's notification service at /ws):
// each team's Team Users node subscribed by the board's own connection, a change shown without a
// read, the subscriptions ended when the board closes, and reads on the timer when push fails.
#include "BarRig.h"
#include "HttpClient.h"
#include "team/TeamBoard.h"

#include <QJsonArray>

using namespace recbar;
using namespace std::chrono_literals;

namespace {

Profile pushingSupervisor(BarRig &rig)
{
    Profile p = rig.profile(QStringLiteral("sam"));
    p.controlKind = p.stateKind = QStringLiteral("finesse");
    p.role = QStringLiteral("supervisor");
    QUrl ws = rig.server.url();
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(QStringLiteral("/ws"));
    p.setField(QStringLiteral("finesseNotificationUrl"), ws.toString());
    return p;
}

QJsonObject notifications(SimServer &server)
{
    HttpClient client(server.url());
    return client.get(QStringLiteral("/sim/notifications")).object();
}

// The team nodes subscribed in recsim's sessions, each with the address it was subscribed for
// and the session's own.
QList<std::pair<QString, QString>> teamSubscriptions(SimServer &server, QString *sessionJid = {})
{
    QList<std::pair<QString, QString>> found;
    for (const QJsonValue &session :
         notifications(server).value(QStringLiteral("sessions")).toArray()) {
        for (const QJsonValue &s :
             session.toObject().value(QStringLiteral("subscriptions")).toArray()) {
            const QString node = s.toObject().value(QStringLiteral("node")).toString();
            if (!node.startsWith(QStringLiteral("/finesse/api/Team/")))
                continue;
            found.append({node, s.toObject().value(QStringLiteral("jid")).toString()});
            if (sessionJid)
                *sessionJid = session.toObject().value(QStringLiteral("jid")).toString();
        }
    }
    return found;
}

std::unique_ptr<TeamBoard> boardFor(BarRig &rig, std::chrono::milliseconds readWhileClosed = 10s)
{
    TeamOptions options;
    options.readWhileOpen = 200ms;
    options.readWhileClosed = readWhileClosed;
    auto board = std::make_unique<TeamBoard>(rig.session.makeTeamSource(), options);
    board->setOpen(true);
    board->start();
    return board;
}

int teamReads(SimServer &server)
{
    HttpClient client(server.url());
    int reads = 0;
    for (const QJsonValue &r : client.get(QStringLiteral("/sim/requests"))
                                   .object()
                                   .value(QStringLiteral("requests"))
                                   .toArray()) {
        reads += r.toObject()
                     .value(QStringLiteral("path"))
                     .toString()
                     .startsWith(QStringLiteral("/finesse/api/Team/"));
    }
    return reads;
}

} // namespace

TEST_CASE("With Finesse the board's changes are pushed on each team's node, unsubscribed when it "
          "closes",
          "[team][finesse][push]")
{
    BarRig boss;
    boss.signIn(pushingSupervisor(boss));
    // Reads a minute apart once pushed: only a push can show a change in this test.
    auto board = boardFor(boss, 1min);
    REQUIRE(waitFor([&] { return board->delivery().mode == StateDelivery::Mode::Pushed; }, 5000));
    const QString bob = QStringLiteral("bob");
    REQUIRE(waitFor([&] { return board->member(bob) != nullptr; }));
    CHECK_FALSE(board->member(bob)->onCall());

    // recsim's teams 1 and 2, each subscribed by the connection's own address (Cisco's guide:
    // a full address for explicit subscriptions).
    QString jid;
    const auto subscribed = teamSubscriptions(boss.server, &jid);
    REQUIRE(subscribed.size() == 2);
    CHECK(jid.startsWith(QStringLiteral("sam@recsim.local/recbar-")));
    for (const auto &[node, address] : subscribed) {
        CHECK(node.endsWith(QStringLiteral("/Users")));
        CHECK(address == jid);
    }

    // Both teams read twice: at the start, and once live (what changed before the subscriptions
    // took). From here, nothing is read for a change.
    REQUIRE(waitFor([&] { return teamReads(boss.server) >= 4; }));
    const int reads = teamReads(boss.server);
    boss.server.connectedCall(bob);
    REQUIRE(waitFor([&] { return board->member(bob)->onCall(); }, 2000));
    CHECK(teamReads(boss.server) == reads);
    // The event has no extension (the guide's payload format): the last read's is kept.
    CHECK(board->member(bob)->state.extension == QStringLiteral("5003"));
    CHECK_FALSE(board->member(bob)->state.recording.has_value());

    board.reset();
    REQUIRE(waitFor([&] { return teamSubscriptions(boss.server).isEmpty(); }));
    CHECK(notifications(boss.server).value(QStringLiteral("leftBehind")).toArray().isEmpty());
}

TEST_CASE("With Finesse the board reads on its timer when push is refused, and says why",
          "[team][finesse][push]")
{
    BarRig boss;
    boss.server.addFault({{QStringLiteral("kind"), QStringLiteral("refuse")},
                          {QStringLiteral("path"), QStringLiteral("/ws/sam")}});
    boss.server.connectedCall(QStringLiteral("bob"));
    boss.signIn(pushingSupervisor(boss));
    const auto board = boardFor(boss);
    REQUIRE(waitFor([&] { return board->delivery().mode == StateDelivery::Mode::Fallback; }, 5000));
    CHECK(board->delivery().detail.contains(QStringLiteral("forbidden")));
    CHECK(board->delivery().retryAt.isValid());
    // Reads carry on every 200 ms (this test's rate while open).
    const QDateTime since = board->readAt();
    REQUIRE(waitFor([&] { return board->readAt() > since; }, 2000));
    CHECK(board->member(QStringLiteral("bob"))->onCall());
}

TEST_CASE("With Finesse a team subscription a lost connection left behind is ended by the next",
          "[team][finesse][push]")
{
    BarRig boss;
    boss.signIn(pushingSupervisor(boss));
    auto board = boardFor(boss);
    REQUIRE(waitFor([&] { return board->delivery().mode == StateDelivery::Mode::Pushed; }, 5000));
    // The bar has a connection of its own, for sam's own nodes: both are up before the fault.
    REQUIRE(waitFor([&] { return boss.snapshot().delivery.mode == StateDelivery::Mode::Pushed; }));
    // The service drops both: the board cannot end its subscriptions, which persist.
    boss.server.addFault({{QStringLiteral("kind"), QStringLiteral("drop")},
                          {QStringLiteral("path"), QStringLiteral("/ws/sam")},
                          {QStringLiteral("count"), 2}});
    REQUIRE(waitFor([&] { return board->delivery().mode == StateDelivery::Mode::Fallback; }, 5000));
    const auto leftBehind = [&] {
        int team = 0;
        for (const QJsonValue &left :
             notifications(boss.server).value(QStringLiteral("leftBehind")).toArray())
            team += left.toObject()
                        .value(QStringLiteral("node"))
                        .toString()
                        .startsWith(QStringLiteral("/finesse/api/Team/"));
        return team;
    };
    REQUIRE(leftBehind() == 2);

    // The next connection (the bar signed in again, say) finds them and ends them.
    board.reset();
    board = boardFor(boss);
    REQUIRE(waitFor([&] { return board->delivery().mode == StateDelivery::Mode::Pushed; }, 5000));
    REQUIRE(waitFor([&] { return leftBehind() == 0; }));
    CHECK(teamSubscriptions(boss.server).size() == 2);
}

TEST_CASE("Finesse push: a supervisor who takes no calls has live updates on the bar too",
          "[bar][finesse][push]")
{
    BarRig rig;
    REQUIRE_FALSE(rig.server.model().agentByLogin(QStringLiteral("sam")));
    rig.signInAndConnect(pushingSupervisor(rig));
    REQUIRE(waitFor([&] {
        const StateDelivery::Mode mode = rig.snapshot().delivery.mode;
        return mode == StateDelivery::Mode::Pushed || mode == StateDelivery::Mode::Fallback;
    }));
    INFO(rig.snapshot().delivery.detail.toStdString());
    CHECK(rig.snapshot().delivery.mode == StateDelivery::Mode::Pushed);
}
