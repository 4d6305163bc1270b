// Reading a text file line by line through a fixed-size buffer, so memory
// does not grow with the file.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace hoistway::ride {

// Not thread-safe. Movable, not copyable.
class LineReader {
 public:
  // Opens `path`, or standard input for "-". Fails (kIo) when it cannot.
  static Result<LineReader> Open(const std::string& path);

  // The next line, without its LF or CRLF ending (a last line without one
  // counts too). Returns false at the end of the file. *line stays valid
  // until the next call.
  bool Next(std::string_view* line);

  // Number of the line Next returned last (1-based; 0 before the first).
  std::int64_t line_number() const { return line_; }

  // True when reading failed (an I/O error rather than the end of the file).
  bool failed() const { return failed_; }

 private:
  struct Closer {
    void operator()(std::FILE* f) const;
  };
  explicit LineReader(std::FILE* file, bool owned);

  std::unique_ptr<std::FILE, Closer> owned_;
  std::FILE* file_ = nullptr;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::int64_t line_ = 0;
  bool eof_ = false;
  bool failed_ = false;
};

}  // namespace hoistway::ride
