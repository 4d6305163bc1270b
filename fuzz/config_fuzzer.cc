// libFuzzer entry point for the building-description parser (ParseBuilding).
// Any bytes must give either a Building that keeps the loader's promises or
// one one-line Error: never a crash, a hang, an exception or a sanitizer
// report. Built by fuzz/CMakeLists.txt as config_fuzzer (-DHOISTWAY_FUZZ=ON)
// and, in ordinary test builds, replayed over fuzz/corpus/config by
// config_fuzz_replay.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/building_loader.h"

namespace {

// Stops the run (and fails the replay test) when a promise is broken.
void Check(bool promise) {
  if (!promise) __builtin_trap();
}

void CheckBuilding(const hoistway::Building& b) {
  Check(b.FloorCount() >= 2);
  Check(!b.groups.empty());
  Check(b.main_entrance.value() >= 0 && b.main_entrance.value() < b.FloorCount());
  Check(b.floor(b.main_entrance).entrance);
  for (int i = 1; i < b.FloorCount(); ++i) {
    Check(b.floors[i].level_m > b.floors[i - 1].level_m);
  }
  for (const hoistway::GroupSpec& g : b.groups) {
    Check(g.serves.size() >= 2);
    for (std::size_t i = 1; i < g.serves.size(); ++i) Check(g.serves[i - 1] < g.serves[i]);
    Check(g.cars >= 1);
    Check(g.car.capacity_persons >= 1 && g.car.MaxLoad() >= 1);
    Check(g.car.rated_speed_mps > 0 && g.car.acceleration_mps2 > 0 && g.car.jerk_mps3 > 0);
    Check(g.Serves(g.parking_floor));
    for (const hoistway::OutOfService& o : g.out_of_service) {
      Check(o.car.value() >= 0 && o.car.value() < g.cars && o.from_s < o.to_s);
    }
  }
  Check(b.traffic.duration_s > 0);
  Check(b.traffic.saturated || !b.traffic.periods.empty());
  for (const hoistway::PeriodSpec& p : b.traffic.periods) {
    Check(p.duration_s > 0 && p.rate_pct_per_5min > 0);
  }
  Check(b.report.warmup_s + b.report.cooldown_s < b.traffic.duration_s);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const hoistway::Result<hoistway::Building> building = hoistway::ParseBuilding(text, "fuzz.yaml");
  if (building.ok()) {
    CheckBuilding(*building);
  } else {
    const std::string& message = building.error().message();
    Check(message.rfind("fuzz.yaml", 0) == 0);
    Check(message.find('\n') == std::string::npos);
    Check(message.size() < 4096);
  }
  return 0;
}
