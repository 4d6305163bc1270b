// The keys of a lift description as one table: path, type, range, unit and
// meaning of each. One source for the loader (which keys a map may hold,
// what is required), for `--set KEY=VALUE`, for the fault catalogue and for
// sweeps over a grid of designs, so that every way of changing a lift obeys
// the same ranges.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/config_reader.h"
#include "tower/lift.h"

namespace hoistway::tower {

enum class ParameterKind {
  kNumber,   // a real number within `range`
  kInteger,  // a whole number within `range`
  kChoice,   // one of `choices`, stored as its index
  kText,     // free text (the name)
};

// A map of the description. An optional section may be left out; when it is
// given, its required keys must be given too.
struct Section {
  std::string_view path;  // "lift.buffers.counterweight"
  bool required = true;
  // Called when the section appears in a description (may be null).
  void (*mark_present)(LiftDescription&) = nullptr;
};

struct Parameter {
  std::string_view path;  // "lift.brake.torque_per_set_nm"
  ParameterKind kind = ParameterKind::kNumber;
  NumberRange range;
  bool required = false;  // within its section
  std::string_view unit;  // "kg", "m/s", "" for none
  std::string_view meaning;
  std::span<const std::string_view> choices;  // kChoice: names in index order
  double (*get)(const LiftDescription&) = nullptr;
  void (*set)(LiftDescription&, double) = nullptr;
};

// Every section, parents before children; every parameter, in the order of
// the documentation.
std::span<const Section> Sections();
std::span<const Parameter> Parameters();

// The parameter at `path`, or nullptr.
const Parameter* FindParameter(std::string_view path);
// The section at `path`, or nullptr.
const Section* FindSection(std::string_view path);
// "lift.brake.torque_per_set_nm" -> "torque_per_set_nm"; "name" -> "name".
std::string_view LastKey(std::string_view path);
// "lift.brake.torque_per_set_nm" -> "lift.brake"; "name" -> "".
std::string_view ParentPath(std::string_view path);

// The value of a kNumber, kInteger or kChoice parameter as text: a number
// as written in YAML, or the choice's name.
std::string FormatValue(const Parameter& p, const LiftDescription& d);

}  // namespace hoistway::tower
