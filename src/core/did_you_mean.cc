#include "core/did_you_mean.h"

#include <algorithm>
#include <vector>

namespace hoistway {

namespace {

constexpr std::size_t kMaxWordForHint = 64;
constexpr std::size_t kMaxEdits = 3;

char Lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::size_t EditDistance(std::string_view a, std::string_view b) {
  // Three rows of the dynamic-programming table: two back for the swap.
  std::vector<std::size_t> before(b.size() + 1);
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = Lower(a[i - 1]) == Lower(b[j - 1]) ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && Lower(a[i - 1]) == Lower(b[j - 2]) &&
          Lower(a[i - 2]) == Lower(b[j - 1])) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::optional<std::string> NearestName(std::string_view word,
                                       std::span<const std::string_view> candidates) {
  if (word.empty() || word.size() > kMaxWordForHint) return std::nullopt;
  const std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, kMaxEdits);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    if (candidate.size() > word.size() + limit || word.size() > candidate.size() + limit) {
      continue;  // the distance is at least the difference in length
    }
    const std::size_t distance = EditDistance(word, candidate);
    // A hint must share something with the word: '4' is one edit from 'G'.
    if (distance >= word.size() || distance >= candidate.size()) continue;
    if (distance < best_distance) {
      best_distance = distance;
      best = std::string(candidate);
    }
  }
  return best;
}

std::string DidYouMean(std::string_view word, std::span<const std::string_view> candidates) {
  const std::optional<std::string> nearest = NearestName(word, candidates);
  return nearest ? " (did you mean '" + *nearest + "'?)" : std::string();
}

}  // namespace hoistway
