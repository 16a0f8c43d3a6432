#pragma once

#include "../http/HttpMessage.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <variant>

namespace recsim {

// Misbehaviour on request, so clients' error paths meet a real wire, for the next N requests
// whose path starts with a prefix (or for all of them): a status code, a dropped connection, a
// truncated or malformed body, added latency - and what a hostile server does: a redirect to
// another address, a body nested 100,000 deep, a body of gigabytes (announced or chunked), a
// body trickled a byte at a time, an HTML page instead of the API's format, a huge header.
//
// Rules whose path starts with /ws act on the Finesse notification service instead, for the
// sessions of users whose "/ws/<user>" starts with the path: status refuses the WebSocket
// upgrade; drop ends sessions (those open now, then new ones, a use each); stall holds
// everything sent to a session until the rule is cleared; refuse answers subscription requests
// with forbidden (and subscribes nobody automatically); malformed sends an event as a frame
// that is not well-formed XML.
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
        Headers,
        Stall,
        Refuse
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
    void clear();
    // Called after every change of the rules (the notification service re-reads its faults).
    void setOnChange(std::function<void()> onChange) { m_onChange = std::move(onChange); }
    QJsonArray toJson() const;
    // Consumes one use of each matching rule.
    Plan take(const HttpRequest &request);
    // Applies the delivery parts of a plan to a response built normally.
    static void apply(const Plan &plan, HttpResponse &response);

    // The notification service's faults for one user's session: the first rule of that kind
    // that matches, using it once (take) or not (active).
    std::optional<FaultRule> takeNotification(FaultRule::Kind kind, const QString &user);
    bool activeNotification(FaultRule::Kind kind, const QString &user) const;

private:
    static void applyHostile(const Plan &plan, HttpResponse &response);

    QList<FaultRule> m_rules;
    std::function<void()> m_onChange;
    int m_nextId = 1;
};

} // namespace recsim
