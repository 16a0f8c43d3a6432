#pragma once

#include "../http/HttpMessage.h"
#include "../model/Entities.h"

namespace recsim {

// One server kind's API on the shared port: which paths it owns, how it answers, and how
// its errors look on the wire (JSON Message, XML ApiErrors, ...).
class ApiModule
{
public:
    virtual ~ApiModule() = default;

    virtual QString name() const = 0;
    virtual bool claims(const QString &path) const = 0;
    virtual HttpResponse handle(const HttpRequest &request, User &user) = 0;
    virtual HttpResponse error(int status, const QString &message) const = 0;
    // Whether a request needs HTTP Basic credentials (every API but QM's, whose guide documents
    // none, unless its dialect says otherwise).
    virtual bool requiresAuthentication() const { return true; }
    // Whether it takes only the identity service's tokens, not passwords (Finesse in single
    // sign-on).
    virtual bool bearerOnly() const { return false; }
    // A request its documents let anyone make, before signing in (Finesse's SystemInfo, which a
    // client asks how users sign in).
    virtual bool isPublic(const HttpRequest &) const { return false; }
};

} // namespace recsim
