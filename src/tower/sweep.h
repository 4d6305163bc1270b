// A sweep over a grid of designs (`hoistway tower LIFT.yaml --vary
// KEY=FROM:TO:COUNT ...`): every combination of the varied parameters is
// tested, so that a designer can map a design's margins.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/design_grid.h"
#include "core/status.h"
#include "tower/lift_loader.h"
#include "tower/procedures.h"
#include "tower/report.h"

namespace hoistway::tower {

// One varied parameter and its values, as text.
struct SweepAxis {
  std::string key;
  std::vector<std::string> values;
};

// Parses "KEY=FROM:TO:COUNT" (COUNT values evenly spaced from FROM to TO,
// both included) or "KEY=V1,V2,..." (a list). Errors (kInvalidInput) read
// "--vary SPEC: <problem>" (an unknown key gets a hint).
Result<SweepAxis> ParseVary(std::string_view spec);

// The most designs one sweep may hold (the grid limit shared with `hoistway sweep`).
inline constexpr std::size_t kMaxSweepDesigns = kMaxGridDesigns;

struct SweepTest {
  std::string id;
  double measured = 0.0;
  Verdict verdict = Verdict::kPass;
};

struct SweepRow {
  std::vector<std::string> values;  // one per axis
  bool valid = true;                // false: the combination is not a lift (see error)
  std::string error;
  Verdict verdict = Verdict::kPass;
  std::vector<SweepTest> tests;
};

// Number of designs of `axes` (the product of their sizes), saturating at
// kMaxSweepDesigns + 1.
std::size_t DesignCount(std::span<const SweepAxis> axes);

// Tests every design of the grid (first axis slowest). A design that
// ValidateLift refuses is a row with valid = false, not an error. Errors
// (kInvalidInput): a grid beyond kMaxSweepDesigns, a value out of its range,
// an unknown suite or test. Deterministic; single-threaded.
Result<std::vector<SweepRow>> RunSweep(const LoadedLift& base, std::span<const SweepAxis> axes,
                                       std::string_view suite, const ProcedureOptions& options,
                                       std::span<const std::string> only = {});

// The sweep as CSV: a header (the axes' keys, verdict, then per test its
// measured value and verdict) and one line per design.
std::string FormatSweepCsv(std::span<const SweepAxis> axes, std::span<const SweepRow> rows);

}  // namespace hoistway::tower
