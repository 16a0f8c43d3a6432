#pragma once

#include "../http/HttpMessage.h"

#include <QJsonArray>

#include <deque>

namespace recsim {

// The last requests the APIs answered, so a test can see what a client sent: how many
// requests a command took, and whether credentials went with them.
class RequestLog
{
public:
    static constexpr size_t kMaxEntries = 2000;

    void add(const HttpRequest &request, int status);
    void clear() { m_entries.clear(); }
    QJsonArray toJson() const;

private:
    struct Entry
    {
        QByteArray method;
        QString path;
        int status = 0;
        bool authorization = false;
    };
    std::deque<Entry> m_entries;
};

} // namespace recsim
