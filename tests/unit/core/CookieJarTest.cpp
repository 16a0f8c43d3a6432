#include "session/CookieJar.h"

#include "CatchCompat.h"

#include <QUrl>

using namespace recbar;

TEST_CASE("A server cannot grow the bar's memory with cookies", "[security][net]")
{
    CookieJar jar;
    const QUrl url(QStringLiteral("https://recorder.example.com/"));
    QList<QNetworkCookie> many;
    for (int i = 0; i < 200; ++i)
        many.append(QNetworkCookie("c" + QByteArray::number(i), "v"));
    jar.setCookiesFromUrl(many, url);
    CHECK(jar.cookiesForUrl(url).size() == CookieJar::kMaxCookies);
    // A cookie it already has may still be renewed.
    CHECK(jar.setCookiesFromUrl({QNetworkCookie("c0", "renewed")}, url));
    CHECK(jar.cookiesForUrl(url).size() == CookieJar::kMaxCookies);

    CookieJar small;
    CHECK_FALSE(small.setCookiesFromUrl({QNetworkCookie("big", QByteArray(8192, 'x'))}, url));
    CHECK(small.cookiesForUrl(url).isEmpty());
}
