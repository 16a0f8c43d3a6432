#pragma once

#include "servers/ServerKind.h"

namespace recbar {

ServerKind finesseKind();

} // namespace recbar
