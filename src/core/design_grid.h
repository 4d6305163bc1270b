// A grid of designs: every combination of the values of some varied
// parameters. Shared by `hoistway tower --vary` (lift designs) and
// `hoistway sweep` (building designs): the same range grammar, the same
// order of designs and the same limit on their number.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace hoistway {

// The most designs one grid may hold, whatever a study's own limit.
inline constexpr std::size_t kMaxGridDesigns = 1000000;

// Designs of a grid whose axes have `sizes` values each: their product,
// saturating at kMaxGridDesigns + 1; 0 when an axis is empty.
std::size_t GridSize(std::span<const std::size_t> sizes);

// The value index on each axis of design `design` (0-based; the first axis
// varies slowest, the last fastest). Requires design < GridSize(sizes).
std::vector<std::size_t> GridPoint(std::span<const std::size_t> sizes, std::size_t design);

// Whether `text` is written as a range "FROM:TO:COUNT".
bool IsGridRange(std::string_view text);

// "FROM:TO:COUNT": COUNT numbers evenly spaced from FROM to TO, both
// included, as text ("{}" format: shortest exact). Errors (kInvalidInput)
// read "<origin>: <problem>".
Result<std::vector<std::string>> ParseGridRange(std::string_view text, const std::string& origin);

}  // namespace hoistway
