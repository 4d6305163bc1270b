// Small helpers shared by the recording readers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace hoistway::ride {

// `s` without leading and trailing spaces, tabs and a UTF-8 byte-order mark.
std::string_view Trim(std::string_view s);

// kInvalidInput "<path>:<line>: <problem>", the one form of reading errors.
Error LineError(const std::string& path, std::int64_t line, std::string_view problem);

// `token` in quotes, shortened if long, for messages.
std::string Quoted(std::string_view token);

// Fails unless the rate lies within the accepted range (see analyzer.h).
Status CheckSampleRate(double rate_hz, const std::string& path, std::int64_t line);

}  // namespace hoistway::ride
