#include "tower/faults.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <iterator>

#include "core/config_reader.h"
#include "core/did_you_mean.h"
#include "core/printable.h"
#include "core/yaml_tree.h"
#include "tower/embedded_data.h"
#include "tower/overrides.h"
#include "tower/parameters.h"

namespace hoistway::tower {
namespace {

constexpr std::array<std::string_view, 1> kTopKeys = {"faults"};
constexpr std::array<std::string_view, 10> kFaultKeys = {
    "name",      "title",   "component", "description", "symptom",
    "reference", "changes", "fails",     "telemetry",   "note"};
constexpr std::array<std::string_view, 4> kSignKeys = {"rises", "falls", "event", "signal"};

void ReadSign(ConfigErrors& errors, const YamlNode& node, const std::string& path, Fault& fault) {
  MapReader map(errors, node, path, kSignKeys);
  if (!errors.ok()) return;
  TelemetrySign sign;
  int given = 0;
  for (const char* key : {"rises", "falls"}) {
    if (!map.Has(key)) continue;
    ++given;
    sign.direction = std::string_view(key) == "rises" ? 1 : -1;
    if (!map.Text(key, &sign.figure)) return;
    std::vector<std::string_view> figures(std::begin(kTelemetryFigures),
                                          std::end(kTelemetryFigures));
    if (std::find(figures.begin(), figures.end(), sign.figure) == figures.end()) {
      map.FailAt(key, fmt::format("unknown trip figure '{}'{}", Printable(sign.figure),
                                  DidYouMean(sign.figure, figures)));
      return;
    }
  }
  if (map.Has("event")) {
    ++given;
    if (!map.Text("event", &sign.event)) return;
  }
  if (map.Has("signal")) {
    ++given;
    if (!map.Text("signal", &sign.signal)) return;
  }
  if (given != 1 && errors.ok()) {
    errors.Fail(node.position, path, "needs exactly one of rises, falls, event, signal");
  }
  fault.telemetry.push_back(std::move(sign));
}
constexpr std::array<std::string_view, 5> kChangeKeys = {"key", "set", "scale", "add", "unset"};

void ReadChange(ConfigErrors& errors, const YamlNode& node, const std::string& path, Fault& fault) {
  MapReader map(errors, node, path, kChangeKeys);
  if (!errors.ok()) return;
  FaultChange change;
  if (!map.Require("key") || !map.Text("key", &change.key)) return;
  if (FindParameter(change.key) == nullptr) {
    std::vector<std::string_view> keys;
    for (const Parameter& p : Parameters()) keys.push_back(p.path);
    map.FailAt("key", fmt::format("unknown parameter '{}'{}", Printable(change.key),
                                  DidYouMean(change.key, keys)));
    return;
  }
  int given = 0;
  if (map.Has("set")) {
    ++given;
    change.kind = ChangeKind::kSet;
    map.Text("set", &change.value);
  }
  if (map.Has("scale")) {
    ++given;
    change.kind = ChangeKind::kScale;
    map.Number("scale", NumberRange::Positive(100.0), &change.number);
  }
  if (map.Has("add")) {
    ++given;
    change.kind = ChangeKind::kAdd;
    map.Number("add", NumberRange::Between(-1e6, 1e6), &change.number);
  }
  if (map.Has("unset")) {
    ++given;
    change.kind = ChangeKind::kUnset;
    bool unset = false;
    map.Bool("unset", &unset);
    if (errors.ok() && !unset) map.FailAt("unset", "must be true (leave it out otherwise)");
  }
  if (given != 1 && errors.ok()) {
    errors.Fail(node.position, path, "needs exactly one of set, scale, add, unset");
  }
  fault.changes.push_back(std::move(change));
}

void ReadFault(ConfigErrors& errors, const YamlNode& node, const std::string& path, Fault& fault) {
  MapReader map(errors, node, path, kFaultKeys);
  if (!errors.ok()) return;
  for (const char* key : {"name", "title", "component", "description", "symptom", "reference"}) {
    map.Require(key);
  }
  map.Text("name", &fault.name);
  map.Text("title", &fault.title);
  map.Text("component", &fault.component);
  map.Text("description", &fault.description);
  map.Text("symptom", &fault.symptom);
  map.Text("reference", &fault.reference);
  if (const YamlNode* changes = map.List("changes"); changes != nullptr) {
    for (std::size_t i = 0; i < changes->items.size() && errors.ok(); ++i) {
      ReadChange(errors, *changes->items[i], fmt::format("{}.changes[{}]", path, i), fault);
    }
  } else if (errors.ok()) {
    map.Require("changes");
  }
  if (const YamlNode* fails = map.List("fails"); fails != nullptr) {
    for (std::size_t i = 0; i < fails->items.size() && errors.ok(); ++i) {
      std::string id;
      if (ReadText(errors, *fails->items[i], fmt::format("{}.fails[{}]", path, i), &id)) {
        fault.fails.push_back(std::move(id));
      }
    }
  } else if (errors.ok()) {
    map.Require("fails");
  }
  if (const YamlNode* signs = map.List("telemetry"); signs != nullptr) {
    for (std::size_t i = 0; i < signs->items.size() && errors.ok(); ++i) {
      ReadSign(errors, *signs->items[i], fmt::format("{}.telemetry[{}]", path, i), fault);
    }
  }
}

std::string FormatNumber(double value) {
  return fmt::format("{:.12g}", value);
}

}  // namespace

Result<std::vector<Fault>> ParseFaultCatalogue(std::string_view text, const std::string& source) {
  auto document = ParseYaml(text, source);
  if (!document.ok()) return document.error();
  if (document->root() == nullptr)
    return InvalidInput(fmt::format("{}: empty fault catalogue", source));
  ConfigErrors errors(source);
  MapReader top(errors, *document->root(), "", kTopKeys);
  std::vector<Fault> out;
  if (errors.ok()) {
    const YamlNode* faults = top.List("faults");
    if (faults == nullptr && errors.ok()) top.Require("faults");
    for (std::size_t i = 0; faults != nullptr && i < faults->items.size() && errors.ok(); ++i) {
      Fault fault;
      const std::string path = fmt::format("faults[{}]", i);
      ReadFault(errors, *faults->items[i], path, fault);
      for (const Fault& earlier : out) {
        if (errors.ok() && earlier.name == fault.name) {
          errors.Fail(faults->items[i]->position, path + ".name",
                      fmt::format("'{}' is already the name of an earlier fault", fault.name));
        }
      }
      out.push_back(std::move(fault));
    }
  }
  if (!errors.ok()) return errors.error();
  return out;
}

const std::vector<Fault>& BuiltInFaults() {
  static const std::vector<Fault> kFaults = [] {
    for (const EmbeddedFile& file : EmbeddedTowerFiles()) {
      if (file.path == "data/tower/faults.yaml") {
        auto parsed = ParseFaultCatalogue(file.text, "data/tower/faults.yaml");
        if (parsed.ok()) return std::move(parsed).value();
      }
    }
    return std::vector<Fault>{};
  }();
  return kFaults;
}

Result<const Fault*> FindFault(std::span<const Fault> catalogue, std::string_view name) {
  std::vector<std::string_view> names;
  for (const Fault& f : catalogue) {
    if (f.name == name) return &f;
    names.push_back(f.name);
  }
  return InvalidInput(
      fmt::format("--fault: unknown fault '{}'{} (hoistway tower --list-faults lists them)",
                  Printable(name), DidYouMean(name, names)));
}

Status ApplyFault(LoadedLift& lift, const Fault& fault) {
  LoadedLift changed = lift;
  const std::string origin = "--fault " + fault.name;
  for (const FaultChange& c : fault.changes) {
    const Parameter* p = FindParameter(c.key);
    if (p == nullptr) return InvalidInput(fmt::format("{}: unknown parameter {}", origin, c.key));
    Status status;
    switch (c.kind) {
      case ChangeKind::kSet:
        status = SetParameter(changed, c.key, c.value, origin);
        break;
      case ChangeKind::kScale:
        status = SetParameter(changed, c.key, FormatNumber(p->get(changed.description) * c.number),
                              origin);
        break;
      case ChangeKind::kAdd:
        status = SetParameter(changed, c.key, FormatNumber(p->get(changed.description) + c.number),
                              origin);
        break;
      case ChangeKind::kUnset:
        if (p->set) p->set(changed.description, p->get(LiftDescription{}));
        changed.origins.erase(std::string(c.key));
        break;
    }
    if (!status.ok()) return status;
  }
  lift = std::move(changed);
  return Status::Ok();
}

}  // namespace hoistway::tower
