#pragma once

#include "servers/ServerKind.h"

// A server kind that lives in tests/ only: its fields, its control and its call-state source,
// in a registry of the test's own, and nothing else anywhere. That the profile store,
// the settings form and the agent session take it as they take the four real kinds shows that
// a new kind needs its folder and one registration line.
recbar::ServerKind memoKind();
// The four shipped kinds and memo, for as long as it lives: each test that needs the kind has its
// own, and the tests after it see the shipped kinds only.
class KindsWithMemo : public recbar::ServerRegistry
{
public:
    KindsWithMemo();
};
