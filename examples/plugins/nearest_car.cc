// An example dispatcher plug-in: each landing call goes to the in-service car
// nearest to the call floor (ties: the lower car number), whatever it is
// doing. Simpler and worse than `collective`; it shows the plug-in interface.
//
// Build (from the repository root, after a release build):
//   g++ -std=c++20 -O2 -shared -fPIC -Isrc examples/plugins/nearest_car.cc \
//       -o build/nearest_car.so
// Use: `dispatcher: ../build/nearest_car.so` in a group of a building
// description (a relative path is relative to the description's folder).
#include <cstdlib>
#include <string>

#include "sim/dispatcher_plugin.h"

namespace {

class NearestCar final : public hoistway::Dispatcher {
 public:
  NearestCar(const char* group_name, int cars) : group_(group_name), cars_(cars) {}

  hoistway::CarId AssignLandingCall(const hoistway::GroupView& group,
                                    const hoistway::LandingCall& call) override {
    hoistway::CarId best = hoistway::kNoCar;
    int best_distance = 1 << 30;
    for (int c = 0; c < group.car_count(); ++c) {
      const hoistway::CarId id(c);
      if (!group.car(id).in_service) continue;
      const int distance = std::abs(group.NextStoppableFloor(id).value() - call.floor.value());
      if (distance < best_distance) {
        best_distance = distance;
        best = id;
      }
    }
    return best;
  }

 private:
  std::string group_;
  int cars_;
};

}  // namespace

HOISTWAY_DISPATCHER_PLUGIN(NearestCar)
