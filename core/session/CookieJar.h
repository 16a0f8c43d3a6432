#pragma once

#include <QNetworkCookie>
#include <QNetworkCookieJar>

namespace recbar {

// The session cookies a recording server sets (Imagicle's, a load balancer's), bounded: a
// server cannot grow the bar's memory with cookies. Past the bounds a cookie is dropped.
class CookieJar : public QNetworkCookieJar
{
public:
    static constexpr int kMaxCookies = 50;
    static constexpr int kMaxCookieBytes = 4096;

    using QNetworkCookieJar::QNetworkCookieJar;
    bool insertCookie(const QNetworkCookie &cookie) override;
};

} // namespace recbar
