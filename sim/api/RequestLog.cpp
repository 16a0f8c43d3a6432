#include "RequestLog.h"

#include <QJsonObject>

namespace recsim {

void RequestLog::add(const HttpRequest &request, int status)
{
    m_entries.push_back(
        {request.method, request.path, status, !request.header("authorization").isEmpty()});
    if (m_entries.size() > kMaxEntries)
        m_entries.pop_front();
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray out;
    for (const Entry &entry : m_entries)
        out.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(entry.method)},
                               {QStringLiteral("path"), entry.path},
                               {QStringLiteral("status"), entry.status},
                               {QStringLiteral("authorization"), entry.authorization}});
    return out;
}

} // namespace recsim
