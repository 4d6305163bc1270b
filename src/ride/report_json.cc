#include "ride/report_json.h"

#include <cmath>
#include <string>

#include "ride/figures.h"

namespace hoistway::ride {

namespace {

// Four decimals: below any instrument's resolution (0.1 mm/s, 0.0001 mg),
// and free of the noise of single-precision storage.
constexpr double kRounding = 1e4;

double Round(double v) {
  return std::round(v * kRounding) / kRounding;
}

// Sets root[a][b][c] for the key "a.b.c"; counts (no unit) as integers.
void SetPath(nlohmann::ordered_json& root, const Figure& figure) {
  nlohmann::ordered_json* node = &root;
  const std::string& key = figure.key;
  std::size_t start = 0;
  for (std::size_t dot = key.find('.'); dot != std::string::npos; dot = key.find('.', start)) {
    node = &(*node)[key.substr(start, dot - start)];
    start = dot + 1;
  }
  auto& leaf = (*node)[key.substr(start)];
  if (figure.unit.empty()) {
    leaf = std::llround(figure.value);
  } else {
    leaf = Round(figure.value);
  }
}

nlohmann::ordered_json Peaks(const PeakToPeakStats& s, double fs) {
  return {{"count", s.count},
          {"max_at_s", Round(0.5 * (s.max_first.index + s.max_second.index) / fs)}};
}

}  // namespace

nlohmann::ordered_json ReportToJson(const RideReport& r, std::span<const LimitCheck> checks,
                                    bool limits_given) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const Figure& f : FiguresOf(r)) SetPath(j, f);

  const MotionAnalysis& m = r.motion;
  const double fs = r.recording.sample_rate_hz;
  j["direction"] = m.direction > 0 ? "up" : "down";
  j["cruise_s"] = Round(m.cruise_s);
  const RunBoundaries& b = m.boundaries;
  j["boundaries_s"] = {{"start", Round(b.start_s)},
                       {"constant_speed_begin", Round(b.constant_speed_begin_s)},
                       {"constant_speed_end", Round(b.constant_speed_end_s)},
                       {"end", Round(b.end_s)},
                       {"source", b.overridden ? "overridden" : "automatic"}};
  j["jerk_zones"] = nlohmann::ordered_json::array();
  for (const JerkZone& z : b.jerk_zones) {
    j["jerk_zones"].push_back({{"begin_s", Round(z.begin_s)},
                               {"end_s", Round(z.end_s)},
                               {"jerk_mps3", Round(z.jerk_mps3)}});
  }
  for (int a = 0; a < kAxisCount; ++a) {
    auto& axis = j["vibration_mg"][kAxisNames[a]];
    const AxisVibration& v = r.vibration[a];
    axis["weighting"] = std::string(WeightingName(v.weighting));
    axis["region"] = a == 2 ? "run without jerk zones" : "run";
    axis["peak_to_peak"] = Peaks(v.iso, fs);
  }
  if (r.recording.has_sound && j.contains("sound_dba")) j["sound_dba"]["region"] = "constant_speed";

  const RecordingInfo& info = r.recording;
  j["recording"] = {{"path", info.path},
                    {"format", std::string(FormatName(info.format))},
                    {"description", info.note},
                    {"acceleration_unit", std::string(UnitName(info.unit))},
                    {"gravity", std::string(GravityName(info.gravity))},
                    {"sound_channel", info.has_sound},
                    {"resampled", info.resampled},
                    {"rest_offset_removed_mps2", Round(m.rest_offset_mps2)},
                    {"vertical_axis_flipped", m.vertical_sign < 0},
                    {"velocity_drift_removed_mps", Round(m.drift_mps)}};
  if (limits_given) {
    j["limits"] = nlohmann::ordered_json::array();
    for (const LimitCheck& c : checks) {
      nlohmann::ordered_json item = {
          {"figure", c.limit.key},
          {"comparison", std::string(ComparisonSymbol(c.limit.comparison))},
          {"limit", c.limit.value},
          {"unit", c.unit}};
      item["measured"] =
          c.measured ? nlohmann::ordered_json(Round(*c.measured)) : nlohmann::ordered_json();
      item["verdict"] = std::string(VerdictName(c.verdict));
      j["limits"].push_back(std::move(item));
    }
    j["verdict"] = AnyFailed(checks) ? "fail" : "pass";
  }
  return j;
}

}  // namespace hoistway::ride
