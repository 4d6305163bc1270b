// An output file that appears under its name only when complete: written to
// "<path>.part" and renamed on Commit(). A failed or abandoned write leaves
// nothing behind, so a command never leaves a partial file.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace hoistway {

class OutputFile {
 public:
  // Creates "<path>.part". Errors: kIo (with the path and the reason) when it
  // cannot be created, so a bad path is found before any long work.
  static Result<std::unique_ptr<OutputFile>> Open(const std::string& path);
  ~OutputFile();  // removes the .part file unless committed
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // For streaming writes; valid until Commit().
  std::FILE* stream() { return file_; }
  const std::string& path() const { return path_; }

  // Writes `content` (if any), closes and renames into place. Errors: kIo.
  Status Commit(std::string_view content = {});

 private:
  OutputFile(std::FILE* file, std::string path) : file_(file), path_(std::move(path)) {}

  std::FILE* file_;
  std::string path_;
};

}  // namespace hoistway
