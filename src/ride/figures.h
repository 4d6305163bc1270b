// The figures of a ride report under the names they carry in `--json`
// output ("vibration_mg.z.max_pk_pk"): one vocabulary for the JSON, the
// text report and the acceptance limits.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ride/report.h"

namespace hoistway::ride {

struct FigureSpec {
  std::string_view key;    // dotted JSON path
  std::string_view unit;   // "mg", "m/s", ...
  std::string_view label;  // for people
};

// Every figure a report can hold, in report order (sound ones included,
// though a recording without a sound channel has none).
std::span<const FigureSpec> AllFigureSpecs();

struct Figure {
  std::string key;
  double value = 0.0;
  std::string unit;
  std::string label;
};

// The figures `report` holds, in the order of AllFigureSpecs().
std::vector<Figure> FiguresOf(const RideReport& report);

}  // namespace hoistway::ride
