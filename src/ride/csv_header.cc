#include "ride/csv_header.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "ride/reader_support.h"

namespace hoistway::ride {

namespace {

constexpr std::array<std::string_view, 11> kIgnoredWords = {
    "gyro",    "gyroscope",   "magnetic", "mag",  "rotation", "angular",
    "gravity", "orientation", "pitch",    "roll", "yaw"};
constexpr std::array<std::string_view, 5> kSoundWords = {"sound", "noise", "spl", "dba", "db"};
constexpr std::array<std::string_view, 4> kAxisPrefixes = {"a", "acc", "accel", "acceleration"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  std::string word;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool Contains(const auto& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// The unit text inside (...) or [...], and the name without it.
std::pair<std::string_view, std::string_view> SplitUnit(std::string_view cell) {
  for (auto [open, close] : {std::pair{'(', ')'}, std::pair{'[', ']'}}) {
    const std::size_t a = cell.rfind(open);
    const std::size_t b = cell.rfind(close);
    if (a != std::string_view::npos && b != std::string_view::npos && b > a) {
      return {Trim(cell.substr(0, a)), Trim(cell.substr(a + 1, b - a - 1))};
    }
  }
  return {cell, {}};
}

enum class UnitKind { kNone, kAcceleration, kSeconds, kMilliseconds, kDecibel, kUnknown };

UnitKind ClassifyUnit(std::string_view text, AccelerationUnit* unit) {
  std::string u;
  for (char c : Lower(text)) {
    if (c != ' ') u += c;
  }
  if (u.empty()) return UnitKind::kNone;
  if (u == "m/s^2" || u == "m/s\xC2\xB2" || u == "m/s2" || u == "mps2" || u == "ms2" ||
      u == "m/s/s" || u == "ms^-2" || u == "m*s^-2") {
    *unit = AccelerationUnit::kMetresPerSecondSquared;
    return UnitKind::kAcceleration;
  }
  if (u == "mg" || u == "milli-g" || u == "millig") {
    *unit = AccelerationUnit::kMilliG;
    return UnitKind::kAcceleration;
  }
  if (u == "g") {
    *unit = AccelerationUnit::kG;
    return UnitKind::kAcceleration;
  }
  if (u == "s" || u == "sec") return UnitKind::kSeconds;
  if (u == "ms") return UnitKind::kMilliseconds;
  if (u == "db(a)" || u == "dba" || u == "db") return UnitKind::kDecibel;
  return UnitKind::kUnknown;
}

ColumnRole AxisOf(std::string_view word) {
  if (word.size() < 1) return ColumnRole::kIgnored;
  const char last = word.back();
  const std::string_view prefix = word.substr(0, word.size() - 1);
  if (prefix.empty() || Contains(kAxisPrefixes, prefix)) {
    if (last == 'x') return ColumnRole::kX;
    if (last == 'y') return ColumnRole::kY;
    if (last == 'z') return ColumnRole::kZ;
  }
  return ColumnRole::kIgnored;
}

const char* RoleName(ColumnRole r) {
  switch (r) {
    case ColumnRole::kTime:
      return "time";
    case ColumnRole::kX:
      return "axis x";
    case ColumnRole::kY:
      return "axis y";
    case ColumnRole::kZ:
      return "axis z";
    case ColumnRole::kSound:
      return "sound";
    case ColumnRole::kIgnored:
      break;
  }
  return "ignored";
}

}  // namespace

char DetectDelimiter(std::string_view line) {
  const auto commas = std::count(line.begin(), line.end(), ',');
  const auto semicolons = std::count(line.begin(), line.end(), ';');
  const auto tabs = std::count(line.begin(), line.end(), '\t');
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

std::vector<std::string_view> SplitFields(std::string_view line, char delimiter) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = line.find(delimiter, start);
    std::string_view f =
        Trim(line.substr(start, end == std::string_view::npos ? end : end - start));
    if (f.size() >= 2 && f.front() == '"' && f.back() == '"') f = Trim(f.substr(1, f.size() - 2));
    fields.push_back(f);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return fields;
}

Result<CsvHeader> ParseCsvHeader(std::string_view line, const std::string& path,
                                 std::int64_t line_number) {
  CsvHeader h;
  h.delimiter = DetectDelimiter(line);
  const std::vector<std::string_view> cells = SplitFields(line, h.delimiter);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    CsvColumn col;
    col.name = std::string(cells[i]);
    auto [name, unit_text] = SplitUnit(cells[i]);
    std::vector<std::string> words = Words(name);
    AccelerationUnit unit = AccelerationUnit::kMetresPerSecondSquared;
    UnitKind kind = ClassifyUnit(unit_text, &unit);
    if (kind == UnitKind::kNone && words.size() > 1) {
      // A unit as the last word: x_mg, z_mps2, time_ms.
      const UnitKind last = ClassifyUnit(words.back(), &unit);
      if (last != UnitKind::kNone && last != UnitKind::kUnknown) {
        kind = last;
        words.pop_back();
      }
    }
    const bool ignored = std::any_of(words.begin(), words.end(), [](const std::string& w) {
      return Contains(kIgnoredWords, w);
    });
    col.linear = Contains(words, std::string_view("linear"));
    if (ignored) {
      col.role = ColumnRole::kIgnored;
    } else if (Contains(words, std::string_view("time")) ||
               Contains(words, std::string_view("timestamp")) ||
               (words.size() == 1 && words[0] == "t")) {
      col.role = ColumnRole::kTime;
      col.seconds_per_unit = kind == UnitKind::kMilliseconds ? 1e-3 : 1.0;
      if (kind != UnitKind::kNone && kind != UnitKind::kSeconds &&
          kind != UnitKind::kMilliseconds) {
        return LineError(path, line_number,
                         fmt::format("time column {}: unknown unit {} (use s or ms)",
                                     Quoted(col.name), Quoted(unit_text)));
      }
    } else if (std::any_of(words.begin(), words.end(),
                           [](const std::string& w) { return Contains(kSoundWords, w); }) ||
               kind == UnitKind::kDecibel) {
      col.role = ColumnRole::kSound;
    } else {
      for (const std::string& w : words) {
        const ColumnRole r = AxisOf(w);
        if (r != ColumnRole::kIgnored) col.role = r;
      }
      if (col.role != ColumnRole::kIgnored) {
        if (kind == UnitKind::kAcceleration) {
          col.unit = unit;
        } else if (kind != UnitKind::kNone) {
          return LineError(
              path, line_number,
              fmt::format("column {}: unknown acceleration unit {} (use m/s^2, mg or g)",
                          Quoted(col.name), Quoted(unit_text.empty() ? words.back() : unit_text)));
        }
      }
    }
    int* slot = nullptr;
    switch (col.role) {
      case ColumnRole::kTime:
        slot = &h.time;
        break;
      case ColumnRole::kX:
        slot = &h.x;
        break;
      case ColumnRole::kY:
        slot = &h.y;
        break;
      case ColumnRole::kZ:
        slot = &h.z;
        break;
      case ColumnRole::kSound:
        slot = &h.sound;
        break;
      case ColumnRole::kIgnored:
        break;
    }
    if (slot != nullptr) {
      if (*slot >= 0) {
        return LineError(
            path, line_number,
            fmt::format("two columns for {}: {} and {}", RoleName(col.role),
                        Quoted(h.columns[static_cast<std::size_t>(*slot)].name), Quoted(col.name)));
      }
      *slot = static_cast<int>(i);
    }
    h.columns.push_back(std::move(col));
  }
  for (auto [index, axis] : {std::pair{h.x, "x"}, std::pair{h.y, "y"}, std::pair{h.z, "z"}}) {
    if (index < 0) {
      return LineError(path, line_number,
                       fmt::format("no column for axis {} in the header (name it e.g. {}, a{} or "
                                   "'{} (m/s^2)')",
                                   axis, axis, axis, axis));
    }
  }
  h.phyphox = h.time >= 0 && h.columns[static_cast<std::size_t>(h.time)].name == "Time (s)" &&
              h.columns[static_cast<std::size_t>(h.x)].name.find("cceleration x (m/s^2)") !=
                  std::string::npos;
  return h;
}

}  // namespace hoistway::ride
