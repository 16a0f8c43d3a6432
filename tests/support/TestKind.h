#pragma once

#include "servers/ServerKind.h"

// A server kind that lives in tests/ only: its fields, its control and its call-state source,
// registered with ServerRegistry::add(), and nothing else anywhere. That the profile store,
// the settings form and the agent session take it as they take the four real kinds shows that
// a new kind needs its folder and one registration line.
recbar::ServerKind memoKind();
// Registers it for as long as it lives: each test that needs the kind has its own, and the tests
// after it see the four shipped kinds only.
class ScopedMemoKind
{
public:
    ScopedMemoKind();
    ~ScopedMemoKind();
    ScopedMemoKind(const ScopedMemoKind &) = delete;
    ScopedMemoKind &operator=(const ScopedMemoKind &) = delete;
};
