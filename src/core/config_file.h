// Reading a description file (building, lift, study) into memory, bounded.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace hoistway {

// The text of the file at `path`, at most `max_bytes` + 1 bytes of it (so a
// parser with that limit reports a file too large without this reading all
// of it). `what` names the expected content in messages ("a building
// description"). Errors (kIo): a directory, a file that cannot be opened or
// read, each naming the path and the reason. Thread-safe.
Result<std::string> ReadConfigFile(const std::string& path, std::size_t max_bytes,
                                   std::string_view what);

}  // namespace hoistway
