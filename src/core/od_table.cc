#include "core/od_table.h"

#include <fmt/core.h>

#include <charconv>
#include <cmath>
#include <functional>
#include <optional>

#include "core/did_you_mean.h"
#include "core/printable.h"

namespace hoistway {

namespace {

constexpr double kFullPct = 100.0;
// Published tables round their cells; 0.1 % in all still catches a lost row.
constexpr double kSumTolerancePct = 0.1;

// Where a cell came from, for messages: "<where>: row 'a', column 'b'".
using CellWhere = std::function<std::string(std::size_t origin, std::size_t destination)>;

// Diagonal zero and the sum; returns the cells divided by their sum.
Result<std::vector<double>> Normalise(std::vector<double> cells, std::size_t n,
                                      const CellWhere& where, const std::string& table) {
  double sum = 0.0;
  for (std::size_t o = 0; o < n; ++o) {
    for (std::size_t d = 0; d < n; ++d) {
      const double v = cells[o * n + d];
      if (o == d && v != 0.0) {
        return InvalidInput(fmt::format(
            "{}: is {}, but a trip from a floor to itself is no trip; give 0", where(o, d), v));
      }
      sum += v;
    }
  }
  if (std::fabs(sum - kFullPct) > kSumTolerancePct) {
    return InvalidInput(fmt::format(
        "{}: the shares add up to {:.6g}, not 100 (each cell is the % of the period's trips from "
        "its row's floor to its column's floor)",
        table, sum));
  }
  for (double& v : cells) v /= sum;
  return cells;
}

std::string Trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return std::string(s.substr(first, last - first + 1));
}

// Splits one CSV line (RFC 4180 quoting) into trimmed fields.
std::vector<std::string> SplitCsv(std::string_view line) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  bool was_quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
      was_quoted = true;
    } else if (c == ',') {
      fields.push_back(was_quoted ? field : Trim(field));
      field.clear();
      was_quoted = false;
    } else {
      field += c;
    }
  }
  fields.push_back(was_quoted ? field : Trim(field));
  return fields;
}

std::optional<double> ParseShare(const std::string& text) {
  double value = 0.0;
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  if (begin != end && *begin == '+') ++begin;
  const auto [ptr, ec] = std::from_chars(begin, end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<std::size_t> FindName(const std::vector<std::string_view>& names,
                                    std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return i;
  }
  return std::nullopt;
}

std::string UnknownFloor(std::string_view name, const std::vector<std::string_view>& names) {
  return fmt::format("unknown floor '{}'{}", Printable(name), DidYouMean(name, names));
}

}  // namespace

