#include "core/building.h"

#include <algorithm>
#include <cmath>

namespace hoistway {

int CarSpec::MaxLoad() const {
  // A small epsilon so that 16 x 0.75 = 12 is not 11.999999.
  const int load = static_cast<int>(std::floor(capacity_persons * loading_limit + 1e-9));
  return std::max(load, 1);
}

double CarSpec::RatedLoadKg() const {
  return rated_load_kg.value_or(kKgPerRatedPerson * capacity_persons);
}

std::string_view CallModelName(CallModel model) {
  switch (model) {
    case CallModel::kConventional:
      return "conventional";
    case CallModel::kDestination:
      return "destination";
    case CallModel::kHybrid:
      return "hybrid";
  }
  return "conventional";
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
