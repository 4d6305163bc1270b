#include "sim/group_view.h"

namespace hoistway {

FloorIndex GroupView::NextStoppableFloor(CarId c) const {
  const CarState& car = cars_[c.value()];
  if (car.phase != CarPhase::kMoving) return car.floor;
  const Tick elapsed = now_ - car.depart_time;
  const int step = Step(car.direction);
  for (int f = car.floor.value() + step; f != car.target.value(); f += step) {
    if (serves_floor_[f] && elapsed <= flights_.Commit(car.floor, FloorIndex(f))) {
      return FloorIndex(f);
    }
  }
  return car.target;
}

}  // namespace hoistway
