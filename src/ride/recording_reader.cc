#include "ride/recording_reader.h"

#include <fmt/core.h>

#include "ride/csv_reader.h"
#include "ride/eva_reader.h"
#include "ride/line_reader.h"
#include "ride/reader_support.h"

namespace hoistway::ride {

namespace {

constexpr std::string_view kEvaMagic = "EVIMP1";

}  // namespace

Result<ReadSummary> ReadRecording(const std::string& path, const ReadOptions& options,
                                  SampleSink& sink) {
  Result<LineReader> opened = LineReader::Open(path);
  if (!opened.ok()) return opened.error();
  LineReader& lines = opened.value();
  std::string_view first;
  if (!lines.Next(&first)) {
    if (lines.failed()) return IoError(fmt::format("{}: read error", path));
    return LineError(path, 1, "empty recording: no header and no samples");
  }
  const bool eva = Trim(first) == kEvaMagic;
  const RecordingFormat format =
      options.format.value_or(eva ? RecordingFormat::kEva : RecordingFormat::kCsv);
  if (format == RecordingFormat::kEva) {
    if (!eva) {
      return LineError(
          path, 1,
          fmt::format("expected \"EVIMP1\" (an EVA text file), found {}", Quoted(Trim(first))));
    }
    return ReadEva(lines, path, sink);
  }
  if (eva) return LineError(path, 1, "this is an EVA (EVIMP1) file, not CSV");
  return ReadCsv(lines, first, path, CsvOptions{options.sample_rate_hz, options.unit}, sink);
}

Result<RideReport> AnalyzeRecording(const std::string& path, const ReadOptions& read_options,
                                    const AnalysisOptions& analysis_options) {
  RideAnalyzer analyzer(analysis_options);
  Result<ReadSummary> read = ReadRecording(path, read_options, analyzer);
  if (!read.ok()) return read.error();
  Result<RideReport> report = analyzer.Finish();
  if (!report.ok()) {
    return LineError(path, read->last_line, report.error().message());
  }
  return report;
}

}  // namespace hoistway::ride
