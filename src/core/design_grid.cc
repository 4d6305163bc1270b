#include "core/design_grid.h"

#include <fmt/core.h>

#include <cmath>
#include <cstdlib>

#include "core/printable.h"

namespace hoistway {

namespace {

Result<double> ParseNumber(std::string_view text, const std::string& origin) {
  const std::string s(text);
  char* end = nullptr;
  const double value = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size() || !std::isfinite(value)) {
    return InvalidInput(fmt::format("{}: '{}' is not a number", origin, Printable(text)));
  }
  return value;
}

}  // namespace

std::size_t GridSize(std::span<const std::size_t> sizes) {
  std::size_t n = 1;
  for (std::size_t size : sizes) {
    if (size == 0) return 0;
    if (n > (kMaxGridDesigns + 1) / size) return kMaxGridDesigns + 1;
    n *= size;
  }
  return std::min(n, kMaxGridDesigns + 1);
}

std::vector<std::size_t> GridPoint(std::span<const std::size_t> sizes, std::size_t design) {
  std::vector<std::size_t> point(sizes.size(), 0);
  for (std::size_t a = sizes.size(); a-- > 0;) {
    point[a] = design % sizes[a];
    design /= sizes[a];
  }
  return point;
}

bool IsGridRange(std::string_view text) {
  return text.find(':') != std::string_view::npos;
}

Result<std::vector<std::string>> ParseGridRange(std::string_view text, const std::string& origin) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    const std::size_t at = text.find(':', start);
    parts.push_back(
        text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  if (parts.size() != 3) return InvalidInput(fmt::format("{}: a range is FROM:TO:COUNT", origin));
  auto from = ParseNumber(parts[0], origin);
  if (!from.ok()) return from.error();
  auto to = ParseNumber(parts[1], origin);
  if (!to.ok()) return to.error();
  auto count = ParseNumber(parts[2], origin);
  if (!count.ok()) return count.error();
  if (*count < 1 || *count > static_cast<double>(kMaxGridDesigns) || std::floor(*count) != *count) {
    return InvalidInput(
        fmt::format("{}: COUNT must be a whole number from 1 to {}", origin, kMaxGridDesigns));
  }
  const auto n = static_cast<std::size_t>(*count);
  std::vector<std::string> values;
  for (std::size_t i = 0; i < n; ++i) {
    const double value =
        n == 1 ? *from
               : *from + (*to - *from) * static_cast<double>(i) / static_cast<double>(n - 1);
    values.push_back(fmt::format("{}", value));
  }
  return values;
}

}  // namespace hoistway
