#include "analysis/car_timing.h"

namespace hoistway {

CarTiming CarTimingFor(const CarSpec& car) {
  CarTiming t;
  t.limits = {car.rated_speed_mps, car.acceleration_mps2, car.jerk_mps3};
  t.door_open_s = car.door_open_s;
  t.door_close_s = car.door_close_s;
  t.door_dwell_s = car.door_dwell_s;
  t.start_delay_s = car.start_delay_s;
  t.advance_door_opening_s = car.advance_door_opening_s;
  t.loading_s = car.loading_s;
  t.unloading_s = car.unloading_s;
  return t;
}

}  // namespace hoistway
