#pragma once

#include "domain/AgentSnapshot.h"

#include <QCoreApplication>

#include <optional>

namespace recbar {

struct Notification
{
    QString title;
    QString message;
    bool critical = false;
};

// What deserves a desktop notification between two snapshots: recording started, stopped or
// failed, and trouble with the connection.
class Notifier
{
    Q_DECLARE_TR_FUNCTIONS(Notifier)

public:
    std::optional<Notification> next(const AgentSnapshot &snapshot);

private:
    std::optional<AgentSnapshot> m_previous;
};

} // namespace recbar
