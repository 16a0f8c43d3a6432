#pragma once

#include <QString>

#include <algorithm>
#include <cmath>

namespace recbar {

// How a two-channel call is heard: both sides, one side alone (in both ears), or leaning one
// way. Recorders put the agent on one side and the customer on the other; which is which is
// the recorder's choice, so the sides are "first" and "second" (left and right).
struct ChannelMix
{
    enum class Solo { None, First, Second };

    Solo solo = Solo::None;
    double balance = 0; // -1: the first side only ... 0: both ... +1: the second side only

    // The level of a side (0 or 1) in what is heard.
    double gain(int side) const
    {
        if (solo != Solo::None)
            return (solo == Solo::First) == (side == 0) ? 1.0 : 0.0;
        const double b = std::clamp(balance, -1.0, 1.0);
        return side == 0 ? std::min(1.0, 1.0 - b) : std::min(1.0, 1.0 + b);
    }
    bool isDefault() const { return solo == Solo::None && balance == 0; }

    // Kept with the recording in the library: "", "first", "second" or "balance:-0.40".
    QString toString() const
    {
        switch (solo) {
        case Solo::First:
            return QStringLiteral("first");
        case Solo::Second:
            return QStringLiteral("second");
        case Solo::None:
            break;
        }
        return balance == 0 ? QString() : QStringLiteral("balance:%1").arg(balance, 0, 'f', 2);
    }
    static ChannelMix fromString(const QString &text)
    {
        if (text == u"first")
            return {Solo::First, 0};
        if (text == u"second")
            return {Solo::Second, 0};
        if (text.startsWith(u"balance:")) {
            bool ok = false;
            const double b = text.mid(8).toDouble(&ok);
            if (ok && std::isfinite(b))
                return {Solo::None, std::clamp(b, -1.0, 1.0)};
        }
        return {};
    }
    bool operator==(const ChannelMix &) const = default;
};

} // namespace recbar
