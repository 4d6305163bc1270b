// Paired comparison of two designs or group controls on the same traffic
// (`hoistway compare`): both sides run the same replications, replication k
// of each drawing its passengers from the random streams of (seed, k)
// (common random numbers), so each figure's run-by-run difference is paired
// and its confidence interval narrow (Law, "Simulation Modeling and
// Analysis", 5th ed., 2015, section 10.2.1, the paired-t interval).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/building.h"
#include "core/status.h"
#include "sim/replications.h"

namespace hoistway {

// One figure of both sides. difference = b - a (means over runs), ratio
// = b / a; the
// interval is the paired-t 95 % interval of the run-by-run differences,
// absent with one run. significant: the interval excludes 0.
struct ComparedFigure {
  std::string name;  // e.g. "waiting_time_mean_s" (spec/outputs.md)
  double a = 0.0;
  double b = 0.0;
  double difference = 0.0;
  std::optional<double> ratio;  // b / a, absent when a is 0
  std::optional<double> ci95_low;
  std::optional<double> ci95_high;
  bool significant = false;
};

struct Comparison {
  ReplicatedReport a;
  ReplicatedReport b;
  std::vector<ComparedFigure> figures;
};

// The figures compared, in order: each a name and the path of the figure
// in a simulation report (sim/figures.h).
struct ComparedFigureDef {
  std::string_view name;
  std::string_view path;
  std::string_view unit;  // "s", "%", "persons", "% of population" ...
};
std::vector<ComparedFigureDef> ComparedFigureDefs();

// Pairs two replicated reports run by run (they must have the same number of
// runs and were made with the same seed for the pairing to mean anything).
std::vector<ComparedFigure> PairFigures(const ReplicatedReport& a, const ReplicatedReport& b);

// Runs `a` and then `b` with `options` (the same seed and runs for both;
// options.passengers and options.cars see side a's first run) and pairs them.
// Each side's report is exactly what RunReplications gives for it, so its
// figures equal `hoistway simulate` with the same seed and runs. Errors as
// RunReplications.
Result<Comparison> RunComparison(const Building& a, const Building& b,
                                 const ReplicationOptions& options);

// The same with each side's own options (its own dispatcher factory, say);
// they must have the same seed and runs for the pairing to mean anything.
Result<Comparison> RunComparison(const Building& a, const ReplicationOptions& options_a,
                                 const Building& b, const ReplicationOptions& options_b);

}  // namespace hoistway
