// The fault catalogue: realistic faults of a lift's machinery as data
// (data/tower/faults.yaml, compiled in), each a set of changes to the
// description, the tests it should make fail and what a technician would
// observe. The tower applies them with --fault NAME; the training centre
// stages them.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "tower/lift_loader.h"

namespace hoistway::tower {

enum class ChangeKind {
  kSet,    // the parameter becomes `value` (text: a number or a choice's name)
  kScale,  // multiplied by `factor`
  kAdd,    // `amount` added
  kUnset,  // back to its default, as if not written (a groove angle the new shape has not)
};

struct FaultChange {
  std::string key;  // a parameter path (parameters.h)
  ChangeKind kind = ChangeKind::kSet;
  std::string value;    // kSet
  double number = 0.0;  // kScale: the factor; kAdd: the amount
};

struct Fault {
  std::string name;  // snake_case, stable
  std::string title;
  std::string component;  // brake, sheave, governor, safety_gear, buffer, doors, ucmp, drive
  std::string description;
  std::string symptom;    // what can be observed
  std::string reference;  // the clause or rule the fault offends
  std::vector<FaultChange> changes;
  std::vector<std::string> fails;  // ids of the tests it makes fail on a sound lift
};

// Parses a catalogue (YAML, `faults:` a list). Unknown keys are errors with
// a hint; every change's key must be a parameter. Errors (kInvalidInput)
// read "<source>:<line>:<column>: <path>: <problem>".
Result<std::vector<Fault>> ParseFaultCatalogue(std::string_view text, const std::string& source);

// The catalogue compiled into the binary (data/tower/faults.yaml), parsed
// once. It is checked by the tests, so it is always valid.
const std::vector<Fault>& BuiltInFaults();

// The fault named `name`, or an error (kInvalidInput) listing the nearest name.
Result<const Fault*> FindFault(std::span<const Fault> catalogue, std::string_view name);

// Applies `fault`'s changes to `lift`, recording "--fault NAME" as their
// origin. Errors (kInvalidInput) when a changed value leaves its range; on
// error `lift` is unchanged.
Status ApplyFault(LoadedLift& lift, const Fault& fault);

}  // namespace hoistway::tower
