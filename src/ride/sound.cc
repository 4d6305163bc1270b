#include "ride/sound.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hoistway::ride {

namespace {

// 10^(L/10) = e^(L ln10 / 10); exp is much faster than pow.
constexpr double kLn10Over10 = std::numbers::ln10 / 10.0;

}  // namespace

std::optional<SoundFigures> SoundIn(std::span<const float> levels, SampleRange region) {
  const auto n = static_cast<std::int64_t>(levels.size());
  SoundFigures f;
  f.max_dba = -HUGE_VAL;
  double energy = 0.0;
  double sum = 0.0;
  for (std::int64_t i = std::max<std::int64_t>(0, region.begin); i < std::min(n, region.end); ++i) {
    const double level = levels[static_cast<std::size_t>(i)];
    if (!(level > 0.0)) continue;  // dropout (also NaN)
    f.max_dba = std::max(f.max_dba, level);
    energy += std::exp(level * kLn10Over10);
    sum += level;
    ++f.readings;
  }
  if (f.readings == 0) return std::nullopt;
  const double count = static_cast<double>(f.readings);
  f.laeq_dba = 10.0 * std::log10(energy / count);
  f.mean_dba = sum / count;
  return f;
}

}  // namespace hoistway::ride
