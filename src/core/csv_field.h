// One field of a CSV line (RFC 4180): as it is, or double-quoted with its
// quotes doubled when it holds a comma, a quote or a line break. Shared by
// the passenger log and the study's CSV.
#pragma once

#include <string>
#include <string_view>

namespace hoistway {

std::string CsvField(std::string_view text);

}  // namespace hoistway
