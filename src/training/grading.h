// Grading a trainee's answer to a scenario, on the server: passed when the
// diagnosis is right; the score weighs the action too.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "training/scenario.h"

namespace hoistway::training {

// Points of a right diagnosis and of a right action (of 100).
inline constexpr int kDiagnosisPoints = 70;
inline constexpr int kActionPoints = 30;

struct Grade {
  bool passed = false;  // the diagnosis is right
  int score = 0;        // 0 to 100
  std::string explanation;
  std::string right_diagnosis;
  std::vector<std::string> right_actions;
};

// Grades `diagnosis` and `action` (absent: none chosen). Errors
// (kInvalidInput naming "diagnosis" or "action") for ids the scenario does
// not offer. Pure.
Result<Grade> GradeAnswer(const Scenario& scenario, std::string_view diagnosis,
                          std::optional<std::string_view> action);

// The explanation: the scenario's, the fault's reference, and each test the
// fault fails with its clause (from the tower's suite).
std::string ExplanationOf(const Scenario& scenario);

// The order a session shows the choices in, drawn from its seed, so that
// the right one is not always in the same place: indices into `count`
// choices. Deterministic for a seed.
std::vector<std::size_t> ShuffledOrder(std::size_t count, std::uint64_t seed);

}  // namespace hoistway::training
