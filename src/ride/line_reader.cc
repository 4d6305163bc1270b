#include "ride/line_reader.h"

#include <cerrno>
#include <cstring>

namespace hoistway::ride {

namespace {

constexpr std::size_t kBufferBytes = 1 << 20;

}  // namespace

void LineReader::Closer::operator()(std::FILE* f) const {
  std::fclose(f);
}

LineReader::LineReader(std::FILE* file, bool owned)
    : owned_(owned ? file : nullptr), file_(file), buffer_(kBufferBytes) {}

Result<LineReader> LineReader::Open(const std::string& path) {
  if (path == "-") return LineReader(stdin, false);
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return IoError(path + ": cannot open: " + std::strerror(errno));
  return LineReader(f, true);
}

bool LineReader::Next(std::string_view* line) {
  for (;;) {
    const char* base = buffer_.data();
    const void* nl = begin_ < end_ ? std::memchr(base + begin_, '\n', end_ - begin_) : nullptr;
    if (nl != nullptr || (eof_ && begin_ < end_)) {
      const std::size_t stop =
          nl != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nl) - base) : end_;
      std::size_t len = stop - begin_;
      if (len > 0 && base[begin_ + len - 1] == '\r') --len;
      *line = std::string_view(base + begin_, len);
      begin_ = nl != nullptr ? stop + 1 : end_;
      ++line_;
      return true;
    }
    if (eof_) return false;
    // Keep the partial line, make room, read more.
    if (begin_ > 0) {
      std::memmove(buffer_.data(), base + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    }
    if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);  // a very long line
    const std::size_t got = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_);
    end_ += got;
    if (got == 0) {
      eof_ = true;
      failed_ = std::ferror(file_) != 0;
    }
  }
}

}  // namespace hoistway::ride
