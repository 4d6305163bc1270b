#include "tower/report_text.h"

#include <fmt/core.h>

#include <cmath>

namespace hoistway::tower {

std::string FormatMeasured(double value, const std::string& unit) {
  if (std::isinf(value)) return value > 0 ? "unbounded" : "-unbounded";
  if (std::isnan(value)) return "not measured";
  const double magnitude = std::fabs(value);
  const int decimals = magnitude >= 100 ? 1 : (magnitude >= 10 ? 2 : (magnitude >= 1 ? 3 : 4));
  return fmt::format("{:.{}f} {}", value, decimals, unit);
}

std::string FormatTextReport(const TowerReport& r) {
  std::string out;
  const auto put = [&out](const std::string& line) { out += line + "\n"; };
  put(fmt::format("Virtual test tower: {}", r.lift));
  put(fmt::format("  description {}; suite {}", r.source, r.suite));
  if (!r.notice.empty()) put(fmt::format("  NOTE: {}", r.notice));
  for (const std::string& f : r.faults) put(fmt::format("  fault applied: {}", f));
  for (const Override& o : r.overrides)
    put(fmt::format("  {} = {}   ({})", o.key, o.value, o.origin));
  put("");
  put(fmt::format("{:<28} {:>16}  {:<7} {}", "test", "measured", "verdict", "limit"));
  for (const TestResult& t : r.tests) {
    put(fmt::format("{:<28} {:>16}  {:<7} {}", t.id, FormatMeasured(t.measured, t.unit),
                    t.verdict == Verdict::kPass ? "pass" : "FAIL", t.limit_text));
  }
  put("");
  for (const TestResult& t : r.tests) {
    put(fmt::format("{} ({}): {}", t.id, t.clause, t.title));
    put(fmt::format("  {}", t.finding));
  }
  for (const NormalRun& run : r.runs) {
    put("");
    put(
        fmt::format("Normal run, {}: flight {:.2f} s, top speed {:.3f} m/s, stopped {:+.1f} mm "
                    "from the landing",
                    run.title, run.flight_time_s, run.max_speed_mps, run.stopping_error_mm));
    if (!run.ride_error.empty())
      put(fmt::format("  ride figures: not available ({})", run.ride_error));
    // The motion figures (the twin's runs have no vibration or sound).
    for (const Figure& f : run.ride) {
      const bool motion =
          f.key.rfind("max_", 0) == 0 || f.key.rfind("a95", 0) == 0 || f.key.rfind("v95", 0) == 0;
      if (motion) put(fmt::format("  {:<40} {}", f.label, FormatMeasured(f.value, f.unit)));
    }
  }
  put("");
  int failed = 0;
  for (const TestResult& t : r.tests) failed += t.verdict == Verdict::kFail ? 1 : 0;
  put(failed == 0 ? fmt::format("Verdict: pass (all {} tests)", r.tests.size())
                  : fmt::format("Verdict: FAIL ({} of {} tests failed)", failed, r.tests.size()));
  return out;
}

}  // namespace hoistway::tower
