#include "core/building.h"

#include <algorithm>
#include <cmath>

namespace hoistway {

int CarSpec::MaxLoad() const {
  // A small epsilon so that 16 x 0.75 = 12 is not 11.999999.
  const int load = static_cast<int>(std::floor(capacity_persons * loading_limit + 1e-9));
  return std::max(load, 1);
}

bool GroupSpec::Serves(FloorIndex floor) const {
  return std::binary_search(serves.begin(), serves.end(), floor);
}

double Building::TotalPopulation() const {
  double total = 0.0;
  for (const FloorSpec& f : floors) total += f.population;
  return total;
}

double Building::Distance(FloorIndex a, FloorIndex b) const {
  return std::fabs(floor(a).level_m - floor(b).level_m);
}

}  // namespace hoistway
