// The vertical city's whole office day (examples/vertical-city.yaml: 100
// levels, nine groups, shuttles to two sky lobbies, about 20,000 journeys
// and 42,000 legs), one core. Reports people and legs per second of CPU.
//   build/release/bench/vertical_city_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

#include "core/building_loader.h"
#include "dispatch/factory.h"
#include "sim/simulation.h"

namespace hoistway {
namespace {

void BM_VerticalCityDay(benchmark::State& state) {
  auto building =
      LoadBuildingFile(std::string(HOISTWAY_SOURCE_DIR) + "/examples/vertical-city.yaml");
  if (!building.ok()) {
    std::fprintf(stderr, "%s\n", building.error().message().c_str());
    std::abort();
  }
  SimulationOptions options;
  options.make_dispatcher = dispatch::MakeDispatcher;
  std::int64_t people = 0;
  std::int64_t legs = 0;
  for (auto _ : state) {
    auto report = RunSimulation(*building, options);
    if (!report.ok()) std::abort();
    people += report->generated;
    legs += report->legs.generated;
    ++options.seed;
  }
  state.counters["people/s"] =
      benchmark::Counter(static_cast<double>(people), benchmark::Counter::kIsRate);
  state.counters["legs/s"] =
      benchmark::Counter(static_cast<double>(legs), benchmark::Counter::kIsRate);
  state.counters["people"] = static_cast<double>(people) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_VerticalCityDay)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace hoistway

BENCHMARK_MAIN();
