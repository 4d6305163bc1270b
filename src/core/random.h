// Seeded random streams. Every random draw in hoistway comes from a Random
// object owned by the code that draws; there is no global generator. The
// generator (xoshiro256**) and the distributions are written here rather than
// taken from <random>, whose distributions differ between standard libraries:
// the same seed must give the same run everywhere.
#pragma once

#include <cstdint>
#include <vector>

namespace hoistway {

// SplitMix64 step: used to expand one seed into independent stream seeds.
std::uint64_t SplitMix64(std::uint64_t& state);

// Derives the seed of stream `stream` of replication `replication` from a
// user seed; distinct inputs give statistically independent streams.
std::uint64_t DeriveSeed(std::uint64_t seed, std::uint64_t replication, std::uint64_t stream);

// xoshiro256** (Blackman & Vigna, 2018). Not thread-safe; one per user.
class Random {
 public:
  explicit Random(std::uint64_t seed);

  std::uint64_t NextU64();
  // Uniform in [0, 1) with 53 random bits.
  double Uniform();
  // Exponential with the given mean (> 0): inverse transform of Uniform().
  double Exponential(double mean);
  // Normal with the given mean and standard deviation (>= 0): Box-Muller
  // transform of two Uniform() draws (Box & Muller, Ann. Math. Stat. 29, 1958).
  double Normal(double mean, double sd);
  // Geometric on {1, 2, ...} with the given mean (>= 1): the number of
  // Bernoulli trials with p = 1 / mean up to the first success, by inverse
  // transform of one Uniform() draw; exactly 1 (and no draw) when mean is 1.
  int Geometric(double mean);
  // Uniform integer in [0, n), n > 0 (Lemire's nearly divisionless method).
  std::uint32_t Below(std::uint32_t n);

 private:
  std::uint64_t s_[4];
};

// Draws an index with probability proportional to its weight, in O(1)
// (Vose's alias method). Weights must be >= 0 with a positive sum.
class WeightedChoice {
 public:
  WeightedChoice() = default;
  explicit WeightedChoice(const std::vector<double>& weights);

  std::uint32_t Draw(Random& random) const;
  std::uint32_t size() const { return static_cast<std::uint32_t>(probability_.size()); }
  bool empty() const { return probability_.empty(); }

 private:
  std::vector<double> probability_;
  std::vector<std::uint32_t> alias_;
};

}  // namespace hoistway
