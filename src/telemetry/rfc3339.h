// RFC 3339 timestamps of telemetry ("2026-12-03T06:00:00.125Z").
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "telemetry/event.h"

namespace hoistway::telemetry {

// Parses "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)" (RFC 3339 section
// 5.6; 't' and 'z' accepted) into UTC, keeping milliseconds (finer digits are
// dropped). kInvalidInput naming the text when it is not such a time.
Result<TimePoint> ParseTime(std::string_view text);

// "YYYY-MM-DDTHH:MM:SS.mmmZ", the form hoistway writes and stores (it sorts as
// text in time order for years 0000..9999).
std::string FormatTime(TimePoint time);

}  // namespace hoistway::telemetry
