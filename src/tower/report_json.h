// The tower report as JSON (`hoistway tower --json`, the API): the keys of
// spec/outputs.md (lift, suite, verdict, tests[].{id, clause, measured,
// unit, limit, verdict}) and more. A figure that is not finite (a car that
// never stops) is written as null, with the finding saying why.
#pragma once

#include <nlohmann/json.hpp>

#include "tower/faults.h"
#include "tower/report.h"

namespace hoistway::tower {

struct JsonOptions {
  bool traces = false;           // include each test's and run's trace
  std::size_t max_points = 600;  // per trace, evenly thinned
};

nlohmann::json ReportJson(const TowerReport& report, const JsonOptions& options = {});

// A fault of the catalogue: name, title, component, description, symptom,
// reference, fails (hoistway tower --list-faults --json, GET /tower/faults).
nlohmann::json FaultJson(const Fault& fault);

// A number, or null when not finite.
nlohmann::json JsonNumber(double value);

}  // namespace hoistway::tower
