#pragma once

// The browser's part of a single sign-on, played by a test: recsim's sign-in page fetched, its
// form posted as a user, and the identity service's redirect followed to wherever it points.
#include "CatchCompat.h"
#include "HttpClient.h"

#include <QUrlQuery>

#include <functional>

// The browser: the sign-in page, the form posted as `user`, and the identity service's redirect
// followed to wherever it points. What the page at the end said.
inline HttpReply browse(const QUrl &authorize, const QString &user, const QString &password,
                        const std::function<QUrl(QUrl)> &tamper = {})
{
    HttpClient ids(authorize.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
    const QString target = authorize.path() + u'?' + authorize.query(QUrl::FullyEncoded);
    REQUIRE(ids.get(target).status == 200);
    QUrlQuery form(authorize);
    form.addQueryItem(QStringLiteral("username"), user);
    form.addQueryItem(QStringLiteral("password"), password);
    const HttpReply posted = ids.post(authorize.path(), form.toString(QUrl::FullyEncoded).toUtf8(),
                                      "application/x-www-form-urlencoded");
    REQUIRE(posted.status == 302);
    QUrl back(QString::fromLatin1(posted.header("Location")));
    if (tamper)
        back = tamper(back);
    HttpClient loopback(back.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
    return loopback.get(back.path() + u'?' + back.query(QUrl::FullyEncoded));
}
