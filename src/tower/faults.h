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

// How a fault shows in a connected lift's telemetry (spec/telemetry.md), as
// the fleet emulator's twin model shows it: a trip figure rising or falling
// against the sound lift, an event kind appearing, or a predictive signal
// of the monitor (docs/monitoring.md) that its trips raise. The fleet's
// tests check every entry of the catalogue against the emulated telemetry
// and the monitor's rules. Exactly one of figure, event, signal is set.
struct TelemetrySign {
  std::string figure;  // a trip detail: door_close_s, levelling_error_mm, max_speed_mps, duration_s
  int direction = 0;   // +1 the figure rises, -1 it falls
  std::string event;   // an event kind that appears
  std::string signal;  // a predictive signal the monitor raises (door_close_time, ...)
};

// The trip details a TelemetrySign may name.
inline constexpr std::string_view kTelemetryFigures[] = {"door_close_s", "levelling_error_mm",
                                                         "max_speed_mps", "duration_s"};

struct Fault {
  std::string name;  // snake_case, stable
  std::string title;
  std::string component;  // brake, sheave, governor, safety_gear, buffer, doors, ucmp, drive
  std::string description;
  std::string symptom;    // what can be observed
  std::string reference;  // the clause or rule the fault offends
  std::vector<FaultChange> changes;
  std::vector<std::string> fails;  // ids of the tests it makes fail on a sound lift
  // What a monitored lift in service shows (empty: nothing; the fault is
  // found only by a test).
  std::vector<TelemetrySign> telemetry;
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
