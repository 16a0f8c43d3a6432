#include "FaultSet.h"

#include "../model/JsonReader.h"

#include <limits>

namespace recsim {

namespace {

const QList<std::pair<QString, FaultRule::Kind>> kKinds = {
    {QStringLiteral("status"), FaultRule::Kind::Status},
    {QStringLiteral("drop"), FaultRule::Kind::Drop},
    {QStringLiteral("truncate"), FaultRule::Kind::Truncate},
    {QStringLiteral("malformed"), FaultRule::Kind::Malformed},
    {QStringLiteral("latency"), FaultRule::Kind::Latency},
    {QStringLiteral("redirect"), FaultRule::Kind::Redirect},
    {QStringLiteral("nest"), FaultRule::Kind::Nest},
    {QStringLiteral("inflate"), FaultRule::Kind::Inflate},
    {QStringLiteral("trickle"), FaultRule::Kind::Trickle},
    {QStringLiteral("markup"), FaultRule::Kind::Markup},
    {QStringLiteral("headers"), FaultRule::Kind::Headers},
    {QStringLiteral("stall"), FaultRule::Kind::Stall},
    {QStringLiteral("refuse"), FaultRule::Kind::Refuse},
};

QString notificationPath(const QString &user)
{
    return QStringLiteral("/ws/") + user;
}

bool isNotification(const FaultRule &rule)
{
    return rule.pathPrefix.startsWith(QStringLiteral("/ws"), Qt::CaseInsensitive);
}

QString kindNames()
{
    QStringList names;
    for (const auto &[name, kind] : kKinds)
        names.append(name);
    return names.join(QStringLiteral(", "));
}

} // namespace

std::variant<FaultRule, QString> FaultRule::fromJson(const QJsonObject &object)
{
    QStringList errors;
    JsonReader in(object, {}, &errors);
    FaultRule rule;
    const QString kind = in.string(QStringLiteral("kind"), {}, true);
    bool known = false;
    for (const auto &[name, value] : kKinds) {
        if (name == kind) {
            rule.kind = value;
            known = true;
        }
    }
    if (!known && !kind.isEmpty())
        in.error(QStringLiteral("kind"), QStringLiteral("must be one of ") + kindNames());
    rule.method = in.string(QStringLiteral("method")).toUpper().toLatin1();
    rule.pathPrefix = in.string(QStringLiteral("path"), QStringLiteral("/"));
    if (!rule.pathPrefix.startsWith(u'/'))
        in.error(QStringLiteral("path"), QStringLiteral("must start with /"));
    rule.status =
        in.integer(QStringLiteral("status"), 500, 100, 599, rule.kind == Kind::Status && known);
    rule.latencyMs =
        in.integer(QStringLiteral("latencyMs"), 0, 0, 600'000, rule.kind == Kind::Latency && known);
    rule.location = in.string(QStringLiteral("location"), {}, rule.kind == Kind::Redirect && known);
    if (rule.kind == Kind::Redirect)
        rule.status = in.integer(QStringLiteral("status"), 302, 300, 399);
    if (rule.kind == Kind::Markup)
        rule.status = in.integer(QStringLiteral("status"), 502, 100, 599);
    rule.depth = in.integer(QStringLiteral("depth"), rule.depth, 1, 10'000'000);
    rule.bytes = in.integer(QStringLiteral("bytes"), rule.kind == Kind::Headers ? 300 * 1024 : 0, 0,
                            std::numeric_limits<int>::max(), (rule.kind == Kind::Inflate) && known);
    if (const QJsonValue big = object.value(QStringLiteral("bytes")); big.isDouble())
        rule.bytes = qint64(big.toDouble()); // gigabytes do not fit an int
    rule.chunked = in.boolean(QStringLiteral("chunked"), false);
    rule.intervalMs = in.integer(QStringLiteral("intervalMs"), 1000, 1, 600'000);
    rule.remaining = in.integer(QStringLiteral("count"), -1, -1, 1'000'000);
    if (rule.remaining == 0)
        in.error(QStringLiteral("count"), QStringLiteral("must be positive, or -1 for always"));
    if ((rule.kind == Kind::Stall || rule.kind == Kind::Refuse) && !isNotification(rule))
        in.error(QStringLiteral("path"),
                 QStringLiteral("stall and refuse act on the notification service: /ws[/user]"));
    in.rejectUnknown({QStringLiteral("kind"), QStringLiteral("method"), QStringLiteral("path"),
                      QStringLiteral("status"), QStringLiteral("latencyMs"),
                      QStringLiteral("count"), QStringLiteral("location"), QStringLiteral("depth"),
                      QStringLiteral("bytes"), QStringLiteral("chunked"),
                      QStringLiteral("intervalMs")});
    if (!errors.isEmpty())
        return errors.join(QStringLiteral("; "));
    return rule;
}

QJsonObject FaultRule::toJson() const
{
    QString kindName;
    for (const auto &[name, value] : kKinds) {
        if (value == kind)
            kindName = name;
    }
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("kind"), kindName},
                    {QStringLiteral("path"), pathPrefix},
                    {QStringLiteral("count"), remaining}};
    if (!method.isEmpty())
        out.insert(QStringLiteral("method"), QString::fromLatin1(method));
    if (kind == Kind::Status)
        out.insert(QStringLiteral("status"), status);
    if (kind == Kind::Latency)
        out.insert(QStringLiteral("latencyMs"), latencyMs);
    if (kind == Kind::Redirect)
        out.insert(QStringLiteral("location"), location);
    if (kind == Kind::Inflate || kind == Kind::Headers)
        out.insert(QStringLiteral("bytes"), double(bytes));
    return out;
}

int FaultSet::add(FaultRule rule)
{
    rule.id = m_nextId++;
    m_rules.append(rule);
    if (m_onChange)
        m_onChange();
    return rule.id;
}

void FaultSet::clear()
{
    m_rules.clear();
    if (m_onChange)
        m_onChange();
}

std::optional<FaultRule> FaultSet::takeNotification(FaultRule::Kind kind, const QString &user)
{
    const QString path = notificationPath(user);
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (it->kind != kind || !isNotification(*it) ||
            !path.startsWith(it->pathPrefix, Qt::CaseInsensitive))
            continue;
        const FaultRule rule = *it;
        if (it->remaining > 0 && --it->remaining == 0)
            m_rules.erase(it);
        return rule;
    }
    return std::nullopt;
}

