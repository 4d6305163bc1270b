// The JSON document of `hoistway compare --json` (keys in spec/outputs.md),
// shared by the command line, the Python module and the server.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/building.h"
#include "sim/comparison.h"

namespace hoistway {

// a, b (the sides' labels), runs, seed, figures.<name>.{a, b, difference,
// ratio, ci95_low, ci95_high, significant, unit} (null interval with one
// run), and reports.{a, b}: each side's SimulationJson.
nlohmann::ordered_json ComparisonJson(const Building& a, const std::string& label_a,
                                      const Building& b, const std::string& label_b,
                                      const Comparison& comparison, std::uint64_t seed);

}  // namespace hoistway
