#include "training/qualifications.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>

#include "core/config_reader.h"
#include "core/yaml_tree.h"
#include "training/embedded_data.h"

namespace hoistway::training {
namespace {

constexpr std::array<std::string_view, 2> kTopKeys = {"profile", "qualifications"};
constexpr std::array<std::string_view, 5> kRuleKeys = {"role", "training", "refresher_years",
                                                       "confirmed", "source"};
constexpr std::array<std::string_view, 4> kRoles = {"admin", "inspector", "technician", "owner"};
constexpr std::string_view kQualificationDir = "data/training/qualifications/";
constexpr int kMaxRefresherYears = 20;

bool IsLeap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

}  // namespace

Result<std::vector<Qualification>> ParseQualifications(std::string_view text,
                                                       const std::string& source) {
  auto document = ParseYaml(text, source);
  if (!document.ok()) return document.error();
  if (document->root() == nullptr) return InvalidInput(fmt::format("{}: empty file", source));
  ConfigErrors errors(source);
  MapReader top(errors, *document->root(), "", kTopKeys);
  std::string profile;
  std::vector<Qualification> out;
  if (errors.ok()) {
    top.Require("profile");
    top.Text("profile", &profile);
    const YamlNode* rules = top.List("qualifications");
    if (rules == nullptr && errors.ok()) top.Require("qualifications");
    for (std::size_t i = 0; rules != nullptr && i < rules->items.size() && errors.ok(); ++i) {
      MapReader map(errors, *rules->items[i], fmt::format("qualifications[{}]", i), kRuleKeys);
      if (!errors.ok()) break;
      Qualification q;
      q.profile = profile;
      for (const char* key : {"role", "training", "refresher_years", "confirmed", "source"}) {
        map.Require(key);
      }
      map.Text("role", &q.role);
      map.Text("training", &q.training);
      map.RequiredInteger("refresher_years", NumberRange::Between(1, kMaxRefresherYears),
                          &q.refresher_years);
      map.Bool("confirmed", &q.confirmed);
      map.Text("source", &q.source);
      if (errors.ok() && std::find(kRoles.begin(), kRoles.end(), q.role) == kRoles.end()) {
        map.FailAt("role", "must be admin, inspector, technician or owner");
      }
      out.push_back(std::move(q));
    }
  }
  if (!errors.ok()) return errors.error();
  return out;
}

const std::vector<Qualification>& BuiltInQualifications() {
  static const std::vector<Qualification> kRules = [] {
    std::vector<Qualification> out;
    for (const EmbeddedFile& file : EmbeddedTrainingFiles()) {
      if (!file.path.starts_with(kQualificationDir)) continue;
      auto parsed = ParseQualifications(file.text, std::string(file.path));
      if (!parsed.ok()) continue;
      out.insert(out.end(), parsed->begin(), parsed->end());
    }
    return out;
  }();
  return kRules;
}

const Qualification* FindQualification(std::span<const Qualification> rules,
                                       std::string_view profile, std::string_view role) {
  for (const Qualification& q : rules) {
    if (q.profile == profile && q.role == role) return &q;
  }
  return nullptr;
}

std::string RefresherDue(std::string_view timestamp, int years) {
  if (timestamp.size() < 10) return {};
  const int year = std::stoi(std::string(timestamp.substr(0, 4))) + years;
  std::string month_day(timestamp.substr(4, 6));  // "-MM-DD"
  if (month_day == "-02-29" && !IsLeap(year)) month_day = "-02-28";
  return fmt::format("{:04d}{}", year, month_day);
}

Standing StandingOf(const Qualification& rule, std::string_view last_passed_at,
                    std::string_view today) {
  if (last_passed_at.size() < 10) return {"not_trained", ""};
  Standing out;
  out.valid_until = RefresherDue(last_passed_at, rule.refresher_years);
  out.status = today.substr(0, 10) <= out.valid_until ? "valid" : "expired";
  return out;
}

}  // namespace hoistway::training
