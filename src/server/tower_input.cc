#include "server/tower_input.h"

#include <fmt/core.h>

#include "registry/json_codec.h"
#include "tower/faults.h"
#include "tower/overrides.h"

namespace hoistway::server {

namespace {

// A list of strings at `key` (absent: empty).
Result<std::vector<std::string>> StringList(const nlohmann::json& body, const char* key,
                                            const TowerLimits& limits) {
  std::vector<std::string> out;
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return out;
  if (!it->is_array()) return FieldError(key, "must be a list of strings");
  if (it->size() > limits.max_changes) {
    return FieldError(key, fmt::format("holds more than {} entries", limits.max_changes));
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const nlohmann::json& item = (*it)[i];
    if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
      return FieldError(fmt::format("{}[{}]", key, i), "must be a non-empty string");
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

}  // namespace

Result<TowerRequest> ParseTowerRequest(const nlohmann::json& body, const TowerLimits& limits) {
  if (!body.is_object()) return FieldError("body", "must be a JSON object");
  for (const auto& [key, value] : body.items()) {
    if (key != "lift" && key != "set" && key != "faults" && key != "tests") {
      return FieldError(key, "unknown field (the fields: lift, set, faults, tests)");
    }
  }
  const auto text = body.find("lift");
  if (text == body.end() || !text->is_string() || text->get_ref<const std::string&>().empty()) {
    return FieldError("lift", "is required: the lift description as YAML or JSON text");
  }
  const std::string& source = text->get_ref<const std::string&>();
  if (source.size() > limits.max_lift_bytes) {
    return FieldError("lift", fmt::format("is {} bytes; a description may have at most {}",
                                          source.size(), limits.max_lift_bytes));
  }
  auto sets = StringList(body, "set", limits);
  if (!sets.ok()) return sets.error();
  auto faults = StringList(body, "faults", limits);
  if (!faults.ok()) return faults.error();
  auto tests = StringList(body, "tests", limits);
  if (!tests.ok()) return tests.error();

  auto lift = tower::ParseLift(source, kTowerSourceName);
  if (!lift.ok()) return FieldError("lift", lift.error().message());
  TowerRequest request;
  request.lift = std::move(lift).value();
  for (std::size_t i = 0; i < sets->size(); ++i) {
    const Status set = tower::ApplySet(request.lift, (*sets)[i]);
    if (!set.ok()) return FieldError(fmt::format("set[{}]", i), set.error().message());
  }
  for (std::size_t i = 0; i < faults->size(); ++i) {
    auto fault = tower::FindFault(tower::BuiltInFaults(), (*faults)[i]);
    if (!fault.ok()) return FieldError(fmt::format("faults[{}]", i), fault.error().message());
    const Status applied = tower::ApplyFault(request.lift, **fault);
    if (!applied.ok()) return FieldError(fmt::format("faults[{}]", i), applied.error().message());
  }
  const Status valid = tower::ValidateLift(request.lift);
  if (!valid.ok()) {
    // Name the change that made the lift invalid, when one did.
    const std::string& message = valid.error().message();
    for (std::size_t i = 0; i < sets->size(); ++i) {
      if (message.starts_with("--set " + (*sets)[i]))
        return FieldError(fmt::format("set[{}]", i), message);
    }
    for (std::size_t i = 0; i < faults->size(); ++i) {
      if (message.starts_with("--fault " + (*faults)[i]))
        return FieldError(fmt::format("faults[{}]", i), message);
    }
    return FieldError("lift", message);
  }
  request.faults = std::move(faults).value();
  request.tests = std::move(tests).value();
  return request;
}

}  // namespace hoistway::server
