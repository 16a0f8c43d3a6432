#pragma once

#include "HttpMessage.h"

#include <optional>

namespace recsim {

// Incremental HTTP/1.x request parser: bytes in, one request (or an error status) out.
// Kept free of sockets so malformed input can be unit-tested and fuzzed.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 16 * 1024;
    qsizetype maxBodyBytes = 1024 * 1024;
};

class HttpRequestParser
{
public:
    using Limits = HttpLimits;

    enum class State { NeedMore, Complete, Error };

    explicit HttpRequestParser(Limits limits = HttpLimits())
        : m_limits(limits)
    {}

    // Appends data; returns Complete once a whole request is buffered.
    State feed(const QByteArray &data);
    // Parses what is already buffered (the next pipelined request, after take()).
    State poll();

    HttpRequest take();
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }
    bool expectsContinue() const { return m_expectContinue && !m_continueSent; }
    void continueSent() { m_continueSent = true; }
    bool keepAlive() const { return m_keepAlive; }

private:
    State fail(int status, const QString &message);
    State parseHead(qsizetype headEnd);

    Limits m_limits;
    QByteArray m_buffer;
    std::optional<HttpRequest> m_request;
    qsizetype m_bodyLength = 0;
    bool m_headParsed = false;
    bool m_expectContinue = false;
    bool m_continueSent = false;
    bool m_keepAlive = true;
    State m_state = State::NeedMore;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace recsim
