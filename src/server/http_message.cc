#include "server/http_message.h"

namespace hoistway::server {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

const std::string& HttpRequest::Header(std::string_view name) const {
  static const std::string kEmpty;
  auto it = headers.find(std::string(name));
  return it == headers.end() ? kEmpty : it->second;
}

const std::string& HttpRequest::Query(std::string_view name) const {
  static const std::string kEmpty;
  auto it = query.find(std::string(name));
  return it == query.end() ? kEmpty : it->second;
}

bool PercentDecode(std::string_view in, bool form, std::string* out) {
  out->clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '%') {
      if (i + 2 >= in.size()) return false;
      const int hi = HexValue(in[i + 1]);
      const int lo = HexValue(in[i + 2]);
      if (hi < 0 || lo < 0) return false;
      const char decoded = static_cast<char>(hi * 16 + lo);
      if (decoded == '\0') return false;
      *out += decoded;
      i += 2;
    } else if (c == '+' && form) {
      *out += ' ';
    } else {
      *out += c;
    }
  }
  return true;
}

bool ParseTarget(std::string_view target, std::string* path,
                 std::map<std::string, std::string>* query) {
  if (target.empty() || target[0] != '/') return false;
  const auto question = target.find('?');
  if (!PercentDecode(target.substr(0, question), false, path)) return false;
  query->clear();
  if (question == std::string_view::npos) return true;
  std::string_view rest = target.substr(question + 1);
  while (!rest.empty()) {
    const auto amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
    if (pair.empty()) continue;
    const auto eq = pair.find('=');
    std::string key, value;
    if (!PercentDecode(pair.substr(0, eq), true, &key)) return false;
    if (eq != std::string_view::npos && !PercentDecode(pair.substr(eq + 1), true, &value))
      return false;
    (*query)[key] = value;
  }
  return true;
}

}  // namespace hoistway::server
