#include "XmppStanza.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace recbar::xmpp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("recbar::xmpp", text);
}

std::pair<QStringView, QStringView> split(QStringView qualified)
{
    const qsizetype colon = qualified.indexOf(u':');
    if (colon < 0)
        return {{}, qualified};
    return {qualified.left(colon), qualified.mid(colon + 1)};
}

// Stanzas are written one per frame, each with its own namespace declaration (RFC 7395 3.3.3).
template <typename Body>
QByteArray write(Body body)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    body(xml);
    return out;
}

void writeElement(QXmlStreamWriter &xml, const Element &element)
{
    xml.writeStartElement(element.name);
    if (!element.ns.isEmpty())
        xml.writeDefaultNamespace(element.ns);
    for (const auto &[name, value] : element.attributes)
        xml.writeAttribute(name, value);
    if (!element.text.isEmpty())
        xml.writeCharacters(element.text);
    for (const Element &child : element.children)
        writeElement(xml, child);
    xml.writeEndElement();
}

} // namespace

QString Element::attribute(const QString &localName) const
{
    for (const auto &[name, value] : attributes) {
        if (name == localName)
            return value;
    }
    return {};
}

const Element *Element::child(const QString &localName, const QString &wantedNs) const
{
    for (const Element &c : children) {
        if (c.name == localName && (wantedNs.isEmpty() || c.ns == wantedNs))
            return &c;
    }
    return nullptr;
}

const Element *Element::find(std::initializer_list<QString> path) const
{
    const Element *at = this;
    for (const QString &name : path) {
        at = at->child(name);
        if (!at)
            return nullptr;
    }
    return at;
}

Result<Element> parseFrame(const QByteArray &frame)
{
    if (frame.size() > kMaxFrameBytes)
        return fail(tr("a notification frame of %1 bytes, more than %2 allowed")
                        .arg(frame.size())
                        .arg(kMaxFrameBytes));
    // Namespaces are resolved here rather than by the reader, so that a server which leaves a
    // prefix undeclared (stream:features without xmlns:stream) is still understood.
    QXmlStreamReader xml(frame);
    xml.setNamespaceProcessing(false);
    Element root;
    QList<Element *> open;
    QList<QHash<QString, QString>> scopes;
    int elements = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (open.size() >= kMaxDepth)
                return fail(tr("a notification nested deeper than %1").arg(kMaxDepth));
            if (++elements > kMaxElements)
                return fail(tr("a notification of more than %1 elements").arg(kMaxElements));
            if (open.isEmpty() && !root.name.isEmpty())
                return fail(tr("a notification frame with two elements"));
            QHash<QString, QString> scope =
                scopes.isEmpty() ? QHash<QString, QString>() : scopes.last();
            Element element;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                const QStringView qualified = a.qualifiedName();
                if (qualified == u"xmlns")
                    scope.insert(QString(), a.value().toString());
                else if (qualified.startsWith(u"xmlns:"))
                    scope.insert(qualified.mid(6).toString(), a.value().toString());
                else
                    element.attributes.append(
                        {split(qualified).second.toString(), a.value().toString()});
            }
            const auto [prefix, local] = split(xml.qualifiedName());
            element.name = local.toString();
            element.ns = scope.value(prefix.toString());
            if (element.ns.isEmpty() && prefix == u"stream")
                element.ns = QString::fromLatin1(kStreamsNs);
            scopes.append(scope);
            if (open.isEmpty()) {
                root = element;
                open.append(&root);
            } else {
                open.last()->children.append(element);
                open.append(&open.last()->children.last());
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            open.removeLast();
            scopes.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (!open.isEmpty())
                open.last()->text += xml.text();
            break;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
        case QXmlStreamReader::ProcessingInstruction:
        case QXmlStreamReader::Comment:
            // XMPP's restricted XML (RFC 6120 11.1): none of these may appear.
            return fail(tr("a notification with XML that XMPP does not allow"));
        default:
            break;
        }
    }
    if (xml.hasError())
        return fail(tr("a notification that is not well-formed XML: %1").arg(xml.errorString()));
    if (root.name.isEmpty())
        return fail(tr("an empty notification frame"));
    return root;
}

QByteArray open(const QString &domain)
{
    return write([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("open"));
        xml.writeDefaultNamespace(QString::fromLatin1(kFramingNs));
        xml.writeAttribute(QStringLiteral("to"), domain);
        xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
        xml.writeEndElement();
    });
}

QByteArray close()
{
    return write([](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("close"));
        xml.writeDefaultNamespace(QString::fromLatin1(kFramingNs));
        xml.writeEndElement();
    });
}

QByteArray authPlain(const QString &user, const QString &password)
{
    // RFC 4616: authorization id (empty), NUL, user, NUL, password.
    const QByteArray message = '\0' + user.toUtf8() + '\0' + password.toUtf8();
    return write([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("auth"));
        xml.writeDefaultNamespace(QString::fromLatin1(kSaslNs));
        xml.writeAttribute(QStringLiteral("mechanism"), QStringLiteral("PLAIN"));
        xml.writeCharacters(QString::fromLatin1(message.toBase64()));
        xml.writeEndElement();
    });
}

QByteArray bind(const QString &id, const QString &resource)
{
    Element iq{QStringLiteral("iq"),
               QStringLiteral("jabber:client"),
               {{QStringLiteral("type"), QStringLiteral("set")}, {QStringLiteral("id"), id}}};
    Element bindElement{QStringLiteral("bind"), QString::fromLatin1(kBindNs)};
    bindElement.children.append({QStringLiteral("resource"), {}, {}, resource});
    iq.children.append(bindElement);
    return write([&](QXmlStreamWriter &xml) { writeElement(xml, iq); });
}

