// Parsing the data rows of a CSV recording.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"
#include "ride/csv_header.h"

namespace hoistway::ride {

// The values of one row, in the file's units (NaN-free when parsed).
struct CsvRow {
  double t = 0.0;
  double x = 0.0;
  double y = 0.0;
  double z = 0.0;
  double sound = 0.0;
};

// Parses the fields a header names (time, x, y, z, sound) and skips the
// rest. Keeps references to `header` and `path`: they must outlive it.
class CsvRowParser {
 public:
  CsvRowParser(const CsvHeader& header, const std::string& path);

  // Fills *row from `line`, number `number` of the file. Fails
  // (kInvalidInput, "<path>:<line>: ...") on a short row or a field that is
  // empty, not a number, or not finite.
  Status Parse(std::string_view line, std::int64_t number, CsvRow* row) const;

 private:
  static constexpr std::size_t kFields = 5;  // t, x, y, z, sound
  const CsvHeader& header_;
  const std::string& path_;
  std::array<int, kFields> wanted_{};  // column index of each field, -1 if absent
  int last_ = -1;                      // highest column index wanted
};

}  // namespace hoistway::ride
