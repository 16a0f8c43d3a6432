#pragma once

#include <QJsonObject>
#include <QObjectList>

namespace recbar {

// What a long-running bar holds, for the soak program and `recbar ctl diagnostics`: growth in
// any of these over a working day is a leak. -1 where the platform does not say.
struct ProcessFigures
{
    qint64 residentKiB = -1;
    int handles = -1; // open file descriptors, or Windows handles
    int objects = -1; // QObjects reachable from the roots given
    int timers = -1;  // timers running on those objects
    // The audit log's state: "ok", "ok (not keyed: no keychain)", or why it cannot be written.
    QString auditLog;

    // The objects and timers are counted in the trees under roots, each object once.
    static ProcessFigures sample(const QObjectList &roots);
    QJsonObject toJson() const;
};

} // namespace recbar
