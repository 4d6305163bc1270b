#include "registry/profile.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "registry/embedded_data.h"
#include "registry/messages.h"

namespace hoistway::registry {
namespace {

bool Contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::optional<std::string> EmbeddedText(std::string_view path) {
  for (const auto& file : EmbeddedDataFiles()) {
    if (file.path == path) return std::string(file.text);
  }
  return std::nullopt;
}

Result<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return NotFound(fmt::format("cannot read {}", path.string()));
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A built-in checklist (data/checklists/<id>.yaml).
Result<std::string> BuiltinChecklist(std::string_view id) {
  if (auto text = EmbeddedText(fmt::format("checklists/{}.yaml", id))) return *text;
  return NotFound(fmt::format("no built-in checklist '{}'", id));
}

std::string Number(double value) {
  return fmt::format("{}", value);
}

}  // namespace

bool ChecklistTemplate::AppliesTo(std::string_view lift_kind,
                                  std::string_view inspection_kind) const {
  return (lift_kinds.empty() || Contains(lift_kinds, lift_kind)) &&
         (inspection_kinds.empty() || Contains(inspection_kinds, inspection_kind));
}

bool ChecklistTemplate::Exceeds(double measured) const {
  return (max && measured > *max) || (min && measured < *min) ||
         (max_abs && std::fabs(measured) > *max_abs);
}

std::string ChecklistTemplate::LimitText(std::string_view language) const {
  const std::string u = unit.empty() ? "" : " " + Words(language, "unit", unit);
  const auto value = [&](double v) { return Number(v) + u; };
  if (max_abs) return Message(language, "limit.abs", {{"value", value(*max_abs)}});
  if (min && max) {
    return Message(language, "limit.range", {{"min", Number(*min)}, {"max", value(*max)}});
  }
  if (max) return Message(language, "limit.max", {{"value", value(*max)}});
  if (min) return Message(language, "limit.min", {{"value", value(*min)}});
  return "";
}

bool RegulationProfile::HasComponentKind(std::string_view code) const {
  return std::any_of(component_kinds.begin(), component_kinds.end(),
                     [&](const NamedCode& c) { return c.code == code; });
}

bool RegulationProfile::HasInspectionKind(std::string_view kind) const {
  return Contains(inspection_kinds, kind);
}

bool RegulationProfile::HasGrade(std::string_view grade) const {
  return std::any_of(grades.begin(), grades.end(),
                     [&](const NamedCode& g) { return g.code == grade; });
}

std::vector<const ChecklistTemplate*> RegulationProfile::ChecklistFor(
    std::string_view lift_kind, std::string_view inspection_kind) const {
  std::vector<const ChecklistTemplate*> out;
  for (const auto& item : checklist) {
    if (item.AppliesTo(lift_kind, inspection_kind)) out.push_back(&item);
  }
  return out;
}

const ChecklistTemplate* RegulationProfile::FindChecklistItem(std::string_view code) const {
  for (const auto& item : checklist) {
    if (item.code == code) return &item;
  }
  return nullptr;
}

bool RegulationProfile::VerdictAllows(std::string_view verdict, std::string_view result) const {
  if (verdict == "pass") return Contains(pass_allows, result);
  if (verdict == "conditional") return Contains(conditional_allows, result);
  return true;  // a fail may carry anything
}

Result<RegulationProfile> LoadProfile(std::string_view id_or_path) {
  const std::string builtin = fmt::format("profiles/{}.yaml", id_or_path);
  if (auto text = EmbeddedText(builtin)) return ParseProfile(*text, builtin, BuiltinChecklist);
  auto text = ReadFile(std::string(id_or_path));
  if (!text.ok()) {
    return InvalidInput(
        fmt::format("profile '{}' is neither a built-in profile ({}) nor a readable file",
                    id_or_path, fmt::join(BuiltinProfileIds(), ", ")));
  }
  const auto dir = std::filesystem::path(std::string(id_or_path)).parent_path();
  const ChecklistSource beside = [dir](std::string_view id) -> Result<std::string> {
    auto file = ReadFile(dir / fmt::format("{}.yaml", id));
    if (file.ok()) return file;
    return BuiltinChecklist(id);
  };
  return ParseProfile(*text, id_or_path, beside);
}

std::vector<std::string> BuiltinProfileIds() {
  std::vector<std::string> ids;
  constexpr std::string_view kPrefix = "profiles/", kSuffix = ".yaml";
  for (const auto& file : EmbeddedDataFiles()) {
    if (!file.path.starts_with(kPrefix) || !file.path.ends_with(kSuffix)) continue;
    ids.emplace_back(
        file.path.substr(kPrefix.size(), file.path.size() - kPrefix.size() - kSuffix.size()));
  }
  return ids;
}

}  // namespace hoistway::registry
