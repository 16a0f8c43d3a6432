#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace recbar::xmpp {

// The few XMPP stanzas the Finesse notification service needs, over WebSocket (RFC 7395: one
// complete element per text frame). Every frame is parsed into a small tree, bounded in size,
// depth and number of elements before anything reads it.

inline constexpr char kFramingNs[] = "urn:ietf:params:xml:ns:xmpp-framing";
inline constexpr char kStreamsNs[] = "http://etherx.jabber.org/streams";
inline constexpr char kSaslNs[] = "urn:ietf:params:xml:ns:xmpp-sasl";
inline constexpr char kBindNs[] = "urn:ietf:params:xml:ns:xmpp-bind";
inline constexpr char kSessionNs[] = "urn:ietf:params:xml:ns:xmpp-session";
inline constexpr char kStanzasNs[] = "urn:ietf:params:xml:ns:xmpp-stanzas";
inline constexpr char kPingNs[] = "urn:xmpp:ping";
inline constexpr char kPubSubNs[] = "http://jabber.org/protocol/pubsub";
inline constexpr char kPubSubEventNs[] = "http://jabber.org/protocol/pubsub#event";

// A notification carries a whole Dialog (a few KiB, with call variables perhaps 50 KiB): a
// megabyte is far beyond any real frame.
inline constexpr qsizetype kMaxFrameBytes = 1024 * 1024;
inline constexpr int kMaxDepth = 16;
inline constexpr int kMaxElements = 4096;

struct Element
{
    QString name; // local name
    QString ns;
    QList<std::pair<QString, QString>> attributes; // local name, value
    QString text;                                  // the character data directly inside
    QList<Element> children;

    QString attribute(const QString &localName) const;
    const Element *child(const QString &localName, const QString &ns = {}) const;
    // The first descendant by that path of local names: {"event", "items"}.
    const Element *find(std::initializer_list<QString> path) const;
};

// One frame's element, or why it cannot be read (too big, too deep, not well-formed).
Result<Element> parseFrame(const QByteArray &frame);

// What the client sends, as frames.
QByteArray open(const QString &domain);
QByteArray close();
QByteArray authPlain(const QString &user, const QString &password);
QByteArray bind(const QString &id, const QString &resource);
QByteArray startSession(const QString &id, const QString &domain);
QByteArray presence(); // available, priority 0: the service sends events to it
QByteArray ping(const QString &id, const QString &to);
QByteArray pong(const Element &ping);
// The subscriptions this user has at a pub-sub service (XEP-0060 5.6), and one more.
QByteArray subscriptions(const QString &id, const QString &pubsub);
QByteArray subscribe(const QString &id, const QString &pubsub, const QString &node,
                     const QString &jid);
// XEP-0060 6.2: the subscription of `jid` to `node` ends.
QByteArray unsubscribe(const QString &id, const QString &pubsub, const QString &node,
                       const QString &jid);
// A request the client does not serve: RFC 6120 asks for an error, not silence.
QByteArray serviceUnavailable(const Element &iq);

// A stanza error's condition ("forbidden", "not-authorized"), or empty.
QString errorCondition(const Element &stanza);

// What a pub-sub event message carries: the node and each item's payload, as the document the
// payload is. Finesse's documents show the Update as text inside a <notification> element;
// a payload sent as elements instead is written back out, so both readings arrive the same.
struct Event
{
    QString node;
    QList<QByteArray> payloads;
};
std::optional<Event> pubsubEvent(const Element &message);

} // namespace recbar::xmpp
