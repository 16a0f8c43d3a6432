#include "CookieJar.h"

#include "Logging.h"

#include <QNetworkCookie>

namespace recbar {

bool CookieJar::insertCookie(const QNetworkCookie &cookie)
{
    const QList<QNetworkCookie> all = allCookies();
    const bool replaces = std::any_of(all.begin(), all.end(), [&cookie](const QNetworkCookie &c) {
        return c.hasSameIdentifier(cookie);
    });
    if (cookie.name().size() + cookie.value().size() > kMaxCookieBytes ||
        (!replaces && all.size() >= kMaxCookies)) {
        qCInfo(lcNet) << "dropped a cookie past RecBar's bounds:" << cookie.name().left(40);
        return false;
    }
    return QNetworkCookieJar::insertCookie(cookie);
}

} // namespace recbar
