#include "HttpRequestParser.h"

#include <QUrl>

namespace recsim {

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &data)
{
    if (m_state == State::Error)
        return m_state;
    m_buffer.append(data);
    return poll();
}

HttpRequestParser::State HttpRequestParser::poll()
{
    if (m_state != State::NeedMore)
        return m_state;
    if (!m_headParsed) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > m_limits.maxHeaderBytes)
                return fail(431, QStringLiteral("request header too large"));
            return m_state;
        }
        if (headEnd > m_limits.maxHeaderBytes)
            return fail(431, QStringLiteral("request header too large"));
        if (const State s = parseHead(headEnd); s == State::Error)
            return s;
    }
    if (m_buffer.size() < m_bodyLength)
        return m_state;
    m_request->body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_state = State::Complete;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHead(qsizetype headEnd)
{
    const QByteArray head = m_buffer.left(headEnd);
    m_buffer.remove(0, headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');

    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || requestLine[1].isEmpty())
        return fail(400, QStringLiteral("malformed request line"));
    const QByteArray &version = requestLine[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(505, QStringLiteral("unsupported HTTP version"));

    HttpRequest request;
    request.method = requestLine[0];
    request.target = requestLine[1];
    const QUrl url = QUrl::fromEncoded(request.target, QUrl::StrictMode);
    if (!url.isValid() || !request.target.startsWith('/'))
        return fail(400, QStringLiteral("malformed request target"));
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return fail(400, QStringLiteral("malformed header line"));
        request.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }

    if (!request.header("transfer-encoding").isEmpty())
        return fail(501, QStringLiteral("chunked request bodies are not supported"));
    const QByteArray lengthText = request.header("content-length");
    if (!lengthText.isEmpty()) {
        bool ok = false;
        const qlonglong length = lengthText.toLongLong(&ok);
        if (!ok || length < 0)
            return fail(400, QStringLiteral("invalid Content-Length"));
        if (length > m_limits.maxBodyBytes)
            return fail(413, QStringLiteral("request body too large"));
        m_bodyLength = length;
    }

    const QByteArray connection = request.header("connection").toLower();
    m_keepAlive =
        version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    m_expectContinue = request.header("expect").toLower() == "100-continue";
    m_headParsed = true;
    m_request = std::move(request);
    return m_state;
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest request = std::move(*m_request);
    m_request.reset();
    m_headParsed = false;
    m_bodyLength = 0;
    m_expectContinue = false;
    m_continueSent = false;
    m_state = State::NeedMore;
    return request;
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    m_state = State::Error;
    return m_state;
}

} // namespace recsim
