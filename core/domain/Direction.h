#pragma once

namespace recbar {

// Which way a call went. The numbers are what the library stores (and Imagicle sends).
enum class Direction { Unknown = 0, Inbound = 1, Outbound = 2 };

inline Direction directionFromNumber(int number)
{
    return number == 1   ? Direction::Inbound
           : number == 2 ? Direction::Outbound
                         : Direction::Unknown;
}

} // namespace recbar
