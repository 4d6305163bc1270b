#include "training/grading.h"

#include <fmt/core.h>

#include <algorithm>
#include <numeric>

#include "core/printable.h"
#include "core/random.h"
#include "fleet/nominal_machine.h"
#include "tower/faults.h"
#include "tower/suite.h"

namespace hoistway::training {
namespace {

bool Offers(const std::vector<Choice>& choices, std::string_view id) {
  return std::any_of(choices.begin(), choices.end(), [&](const Choice& c) { return c.id == id; });
}

}  // namespace

std::string ExplanationOf(const Scenario& scenario) {
  std::string out = scenario.explanation;
  if (scenario.fault.empty()) {
    // A fault only monitoring sees: the emulator's catalogue describes it.
    for (const fleet::FaultInfo& f : fleet::NominalMachine::Catalogue()) {
      if (f.name == scenario.machine_fault)
        out += fmt::format("\nFault (in service): {}", f.summary);
    }
    return out;
  }
  auto fault = tower::FindFault(tower::BuiltInFaults(), scenario.fault);
  if (!fault.ok()) return out;
  const tower::Fault& f = **fault;
  out += fmt::format("\nFault: {}. {}", f.title, f.description);
  for (const std::string& id : f.fails) {
    for (const tower::TestInfo& t : tower::En8120Tests()) {
      if (t.id == id) out += fmt::format("\nFails: {} ({}: {})", t.id, t.clause, t.what);
    }
  }
  out += fmt::format("\nReference: {}", f.reference);
  return out;
}

Result<Grade> GradeAnswer(const Scenario& scenario, std::string_view diagnosis,
                          std::optional<std::string_view> action) {
  if (!Offers(scenario.diagnoses, diagnosis)) {
    return FieldError(
        "diagnosis", fmt::format("'{}' is not a diagnosis of this scenario", Printable(diagnosis)));
  }
  if (action && !Offers(scenario.actions, *action)) {
    return FieldError("action",
                      fmt::format("'{}' is not an action of this scenario", Printable(*action)));
  }
  Grade grade;
  grade.passed = diagnosis == scenario.right_diagnosis;
  const bool right_action =
      action && std::find(scenario.right_actions.begin(), scenario.right_actions.end(), *action) !=
                    scenario.right_actions.end();
  grade.score = (grade.passed ? kDiagnosisPoints : 0) + (right_action ? kActionPoints : 0);
  grade.explanation = ExplanationOf(scenario);
  grade.right_diagnosis = scenario.right_diagnosis;
  grade.right_actions = scenario.right_actions;
  return grade;
}

std::vector<std::size_t> ShuffledOrder(std::size_t count, std::uint64_t seed) {
  std::vector<std::size_t> order(count);
  std::iota(order.begin(), order.end(), std::size_t{0});
  // Fisher-Yates with the project's seeded stream (std::shuffle differs
  // between standard libraries; a session must look the same everywhere).
  Random random(seed);
  for (std::size_t i = count; i > 1; --i) {
    const std::size_t j = random.Below(static_cast<std::uint32_t>(i));
    std::swap(order[i - 1], order[j]);
  }
  return order;
}

}  // namespace hoistway::training
