#include "ride/number_parser.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace hoistway::ride {

namespace {

// Powers of ten exactly representable as doubles (10^22 is the largest).
constexpr std::array<double, 23> kPowersOfTen = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int kMaxFastDigits = 15;  // any 15-digit integer is exact in a double

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

NumberStatus Slow(std::string_view text, double* out) {
  const char* begin = text.data();
  const char* end = begin + text.size();
  if (begin != end && *begin == '+') {
    ++begin;  // from_chars takes no '+', and "+-1" is no number
    if (begin != end && *begin == '-') return NumberStatus::kNotANumber;
  }
  if (begin == end || *begin == '+') return NumberStatus::kNotANumber;
  const auto [ptr, ec] = std::from_chars(begin, end, *out);
  if (ec != std::errc() || ptr != end) return NumberStatus::kNotANumber;
  return std::isfinite(*out) ? NumberStatus::kOk : NumberStatus::kNotFinite;
}

}  // namespace

NumberStatus ParseNumber(std::string_view text, double* out) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  bool negative = false;
  if (i < n && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  std::uint64_t mantissa = 0;
  int digits = 0;
  int fraction_digits = 0;
  const std::size_t int_start = i;
  while (i < n && IsDigit(text[i])) {
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(text[i++] - '0');
    ++digits;
  }
  bool any = i > int_start;
  if (i < n && text[i] == '.') {
    const std::size_t frac_start = ++i;
    while (i < n && IsDigit(text[i])) {
      mantissa = mantissa * 10 + static_cast<std::uint64_t>(text[i++] - '0');
      ++digits;
    }
    fraction_digits = static_cast<int>(i - frac_start);
    any = any || fraction_digits > 0;
  }
  if (i != n || !any || digits > kMaxFastDigits) return Slow(text, out);
  const double value = static_cast<double>(mantissa) / kPowersOfTen[fraction_digits];
  *out = negative ? -value : value;
  return NumberStatus::kOk;
}

}  // namespace hoistway::ride
