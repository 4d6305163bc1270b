// "Did you mean ...?" hints for misspelt keys and names.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace hoistway {

// Edit distance between two strings, ignoring ASCII case: insertions,
// deletions, substitutions and swaps of adjacent characters each cost 1
// (optimal string alignment distance). O(|a| x |b|) time, O(|b|) memory.
std::size_t EditDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if close enough to be a likely typo (at
// most a third of the word's length, between 1 and 3 edits, and fewer edits
// than either has characters); ties go to the earlier candidate. Words longer
// than 64 characters get no suggestion.
std::optional<std::string> NearestName(std::string_view word,
                                       std::span<const std::string_view> candidates);

// " (did you mean 'x'?)" when NearestName finds one, otherwise "".
std::string DidYouMean(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace hoistway
