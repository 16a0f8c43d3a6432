#pragma once

#include "../http/HttpMessage.h"
#include "../model/Entities.h"

#include <QRegularExpression>

#include <functional>

namespace recsim {

// Method + path pattern dispatch within one API; answers 404 and 405 in that API's style.
class Router
{
public:
    using Handler =
        std::function<HttpResponse(const HttpRequest &, const QRegularExpressionMatch &, User *)>;
    using ErrorFactory = std::function<HttpResponse(int, const QString &)>;

    explicit Router(Qt::CaseSensitivity pathCase = Qt::CaseSensitive)
        : m_case(pathCase)
    {}

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    HttpResponse dispatch(const HttpRequest &request, User *user, const ErrorFactory &error) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    Qt::CaseSensitivity m_case;
    QList<Route> m_routes;
};

} // namespace recsim
