#include "core/random.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace hoistway {

std::uint64_t SplitMix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::uint64_t DeriveSeed(std::uint64_t seed, std::uint64_t replication, std::uint64_t stream) {
  std::uint64_t state = seed;
  std::uint64_t a = SplitMix64(state);
  state = a ^ (replication * 0xd1b54a32d192ed03ULL);
  std::uint64_t b = SplitMix64(state);
  state = b ^ (stream * 0x8cb92ba72f3d8dd7ULL);
  return SplitMix64(state);
}

namespace {
inline std::uint64_t Rotl(std::uint64_t x, int k) {
  return (x << k) | (x >> (64 - k));
}
}  // namespace

Random::Random(std::uint64_t seed) {
  std::uint64_t state = seed;
  for (auto& word : s_) word = SplitMix64(state);
}

std::uint64_t Random::NextU64() {
  const std::uint64_t result = Rotl(s_[1] * 5, 7) * 9;
  const std::uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = Rotl(s_[3], 45);
  return result;
}

double Random::Uniform() {
  constexpr double kTwoToMinus53 = 1.0 / 9007199254740992.0;
  return static_cast<double>(NextU64() >> 11) * kTwoToMinus53;
}

double Random::Exponential(double mean) {
  return -mean * std::log1p(-Uniform());
}

double Random::Normal(double mean, double sd) {
  constexpr double kTwoPi = 6.283185307179586;
  const double u1 = 1.0 - Uniform();  // (0, 1]: log is finite
  const double u2 = Uniform();
  return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(kTwoPi * u2);
}

int Random::Geometric(double mean) {
  if (!(mean > 1.0)) return 1;
  // P(K > k) = (1 - p)^k, so K = 1 + floor(log(1 - U) / log(1 - p)).
  constexpr double kLargest = 1e6;
  const double p = 1.0 / mean;
  const double k = std::floor(std::log1p(-Uniform()) / std::log1p(-p));
  return 1 + static_cast<int>(std::min(k, kLargest));
}

std::uint32_t Random::Below(std::uint32_t n) {
  assert(n > 0);
  std::uint64_t m = (NextU64() >> 32) * n;
  auto low = static_cast<std::uint32_t>(m);
  if (low < n) {
    const std::uint32_t threshold = static_cast<std::uint32_t>(-n) % n;
    while (low < threshold) {
      m = (NextU64() >> 32) * n;
      low = static_cast<std::uint32_t>(m);
    }
  }
  return static_cast<std::uint32_t>(m >> 32);
}

WeightedChoice::WeightedChoice(const std::vector<double>& weights) {
  const std::size_t n = weights.size();
  double sum = 0.0;
  for (double w : weights) sum += w;
  assert(n > 0 && sum > 0.0);
  probability_.assign(n, 0.0);
  alias_.assign(n, 0);
  std::vector<double> scaled(n);
  std::vector<std::uint32_t> small;
  std::vector<std::uint32_t> large;
  for (std::size_t i = 0; i < n; ++i) {
    scaled[i] = weights[i] * static_cast<double>(n) / sum;
    (scaled[i] < 1.0 ? small : large).push_back(static_cast<std::uint32_t>(i));
  }
  while (!small.empty() && !large.empty()) {
    const std::uint32_t s = small.back();
    small.pop_back();
    const std::uint32_t l = large.back();
    probability_[s] = scaled[s];
    alias_[s] = l;
    scaled[l] = (scaled[l] + scaled[s]) - 1.0;
    if (scaled[l] < 1.0) {
      large.pop_back();
      small.push_back(l);
    }
  }
  for (std::uint32_t i : large) probability_[i] = 1.0;
  // Left over by rounding: these columns are full.
  for (std::uint32_t i : small) probability_[i] = 1.0;
}

std::uint32_t WeightedChoice::Draw(Random& random) const {
  const std::uint32_t column = random.Below(size());
  return random.Uniform() < probability_[column] ? column : alias_[column];
}

}  // namespace hoistway
