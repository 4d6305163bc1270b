// Recognising the columns of a CSV recording from its header line.
//
// Column names are matched case-insensitively on their words, with the
// unit taken from parentheses or brackets ("x (m/s^2)", "Time [s]") or from
// a last word ("x_mg", "z_mps2", "time_ms"):
//   time   a word "time" or "timestamp", or the name "t"; unit s (default) or ms
//   x y z  a word x, y or z, or ax/accx/accelx/accelerationx and the like;
//          unit m/s^2 (also m/s², m/s2, mps2, ms2), mg or g
//   sound  a word sound, noise, spl, dba or db; dB(A)
// Columns of rotation, magnetic field, gravity and the like are ignored, as
// are unrecognised ones. phyphox exports are recognised by "Time (s)" and
// "Linear Acceleration x (m/s^2)" (gravity removed) or "Acceleration x
// (m/s^2)" (gravity included).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "ride/units.h"

namespace hoistway::ride {

enum class ColumnRole { kIgnored, kTime, kX, kY, kZ, kSound };

struct CsvColumn {
  std::string name;  // as written, quotes removed
  ColumnRole role = ColumnRole::kIgnored;
  std::optional<AccelerationUnit> unit;  // for x, y, z when the name gives one
  double seconds_per_unit = 1.0;         // for time
  bool linear = false;                   // the name says "linear" (gravity removed)
};

struct CsvHeader {
  char delimiter = ',';
  std::vector<CsvColumn> columns;
  int time = -1;  // column index of each role, -1 when absent
  int x = -1;
  int y = -1;
  int z = -1;
  int sound = -1;
  bool phyphox = false;
};

// Parses the header `line` (number line_number of `path`). Fails
// (kInvalidInput, "<path>:<line>: ...") when an axis is missing, named
// twice, or has a unit hoistway does not know.
Result<CsvHeader> ParseCsvHeader(std::string_view line, const std::string& path,
                                 std::int64_t line_number);

// The field delimiter of a header line: the most frequent of , ; and tab.
char DetectDelimiter(std::string_view line);

// Splits `line` on `delimiter` and trims each field and its double quotes.
std::vector<std::string_view> SplitFields(std::string_view line, char delimiter);

}  // namespace hoistway::ride
