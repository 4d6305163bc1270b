#include "sim/comparison_json.h"

#include "sim/report_json.h"

namespace hoistway {

namespace {

nlohmann::ordered_json Optional(const std::optional<double>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

}  // namespace

nlohmann::ordered_json ComparisonJson(const Building& a, const std::string& label_a,
                                      const Building& b, const std::string& label_b,
                                      const Comparison& c, std::uint64_t seed) {
  nlohmann::ordered_json j;
  j["a"] = label_a;
  j["b"] = label_b;
  j["runs"] = c.a.runs;
  j["seed"] = seed;
  nlohmann::ordered_json figures = nlohmann::ordered_json::object();
  const std::vector<ComparedFigureDef> defs = ComparedFigureDefs();
  for (std::size_t i = 0; i < c.figures.size(); ++i) {
    const ComparedFigure& f = c.figures[i];
    nlohmann::ordered_json one;
    one["a"] = f.a;
    one["b"] = f.b;
    one["difference"] = f.difference;
    one["ratio"] = Optional(f.ratio);
    one["ci95_low"] = Optional(f.ci95_low);
    one["ci95_high"] = Optional(f.ci95_high);
    one["significant"] = f.significant;
    one["unit"] = defs[i].unit;
    figures[f.name] = one;
  }
  j["figures"] = figures;
  j["reports"] = {{"a", SimulationJson(a, c.a)}, {"b", SimulationJson(b, c.b)}};
  return j;
}

}  // namespace hoistway
