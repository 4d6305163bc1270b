#include "ride/csv_row.h"

#include <fmt/core.h>

#include <algorithm>
#include <cstring>

#include "ride/number_parser.h"
#include "ride/reader_support.h"

namespace hoistway::ride {

CsvRowParser::CsvRowParser(const CsvHeader& header, const std::string& path)
    : header_(header), path_(path) {
  wanted_ = {header.time, header.x, header.y, header.z, header.sound};
  for (int w : wanted_) last_ = std::max(last_, w);
}

Status CsvRowParser::Parse(std::string_view line, std::int64_t number, CsvRow* row) const {
  std::array<std::string_view, kFields> cells{};
  int field = 0;
  std::size_t start = 0;
  while (field <= last_) {
    const void* hit = std::memchr(line.data() + start, header_.delimiter, line.size() - start);
    const std::size_t end =
        hit != nullptr ? static_cast<std::size_t>(static_cast<const char*>(hit) - line.data())
                       : line.size();
    for (std::size_t k = 0; k < kFields; ++k) {
      if (wanted_[k] == field) cells[k] = line.substr(start, end - start);
    }
    ++field;
    if (hit == nullptr) break;
    start = end + 1;
  }
  if (field <= last_) {
    return LineError(
        path_, number,
        fmt::format("expected at least {} fields like the header, found {} (truncated row)",
                    last_ + 1, field));
  }
  const std::array<double*, kFields> out = {&row->t, &row->x, &row->y, &row->z, &row->sound};
  for (std::size_t k = 0; k < kFields; ++k) {
    if (wanted_[k] < 0) continue;
    std::string_view cell = Trim(cells[k]);
    if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') {
      cell = Trim(cell.substr(1, cell.size() - 2));
    }
    const NumberStatus s = ParseNumber(cell, out[k]);
    if (s == NumberStatus::kOk) continue;
    const std::string& name = header_.columns[static_cast<std::size_t>(wanted_[k])].name;
    if (cell.empty()) {
      return LineError(path_, number, fmt::format("column {} is empty", Quoted(name)));
    }
    const bool decimal_comma = header_.delimiter != ',' && cell.find(',') != std::string_view::npos;
    return LineError(
        path_, number,
        fmt::format("column {}: {} is {}{}", Quoted(name), Quoted(cell),
                    s == NumberStatus::kNotFinite ? "not a finite number" : "not a number",
                    decimal_comma ? " (export with a decimal point, not a comma)" : ""));
  }
  return Status::Ok();
}

}  // namespace hoistway::ride
