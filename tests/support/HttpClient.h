#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// A blocking HTTP client for tests only (it spins a local event loop per request).
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const;
    QString text() const { return QString::fromUtf8(body); }
};

class HttpClient
{
public:
    explicit HttpClient(QUrl base);

    void setCredentials(const QString &user, const QString &password);
    void clearCredentials();
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setIgnoreSslErrors(bool ignore) { m_ignoreSslErrors = ignore; }
    QNetworkAccessManager &manager() { return m_manager; }
    QUrl url(const QString &pathAndQuery) const;

    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                   const QByteArray &contentType = "application/json",
                   const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    HttpReply get(const QString &path) { return send("GET", path); }
    HttpReply del(const QString &path) { return send("DELETE", path); }
    HttpReply post(const QString &path, const QByteArray &body,
                   const QByteArray &contentType = "application/json")
    {
        return send("POST", path, body, contentType);
    }
    HttpReply put(const QString &path, const QByteArray &body = {},
                  const QByteArray &contentType = "application/json")
    {
        return send("PUT", path, body, contentType);
    }
    HttpReply postJson(const QString &path, const QJsonObject &body);

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
    QByteArray m_authorization;
    int m_timeoutMs = 10'000;
    bool m_ignoreSslErrors = false;
};
