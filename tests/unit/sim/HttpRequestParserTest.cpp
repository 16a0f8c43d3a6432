#include "http/HttpRequestParser.h"

#include "CatchCompat.h"

using recsim::HttpRequestParser;
using State = HttpRequestParser::State;

TEST_CASE("A GET request is parsed with its path, query and lower-cased headers", "[http]")
{
    HttpRequestParser parser;
    REQUIRE(parser.feed("GET /api/Agent?agentIdentifier=Id&value=2 HTTP/1.1\r\n"
                        "Host: x\r\nX-Thing:  value \r\n\r\n") == State::Complete);
    const auto request = parser.take();
    CHECK(request.method == "GET");
    CHECK(request.path == QStringLiteral("/api/Agent"));
    CHECK(request.query.queryItemValue(QStringLiteral("value")) == QStringLiteral("2"));
    CHECK(request.header("x-thing") == "value");
    CHECK(request.header("X-THING") == "value");
    CHECK(parser.keepAlive());
}

TEST_CASE("A body arriving in pieces completes only when Content-Length bytes are in", "[http]")
{
    HttpRequestParser parser;
    CHECK(parser.feed("POST /x HTTP/1.1\r\nContent-Le") == State::NeedMore);
    CHECK(parser.feed("ngth: 10\r\n\r\n01234") == State::NeedMore);
    CHECK(parser.feed("56789") == State::Complete);
    CHECK(parser.take().body == "0123456789");
}

TEST_CASE("Pipelined requests come out one at a time, in order", "[http]")
{
    HttpRequestParser parser;
    REQUIRE(parser.feed("GET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi") ==
            State::Complete);
    CHECK(parser.take().path == QStringLiteral("/a"));
    REQUIRE(parser.poll() == State::Complete);
    const auto second = parser.take();
    CHECK(second.path == QStringLiteral("/b"));
    CHECK(second.body == "hi");
    CHECK(parser.poll() == State::NeedMore);
}

TEST_CASE("Malformed requests get the matching error status", "[http]")
{
    struct Case
    {
        const char *bytes;
        int status;
    };
    const Case cases[] = {
        {"GARBAGE\r\n\r\n", 400},
        {"GET /x HTTP/2.0\r\n\r\n", 505},
        {"GET x HTTP/1.1\r\n\r\n", 400},
        {"GET /x HTTP/1.1\r\nNo colon here\r\n\r\n", 400},
        {"POST /x HTTP/1.1\r\nContent-Length: -5\r\n\r\n", 400},
        {"POST /x HTTP/1.1\r\nContent-Length: abc\r\n\r\n", 400},
        {"POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 501},
        {"POST /x HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n", 413},
    };
    for (const Case &c : cases) {
        HttpRequestParser parser;
        INFO(c.bytes);
        CHECK(parser.feed(c.bytes) == State::Error);
        CHECK(parser.errorStatus() == c.status);
        CHECK_FALSE(parser.errorMessage().isEmpty());
    }
}

TEST_CASE("A header block over the limit is refused before it ends", "[http]")
{
    HttpRequestParser parser({1024, 1024});
    CHECK(parser.feed("GET /x HTTP/1.1\r\nX: " + QByteArray(2000, 'a')) == State::Error);
    CHECK(parser.errorStatus() == 431);
}

TEST_CASE("Connection handling follows the HTTP version", "[http]")
{
    HttpRequestParser old;
    REQUIRE(old.feed("GET / HTTP/1.0\r\n\r\n") == State::Complete);
    CHECK_FALSE(old.keepAlive());
    HttpRequestParser closing;
    REQUIRE(closing.feed("GET / HTTP/1.1\r\nConnection: close\r\n\r\n") == State::Complete);
    CHECK_FALSE(closing.keepAlive());
}

TEST_CASE("Expect: 100-continue is reported while the body is awaited", "[http]")
{
    HttpRequestParser parser;
    REQUIRE(parser.feed("POST /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n") ==
            State::NeedMore);
    CHECK(parser.expectsContinue());
    parser.continueSent();
    CHECK_FALSE(parser.expectsContinue());
    CHECK(parser.feed("abc") == State::Complete);
}
