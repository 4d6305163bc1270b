// Reader of EVIMP1 text files, as EVA ride-quality instruments export them.
//
// Line 1 is "EVIMP1", line 2 the sample rate in Hz, then one line per
// sample: x y z in milli-g (gravity and offset removed by the instrument)
// and optionally the A-weighted sound level in dB(A), separated by spaces
// or tabs. Every row has the same number of values (3 or 4). Line ends may
// be LF or CRLF; the last line need not end. Blank lines are ignored.
#pragma once

#include <string>

#include "core/status.h"
#include "ride/line_reader.h"
#include "ride/recording.h"

namespace hoistway::ride {

// Reads the rest of an EVIMP1 file after its first line (which `lines`
// has just returned) into `sink`. Errors (kInvalidInput) read
// "<path>:<line>: <problem>".
Result<ReadSummary> ReadEva(LineReader& lines, const std::string& path, SampleSink& sink);

}  // namespace hoistway::ride
