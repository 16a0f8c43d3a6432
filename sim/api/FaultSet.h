#pragma once

#include "../http/HttpMessage.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <variant>

namespace recsim {

// Misbehaviour on request, so clients' error paths meet a real wire: a status code, a dropped
// connection, a truncated or malformed body, or added latency, for the next N requests whose
// path starts with a prefix (or for all of them).
struct FaultRule
{
    enum class Kind { Status, Drop, Truncate, Malformed, Latency };

    int id = 0;
    Kind kind = Kind::Status;
    QByteArray method;  // empty: any
    QString pathPrefix; // compared case-insensitively
    int status = 500;
    int latencyMs = 0;
    int remaining = -1; // -1: until cleared

    static std::variant<FaultRule, QString> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

class FaultSet
{
public:
    struct Plan
    {
        std::optional<int> status;
        HttpResponse::Delivery delivery = HttpResponse::Delivery::Complete;
        bool malformed = false;
        int latencyMs = 0;
    };

    int add(FaultRule rule);
    void clear() { m_rules.clear(); }
    QJsonArray toJson() const;
    // Consumes one use of each matching rule.
    Plan take(const HttpRequest &request);
    // Applies the delivery parts of a plan to a response built normally.
    static void apply(const Plan &plan, HttpResponse &response);

private:
    QList<FaultRule> m_rules;
    int m_nextId = 1;
};

} // namespace recsim
