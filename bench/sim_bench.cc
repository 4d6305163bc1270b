// Simulation speed on the comparison scenario (tests/data/validation/perf/
// office-18.yaml: 18 floors, 6 cars, collective control), one core, and on
// the same scenario under destination control with ETD and with ACA.
// Reports simulated passengers per wall-clock second.
//   build/release/bench/sim_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

#include "core/building_loader.h"
#include "core/call_model.h"
#include "dispatch/factory.h"
#include "sim/simulation.h"

namespace hoistway {
namespace {

// The scenario for `hours`, with every group's control replaced when
// `dispatcher` is given (then under destination control).
Building Office18(double hours, const char* dispatcher = nullptr) {
  auto b = LoadBuildingFile(std::string(HOISTWAY_SOURCE_DIR) +
                            "/tests/data/validation/perf/office-18.yaml");
  if (!b.ok()) {
    std::fprintf(stderr, "%s\n", b.error().message().c_str());
    std::abort();
  }
  b->traffic.duration_s = hours * 3600.0;
  if (dispatcher != nullptr) {
    const Status s =
        ApplyControlOverride(*b, {.dispatcher = dispatcher, .call_model = CallModel::kDestination});
    if (!s.ok()) std::abort();
  }
  return *b;
}

void Run(benchmark::State& state, const Building& building) {
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

void BM_SimulateOffice18(benchmark::State& state) {
  Run(state, Office18(static_cast<double>(state.range(0))));
}
void BM_SimulateOffice18DestinationEtd(benchmark::State& state) {
  Run(state, Office18(static_cast<double>(state.range(0)), "etd"));
}
void BM_SimulateOffice18DestinationAca(benchmark::State& state) {
  Run(state, Office18(static_cast<double>(state.range(0)), "aca"));
}
// Simulated hours per run: one hour (the scenario as published) and 500 hours.
BENCHMARK(BM_SimulateOffice18)->Arg(1)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SimulateOffice18DestinationEtd)
    ->Arg(1)
    ->Arg(500)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_SimulateOffice18DestinationAca)
    ->Arg(500)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
}  // namespace hoistway

BENCHMARK_MAIN();
