// Acceptance limits for ride figures, and the verdict of a report against
// them.
//
// A limits file holds one limit per line: a figure's --json key, a
// comparison (<=, <, >=, >) and a number in the figure's unit. '#' starts a
// comment; blank lines are ignored. For example:
//   vibration_mg.z.max_pk_pk <= 15    # vertical, mg
//   vibration_mg.x.max_pk_pk <= 10
//   sound_dba.max            <= 50
//   max_velocity_mps         >= 0.95
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "ride/figures.h"

namespace hoistway::ride {

enum class Comparison { kAtMost, kBelow, kAtLeast, kAbove };

// "<=", "<", ">=", ">".
std::string_view ComparisonSymbol(Comparison c);

struct Limit {
  std::string key;
  Comparison comparison = Comparison::kAtMost;
  double value = 0.0;
  std::int64_t line = 0;  // in the limits file
};

// Parses limits `text` read from `path`, with the strict reader of building
// files (core/config_reader.h). Fails (kInvalidInput,
// "<path>:<line>:<column>: <figure>: <problem>") on a malformed line, an
// unknown figure ("unknown key", naming the nearest known one) or a value
// that is not a finite number.
Result<std::vector<Limit>> ParseLimits(std::string_view text, const std::string& path);

// Reads and parses the limits file `path` (kIo when unreadable).
Result<std::vector<Limit>> ReadLimitsFile(const std::string& path);

enum class Verdict {
  kPass,
  kFail,
  kNotMeasured,  // the recording lacks the figure (e.g. no sound channel): not a failure
};

// "pass", "fail", "not measured".
std::string_view VerdictName(Verdict v);

struct LimitCheck {
  Limit limit;
  std::optional<double> measured;
  std::string unit;
  std::string label;
  Verdict verdict = Verdict::kNotMeasured;
};

// Each limit against the figure of the same key.
std::vector<LimitCheck> CheckLimits(std::span<const Limit> limits, std::span<const Figure> figures);

// True when any check failed.
bool AnyFailed(std::span<const LimitCheck> checks);

}  // namespace hoistway::ride
