#include "Router.h"

namespace recsim {

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
    if (m_case == Qt::CaseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    m_routes.append(
        {method, QRegularExpression(u'^' + pattern + u'$', options), std::move(handler)});
}

HttpResponse Router::dispatch(const HttpRequest &request, User *user,
                              const ErrorFactory &error) const
{
    QByteArrayList allowed;
    const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        if (route.method == method)
            return route.handler(request, match, user);
        allowed.append(route.method);
    }
    if (allowed.isEmpty())
        return error(404, QStringLiteral("No resource at %1").arg(request.path));
    HttpResponse response = error(405, QStringLiteral("%1 is not allowed on %2; use %3")
                                           .arg(QString::fromLatin1(request.method), request.path,
                                                QString::fromLatin1(allowed.join(", "))));
    response.setHeader("Allow", allowed.join(", "));
    return response;
}

} // namespace recsim
