#include "ride/limits.h"

#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/config_reader.h"
#include "core/yaml_tree.h"
#include "ride/reader_support.h"

namespace hoistway::ride {

namespace {

// The keys a limit may name: the figures of `hoistway ride --json`.
std::vector<std::string_view> FigureKeys() {
  std::vector<std::string_view> keys;
  for (const FigureSpec& spec : AllFigureSpecs()) keys.push_back(spec.key);
  return keys;
}

// 1-based column of `part`, a view into `line`.
int ColumnOf(std::string_view line, std::string_view part) {
  return static_cast<int>(part.data() - line.data()) + 1;
}

}  // namespace

std::string_view ComparisonSymbol(Comparison c) {
  switch (c) {
    case Comparison::kAtMost:
      return "<=";
    case Comparison::kBelow:
      return "<";
    case Comparison::kAtLeast:
      return ">=";
    case Comparison::kAbove:
      break;
  }
  return ">";
}

std::string_view VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kPass:
      return "pass";
    case Verdict::kFail:
      return "fail";
    case Verdict::kNotMeasured:
      break;
  }
  return "not measured";
}

Result<std::vector<Limit>> ParseLimits(std::string_view text, const std::string& path) {
  // The strict reader of building and profile files: its messages
  // ("<path>:<line>:<column>: <key>: <problem>"), its check of keys with a
  // "did you mean" hint, and its reading of numbers.
  ConfigErrors errors(path);
  const std::vector<std::string_view> keys = FigureKeys();
  std::vector<Limit> limits;
  int number = 0;
  while (!text.empty() && errors.ok()) {
    const std::size_t nl = text.find('\n');
    const std::string_view raw = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++number;
    const std::string_view line = Trim(raw.substr(0, raw.find('#')));
    if (line.empty()) continue;
    const std::size_t op = line.find_first_of("<>");
    if (op == std::string_view::npos) {
      errors.Fail(
          {number, ColumnOf(raw, line)}, "",
          fmt::format("expected '<figure> <= <value>' (or <, >=, >), found {}", Quoted(line)));
      break;
    }
    const std::string_view key = Trim(line.substr(0, op));
    if (key.empty()) {
      errors.Fail({number, ColumnOf(raw, line)}, "", "the figure before the comparison is missing");
      break;
    }
    if (!CheckKnownKey(errors, {number, ColumnOf(raw, key)}, key, key, keys)) break;
    Limit limit;
    limit.line = number;
    limit.key = std::string(key);
    const bool equal = op + 1 < line.size() && line[op + 1] == '=';
    limit.comparison = line[op] == '<' ? (equal ? Comparison::kAtMost : Comparison::kBelow)
                                       : (equal ? Comparison::kAtLeast : Comparison::kAbove);
    const std::string_view value = Trim(line.substr(op + (equal ? 2 : 1)));
    YamlNode node;  // the value as the reader's scalar, where it stands
    node.kind = value.empty() ? YamlNode::Kind::kNull : YamlNode::Kind::kScalar;
    node.plain = true;
    node.text = std::string(value);
    node.position = {number, value.empty() ? ColumnOf(raw, line) + static_cast<int>(line.size())
                                           : ColumnOf(raw, value)};
    if (!ReadNumber(errors, node, key, NumberRange{}, &limit.value)) break;
    limits.push_back(std::move(limit));
  }
  if (!errors.ok()) return errors.error();
  return limits;
}

Result<std::vector<Limit>> ReadLimitsFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(fmt::format("{}: cannot open the limits file", path));
  std::ostringstream text;
  text << in.rdbuf();
  return ParseLimits(text.str(), path);
}

std::vector<LimitCheck> CheckLimits(std::span<const Limit> limits,
                                    std::span<const Figure> figures) {
  std::vector<LimitCheck> checks;
  for (const Limit& limit : limits) {
    LimitCheck c;
    c.limit = limit;
    for (const FigureSpec& spec : AllFigureSpecs()) {
      if (spec.key == limit.key) {
        c.unit = spec.unit;
        c.label = spec.label;
      }
    }
    const auto it = std::find_if(figures.begin(), figures.end(),
                                 [&](const Figure& f) { return f.key == limit.key; });
    if (it != figures.end()) {
      c.measured = it->value;
      const double m = it->value;
      bool ok = false;
      switch (limit.comparison) {
        case Comparison::kAtMost:
          ok = m <= limit.value;
          break;
        case Comparison::kBelow:
          ok = m < limit.value;
          break;
        case Comparison::kAtLeast:
          ok = m >= limit.value;
          break;
        case Comparison::kAbove:
          ok = m > limit.value;
          break;
      }
      c.verdict = ok ? Verdict::kPass : Verdict::kFail;
    }
    checks.push_back(std::move(c));
  }
  return checks;
}

bool AnyFailed(std::span<const LimitCheck> checks) {
  return std::any_of(checks.begin(), checks.end(),
                     [](const LimitCheck& c) { return c.verdict == Verdict::kFail; });
}

}  // namespace hoistway::ride
