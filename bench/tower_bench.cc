// The virtual test tower's cost: the whole en81-20 suite of one lift (the
// ten tests, two normal runs with their ride analysis, traces kept, as
// `hoistway tower` does), and as a sweep runs it (no traces, no ride).
// Target (issue 10): a lift's suite under 50 ms of CPU; 10,000 lifts in
// under a minute on one core (bench/tower_sweep.sh for the whole program).
#include <benchmark/benchmark.h>

#include <string>

#include "tower/lift_loader.h"
#include "tower/suite.h"

namespace {

using namespace hoistway::tower;

const char* const kLifts[] = {"mrl-630", "mr-1000-2to1", "gearless-1600-4"};

LiftDescription Load(int index) {
  auto lift =
      LoadLiftFile(std::string(HOISTWAY_SOURCE_DIR) + "/examples/tower/" + kLifts[index] + ".yaml");
  if (!lift.ok()) return {};
  return lift->description;
}

void BM_SuiteWithTraces(benchmark::State& state) {
  const LiftDescription lift = Load(static_cast<int>(state.range(0)));
  state.SetLabel(kLifts[state.range(0)]);
  for (auto _ : state) {
    auto report = RunSuite(lift, kDefaultSuite, ProcedureOptions{});
    benchmark::DoNotOptimize(report);
  }
}
BENCHMARK(BM_SuiteWithTraces)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

void BM_SuiteForSweep(benchmark::State& state) {
  const LiftDescription lift = Load(static_cast<int>(state.range(0)));
  state.SetLabel(kLifts[state.range(0)]);
  ProcedureOptions options;
  options.traces = false;
  options.ride_figures = false;
  for (auto _ : state) {
    auto report = RunSuite(lift, kDefaultSuite, options);
    benchmark::DoNotOptimize(report);
  }
}
BENCHMARK(BM_SuiteForSweep)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
