#include "ipc/UrlCommand.h"

#include "CatchCompat.h"

using namespace recbar;
using namespace recbar::control;

TEST_CASE("recbar: links give only the commands on their list", "[ipc][url]")
{
    for (const char *link :
         {"recbar:pause", "recbar:resume", "recbar:start", "recbar:stop", "recbar:tag",
          "recbar:show", "recbar://pause", "recbar://pause/", "RECBAR:pause"}) {
        INFO(link);
        const auto parsed = parseUrl(QString::fromLatin1(link));
        REQUIRE(parsed.ok());
        CHECK(parsed->origin == QStringLiteral("url"));
        CHECK(parsed->metadata.isEmpty());
    }
    CHECK(parseUrl(QStringLiteral("recbar:pause"))->command == QStringLiteral("pause"));

    const auto metadata =
        parseUrl(QStringLiteral("recbar:metadata?user1=Order%207&user2=VIP%20%C3%A9"));
    REQUIRE(metadata.ok());
    const Request &m = *metadata;
    CHECK(m.command == QStringLiteral("metadata"));
    REQUIRE(m.metadata.size() == 2);
    CHECK(m.metadata[0] == std::pair{QStringLiteral("user1"), QStringLiteral("Order 7")});
    CHECK(m.metadata[1] == std::pair{QStringLiteral("user2"), QStringLiteral("VIP é")});
}

TEST_CASE("recbar: links that are not on the list, or malformed, are refused whole", "[ipc][url]")
{
    const QString tooLong = QStringLiteral("recbar:metadata?user1=") + QString(3000, u'x');
    const QString elevenPairs = [] {
        QString link = QStringLiteral("recbar:metadata?");
        for (int i = 0; i < 11; ++i)
            link += QStringLiteral("k%1=v&").arg(i);
        return link;
    }();
    for (const QString &link : {QStringLiteral("recbar:delete"),
                                QStringLiteral("recbar:restart"),
                                QStringLiteral("recbar:status"),
                                QStringLiteral("recbar:diagnostics"),
                                QStringLiteral("recbar:library"),
                                QStringLiteral("recbar:"),
                                QStringLiteral("recbar:/"),
                                QStringLiteral("recbar:Pause"),
                                QStringLiteral("recbar:pause?now=1"),
                                QStringLiteral("recbar:pause#x"),
                                QStringLiteral("recbar://user@pause"),
                                QStringLiteral("recbar://pause:80"),
                                QStringLiteral("recbar:../pause"),
                                QStringLiteral("recbar:pause/../delete"),
                                QStringLiteral("recbar:pause%00"),
                                QStringLiteral("recbar:metadata"),
                                QStringLiteral("recbar:metadata?"),
                                QStringLiteral("recbar:metadata?=1"),
                                QStringLiteral("recbar:metadata?a=1&a=2"),
                                QStringLiteral("http://pause"),
                                QStringLiteral("pause"),
                                tooLong,
                                elevenPairs}) {
        INFO(link.left(80).toStdString());
        const auto parsed = parseUrl(link);
        REQUIRE_FALSE(parsed.ok());
        CHECK_FALSE(parsed.error().isEmpty());
    }
}

TEST_CASE("A link's origin travels to the bar, and only known origins do", "[ipc][url]")
{
    Request request = *parseUrl(QStringLiteral("recbar:tag"));
    const auto back = parseRequest(formatRequest(request).trimmed());
    REQUIRE(back.ok());
    CHECK(back->origin == QStringLiteral("url"));
    CHECK(parseRequest(R"({"v":1,"command":"tag"})")->origin == QStringLiteral("ctl"));
    CHECK_FALSE(parseRequest(R"({"v":1,"command":"tag","origin":"bar"})").ok());
    CHECK(isRecbarUrl(QStringLiteral("recbar:pause")));
    CHECK_FALSE(isRecbarUrl(QStringLiteral("--demo")));
}

TEST_CASE("A link cannot clear call data, repeat a key in another case, or smuggle controls",
          "[ipc][url][security]")
{
    for (const char *link : {
             "recbar:metadata?account",               // no value: would clear the field
             "recbar:metadata?account=",              // the same, spelled out
             "recbar:metadata?customer=a&CUSTOMER=b", // one field twice
             "recbar:metadata?note=a%0D%0Ab",         // CR LF
             "recbar:metadata?note=a%09b",            // a tab
             "recbar:metadata?note=abc%E2%80%AEdef",  // a right-to-left override
             "recbar:metadata?note=%00",              // NUL
         }) {
        INFO(link);
        CHECK_FALSE(control::parseUrl(QString::fromLatin1(link)).ok());
    }
    CHECK(control::parseUrl(QStringLiteral("recbar:metadata?account=123&customer=Jane")).ok());
}