QByteArray startSession(const QString &id, const QString &domain)
{
    Element iq{QStringLiteral("iq"),
               QStringLiteral("jabber:client"),
               {{QStringLiteral("type"), QStringLiteral("set")},
                {QStringLiteral("id"), id},
                {QStringLiteral("to"), domain}}};
    iq.children.append({QStringLiteral("session"), QString::fromLatin1(kSessionNs)});
    return write([&](QXmlStreamWriter &xml) { writeElement(xml, iq); });
}

QByteArray presence()
{
    Element p{QStringLiteral("presence"), QStringLiteral("jabber:client")};
    p.children.append({QStringLiteral("priority"), {}, {}, QStringLiteral("0")});
    return write([&](QXmlStreamWriter &xml) { writeElement(xml, p); });
}

QByteArray ping(const QString &id, const QString &to)
{
    Element iq{QStringLiteral("iq"),
               QStringLiteral("jabber:client"),
               {{QStringLiteral("type"), QStringLiteral("get")},
                {QStringLiteral("id"), id},
                {QStringLiteral("to"), to}}};
    iq.children.append({QStringLiteral("ping"), QString::fromLatin1(kPingNs)});
    return write([&](QXmlStreamWriter &xml) { writeElement(xml, iq); });
}

QByteArray pong(const Element &pingIq)
{
    Element iq{QStringLiteral("iq"),
               QStringLiteral("jabber:client"),
               {{QStringLiteral("type"), QStringLiteral("result")},
                {QStringLiteral("id"), pingIq.attribute(QStringLiteral("id"))}}};
    if (const QString from = pingIq.attribute(QStringLiteral("from")); !from.isEmpty())
        iq.attributes.append({QStringLiteral("to"), from});
    return write([&](QXmlStreamWriter &xml) { writeElement(xml, iq); });
}

QByteArray subscriptions(const QString &id, const QString &pubsub)
{
    Element iq{QStringLiteral("iq"),
               QStringLiteral("jabber:client"),
               {{QStringLiteral("type"), QStringLiteral("get")},
                {QStringLiteral("id"), id},
                {QStringLiteral("to"), pubsub}}};
    Element ps{QStringLiteral("pubsub"), QString::fromLatin1(kPubSubNs)};
    ps.children.append({QStringLiteral("subscriptions")});
    iq.children.append(ps);
    return write([&](QXmlStreamWriter &xml) { writeElement(xml, iq); });
}

namespace {

QByteArray subscription(const QString &verb, const QString &id, const QString &pubsub,
                        const QString &node, const QString &jid)
{
    Element iq{QStringLiteral("iq"),
               QStringLiteral("jabber:client"),
               {{QStringLiteral("type"), QStringLiteral("set")},
                {QStringLiteral("id"), id},
                {QStringLiteral("to"), pubsub}}};
    Element ps{QStringLiteral("pubsub"), QString::fromLatin1(kPubSubNs)};
    ps.children.append({verb, {}, {{QStringLiteral("node"), node}, {QStringLiteral("jid"), jid}}});
    iq.children.append(ps);
    return write([&](QXmlStreamWriter &xml) { writeElement(xml, iq); });
}

} // namespace

QByteArray subscribe(const QString &id, const QString &pubsub, const QString &node,
                     const QString &jid)
{
    return subscription(QStringLiteral("subscribe"), id, pubsub, node, jid);
}

QByteArray unsubscribe(const QString &id, const QString &pubsub, const QString &node,
                       const QString &jid)
{
    return subscription(QStringLiteral("unsubscribe"), id, pubsub, node, jid);
}

QByteArray serviceUnavailable(const Element &request)
{
    Element iq{QStringLiteral("iq"),
               QStringLiteral("jabber:client"),
               {{QStringLiteral("type"), QStringLiteral("error")},
                {QStringLiteral("id"), request.attribute(QStringLiteral("id"))}}};
    if (const QString from = request.attribute(QStringLiteral("from")); !from.isEmpty())
        iq.attributes.append({QStringLiteral("to"), from});
    Element error{
        QStringLiteral("error"), {}, {{QStringLiteral("type"), QStringLiteral("cancel")}}};
    error.children.append({QStringLiteral("service-unavailable"), QString::fromLatin1(kStanzasNs)});
    iq.children.append(error);
    return write([&](QXmlStreamWriter &xml) { writeElement(xml, iq); });
}

QString errorCondition(const Element &stanza)
{
    const Element *error = stanza.child(QStringLiteral("error"));
    if (!error)
        return {};
    for (const Element &condition : error->children) {
        if (condition.name != u"text")
            return condition.name;
    }
    return QStringLiteral("undefined-condition");
}

std::optional<Event> pubsubEvent(const Element &message)
{
    const Element *event =
        message.child(QStringLiteral("event"), QString::fromLatin1(kPubSubEventNs));
    const Element *items = event ? event->child(QStringLiteral("items")) : nullptr;
    if (!items)
        return std::nullopt;
    Event out;
    out.node = items->attribute(QStringLiteral("node"));
    for (const Element &item : items->children) {
        if (item.name != u"item")
            continue;
        for (const Element &payload : item.children) {
            // <notification>&lt;Update&gt;...</notification>, or the Update as elements.
            if (payload.children.isEmpty()) {
                out.payloads.append(payload.text.trimmed().toUtf8());
            } else {
                for (const Element &document : payload.children) {
                    out.payloads.append(
                        write([&](QXmlStreamWriter &xml) { writeElement(xml, document); }));
                }
            }
        }
    }
    return out;
}

} // namespace recbar::xmpp
