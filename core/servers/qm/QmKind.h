#pragma once

#include "servers/ServerKind.h"

namespace recbar {

ServerKind qmKind();

} // namespace recbar
