#include "FaultSet.h"

#include "../model/JsonReader.h"

namespace recsim {

namespace {

const QList<std::pair<QString, FaultRule::Kind>> kKinds = {
    {QStringLiteral("status"), FaultRule::Kind::Status},
    {QStringLiteral("drop"), FaultRule::Kind::Drop},
    {QStringLiteral("truncate"), FaultRule::Kind::Truncate},
    {QStringLiteral("malformed"), FaultRule::Kind::Malformed},
    {QStringLiteral("latency"), FaultRule::Kind::Latency},
};

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
        in.error(QStringLiteral("kind"),
                 QStringLiteral("must be status, drop, truncate, malformed or latency"));
    rule.method = in.string(QStringLiteral("method")).toUpper().toLatin1();
    rule.pathPrefix = in.string(QStringLiteral("path"), QStringLiteral("/"));
    if (!rule.pathPrefix.startsWith(u'/'))
        in.error(QStringLiteral("path"), QStringLiteral("must start with /"));
    rule.status =
        in.integer(QStringLiteral("status"), 500, 100, 599, rule.kind == Kind::Status && known);
    rule.latencyMs =
        in.integer(QStringLiteral("latencyMs"), 0, 0, 600'000, rule.kind == Kind::Latency && known);
    rule.remaining = in.integer(QStringLiteral("count"), -1, -1, 1'000'000);
    if (rule.remaining == 0)
        in.error(QStringLiteral("count"), QStringLiteral("must be positive, or -1 for always"));
    in.rejectUnknown({QStringLiteral("kind"), QStringLiteral("method"), QStringLiteral("path"),
                      QStringLiteral("status"), QStringLiteral("latencyMs"),
                      QStringLiteral("count")});
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
    return out;
}

int FaultSet::add(FaultRule rule)
{
    rule.id = m_nextId++;
    m_rules.append(rule);
    return rule.id;
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
        const bool matches = (it->method.isEmpty() || it->method == request.method) &&
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

} // namespace recsim
