// Simulated time: an integer count of ticks since the start of a run.
// Integer time makes event order exact and runs reproducible bit for bit.
#pragma once

#include <cmath>
#include <cstdint>

namespace hoistway {

using Tick = std::int64_t;

// One tick is one millisecond.
inline constexpr Tick kTicksPerSecond = 1000;
inline constexpr Tick kNever = INT64_MAX / 4;

// Rounds seconds to the nearest tick (half away from zero).
inline Tick SecondsToTicks(double seconds) {
  return static_cast<Tick>(std::llround(seconds * static_cast<double>(kTicksPerSecond)));
}
inline constexpr double TicksToSeconds(Tick ticks) {
  return static_cast<double>(ticks) / static_cast<double>(kTicksPerSecond);
}

}  // namespace hoistway
