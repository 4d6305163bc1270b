#include "fleet/traffic_runs.h"

#include <fmt/core.h>

#include <algorithm>
#include <optional>

#include "core/building_loader.h"
#include "dispatch/factory.h"
#include "sim/simulation.h"

namespace hoistway::fleet {
namespace {

constexpr double kPersonKg = 75;  // EN 81-20 5.4.2
constexpr int kPersonsPerFloorPerCar = 15;

std::string BuildingYaml(const std::vector<MachineSpec>& cars, double length_s) {
  const MachineSpec& car = cars.front();
  const int floors = std::max(2, car.floors);
  std::string yaml = "name: emulated\nmain_entrance: \"0\"\nfloors:\n";
  for (int f = 0; f < floors; ++f) {
    yaml +=
        fmt::format("  - {{name: \"{}\", height_m: {}, population: {}{}}}\n", f, car.floor_height_m,
                    f == 0 ? 0 : kPersonsPerFloorPerCar * static_cast<int>(cars.size()),
                    f == 0 ? ", entrance: true" : "");
  }
  yaml += fmt::format(
      "groups:\n  - name: A\n    cars: {}\n    car: {{rated_load_kg: {}, rated_speed_mps: {}, "
      "acceleration_mps2: {}, jerk_mps3: 1.2, door_open_s: 2.0, door_close_s: {}, door_dwell_s: "
      "2.0, start_delay_s: 0.5, passenger_transfer_s: 1.2}}\n    dispatcher: collective\n"
      "    parking: none\ntraffic: {{template: lunch, duration_s: {}}}\n",
      cars.size(), car.rated_load_kg, car.rated_speed_mps, car.acceleration_mps2, car.door_close_s,
      length_s);
  return yaml;
}

class RunRecorder final : public CarObserver {
 public:
  explicit RunRecorder(std::size_t cars) : runs_(cars), open_(cars) {}

  void OnCarPhase(Tick time, GroupId, CarId car, const CarState& state) override {
    const auto c = static_cast<std::size_t>(car.value());
    if (c >= runs_.size()) return;
    if (state.phase == CarPhase::kMoving) {
      open_[c] = PlannedRun{TicksToSeconds(time), 0, state.floor.value(), state.target.value(),
                            state.load * kPersonKg};
    } else if (state.phase == CarPhase::kOpening && open_[c]) {
      PlannedRun run = *open_[c];
      run.to_floor = state.floor.value();
      run.planned_s = TicksToSeconds(time) - run.start_s;
      if (run.to_floor != run.from_floor) runs_[c].push_back(run);
      open_[c].reset();
    }
  }

  std::vector<std::vector<PlannedRun>> Take() { return std::move(runs_); }

 private:
  std::vector<std::vector<PlannedRun>> runs_;
  std::vector<std::optional<PlannedRun>> open_;
};

}  // namespace

Result<std::vector<std::vector<PlannedRun>>> SimulateRuns(const std::vector<MachineSpec>& cars,
                                                          double length_s, std::uint64_t seed,
                                                          std::uint64_t window) {
  if (cars.empty()) return InvalidInput("a building needs at least one lift");
  auto building = ParseBuilding(BuildingYaml(cars, length_s), "emulated building");
  if (!building.ok()) return building.error();
  RunRecorder recorder(cars.size());
  SimulationOptions options;
  options.seed = seed;
  options.replication = window;
  options.make_dispatcher = dispatch::MakeBuiltInDispatcher;
  options.cars = &recorder;
  auto report = RunSimulation(*building, options);
  if (!report.ok()) return report.error();
  auto runs = recorder.Take();
  for (auto& car : runs) {
    car.erase(std::remove_if(car.begin(), car.end(),
                             [&](const PlannedRun& r) { return r.start_s >= length_s; }),
              car.end());
  }
  return runs;
}

}  // namespace hoistway::fleet
