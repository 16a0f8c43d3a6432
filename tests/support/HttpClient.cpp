#include "HttpClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonArray HttpReply::array() const
{
    return QJsonDocument::fromJson(body).array();
}

HttpClient::HttpClient(QUrl base)
    : m_base(std::move(base))
{
    // Cookies (sessions) are kept, as a real client's would be; redirects are not followed.
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void HttpClient::setCredentials(const QString &user, const QString &password)
{
    m_authorization = "Basic " + (user + u':' + password).toUtf8().toBase64();
}

void HttpClient::clearCredentials()
{
    m_authorization.clear();
}

QUrl HttpClient::url(const QString &pathAndQuery) const
{
    return m_base.resolved(QUrl(pathAndQuery));
}

HttpReply HttpClient::postJson(const QString &path, const QJsonObject &body)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                           const QByteArray &contentType,
                           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(path));
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!body.isEmpty() && !contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    if (m_ignoreSslErrors)
        QObject::connect(
            reply, &QNetworkReply::sslErrors, reply,
            [reply](const QList<QSslError> &errors) { reply->ignoreSslErrors(errors); });
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.timedOut = timedOut;
    reply->deleteLater();
    return result;
}
