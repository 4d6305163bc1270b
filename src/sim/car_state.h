// What a dispatcher may know about a car: its phase, place, direction, load
// and committed stops. The engine owns and updates these; dispatchers read
// them through GroupView.
#pragma once

#include <cstdint>
#include <vector>

#include "core/ids.h"
#include "core/sim_time.h"
#include "sim/direction.h"

namespace hoistway {

enum class CarPhase : std::uint8_t {
  kIdle,      // stationary, doors closed, nothing to do
  kStarting,  // doors closed, start delay running before motion
  kMoving,    // in flight from `floor` to `target`
  kOpening,   // doors opening at `floor`
  kOpen,      // doors open at `floor`: passengers moving, then dwell
  kClosing,   // doors closing at `floor`
};

// Bits of CarState::stops[floor].
inline constexpr std::uint8_t kCarCall = 1;   // someone aboard alights here
inline constexpr std::uint8_t kUpCall = 2;    // this car answers the up landing call here
inline constexpr std::uint8_t kDownCall = 4;  // this car answers the down landing call here
inline constexpr std::uint8_t kLandingCalls = kUpCall | kDownCall;

inline constexpr std::uint8_t LandingCallBit(Direction d) {
  return d == Direction::kUp ? kUpCall : kDownCall;
}

struct CarState {
  CarPhase phase = CarPhase::kIdle;
  FloorIndex floor;                        // where it stands; in flight, the floor it left
  FloorIndex target;                       // in flight or starting: where it will stop
  Direction direction = Direction::kNone;  // of travel (starting, moving)
  Direction lantern = Direction::kNone;    // at a floor: the direction it will leave in
  Tick phase_end = kNever;                 // when the current phase ends
  Tick depart_time = 0;                    // in flight: when motion started
  int load = 0;                            // persons aboard
  int max_load = 0;                        // persons it takes on before it counts as full
  bool in_service = true;
  bool parking = false;             // in flight to its parking floor with nothing else to do
  std::vector<std::uint8_t> stops;  // per floor: kCarCall | kUpCall | kDownCall

  bool full() const { return load >= max_load; }
  bool stationary() const { return phase != CarPhase::kMoving; }
};

}  // namespace hoistway
