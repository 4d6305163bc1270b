#include "core/read_file.h"

#include <fmt/core.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace hoistway {

Result<std::string> ReadSmallFile(const std::string& path, std::size_t limit) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return IoError(fmt::format("{}: is a directory, not a file", path));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  std::string text;
  char buffer[1 << 16];
  while (text.size() <= limit && in.read(buffer, sizeof buffer).gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) return IoError(fmt::format("{}: cannot read: {}", path, std::strerror(errno)));
  if (text.size() > limit + 1) text.resize(limit + 1);
  return text;
}

}  // namespace hoistway
