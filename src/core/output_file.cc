#include "core/output_file.h"

#include <fmt/core.h>

#include <cerrno>
#include <cstring>

namespace hoistway {

Result<std::unique_ptr<OutputFile>> OutputFile::Open(const std::string& path) {
  const std::string part = path + ".part";
  std::FILE* file = std::fopen(part.c_str(), "wb");
  if (file == nullptr) {
    return IoError(fmt::format("{}: cannot write: {}", path, std::strerror(errno)));
  }
  return std::unique_ptr<OutputFile>(new OutputFile(file, path));
}

OutputFile::~OutputFile() {
  if (file_ == nullptr) return;
  std::fclose(file_);
  std::remove((path_ + ".part").c_str());
}

Status OutputFile::Commit(std::string_view content) {
  const std::string part = path_ + ".part";
  if (!content.empty()) std::fwrite(content.data(), 1, content.size(), file_);
  const bool write_failed = std::ferror(file_) != 0;
  const bool close_failed = std::fclose(file_) != 0;
  file_ = nullptr;
  if (write_failed || close_failed) {
    std::remove(part.c_str());
    return IoError(fmt::format("{}: writing failed", path_));
  }
  if (std::rename(part.c_str(), path_.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    std::remove(part.c_str());
    return IoError(fmt::format("{}: cannot move into place: {}", path_, reason));
  }
  return Status::Ok();
}

}  // namespace hoistway