Result<std::vector<double>> ParseOdCsv(std::string_view text, const std::string& source,
                                       const std::vector<std::string_view>& floor_names) {
  const std::size_t n = floor_names.size();
  if (text.size() > kMaxOdTableBytes) {
    return InvalidInput(
        fmt::format("{}: larger than {} MiB; an O-D table of {} floors is far "
                    "smaller",
                    source, kMaxOdTableBytes >> 20, n));
  }
  std::vector<std::size_t> column_floor;  // per column after the first: a floor index
  std::vector<double> cells(n * n, 0.0);
  std::vector<int> row_line(n, 0);  // line of each origin's row, 0 while missing
  int header_line = 0;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    const std::string trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') {
      if (end == text.size()) break;
      continue;
    }
    const std::vector<std::string> fields = SplitCsv(line);
    const std::string at = fmt::format("{}:{}", source, line_no);
    if (header_line == 0) {
      header_line = line_no;
      std::vector<int> seen(n, 0);
      for (std::size_t k = 1; k < fields.size(); ++k) {
        const std::optional<std::size_t> f = FindName(floor_names, fields[k]);
        if (!f) {
          return InvalidInput(
              fmt::format("{}: column {}: {}", at, k + 1, UnknownFloor(fields[k], floor_names)));
        }
        if (seen[*f]++ > 0) {
          return InvalidInput(
              fmt::format("{}: column '{}': the floor is listed twice", at, Printable(fields[k])));
        }
        column_floor.push_back(*f);
      }
      for (std::size_t f = 0; f < n; ++f) {
        if (seen[f] == 0) {
          return InvalidInput(fmt::format(
              "{}: column '{}' is missing: the header names every floor of the building once", at,
              Printable(floor_names[f])));
        }
      }
      if (end == text.size()) break;
      continue;
    }
    const std::optional<std::size_t> origin = FindName(floor_names, fields[0]);
    if (!origin) {
      return InvalidInput(fmt::format("{}: row: {}", at, UnknownFloor(fields[0], floor_names)));
    }
    const std::string row = fmt::format("{}: row '{}'", at, Printable(fields[0]));
    if (row_line[*origin] != 0) {
      return InvalidInput(
          fmt::format("{}: the floor already has a row (line {})", row, row_line[*origin]));
    }
    row_line[*origin] = line_no;
    if (fields.size() != n + 1) {
      return InvalidInput(
          fmt::format("{}: {} values, expected {} (one per floor)", row, fields.size() - 1, n));
    }
    for (std::size_t k = 1; k < fields.size(); ++k) {
      const std::size_t destination = column_floor[k - 1];
      const std::optional<double> v = ParseShare(fields[k]);
      const std::string cell =
          fmt::format("{}, column '{}'", row, Printable(floor_names[destination]));
      if (!v) {
        return InvalidInput(
            fmt::format("{}: expected a number, got '{}'", cell, Printable(fields[k])));
      }
      if (*v < 0.0) return InvalidInput(fmt::format("{}: must be 0 or more (got {})", cell, *v));
      cells[*origin * n + destination] = *v;
    }
    if (end == text.size()) break;
  }
  if (header_line == 0) {
    return InvalidInput(
        fmt::format("{}: empty O-D table: give a header row of destination "
                    "floors, then a row per origin floor",
                    source));
  }
  for (std::size_t f = 0; f < n; ++f) {
    if (row_line[f] == 0) {
      return InvalidInput(
          fmt::format("{}:{}: row '{}' is missing: the table has a row for "
                      "every floor of the building",
                      source, line_no, Printable(floor_names[f])));
    }
  }
  return Normalise(
      std::move(cells), n,
      [&](std::size_t o, std::size_t d) {
        return fmt::format("{}:{}: row '{}', column '{}'", source, row_line[o],
                           Printable(floor_names[o]), Printable(floor_names[d]));
      },
      source);
}

Result<std::vector<double>> CheckOdRows(const std::vector<std::vector<double>>& rows,
                                        const std::string& where,
                                        const std::vector<std::string_view>& floor_names) {
  const std::size_t n = floor_names.size();
  if (rows.size() != n) {
    return InvalidInput(
        fmt::format("{}: {} rows, expected {} (one per floor, in the order of "
                    "floors)",
                    where, rows.size(), n));
  }
  std::vector<double> cells(n * n, 0.0);
  for (std::size_t o = 0; o < n; ++o) {
    if (rows[o].size() != n) {
      return InvalidInput(fmt::format("{}[{}]: row '{}': {} values, expected {} (one per floor)",
                                      where, o, Printable(floor_names[o]), rows[o].size(), n));
    }
    for (std::size_t d = 0; d < n; ++d) {
      if (rows[o][d] < 0.0) {
        return InvalidInput(fmt::format(
            "{}[{}][{}]: row '{}', column '{}': must be 0 or more "
            "(got {})",
            where, o, d, Printable(floor_names[o]), Printable(floor_names[d]), rows[o][d]));
      }
      cells[o * n + d] = rows[o][d];
    }
  }
  return Normalise(
      std::move(cells), n,
      [&](std::size_t o, std::size_t d) {
        return fmt::format("{}[{}][{}]: row '{}', column '{}'", where, o, d,
                           Printable(floor_names[o]), Printable(floor_names[d]));
      },
      where);
}

}  // namespace hoistway
