#include "SimTestSupport.h"

#include <QTcpSocket>

namespace {

// Sends raw bytes and returns everything the server answers until it closes or goes quiet.
QByteArray raw(const QUrl &url, const QByteArray &bytes, int quietMs = 1500)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    REQUIRE(socket.waitForConnected(3000));
    socket.write(bytes);
    socket.waitForBytesWritten(3000);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(quietMs))
        answer += socket.readAll();
    answer += socket.readAll();
    return answer;
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

} // namespace

TEST_CASE("Malformed HTTP gets an error status and a closed connection", "[http]")
{
    RecsimProcess sim;
    CHECK(statusOf(raw(sim.url(), "HELLO\r\n\r\n")) == 400);
    CHECK(statusOf(raw(sim.url(), "GET /sim/model HTTP/3\r\n\r\n")) == 505);
    CHECK(statusOf(raw(sim.url(), "GET /sim/model HTTP/1.1\r\nX: " + QByteArray(20'000, 'x') +
                                      "\r\n\r\n")) == 431);
    CHECK(statusOf(
              raw(sim.url(),
                  "POST /api/Record/StartForAgent HTTP/1.1\r\nContent-Length: 5000000\r\n\r\n")) ==
          413);
    CHECK(statusOf(raw(
              sim.url(),
              "POST /sim/calls HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")) == 501);
    // Still serving.
    CHECK(sim.sim().get(QStringLiteral("/sim/model")).status == 200);
}

TEST_CASE("Keep-alive and pipelined requests are answered in order", "[http]")
{
    RecsimProcess sim;
    const QByteArray answer =
        raw(sim.url(),
            "GET /sim/clock HTTP/1.1\r\nHost: x\r\n\r\n"
            "GET /sim/nothing HTTP/1.1\r\nHost: x\r\n\r\n"
            "GET /sim/settings HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            3000);
    const qsizetype first = answer.indexOf("HTTP/1.1 200");
    const qsizetype second = answer.indexOf("HTTP/1.1 404");
    const qsizetype third = answer.indexOf("HTTP/1.1 200", second);
    CHECK(first == 0);
    CHECK(second > first);
    CHECK(third > second);
    CHECK(answer.contains("Connection: close"));
}

TEST_CASE("Unknown paths and HEAD requests", "[http]")
{
    RecsimProcess sim;
    HttpClient client(sim.url());
    const HttpReply unknown = client.get(QStringLiteral("/nothing/here"));
    CHECK(unknown.status == 404);
    CHECK(unknown.text().contains(QStringLiteral("/sim/")));
    const QByteArray head = raw(sim.url(), "HEAD /sim/model HTTP/1.1\r\nConnection: close\r\n\r\n");
    CHECK(statusOf(head) == 200);
    CHECK(head.endsWith("\r\n\r\n"));
}

TEST_CASE("A client that disconnects mid-request does not disturb the server", "[http]")
{
    RecsimProcess sim;
    {
        QTcpSocket socket;
        socket.connectToHost(sim.url().host(), quint16(sim.url().port()));
        REQUIRE(socket.waitForConnected(3000));
        socket.write("POST /sim/calls HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"agent\"");
        socket.waitForBytesWritten(1000);
        socket.abort();
    }
    CHECK(sim.sim().get(QStringLiteral("/sim/model")).status == 200);
    CHECK(sim.model(QStringLiteral("bob")).value(QStringLiteral("calls")).toArray().size() ==
          3); // history only
}
