#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <utility>

class QTcpSocket;

namespace recsim {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QString path;
    QUrlQuery query;
    HttpHeaders headers; // names lower-cased by the parser
    QByteArray body;
    QHostAddress peer;

    QByteArray header(QByteArrayView name) const;
    QByteArray contentType() const;
};

struct HttpResponse
{
    // How the bytes reach the client; anything but Complete is a fault the simulator injects:
    // Trickle sends the body a byte every trickleIntervalMs; Inflate sends inflateBytes of
    // filler after the body's start (announced, or chunked), written as the client reads.
    enum class Delivery { Complete, Drop, Truncate, Trickle, Inflate };

    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    Delivery delivery = Delivery::Complete;
    int delayMs = 0;
    int trickleIntervalMs = 1000;
    qint64 inflateBytes = 0;
    bool chunked = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse empty(int status);
    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse xml(int status, const QByteArray &document);
    static HttpResponse text(int status, const QString &text);
    static HttpResponse binary(int status, const QByteArray &contentType, const QByteArray &data);

    static QByteArray reasonPhrase(int status);
};

using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;
using HttpUpgrade = std::function<void(QTcpSocket *socket)>;

} // namespace recsim
