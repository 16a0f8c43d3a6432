#include "NetworkWatch.h"

#include <QNetworkInformation>

namespace recbar {

void NetworkWatch::start()
{
    if (std::exchange(m_started, true))
        return;
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online)
                    emit online();
            });
}

} // namespace recbar
