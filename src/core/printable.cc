#include "core/printable.h"

#include <fmt/core.h>

namespace hoistway {

std::string Printable(std::string_view text, std::size_t max_chars) {
  const bool cut = text.size() > max_chars;
  if (cut) {
    // Never split a UTF-8 sequence: back off to the start of a character.
    std::size_t end = max_chars;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    text = text.substr(0, end);
  }
  std::string out;
  out.reserve(text.size() + 3);
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (byte < 0x20 || byte == 0x7f) {
      out += fmt::format("\\x{:02x}", byte);
    } else {
      out += c;
    }
  }
  if (cut) out += "...";
  return out;
}

}  // namespace hoistway
