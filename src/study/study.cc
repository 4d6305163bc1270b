#include "study/study.h"

#include <fmt/core.h>

#include <algorithm>
#include <string_view>

#include "core/building_loader.h"
#include "core/config_reader.h"
#include "core/design_grid.h"
#include "core/did_you_mean.h"
#include "core/printable.h"
#include "core/read_file.h"
#include "study/design_run.h"

namespace hoistway::study {

namespace {

constexpr std::string_view kStudyKeys[] = {"name",        "building", "runs",   "seed",
                                           "max_designs", "vary",     "targets"};
constexpr std::string_view kTargetKeys[] = {"max", "min"};
constexpr int kMaxRuns = 1000;
constexpr std::string_view kWhyMaxRuns =
    "a thousand replications per design is more than any study needs";

std::string FolderOf(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

// The loader's message without "<source>:<line>:<column>: " (the text it
// read was made by the study, so its positions mean nothing to the user).
std::string WithoutPosition(const std::string& message, const std::string& source) {
  if (message.compare(0, source.size() + 1, source + ":") != 0) return message;
  std::size_t at = source.size() + 1;
  // Skip "<line>:<column>: " when present.
  for (int field = 0; field < 2; ++field) {
    std::size_t end = at;
    while (end < message.size() && message[end] >= '0' && message[end] <= '9') ++end;
    if (end == at || end >= message.size() || message[end] != ':') break;
    at = end + 1;
  }
  while (at < message.size() && message[at] == ' ') ++at;
  return message.substr(at);
}

// "groups.A.car.rated_speed_mps" -> "groups/0/car/rated_speed_mps", or a problem.
Result<std::string> ResolveKey(const std::string& key, const Building& building) {
  constexpr std::string_view kGroups = "groups.";
  if (key.compare(0, kGroups.size(), kGroups) != 0) {
    const std::size_t dot = key.find('.');
    const std::string first = key.substr(0, dot);
    constexpr std::string_view kTop[] = {"groups"};
    return InvalidInput(
        fmt::format("unknown key '{}'{}; a study varies a group's keys, "
                    "groups.<name>.<key> or groups.<name>.car.<key>",
                    Printable(first), DidYouMean(first, kTop)));
  }
  // The longest group name followed by '.' (names may hold dots).
  const std::string rest = key.substr(kGroups.size());
  int group = -1;
  std::size_t name_length = 0;
  for (std::size_t g = 0; g < building.groups.size(); ++g) {
    const std::string& name = building.groups[g].name;
    if (rest.size() > name.size() && rest.compare(0, name.size(), name) == 0 &&
        rest[name.size()] == '.' && name.size() >= name_length) {
      group = static_cast<int>(g);
      name_length = name.size();
    }
  }
  if (group < 0) {
    const std::string name = rest.substr(0, rest.find('.'));
    std::vector<std::string_view> names;
    for (const GroupSpec& g : building.groups) names.push_back(g.name);
    std::string list;
    for (std::string_view n : names) list += (list.empty() ? "'" : ", '") + std::string(n) + "'";
    return InvalidInput(fmt::format("unknown group '{}'{}; the building's groups are {}",
                                    Printable(name), DidYouMean(name, names), list));
  }
  const std::string tail = rest.substr(name_length + 1);
  std::string path = fmt::format("groups/{}/", group);
  std::string_view leaf = tail;
  std::span<const std::string_view> keys = GroupKeys();
  constexpr std::string_view kCar = "car.";
  if (tail.compare(0, kCar.size(), kCar) == 0) {
    leaf = std::string_view(tail).substr(kCar.size());
    keys = CarKeys();
    path += "car/";
  }
  constexpr std::string_view kNotVaried[] = {"name", "car", "out_of_service"};
  const bool group_key = keys.data() == GroupKeys().data();
  if (group_key &&
      std::find(std::begin(kNotVaried), std::end(kNotVaried), leaf) != std::end(kNotVaried)) {
    return InvalidInput(
        fmt::format("'{}' of a group is not varied by a study (vary the keys of "
                    "groups.<name>.car one by one, and the group's other keys)",
                    Printable(leaf)));
  }
  if (std::find(keys.begin(), keys.end(), leaf) == keys.end()) {
    return InvalidInput(
        fmt::format("unknown key '{}'{} of group '{}'", Printable(leaf), DidYouMean(leaf, keys),
                    Printable(building.groups[static_cast<std::size_t>(group)].name)));
  }
  return path + std::string(leaf);
}

}  // namespace

std::size_t Study::DesignCount() const {
  std::vector<std::size_t> sizes;
  for (const Axis& a : axes) sizes.push_back(a.values.size());
  return GridSize(sizes);
}

std::vector<std::size_t> Study::Point(std::size_t design) const {
  std::vector<std::size_t> sizes;
  for (const Axis& a : axes) sizes.push_back(a.values.size());
  return GridPoint(sizes, design);
}

namespace {

Result<Building> BuildingWith(const Study& study, const YamlReplacements& replacements) {
  const std::string text = EmitFlowYaml(*study.building_yaml.root(), replacements);
  auto building = ParseBuildingAt(text, study.building_path, FolderOf(study.building_path));
  if (!building.ok()) {
    return Error(building.error().code(),
                 WithoutPosition(building.error().message(), study.building_path));
  }
  return building;
}

// Reads one axis: `key: [v1, v2, ...]` or `key: "FROM:TO:COUNT"`.
void ReadAxis(ConfigErrors& errors, const YamlNode::Entry& entry, Study& study) {
  Axis axis;
  axis.key = entry.key->text;
  const std::string at = "vary." + axis.key;
  Result<std::string> path = ResolveKey(axis.key, study.base);
  if (!path.ok()) return errors.Fail(entry.key->position, at, path.error().message());
  axis.path = *path;
  const YamlNode& value = *entry.value;
  if (value.IsScalar() && IsGridRange(value.text)) {
    auto range = ParseGridRange(value.text, at);
    if (!range.ok()) {
      return errors.Fail(value.position, at, WithoutPosition(range.error().message(), at));
    }
    for (const std::string& v : *range) {
      auto doc = ParseYaml(v, at);
      if (!doc.ok() || doc->root() == nullptr) return errors.Fail(value.position, at, "bad value");
      study.range_values.push_back(std::make_unique<YamlDocument>(std::move(doc).value()));
      axis.values.push_back(study.range_values.back()->root());
    }
  } else if (value.IsSequence() && !value.items.empty()) {
    for (const YamlNode* item : value.items) axis.values.push_back(item);
  } else {
    return errors.Fail(value.position, at,
                       "give the values as a list ([a, b, ...]) or a range \"FROM:TO:COUNT\"");
  }
  // Each value alone on the building: a bad one is refused here, where it is written.
  for (std::size_t i = 0; i < axis.values.size(); ++i) {
    const YamlNode& v = *axis.values[i];
    axis.labels.push_back(EmitFlowYaml(v));
    auto tried = BuildingWith(study, {{axis.path, &v}});
    if (!tried.ok()) {
      const SourcePosition pos = value.IsSequence() ? v.position : value.position;
      return errors.Fail(pos, fmt::format("{}[{}]", at, i), tried.error().message());
    }
  }
  study.axes.push_back(std::move(axis));
}

// `targets: {figure: {max: x} or {min: x}, ...}`.
void ReadTargets(ConfigErrors& errors, const MapReader& top, Study& study) {
  const YamlNode* node = top.Find("targets");
  if (node == nullptr) return;
  const std::vector<StudyFigureDef> defs = StudyFigureDefs();
  std::vector<std::string_view> names;
  for (const StudyFigureDef& d : defs) names.push_back(d.name);
  if (!node->IsMap() || node->entries.empty()) {
    return top.FailAt("targets",
                      "give figures with a limit, e.g. {journey_time_mean_s: {max: 180}}");
  }
  for (const YamlNode::Entry& e : node->entries) {
    const std::string name = e.key->IsScalar() ? e.key->text : std::string();
    const std::string at = "targets." + name;
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      return errors.Fail(
          e.key->position, at,
          fmt::format("unknown figure '{}'{}", Printable(name), DidYouMean(name, names)));
    }
    const MapReader limit(errors, *e.value, at, kTargetKeys);
    StudyTarget target{name, 0.0, true};
    const bool has_max = limit.Has("max");
    if (has_max == limit.Has("min")) {
      return errors.Fail(e.value->position, at, "give max or min (one of them)");
    }
    target.at_most = has_max;
    limit.Number(has_max ? "max" : "min", NumberRange{}, &target.limit);
    if (!errors.ok()) return;
    study.targets.push_back(target);
  }
}

}  // namespace

Result<Study> LoadStudyFile(const std::string& path) {
  Result<std::string> text = ReadSmallFile(path, YamlLimits{}.max_bytes);
  if (!text.ok()) return text.error();
  Study study;
  study.source = path;
  {
    auto doc = ParseYaml(*text, path);
    if (!doc.ok()) return doc.error();
    study.study_yaml = std::move(doc).value();
  }
  const YamlNode* root = study.study_yaml.root();
  if (root == nullptr || root->IsNull()) return InvalidInput(fmt::format("{}: empty study", path));
  ConfigErrors errors(path);
  if (!root->IsMap()) {
    errors.Fail(root->position, "",
                fmt::format("a study is a map of keys (building, runs, seed, vary), got {}",
                            Describe(*root)));
    return errors.error();
  }
  const MapReader top(errors, *root, "", kStudyKeys);
  top.Text("name", &study.name);
  std::string building;
  if (top.Require("building") != nullptr) top.Text("building", &building);
  top.Integer("runs", NumberRange::Between(1, kMaxRuns, kWhyMaxRuns), &study.runs);
  double seed = 1.0;
  if (top.Number("seed", NumberRange::Between(0, 9007199254740992.0), &seed)) {
    if (seed != static_cast<double>(static_cast<std::uint64_t>(seed))) {
      top.FailAt("seed", fmt::format("must be a whole number (got {})", seed));
    }
    study.seed = static_cast<std::uint64_t>(seed);
  }
  double max_designs = static_cast<double>(kDefaultMaxDesigns);
  top.Number("max_designs",
             NumberRange::Between(1, static_cast<double>(kMaxGridDesigns),
                                  "the most designs any grid may hold"),
             &max_designs);
  study.max_designs = static_cast<std::size_t>(max_designs);
  const YamlNode* vary = top.Require("vary");
  ReadTargets(errors, top, study);
  if (!errors.ok()) return errors.error();

  study.building_path = building.starts_with('/') ? building : FolderOf(path) + building;
  {
    Result<std::string> building_text = ReadSmallFile(study.building_path, YamlLimits{}.max_bytes);
    if (!building_text.ok()) {
      top.FailAt("building", building_text.error().message());
      return errors.error();
    }
    auto base = LoadBuildingFile(study.building_path);
    if (!base.ok()) return base.error();  // names the building file, line and key
    study.base = std::move(base).value();
    auto doc = ParseYaml(*building_text, study.building_path);
    if (!doc.ok()) return doc.error();
    study.building_yaml = std::move(doc).value();
  }
  if (study.name.empty()) study.name = study.base.name;

  if (!vary->IsMap() || vary->entries.empty()) {
    top.FailAt("vary", "give at least one parameter to vary, e.g. groups.A.cars: [4, 5, 6]");
    return errors.error();
  }
  for (const YamlNode::Entry& entry : vary->entries) {
    if (!entry.key->IsScalar()) {
      errors.Fail(entry.key->position, "vary", "a key is a parameter's name");
      break;
    }
    for (const Axis& other : study.axes) {
      if (other.key == entry.key->text) {
        errors.Fail(entry.key->position, "vary." + entry.key->text, "is varied twice");
      }
    }
    if (!errors.ok()) break;
    ReadAxis(errors, entry, study);
    if (!errors.ok()) break;
  }
  if (!errors.ok()) return errors.error();
  for (std::size_t i = 0; i < study.axes.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (study.axes[i].path == study.axes[j].path) {
        errors.Fail(vary->entries[i].key->position, "vary." + study.axes[i].key,
                    fmt::format("is the same parameter as {}", study.axes[j].key));
        return errors.error();
      }
    }
  }
  const std::size_t designs = study.DesignCount();
  if (designs > study.max_designs) {
    errors.Fail(vary->position, "vary",
                designs > kMaxGridDesigns
                    ? fmt::format("the grid holds more than {} designs, the most a grid may hold; "
                                  "vary fewer values",
                                  kMaxGridDesigns)
                    : fmt::format("the grid holds {} designs, more than max_designs ({}); vary "
                                  "fewer values or raise max_designs (at most {})",
                                  designs, study.max_designs, kMaxGridDesigns));
    return errors.error();
  }
  return study;
}

Result<Building> DesignBuilding(const Study& study, std::size_t design) {
  const std::vector<std::size_t> point = study.Point(design);
  YamlReplacements replacements;
  for (std::size_t a = 0; a < study.axes.size(); ++a) {
    replacements[study.axes[a].path] = study.axes[a].values[point[a]];
  }
  return BuildingWith(study, replacements);
}

}  // namespace hoistway::study
