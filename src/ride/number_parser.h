// Parsing the decimal numbers of text recordings, fast.
#pragma once

#include <string_view>

namespace hoistway::ride {

enum class NumberStatus {
  kOk,
  kNotANumber,  // empty, or not entirely a decimal number
  kNotFinite,   // NaN or infinity
};

// Parses all of `text` (optional sign, digits, optional fraction and
// exponent) into *out, correctly rounded. Plain numbers of up to 15
// significant digits take a fast path (exact: Clinger, "How to read
// floating point numbers accurately", PLDI 1990); others go to
// std::from_chars. Thread-safe.
NumberStatus ParseNumber(std::string_view text, double* out);

}  // namespace hoistway::ride
