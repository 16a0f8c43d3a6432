#include "servers/finesse/XmppStanza.h"

#include "CatchCompat.h"

using namespace recbar;

TEST_CASE("XMPP frames: namespaces are resolved, declared or not", "[xmpp]")
{
    const auto features = xmpp::parseFrame(
        R"(<stream:features xmlns:stream="http://etherx.jabber.org/streams"><mechanisms xmlns="urn:ietf:params:xml:ns:xmpp-sasl"><mechanism>PLAIN</mechanism></mechanisms></stream:features>)");
    REQUIRE(features.ok());
    const xmpp::Element &f = *features;
    CHECK(f.name == u"features");
    CHECK(f.ns == QLatin1String(xmpp::kStreamsNs));
    const xmpp::Element *mechanism =
        f.find({QStringLiteral("mechanisms"), QStringLiteral("mechanism")});
    REQUIRE(mechanism);
    CHECK(mechanism->text == u"PLAIN");
    CHECK(f.child(QStringLiteral("mechanisms"))->ns == QLatin1String(xmpp::kSaslNs));

    // A server that forgets to declare the stream prefix is still understood.
    const auto loose = xmpp::parseFrame("<stream:features><bind/></stream:features>");
    REQUIRE(loose.ok());
    CHECK(loose->ns == QLatin1String(xmpp::kStreamsNs));
}

TEST_CASE("XMPP frames: too big, too deep, two elements, not XML are refused", "[xmpp]")
{
    QByteArray deep;
    for (int i = 0; i < 40; ++i)
        deep += "<a>";
    for (const QByteArray &bad :
         {QByteArray(xmpp::kMaxFrameBytes + 1, ' '), deep, QByteArray("<a/><b/>"),
          QByteArray("<a>"), QByteArray(), QByteArray("not xml"),
          QByteArray("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")}) {
        const auto parsed = xmpp::parseFrame(bad);
        CHECK_FALSE(parsed.ok());
    }
    QByteArray wide = "<a>";
    for (int i = 0; i < xmpp::kMaxElements + 1; ++i)
        wide += "<b/>";
    wide += "</a>";
    CHECK_FALSE(xmpp::parseFrame(wide).ok());
}

TEST_CASE("XMPP pub-sub events: the payload as text or as elements reads the same", "[xmpp]")
{
    const QByteArray update = "<Update><event>PUT</event><data><User/></data></Update>";
    const QByteArray asText =
        "<message from='pubsub.x'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
        "<items node='/finesse/api/User/bob'><item id='1'>"
        "<notification xmlns='http://jabber.org/protocol/pubsub'>" +
        QString::fromUtf8(update).toHtmlEscaped().toUtf8() +
        "</notification></item></items></event></message>";
    const QByteArray asElements =
        "<message from='pubsub.x'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
        "<items node='/finesse/api/User/bob'><item id='1'>"
        "<notification xmlns='http://jabber.org/protocol/pubsub'>" +
        update + "</notification></item></items></event></message>";
    for (const QByteArray &frame : {asText, asElements}) {
        const auto parsed = xmpp::parseFrame(frame);
        REQUIRE(parsed.ok());
        const auto event = xmpp::pubsubEvent(*parsed);
        REQUIRE(event.has_value());
        CHECK(event->node == u"/finesse/api/User/bob");
        REQUIRE(event->payloads.size() == 1);
        const auto inner = xmpp::parseFrame(event->payloads.first());
        REQUIRE(inner.ok());
        CHECK(inner->name == u"Update");
        CHECK(inner->find({QStringLiteral("event")})->text == u"PUT");
    }
}

TEST_CASE("XMPP stanzas the client writes are well-formed and carry what they say", "[xmpp]")
{
    const auto auth =
        xmpp::parseFrame(xmpp::authPlain(QStringLiteral("bob"), QStringLiteral("p<&>w")));
    REQUIRE(auth.ok());
    CHECK(QByteArray::fromBase64(auth->text.toLatin1()) == QByteArray("\0bob\0p<&>w", 10));
    const auto open = xmpp::parseFrame(xmpp::open(QStringLiteral("d")));
    REQUIRE(open.ok());
    CHECK(open->ns == QLatin1String(xmpp::kFramingNs));
    const auto subscribe =
        xmpp::parseFrame(xmpp::subscribe(QStringLiteral("s1"), QStringLiteral("pubsub.d"),
                                         QStringLiteral("/n\"<"), QStringLiteral("bob@d")));
    REQUIRE(subscribe.ok());
    CHECK(subscribe->find({QStringLiteral("pubsub"), QStringLiteral("subscribe")})
              ->attribute(QStringLiteral("node")) == u"/n\"<");
    for (const QByteArray &frame :
         {xmpp::close(), xmpp::bind(QStringLiteral("b"), QStringLiteral("r")), xmpp::presence(),
          xmpp::ping(QStringLiteral("p"), QStringLiteral("d")),
          xmpp::subscriptions(QStringLiteral("s"), QStringLiteral("ps")),
          xmpp::startSession(QStringLiteral("s"), QStringLiteral("d"))})
        CHECK(xmpp::parseFrame(frame).ok());
}
