// Reading a recording file of any supported format, and analysing it.
//
// Formats are recognised from the content: a first line "EVIMP1" is an EVA
// text file (eva_reader.h), anything else is CSV (csv_reader.h), phyphox
// exports included.
#pragma once

#include <optional>
#include <string>

#include "core/status.h"
#include "ride/analyzer.h"
#include "ride/recording.h"
#include "ride/report.h"
#include "ride/units.h"

namespace hoistway::ride {

struct ReadOptions {
  std::optional<RecordingFormat> format;  // nullopt: recognise from the content
  std::optional<double> sample_rate_hz;   // CSV: overrides the file's rate
  std::optional<AccelerationUnit> unit;   // CSV: units of x, y, z when the header is silent
};

// Reads `path` ("-" for standard input) into `sink`. Errors name the file
// and line: kInvalidInput "<path>:<line>: <problem>", or kIo when the file
// cannot be read.
Result<ReadSummary> ReadRecording(const std::string& path, const ReadOptions& read_options,
                                  SampleSink& sink);

// Reads and analyses `path`, streaming. Errors found by the analysis (too
// short, no run) are reported at the file's last line.
Result<RideReport> AnalyzeRecording(const std::string& path, const ReadOptions& read_options,
                                    const AnalysisOptions& analysis_options);

}  // namespace hoistway::ride
