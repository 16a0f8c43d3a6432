#pragma once

#include "servers/ServerKind.h"

namespace recbar {

ServerKind recordingApiKind();

} // namespace recbar