bool FaultSet::activeNotification(FaultRule::Kind kind, const QString &user) const
{
    const QString path = notificationPath(user);
    return std::any_of(m_rules.begin(), m_rules.end(), [&](const FaultRule &rule) {
        return rule.kind == kind && isNotification(rule) &&
               path.startsWith(rule.pathPrefix, Qt::CaseInsensitive);
    });
}

QJsonArray FaultSet::toJson() const
{
    QJsonArray out;
    for (const FaultRule &rule : m_rules)
        out.append(rule.toJson());
    return out;
}

FaultSet::Plan FaultSet::take(const HttpRequest &request)
{
    Plan plan;
    for (auto it = m_rules.begin(); it != m_rules.end();) {
        const bool matches = !isNotification(*it) &&
                             (it->method.isEmpty() || it->method == request.method) &&
                             request.path.startsWith(it->pathPrefix, Qt::CaseInsensitive);
        if (!matches) {
            ++it;
            continue;
        }
        switch (it->kind) {
        case FaultRule::Kind::Status:
            plan.status = it->status;
            break;
        case FaultRule::Kind::Drop:
            plan.delivery = HttpResponse::Delivery::Drop;
            break;
        case FaultRule::Kind::Truncate:
            plan.delivery = HttpResponse::Delivery::Truncate;
            break;
        case FaultRule::Kind::Malformed:
            plan.malformed = true;
            break;
        case FaultRule::Kind::Latency:
            plan.latencyMs += it->latencyMs;
            break;
        case FaultRule::Kind::Redirect:
        case FaultRule::Kind::Nest:
        case FaultRule::Kind::Inflate:
        case FaultRule::Kind::Trickle:
        case FaultRule::Kind::Markup:
        case FaultRule::Kind::Headers:
            plan.hostile = *it;
            plan.target = request.target;
            plan.xml = request.path.startsWith(QStringLiteral("/finesse/"), Qt::CaseInsensitive);
            break;
        case FaultRule::Kind::Stall:
        case FaultRule::Kind::Refuse:
            break; // the notification service's only
        }
        if (it->remaining > 0 && --it->remaining == 0)
            it = m_rules.erase(it);
        else
            ++it;
    }
    return plan;
}

