#include "tower/overrides.h"

#include <fmt/core.h>

#include <vector>

#include "core/config_reader.h"
#include "core/did_you_mean.h"
#include "core/printable.h"
#include "core/yaml_tree.h"
#include "tower/parameters.h"

namespace hoistway::tower {

Status SetParameter(LoadedLift& lift, std::string_view key, std::string_view value,
                    const std::string& origin) {
  const Parameter* p = FindParameter(key);
  if (p == nullptr) {
    std::vector<std::string_view> keys;
    for (const Parameter& q : Parameters()) keys.push_back(q.path);
    return InvalidInput(
        fmt::format("{}: unknown key '{}'{}", origin, Printable(key), DidYouMean(key, keys)));
  }
  // The value is read as a one-scalar YAML document, so it is parsed and
  // checked exactly as the same value in a file.
  auto document = ParseYaml(value, origin);
  if (!document.ok()) return document.error();
  if (document->root() == nullptr) {
    return InvalidInput(fmt::format("{}: {}: has no value", origin, key));
  }
  // Without a position, messages read "<origin>: <key>: <problem>".
  YamlNode node = *document->root();
  node.position = {};
  ConfigErrors errors(origin);
  LiftDescription changed = lift.description;
  switch (p->kind) {
    case ParameterKind::kText:
      ReadText(errors, node, p->path, &changed.name);
      break;
    case ParameterKind::kNumber: {
      double number = 0.0;
      if (ReadNumber(errors, node, p->path, p->range, &number)) p->set(changed, number);
      break;
    }
    case ParameterKind::kInteger: {
      int number = 0;
      if (ReadInteger(errors, node, p->path, p->range, &number)) p->set(changed, number);
      break;
    }
    case ParameterKind::kChoice: {
      std::string name;
      if (!ReadText(errors, node, p->path, &name)) break;
      bool found = false;
      for (std::size_t i = 0; i < p->choices.size(); ++i) {
        if (p->choices[i] == name) {
          p->set(changed, static_cast<double>(i));
          found = true;
        }
      }
      if (!found) {
        std::string list;
        for (std::string_view c : p->choices) list += (list.empty() ? "" : ", ") + std::string(c);
        errors.Fail({}, p->path,
                    fmt::format("must be one of {} (got '{}'){}", list, Printable(name),
                                DidYouMean(name, p->choices)));
      }
      break;
    }
  }
  if (!errors.ok()) return errors.error();
  // Setting a key of an optional section brings the section into being.
  for (std::string_view section = ParentPath(p->path); !section.empty();
       section = ParentPath(section)) {
    const Section* s = FindSection(section);
    if (s != nullptr && s->mark_present) s->mark_present(changed);
  }
  lift.description = std::move(changed);
  lift.origins[std::string(p->path)] = origin;
  return Status::Ok();
}

std::vector<Override> OverridesOf(const LoadedLift& lift) {
  std::vector<Override> out;
  for (const auto& [key, origin] : lift.origins) {
    if (!origin.starts_with("--")) continue;
    const Parameter* p = FindParameter(key);
    out.push_back(
        {key, p != nullptr && p->get ? FormatValue(*p, lift.description) : lift.description.name,
         origin});
  }
  return out;
}

Status ApplySet(LoadedLift& lift, std::string_view assignment) {
  const std::string origin = fmt::format("--set {}", Printable(assignment));
  const auto equals = assignment.find('=');
  if (equals == std::string_view::npos || equals == 0) {
    return InvalidInput(
        fmt::format("{}: expected KEY=VALUE, e.g. lift.brake.torque_per_set_nm=400", origin));
  }
  return SetParameter(lift, assignment.substr(0, equals), assignment.substr(equals + 1), origin);
}

}  // namespace hoistway::tower
