// Reader of CSV recordings: a header naming the columns (see csv_header.h),
// then one row per sample.
//
// The sample rate comes from, in this order: --rate (the caller's
// sample_rate_hz), the time column (the median interval of the first 2,000
// rows), or a comment line before the header "# sample_rate_hz: 1000".
// With a time column, rows are interpolated linearly onto a uniform grid
// from the first timestamp (phones do not sample regularly); time must
// increase, with no gap longer than 1 s. Units of x, y, z come from the
// header, else from the caller (--units). Lines starting with '#' before
// the header are comments; "# gravity: included" or "# gravity: removed"
// states whether gravity is in the signal.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"
#include "ride/line_reader.h"
#include "ride/recording.h"
#include "ride/units.h"

namespace hoistway::ride {

struct CsvOptions {
  std::optional<double> sample_rate_hz;  // overrides the file's rate; resamples a time column
  std::optional<AccelerationUnit> unit;  // used when the header does not give units
};

// Reads a CSV recording whose first line (`first_line`, just returned by
// `lines`) is a comment or the header. Errors (kInvalidInput) read
// "<path>:<line>: <problem>".
Result<ReadSummary> ReadCsv(LineReader& lines, std::string_view first_line, const std::string& path,
                            const CsvOptions& options, SampleSink& sink);

}  // namespace hoistway::ride
