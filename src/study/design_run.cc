#include "study/design_run.h"

#include <cstdint>
#include <cstring>

#include "dispatch/factory.h"
#include "sim/comparison.h"
#include "sim/replications.h"

namespace hoistway::study {

namespace {

double ValueAt(const std::vector<Figure>& figures, const StudyFigureDef& def) {
  for (const Figure& f : figures) {
    if (f.path == def.path) return f.value;
  }
  for (const Figure& f : figures) {
    if (!def.fallback.empty() && f.path == def.fallback) return f.value;
  }
  return 0.0;  // a count that does not apply (no transfers)
}

template <typename T>
void Put(std::string& out, T value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  out.append(bytes, sizeof(T));
}

template <typename T>
bool Take(std::string_view& in, T* value) {
  if (in.size() < sizeof(T)) return false;
  std::memcpy(value, in.data(), sizeof(T));
  in.remove_prefix(sizeof(T));
  return true;
}

}  // namespace

std::vector<StudyFigureDef> StudyFigureDefs() {
  std::vector<StudyFigureDef> defs;
  for (const ComparedFigureDef& c : ComparedFigureDefs()) defs.push_back({c.name, c.path, {}});
  defs.push_back({"journey_time_mean_s", "/journey_time_s/mean", "/time_to_destination_s/mean"});
  defs.push_back({"transfers", "/transfers", {}});
  defs.push_back({"passengers_in_system_at_end", "/passengers/in_system_at_end", {}});
  return defs;
}

Result<DesignResult> RunDesign(const Study& study, std::size_t design) {
  DesignResult result;
  auto building = DesignBuilding(study, design);
  if (!building.ok()) {
    result.note = building.error().message();
    return result;
  }
  ReplicationOptions options;
  options.runs = study.runs;
  options.threads = 1;
  options.seed = study.seed;
  options.make_dispatcher = dispatch::MakeDispatcher;
  auto report = RunReplications(*building, options);
  if (!report.ok()) {
    if (report.error().code() != ErrorCode::kInvalidInput) return report.error();
    result.note = report.error().message();
    return result;
  }
  result.valid = true;
  for (const StudyFigureDef& def : StudyFigureDefs()) {
    result.mean.push_back(ValueAt(report->mean, def));
    result.half_width_95.push_back(ValueAt(report->half_width_95, def));
  }
  return result;
}

std::string EncodeResult(const DesignResult& r) {
  std::string out;
  Put<std::uint8_t>(out, r.valid ? 1 : 0);
  Put<std::uint32_t>(out, static_cast<std::uint32_t>(r.note.size()));
  out += r.note;
  Put<std::uint32_t>(out, static_cast<std::uint32_t>(r.mean.size()));
  for (double v : r.mean) Put(out, v);
  for (double v : r.half_width_95) Put(out, v);
  return out;
}

Result<DesignResult> DecodeResult(std::string_view in) {
  const Error corrupt(ErrorCode::kInternal, "a design's result arrived corrupted");
  DesignResult r;
  std::uint8_t valid = 0;
  std::uint32_t length = 0;
  if (!Take(in, &valid) || !Take(in, &length) || in.size() < length) return corrupt;
  r.valid = valid != 0;
  r.note = std::string(in.substr(0, length));
  in.remove_prefix(length);
  std::uint32_t count = 0;
  if (!Take(in, &count) || in.size() != 2 * sizeof(double) * count) return corrupt;
  r.mean.resize(count);
  r.half_width_95.resize(count);
  for (double& v : r.mean) Take(in, &v);
  for (double& v : r.half_width_95) Take(in, &v);
  return r;
}

}  // namespace hoistway::study
