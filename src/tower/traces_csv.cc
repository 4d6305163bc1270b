#include "tower/traces_csv.h"

#include <fmt/core.h>

#include <iterator>

#include "report/html.h"

namespace hoistway::tower {

std::string FormatTracesCsv(const TowerReport& r) {
  std::string out;
  report::Put(out, "# hoistway tower: normal runs of {}\n", r.lift);
  report::Put(out, "# sample_rate_hz: {:g}\n", kRunSampleRateHz);
  report::Put(out, "# gravity: removed\n");
  report::Put(out,
              "time_s,run,position_m,speed_mps,acceleration_mps2,jerk_mps3,x_mps2,y_mps2,z_mps2\n");
  double offset = 0.0;
  for (const NormalRun& run : r.runs) {
    const Trace& t = run.trace;
    for (std::size_t i = 0; i < t.time_s.size(); ++i) {
      report::Put(out, "{:.3f},{},{:.5f},{:.5f},{:.5f},{:.4f},0,0,{:.5f}\n", offset + t.time_s[i],
                  run.id, t.position_m[i], t.velocity_mps[i], t.acceleration_mps2[i],
                  t.jerk_mps3[i], t.acceleration_mps2[i]);
    }
    if (!t.time_s.empty()) offset += t.time_s.back() + 1.0 / kRunSampleRateHz;
  }
  return out;
}

}  // namespace hoistway::tower
