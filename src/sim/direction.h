// Direction of travel of a car and of a landing call.
#pragma once

#include <cstdint>

namespace hoistway {

enum class Direction : std::int8_t { kDown = -1, kNone = 0, kUp = 1 };

inline constexpr Direction Reverse(Direction d) {
  return static_cast<Direction>(-static_cast<int>(d));
}
// Index of an up/down direction in two-slot arrays: up 0, down 1.
inline constexpr int DirectionSlot(Direction d) {
  return d == Direction::kUp ? 0 : 1;
}
inline constexpr int Step(Direction d) {
  return static_cast<int>(d);
}
inline constexpr const char* DirectionName(Direction d) {
  return d == Direction::kUp ? "up" : d == Direction::kDown ? "down" : "none";
}

}  // namespace hoistway
