// Simulation speed on the comparison scenario (tests/data/validation/perf/
// office-18.yaml: 18 floors, 6 cars, collective control), one core.
// Reports simulated passengers per wall-clock second.
//   build/release/bench/sim_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

#include "core/building_loader.h"
#include "dispatch/factory.h"
#include "sim/simulation.h"

namespace hoistway {
namespace {

Building Office18(double hours) {
  auto b = LoadBuildingFile(std::string(HOISTWAY_SOURCE_DIR) +
                            "/tests/data/validation/perf/office-18.yaml");
  if (!b.ok()) {
    std::fprintf(stderr, "%s\n", b.error().message().c_str());
    std::abort();
  }
  b->traffic.duration_s = hours * 3600.0;
  return *b;
}

void BM_SimulateOffice18(benchmark::State& state) {
  const Building building = Office18(static_cast<double>(state.range(0)));
  SimulationOptions options;
  options.make_dispatcher = dispatch::MakeDispatcher;
  std::int64_t passengers = 0;
  std::uint64_t events = 0;
  for (auto _ : state) {
    auto report = RunSimulation(building, options);
    benchmark::DoNotOptimize(report);
    passengers += report->generated;
    events += report->events;
    ++options.seed;
  }
  state.counters["passengers/s"] =
      benchmark::Counter(static_cast<double>(passengers), benchmark::Counter::kIsRate);
  state.counters["events/s"] =
      benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
  state.counters["passengers"] =
      static_cast<double>(passengers) / static_cast<double>(state.iterations());
}
// Simulated hours per run: one hour (the scenario as published) and 500 hours.
BENCHMARK(BM_SimulateOffice18)->Arg(1)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace hoistway

BENCHMARK_MAIN();
