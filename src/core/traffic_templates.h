// Named traffic templates a building description may give instead of its own
// periods (`traffic: {template: up_peak}`). Sources of every number are in
// traffic_templates.cc and docs/building-format.md.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/building.h"
#include "core/status.h"

namespace hoistway {

struct TrafficTemplateInfo {
  std::string_view name;
  std::string_view summary;  // one line for --help
};

// The built-in templates, in the order --help lists them.
std::span<const TrafficTemplateInfo> TrafficTemplates();

// Their names alone (for "did you mean" hints).
std::span<const std::string_view> TrafficTemplateNames();

// The length of a template that defines its own day (office_day: 12 hours),
// or nullopt for a single-period template, which lasts traffic.duration_s.
// nullopt too for an unknown name.
std::optional<double> TrafficTemplateLength(std::string_view name);

// The consecutive periods of template `name`. A single-period template gives
// one period of `duration_s` (> 0); office_day gives its own periods and
// ignores `duration_s`. Error (kInvalidInput) for an unknown name, with a
// "did you mean" hint, or a duration that is not positive. Thread-safe.
Result<std::vector<PeriodSpec>> ExpandTrafficTemplate(std::string_view name, double duration_s);

}  // namespace hoistway
