// A study's results as the `hoistway sweep` outputs: one JSON document
// (spec/outputs.md: study, designs[].{id, parameters, figures,
// confidence_95}), CSV, and a text table. Designs meeting the building's
// analysis.targets are marked. Pure functions of the study and its results,
// so the same results give the same bytes wherever they were computed.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "study/design_run.h"
#include "study/study.h"

namespace hoistway::study {

// Requires results.size() == study.DesignCount(), in design order.
nlohmann::ordered_json StudyJson(const Study& study, const std::vector<DesignResult>& results);
std::string StudyCsv(const Study& study, const std::vector<DesignResult>& results);
std::string StudyText(const Study& study, const std::vector<DesignResult>& results);

}  // namespace hoistway::study
