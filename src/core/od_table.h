// Origin-destination tables: the share of a period's trips between every
// pair of floors (docs/building-format.md, "Origin-destination tables").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace hoistway {

// The largest O-D file read (a 1000-floor table with short numbers is ~6 MB).
inline constexpr std::size_t kMaxOdTableBytes = 16u << 20;

// Parses a CSV table: a header row whose first cell is ignored and whose
// other cells name the destination floors, then one row per origin floor
// (its name, then one share per destination). Floors may come in any order
// but each of `floor_names` exactly once as a row and as a column; cells are
// percentages of the period's trips, >= 0, 0 on the diagonal, adding up to
// 100 (within 0.1). Blank lines and lines starting with '#' are skipped.
// Returns FloorCount x FloorCount fractions (row = origin, in the order of
// `floor_names`) summing to 1. Errors (kInvalidInput): one line
// "<source>:<line>: <row/column>: <problem>". Thread-safe.
Result<std::vector<double>> ParseOdCsv(std::string_view text, const std::string& source,
                                       const std::vector<std::string_view>& floor_names);

// Checks an inline table (rows in floor order, percentages) as ParseOdCsv
// does and returns its fractions. `rows[i][j]` is the share from floor i to
// floor j. Errors name "row '<floor>'" and "column '<floor>'" after
// `where` (the description's position and key path).
Result<std::vector<double>> CheckOdRows(const std::vector<std::vector<double>>& rows,
                                        const std::string& where,
                                        const std::vector<std::string_view>& floor_names);

}  // namespace hoistway
