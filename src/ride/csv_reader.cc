#include "ride/csv_reader.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "ride/csv_header.h"
#include "ride/csv_row.h"
#include "ride/number_parser.h"
#include "ride/reader_support.h"
#include "ride/uniform_resampler.h"

namespace hoistway::ride {

namespace {

constexpr std::size_t kRateProbeRows = 2000;  // rows whose intervals give the rate

struct Metadata {
  std::optional<double> rate_hz;
  std::int64_t rate_line = 0;
  std::optional<Gravity> gravity;
};

// "# key: value" or "# key = value" before the header.
Status ReadComment(std::string_view line, std::int64_t number, const std::string& path,
                   Metadata* m) {
  std::string_view body = Trim(line.substr(1));
  const std::size_t sep = body.find_first_of(":=");
  if (sep == std::string_view::npos) return Status::Ok();
  const std::string_view key = Trim(body.substr(0, sep));
  const std::string_view value = Trim(body.substr(sep + 1));
  if (key == "sample_rate_hz" || key == "sample_rate" || key == "sample rate") {
    double rate = 0.0;
    if (ParseNumber(value, &rate) != NumberStatus::kOk) {
      return LineError(path, number, fmt::format("sample rate {} is not a number", Quoted(value)));
    }
    if (Status s = CheckSampleRate(rate, path, number); !s.ok()) return s;
    m->rate_hz = rate;
    m->rate_line = number;
  } else if (key == "gravity") {
    if (value == "included") {
      m->gravity = Gravity::kIncluded;
    } else if (value == "removed") {
      m->gravity = Gravity::kRemoved;
    } else {
      return LineError(path, number,
                       fmt::format("gravity {} must be 'included' or 'removed'", Quoted(value)));
    }
  }
  return Status::Ok();
}

Result<AccelerationUnit> UnitOf(const CsvHeader& h, const CsvOptions& options,
                                const std::string& path, std::int64_t line) {
  std::optional<AccelerationUnit> unit;
  for (int index : {h.x, h.y, h.z}) {
    const CsvColumn& c = h.columns[static_cast<std::size_t>(index)];
    if (!c.unit) continue;
    if (unit && *unit != *c.unit) {
      return LineError(path, line,
                       "axes x, y, z are in different units; hoistway needs one unit for all");
    }
    unit = c.unit;
  }
  if (unit) return *unit;
  if (options.unit) return *options.unit;
  return LineError(
      path, line,
      "the units of x, y, z are not stated: name them in the header (e.g. 'x (m/s^2)', "
      "x_mg) or pass --units");
}

}  // namespace

Result<ReadSummary> ReadCsv(LineReader& lines, std::string_view first_line, const std::string& path,
                            const CsvOptions& options, SampleSink& sink) {
  Metadata meta;
  std::string_view line = first_line;
  bool have_line = true;
  while (have_line && (Trim(line).empty() || Trim(line).front() == '#')) {
    if (!Trim(line).empty()) {
      if (Status s = ReadComment(Trim(line), lines.line_number(), path, &meta); !s.ok())
        return s.error();
    }
    have_line = lines.Next(&line);
  }
  if (!have_line) {
    return LineError(path, std::max<std::int64_t>(1, lines.line_number()),
                     "no header line naming the columns (e.g. time,x,y,z)");
  }
  const std::int64_t header_line = lines.line_number();
  Result<CsvHeader> parsed = ParseCsvHeader(line, path, header_line);
  if (!parsed.ok()) return parsed.error();
  const CsvHeader header = std::move(parsed).value();
  Result<AccelerationUnit> unit = UnitOf(header, options, path, header_line);
  if (!unit.ok()) return unit.error();

  ReadSummary summary;
  RecordingInfo& info = summary.info;
  info.path = path;
  info.unit = *unit;
  info.has_sound = header.sound >= 0;
  info.format = header.phyphox ? RecordingFormat::kPhyphox : RecordingFormat::kCsv;
  const CsvColumn& z_column = header.columns[static_cast<std::size_t>(header.z)];
  if (meta.gravity) {
    info.gravity = *meta.gravity;
  } else if (header.phyphox) {
    info.gravity = z_column.linear ? Gravity::kRemoved : Gravity::kIncluded;
  }
  info.note =
      header.phyphox
          ? fmt::format("phyphox export \"{}\" (acceleration {} gravity)", z_column.name,
                        z_column.linear ? "without" : "with")
          : fmt::format(
                "CSV with columns {}, {}, {}{}{}",
                Quoted(header.columns[static_cast<std::size_t>(header.x)].name),
                Quoted(header.columns[static_cast<std::size_t>(header.y)].name),
                Quoted(z_column.name),
                header.time >= 0
                    ? ", time " + Quoted(header.columns[static_cast<std::size_t>(header.time)].name)
                    : "",
                info.has_sound
                    ? ", sound " +
                          Quoted(header.columns[static_cast<std::size_t>(header.sound)].name)
                    : "");
  const double to_mps2 = ToMps2(info.unit);
  const CsvRowParser parser(header, path);
  CsvRow row;

  if (header.time < 0) {
    const std::optional<double> rate =
        options.sample_rate_hz ? options.sample_rate_hz : meta.rate_hz;
    if (!rate) {
      return LineError(path, header_line,
                       "no time column and no sample rate: add a time column, a "
                       "'# sample_rate_hz: N' line before the header, or pass --rate N");
    }
    if (Status s = CheckSampleRate(*rate, path, header_line); !s.ok()) return s.error();
    info.sample_rate_hz = *rate;
    sink.Start(info);
    while (lines.Next(&line)) {
      if (Trim(line).empty()) continue;
      if (Status s = parser.Parse(line, lines.line_number(), &row); !s.ok()) return s.error();
      sink.Add({row.x * to_mps2, row.y * to_mps2, row.z * to_mps2,
                info.has_sound ? row.sound : std::nan("")});
      ++summary.samples;
    }
  } else {
    // Probe the first rows for the rate, then stream them and the rest.
    std::vector<std::pair<CsvRow, std::int64_t>> probe;
    while (probe.size() < kRateProbeRows && lines.Next(&line)) {
      if (Trim(line).empty()) continue;
      if (Status s = parser.Parse(line, lines.line_number(), &row); !s.ok()) return s.error();
      probe.emplace_back(row, lines.line_number());
    }
    const double scale = header.columns[static_cast<std::size_t>(header.time)].seconds_per_unit;
    std::vector<double> intervals;
    for (std::size_t i = 1; i < probe.size(); ++i)
      intervals.push_back((probe[i].first.t - probe[i - 1].first.t) * scale);
    double rate = 0.0;
    if (options.sample_rate_hz) {
      rate = *options.sample_rate_hz;
      if (Status s = CheckSampleRate(rate, path, header_line); !s.ok()) return s.error();
    } else if (!intervals.empty()) {
      std::nth_element(intervals.begin(),
                       intervals.begin() + static_cast<std::ptrdiff_t>(intervals.size() / 2),
                       intervals.end());
      const double median = intervals[intervals.size() / 2];
      if (!(median > 0.0)) {
        return LineError(path, probe[1].second, "the time column does not increase");
      }
      rate = 1.0 / median;
      if (Status s = CheckSampleRate(rate, path, probe[1].second); !s.ok()) return s.error();
    } else if (meta.rate_hz) {
      rate = *meta.rate_hz;
    }
    if (rate <= 0.0 && !probe.empty()) {
      return LineError(path, probe.back().second,
                       "recording too short to hold a run: one data row, and no rate to go by");
    }
    if (rate > 0.0) {
      info.sample_rate_hz = rate;
      info.resampled = true;
      sink.Start(info);
      UniformResampler resampler(rate, scale, to_mps2, info.has_sound, sink);
      for (const auto& [r, number] : probe) {
        if (Status s = resampler.Push(r, number, path); !s.ok()) return s.error();
      }
      while (lines.Next(&line)) {
        if (Trim(line).empty()) continue;
        if (Status s = parser.Parse(line, lines.line_number(), &row); !s.ok()) return s.error();
        if (Status s = resampler.Push(row, lines.line_number(), path); !s.ok()) return s.error();
      }
      summary.samples = resampler.samples();
    }
  }
  if (lines.failed()) return IoError(fmt::format("{}: read error", path));
  summary.last_line = lines.line_number();
  if (summary.samples == 0) {
    return LineError(path, summary.last_line, "no data rows after the header");
  }
  return summary;
}

}  // namespace hoistway::ride
