#pragma once

#include "servers/ServerKind.h"

namespace recbar::finesse {

// Finesse in single sign-on (UCCE and UCCX 11.6 onward): how a user signs in (SystemInfo's
// systemAuthMode; in HYBRID the user's own mode), the Cisco Identity Service's endpoints, and the
// profile settings for both. docs/protocols/finesse.md ("Single sign-on") marks what is
// documented and what is assumed.
SingleSignOn singleSignOn();
QList<KindField> singleSignOnFields();

} // namespace recbar::finesse
