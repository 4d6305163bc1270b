// Training scenarios as data (data/training/*.yaml, compiled in): a fault of
// the tower's catalogue staged on an example lift, what the trainee may
// observe, the diagnoses and actions to choose from and the right ones
// (docs/training.md).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace hoistway::training {

enum class Level { kApprentice, kTechnician, kSenior, kInspector };
const char* ToString(Level level);  // "apprentice", ...

// A diagnosis or an action the trainee may choose.
struct Choice {
  std::string id;  // snake_case, stable within the scenario
  std::string text;
};

// What the trainee may look at; everything is computed by the twin.
struct Observable {
  std::vector<std::string> tests;  // tower test ids they may run
  bool traces = true;              // the traces of those tests
  bool ride = true;                // the normal runs' figures
  bool telemetry = false;          // monitoring's view (needs Scenario::machine_fault)
  // What monitoring's view of the faulty lift shows and the sound lift's
  // does not: alarm causes, signal names or "entrapment" (checked by tests).
  std::vector<std::string> shows;
};

// A record of the lift's past the trainee may read (the registry's view of
// a staged lift): a call-out, maintenance visit, inspection or alarm.
struct HistoryRecord {
  int days_ago = 0;  // before the call-out; the records go oldest first
  std::string kind;  // callout, maintenance, inspection, alarm
  std::string text;
};

struct Scenario {
  std::string id;  // stable: records point at it
  std::string title;
  Level level = Level::kApprentice;
  // A fault of the tower's catalogue (data/tower/faults.yaml); "" for a
  // fault only monitoring sees (then machine_fault and telemetry are set).
  std::string fault;
  std::string lift;  // an example lift of examples/tower ("mrl-630")
  // The same fault as the emulator's machine sees it in service
  // (fleet/nominal_machine.h: door_operator_drift, ...); "" for none.
  std::string machine_fault;
  std::string complaint;  // what the trainee is told when called out
  Observable observe;
  std::vector<HistoryRecord> history;  // may be empty
  std::vector<Choice> diagnoses;
  std::vector<Choice> actions;
  std::string right_diagnosis;             // one of diagnoses
  std::vector<std::string> right_actions;  // among actions
  std::string explanation;
  std::string source;  // the file it came from
};

// Parses one scenario (YAML). Unknown keys are errors with a hint; the
// fault, lift and tests must exist in the tower; ids are unique; the right
// answer is among the choices. Errors (kInvalidInput) read
// "<source>:<line>:<column>: <key.path>: <problem>".
Result<Scenario> ParseScenario(std::string_view text, const std::string& source);

// Every *.yaml of `dir`, sorted by id; the first bad file is the error (a
// duplicate id names both files). kIo when `dir` cannot be read.
Result<std::vector<Scenario>> LoadScenarioDir(const std::string& dir);

// The scenarios compiled into the binary (data/training), parsed once;
// checked by the tests, so always valid.
const std::vector<Scenario>& BuiltInScenarios();

// The scenario `id`, or nullptr.
const Scenario* FindScenario(std::span<const Scenario> scenarios, std::string_view id);

}  // namespace hoistway::training
