#include "ride/limits.h"

#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "ride/number_parser.h"
#include "ride/reader_support.h"

namespace hoistway::ride {

namespace {

// Levenshtein distance, for "did you mean".
std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::string_view NearestKey(std::string_view key) {
  std::string_view best;
  std::size_t best_distance = SIZE_MAX;
  for (const FigureSpec& spec : AllFigureSpecs()) {
    const std::size_t d = EditDistance(key, spec.key);
    if (d < best_distance) {
      best_distance = d;
      best = spec.key;
    }
  }
  return best;
}

bool Known(std::string_view key) {
  const auto specs = AllFigureSpecs();
  return std::any_of(specs.begin(), specs.end(), [&](const FigureSpec& s) { return s.key == key; });
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
  std::vector<Limit> limits;
  std::int64_t number = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++number;
    line = Trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    const std::size_t op = line.find_first_of("<>");
    if (op == std::string_view::npos) {
      return LineError(
          path, number,
          fmt::format("expected '<figure> <= <value>' (or <, >=, >), found {}", Quoted(line)));
    }
    Limit limit;
    limit.line = number;
    limit.key = std::string(Trim(line.substr(0, op)));
    const bool equal = op + 1 < line.size() && line[op + 1] == '=';
    limit.comparison = line[op] == '<' ? (equal ? Comparison::kAtMost : Comparison::kBelow)
                                       : (equal ? Comparison::kAtLeast : Comparison::kAbove);
    const std::string_view value = Trim(line.substr(op + (equal ? 2 : 1)));
    if (limit.key.empty())
      return LineError(path, number, "the figure before the comparison is missing");
    if (!Known(limit.key)) {
      return LineError(path, number,
                       fmt::format("unknown figure {} (did you mean '{}'?)", Quoted(limit.key),
                                   NearestKey(limit.key)));
    }
    if (ParseNumber(value, &limit.value) != NumberStatus::kOk) {
      return LineError(path, number, fmt::format("limit {} is not a number", Quoted(value)));
    }
    limits.push_back(std::move(limit));
  }
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
