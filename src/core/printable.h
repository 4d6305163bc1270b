// User text inside one-line messages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hoistway {

// `text` made safe for a one-line message: control characters (newlines
// included) become \n, \t or \xNN, and text longer than `max_chars` is cut
// with "..." (before a character, never inside one) so that a huge key
// cannot flood the terminal.
std::string Printable(std::string_view text, std::size_t max_chars = 60);

}  // namespace hoistway
