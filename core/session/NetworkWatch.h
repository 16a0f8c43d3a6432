#pragma once

#include <QObject>

namespace recbar {

// Says when the network comes back, so that a lost connection is tried again at once rather
// than after its back-off. The system's network information backend (a plugin, GLib) costs
// start-up time: it is loaded at the first start(), which comes once a connection is lost.
class NetworkWatch : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    void start();

signals:
    void online();

private:
    bool m_started = false;
};

} // namespace recbar
