#pragma once

#include "../http/HttpMessage.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <variant>

namespace recsim {

// Misbehaviour on request, so clients' error paths meet a real wire, for the next N requests
// whose path starts with a prefix (or for all of them): a status code, a dropped connection, a
// truncated or malformed body, added latency - and what a hostile server does: a redirect to
// another address, a body nested 100,000 deep, a body of gigabytes (announced or chunked), a
// body trickled a byte at a time, an HTML page instead of the API's format, a huge header.
struct FaultRule
{
    enum class Kind {
        Status,
        Drop,
        Truncate,
        Malformed,
        Latency,
        Redirect,
        Nest,
        Inflate,
        Trickle,
        Markup,
        Headers
    };

    int id = 0;
    Kind kind = Kind::Status;
    QByteArray method;  // empty: any
    QString pathPrefix; // compared case-insensitively
    int status = 500;
    int latencyMs = 0;
    QString location;      // Redirect: the base the request's target is appended to
    int depth = 100'000;   // Nest
    qint64 bytes = 0;      // Inflate: filler after the body's start; Headers: the header's size
    bool chunked = false;  // Inflate
    int intervalMs = 1000; // Trickle
    int remaining = -1;    // -1: until cleared

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
        std::optional<FaultRule> hostile; // Redirect, Nest, Inflate, Trickle, Markup, Headers
        QByteArray target;                // the request's, for a redirect
        bool xml = false;                 // the API answers in XML (Finesse)
    };

    int add(FaultRule rule);
    void clear() { m_rules.clear(); }
    QJsonArray toJson() const;
    // Consumes one use of each matching rule.
    Plan take(const HttpRequest &request);
    // Applies the delivery parts of a plan to a response built normally.
    static void apply(const Plan &plan, HttpResponse &response);

private:
    static void applyHostile(const Plan &plan, HttpResponse &response);

    QList<FaultRule> m_rules;
    int m_nextId = 1;
};

} // namespace recsim
