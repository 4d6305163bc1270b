// Reading a whole (small) input file into memory, with one clear error.
#pragma once

#include <cstddef>
#include <string>

#include "core/status.h"

namespace hoistway {

// The contents of the file at `path`, at most `limit` + 1 bytes (so a caller
// can tell a file over its limit without reading all of it). Errors (kIo,
// naming the path and the reason): missing, unreadable, a directory.
Result<std::string> ReadSmallFile(const std::string& path, std::size_t limit);

}  // namespace hoistway
