// The times of one car that the round-trip-time method uses, in the symbols
// of CIBSE Guide D and ISO 8100-32.
#pragma once

#include "core/building.h"
#include "kinematics/motion_profile.h"

namespace hoistway {

struct CarTiming {
  MotionLimits limits;                  // v, a, j
  double door_open_s = 0.0;             // t_o
  double door_close_s = 0.0;            // t_c
  double door_dwell_s = 0.0;            // t_dw: held open after the last passenger moved
  double start_delay_s = 0.0;           // t_sd
  double advance_door_opening_s = 0.0;  // t_ad
  double loading_s = 0.0;               // per passenger boarding
  double unloading_s = 0.0;             // per passenger alighting

  // Time at a stop besides the flight and the transfers: t_o + t_c + t_dw + t_sd - t_ad.
  double StopOverhead() const {
    return door_open_s + door_close_s + door_dwell_s + start_delay_s - advance_door_opening_s;
  }
  // t_p, the mean transfer time per passenger movement: (loading + unloading) / 2,
  // so that 2 P t_p is every passenger boarding once and alighting once.
  double TransferPerPassenger() const { return 0.5 * (loading_s + unloading_s); }
};

// The times of a car as the building describes it.
CarTiming CarTimingFor(const CarSpec& car);

}  // namespace hoistway
