// Benchmarks of `hoistway size`: the whole grid (9 rated loads x 14 speeds x
// 1-8 cars) for one group, without --verify. The issue asks for well under a
// second. Run: build/release/bench/size_bench
#include <benchmark/benchmark.h>

#include <string>

#include "analysis/rtt_analysis.h"
#include "analysis/sizing.h"
#include "core/building.h"

namespace hoistway {
namespace {

// An office of `above` floors of 3.6 m above a lobby, 90 persons each, one group.
Building Office(int above) {
  Building b;
  b.name = "bench office";
  double level = 0.0;
  for (int i = 0; i <= above; ++i) {
    FloorSpec f;
    f.name = i == 0 ? "G" : std::to_string(i);
    f.height_m = 3.6;
    f.level_m = level;
    f.population = i == 0 ? 0.0 : 90.0;
    f.entrance = i == 0;
    b.floors.push_back(f);
    level += f.height_m;
  }
  GroupSpec g;
  g.name = "A";
  g.cars = 6;
  g.car.capacity_persons = 21;
  g.car.rated_speed_mps = 2.5;
  g.car.acceleration_mps2 = 1.0;
  g.car.jerk_mps3 = 1.5;
  g.car.door_open_s = 1.8;
  g.car.door_close_s = 2.9;
  g.car.start_delay_s = 0.5;
  g.car.loading_s = 1.2;
  g.car.unloading_s = 1.2;
  for (int i = 0; i <= above; ++i) g.serves.push_back(FloorIndex(i));
  b.groups.push_back(g);
  b.analysis.capacity_factor = 0.8;
  b.analysis.target_interval_s = 30.0;
  b.analysis.target_handling_capacity_pct = 12.0;
  return b;
}

void BM_SizeGrid(benchmark::State& state) {
  const Building building = Office(static_cast<int>(state.range(0)));
  int designs = 0;
  for (auto _ : state) {
    Result<Sizing> sizing = SizeBuilding(building);
    benchmark::DoNotOptimize(sizing);
    designs = sizing.ok() ? sizing->groups.front().evaluated : 0;
  }
  state.counters["designs"] = designs;
}
BENCHMARK(BM_SizeGrid)->Arg(16)->Arg(40)->Arg(80)->Unit(benchmark::kMillisecond);

void BM_Rtt(benchmark::State& state) {
  const Building building = Office(static_cast<int>(state.range(0)));
  RttOptions options;
  options.general_analysis = false;
  for (auto _ : state) {
    Result<BuildingRtt> rtt = AnalyzeRtt(building, options);
    benchmark::DoNotOptimize(rtt);
  }
}
BENCHMARK(BM_Rtt)->Arg(16)->Arg(80)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace hoistway

BENCHMARK_MAIN();
