#include "ride/reader_support.h"

#include <fmt/core.h>

#include "ride/analyzer.h"

namespace hoistway::ride {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::size_t kMaxQuoted = 40;

}  // namespace

std::string_view Trim(std::string_view s) {
  if (s.substr(0, kByteOrderMark.size()) == kByteOrderMark) s.remove_prefix(kByteOrderMark.size());
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

Error LineError(const std::string& path, std::int64_t line, std::string_view problem) {
  return InvalidInput(fmt::format("{}:{}: {}", path, line, problem));
}

std::string Quoted(std::string_view token) {
  if (token.size() > kMaxQuoted) return fmt::format("'{}...'", token.substr(0, kMaxQuoted));
  return fmt::format("'{}'", token);
}

Status CheckSampleRate(double rate_hz, const std::string& path, std::int64_t line) {
  if (rate_hz >= kMinSampleRateHz && rate_hz <= kMaxSampleRateHz) return Status::Ok();
  return LineError(
      path, line,
      fmt::format("impossible sample rate {:g} Hz (hoistway ride accepts {:g} to {:g} Hz)", rate_hz,
                  kMinSampleRateHz, kMaxSampleRateHz));
}

}  // namespace hoistway::ride
