#pragma once

#include "servers/ServerKind.h"

namespace recbar {

ServerKind imagicleKind();

} // namespace recbar
