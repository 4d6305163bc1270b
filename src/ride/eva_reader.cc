#include "ride/eva_reader.h"

#include <fmt/core.h>

#include <array>
#include <cmath>

#include "ride/number_parser.h"
#include "ride/reader_support.h"
#include "ride/units.h"

namespace hoistway::ride {

namespace {

constexpr int kMaxValues = 4;  // x y z sound
constexpr std::array<const char*, kMaxValues> kColumnNames = {"x", "y", "z", "sound"};

bool IsSpace(char c) {
  return c == ' ' || c == '\t';
}

// Splits `line` on spaces and tabs into at most kMaxValues + 1 tokens.
int Tokenize(std::string_view line, std::array<std::string_view, kMaxValues + 1>* tokens) {
  int count = 0;
  std::size_t i = 0;
  while (i < line.size() && count <= kMaxValues) {
    while (i < line.size() && IsSpace(line[i])) ++i;
    if (i == line.size()) break;
    const std::size_t start = i;
    while (i < line.size() && !IsSpace(line[i])) ++i;
    (*tokens)[count++] = line.substr(start, i - start);
  }
  return count;
}

}  // namespace

Result<ReadSummary> ReadEva(LineReader& lines, const std::string& path, SampleSink& sink) {
  ReadSummary summary;
  RecordingInfo& info = summary.info;
  info.path = path;
  info.format = RecordingFormat::kEva;
  info.unit = AccelerationUnit::kMilliG;
  info.gravity = Gravity::kRemoved;

  std::string_view line;
  if (!lines.Next(&line)) {
    return LineError(path, lines.line_number() + 1,
                     "expected the sample rate in Hz on line 2, found the end of the file");
  }
  const std::string_view rate_text = Trim(line);
  double rate = 0.0;
  if (rate_text.empty() || ParseNumber(rate_text, &rate) != NumberStatus::kOk) {
    return LineError(path, lines.line_number(),
                     fmt::format("expected the sample rate in Hz, found {}", Quoted(rate_text)));
  }
  if (Status s = CheckSampleRate(rate, path, lines.line_number()); !s.ok()) return s.error();
  info.sample_rate_hz = rate;

  int columns = 0;
  std::int64_t first_row_line = 0;
  std::array<std::string_view, kMaxValues + 1> tokens;
  std::array<double, kMaxValues> values{};
  while (lines.Next(&line)) {
    const int count = Tokenize(line, &tokens);
    if (count == 0) continue;  // blank line
    if (columns == 0) {
      if (count < 3 || count > kMaxValues) {
        return LineError(
            path, lines.line_number(),
            fmt::format("expected 3 or 4 values (x y z in mg [sound in dB(A)]), found {}", count));
      }
      columns = count;
      first_row_line = lines.line_number();
      info.has_sound = columns == kMaxValues;
      info.note =
          fmt::format("EVIMP1 text: x y z in mg (gravity and offset removed by the instrument){}",
                      info.has_sound ? ", sound in dB(A)" : ", no sound channel");
      sink.Start(info);
    } else if (count != columns) {
      return LineError(
          path, lines.line_number(),
          fmt::format("expected {} values like line {}, found {}{}", columns, first_row_line,
                      count > kMaxValues ? "more" : std::to_string(count),
                      count < columns ? " (truncated row)" : ""));
    }
    for (int c = 0; c < columns; ++c) {
      const NumberStatus status = ParseNumber(tokens[c], &values[c]);
      if (status != NumberStatus::kOk) {
        return LineError(path, lines.line_number(),
                         fmt::format("{} value {} is {}", kColumnNames[c], Quoted(tokens[c]),
                                     status == NumberStatus::kNotFinite ? "not a finite number"
                                                                        : "not a number"));
      }
    }
    sink.Add({values[0] * kMilliGInMps2, values[1] * kMilliGInMps2, values[2] * kMilliGInMps2,
              info.has_sound ? values[3] : std::nan("")});
    ++summary.samples;
  }
  if (lines.failed()) return IoError(fmt::format("{}: read error", path));
  summary.last_line = lines.line_number();
  if (summary.samples == 0) {
    return LineError(path, std::max<std::int64_t>(summary.last_line, 2),
                     "no samples after the sample rate (expected rows of x y z [sound])");
  }
  return summary;
}

}  // namespace hoistway::ride