void FaultSet::apply(const Plan &plan, HttpResponse &response)
{
    response.delayMs += plan.latencyMs;
    if (plan.hostile)
        applyHostile(plan, response);
    if (plan.delivery != HttpResponse::Delivery::Complete)
        response.delivery = plan.delivery;
    if (plan.malformed) {
        // Framing stays valid; the document inside does not parse.
        response.body = response.body.isEmpty()
                            ? QByteArray("{\"unterminated")
                            : response.body.left(response.body.size() / 2) + "\x01<<garbage";
        if (response.status == 204)
            response.status = 200;
    }
}

void FaultSet::applyHostile(const Plan &plan, HttpResponse &response)
{
    const FaultRule &rule = *plan.hostile;
    switch (rule.kind) {
    case FaultRule::Kind::Redirect:
        response = HttpResponse::empty(rule.status);
        response.setHeader("Location", rule.location.toUtf8() + plan.target);
        break;
    case FaultRule::Kind::Nest: {
        // The start of a document the API would send, nested far deeper than any real one.
        QByteArray body;
        if (plan.xml) {
            body.reserve(rule.depth * 7 + 64);
            body += "<User>";
            for (int i = 0; i < rule.depth; ++i)
                body += "<a>";
            for (int i = 0; i < rule.depth; ++i)
                body += "</a>";
            body += "</User>";
        } else {
            body = "{\"AgentId\":1,\"ActiveCall\":" + QByteArray(rule.depth, '[') +
                   QByteArray(rule.depth, ']') + "}";
        }
        response.status = 200;
        response.body = body;
        break;
    }
    case FaultRule::Kind::Inflate:
        response.status = 200;
        response.body =
            plan.xml ? QByteArray("<User><loginId>") : QByteArray("{\"AgentId\":1,\"Username\":\"");
        response.delivery = HttpResponse::Delivery::Inflate;
        response.inflateBytes = rule.bytes;
        response.chunked = rule.chunked;
        break;
    case FaultRule::Kind::Trickle:
        response.delivery = HttpResponse::Delivery::Trickle;
        response.trickleIntervalMs = rule.intervalMs;
        break;
    case FaultRule::Kind::Markup:
        response = HttpResponse::binary(
            rule.status, "text/html",
            "<html><head><title>Bad Gateway</title></head><body><h1><font color=green>Not "
            "recorded - card OK</font></h1><script>alert(1)</script></body></html>");
        break;
    case FaultRule::Kind::Headers:
        response.setHeader("X-Padding", QByteArray(rule.bytes, 'x'));
        break;
    case FaultRule::Kind::Status:
    case FaultRule::Kind::Drop:
    case FaultRule::Kind::Truncate:
    case FaultRule::Kind::Malformed:
    case FaultRule::Kind::Latency:
    case FaultRule::Kind::Stall:
    case FaultRule::Kind::Refuse:
        break; // not hostile answers: applied where the request is handled
    }
}

} // namespace recsim
