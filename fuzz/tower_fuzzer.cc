// libFuzzer entry point for what the virtual test tower reads from outside:
// a lift description (ParseLift, ValidateLift) and, for a description that
// passes, its whole suite on the twin; or (first byte 'a' or above) one
// `--set KEY=VALUE` on the MRL 630 example. Any bytes must give a report
// whose figures are numbers or +infinity (never NaN) with consistent
// verdicts, or one one-line kInvalidInput error: never a crash, a hang, an
// exception or a sanitizer report. Built as tower_fuzzer (-DHOISTWAY_FUZZ=ON)
// and replayed over fuzz/corpus/tower by tower_fuzz_replay in test builds.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "tower/example_lifts.h"
#include "tower/lift_loader.h"
#include "tower/overrides.h"
#include "tower/suite.h"

namespace {

using namespace hoistway;
using namespace hoistway::tower;

void Check(bool promise) {
  if (!promise) __builtin_trap();
}

void CheckError(const Error& error) {
  Check(error.code() == ErrorCode::kInvalidInput);
  Check(!error.message().empty() && error.message().size() < 4096);
  Check(error.message().find('\n') == std::string::npos);
}

void RunValid(const LoadedLift& lift) {
  const Status valid = ValidateLift(lift);
  if (!valid.ok()) return CheckError(valid.error());
  ProcedureOptions options;
  options.traces = false;
  options.ride_figures = false;
  auto report = RunSuite(lift.description, kDefaultSuite, options);
  Check(report.ok());
  bool failed = false;
  for (const TestResult& t : report->tests) {
    Check(!std::isnan(t.measured) || t.verdict == Verdict::kFail);
    failed = failed || t.verdict == Verdict::kFail;
  }
  Check((report->verdict == Verdict::kFail) == failed);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  constexpr std::string_view kSet = "--set ";
  if (input.starts_with(kSet)) {
    std::string example;
    for (const auto& e : BuiltInExampleLifts()) {
      if (e.name == "mrl-630") example = std::string(e.text);
    }
    auto lift = ParseLift(example, "mrl-630.yaml");
    Check(lift.ok());
    const std::string_view line = input.substr(kSet.size());
    const std::string_view assignment = line.substr(0, line.find('\n'));
    const Status set = ApplySet(*lift, assignment);
    if (!set.ok()) return CheckError(set.error()), 0;
    RunValid(*lift);
    return 0;
  }
  auto lift = ParseLift(input, "fuzz.yaml");
  if (!lift.ok()) return CheckError(lift.error()), 0;
  RunValid(*lift);
  return 0;
}
