// The floors one lift group serves, as the round-trip-time method sees them:
// entrance floors at the bottom (where up-peak passengers board), the served
// upper floors above them (where they alight), each with its share of the
// passengers, and the average interfloor height and express run that the
// classical formula needs.
#pragma once

#include <string>
#include <vector>

#include "core/building.h"
#include "core/ids.h"
#include "core/status.h"

namespace hoistway {

// One floor of a served zone.
struct ZoneFloor {
  FloorIndex floor;
  std::string name;
  double level_m = 0.0;  // above the building's lowest floor
  double share = 0.0;    // probability that one passenger boards (entrance) or alights (upper) here
};

struct ServedZone {
  std::string group_name;
  // Served entrance floors, ascending; shares from FloorSpec::entrance_share, summing to 1.
  std::vector<ZoneFloor> entrances;
  // Served non-entrance floors above the entrances, ascending; shares from the
  // population each carries to this group (a floor's passengers ride the first
  // group that serves both it and their entrance, as in the simulator).
  std::vector<ZoneFloor> upper;
  double population = 0.0;    // persons on the upper floors this group carries
  double base_level_m = 0.0;  // level of the highest served entrance: H counts floors from here
  // d_f: average interfloor height of the served upper floors (see MakeServedZone).
  double interfloor_m = 0.0;
  // d_E: the run through unserved floors between the base and the first served
  // upper floor beyond one interfloor height (0 without an express zone).
  double express_m = 0.0;
  bool equal_populations = true;  // every upper floor carries the same share
  // Its up-peak passengers ride it as one leg of a journey with changes: the
  // "entrances" are where they board (a lobby for a shuttle, a sky lobby for
  // a group above one) and the population is the persons its legs carry.
  bool transfers = false;

  int UpperCount() const { return static_cast<int>(upper.size()); }
};

// Builds the served zone of `group` in `building`. Conventions (docs/rtt.md):
// without an express zone d_f = (x_top - x_base) / N, the average interfloor
// distance of CIBSE Guide D; with one (an unserved floor between the base and
// the first served upper floor) d_f is the average over the local zone,
// (x_top - x_first) / (N - 1), and d_E = x_first - x_base - d_f.
// A group that carries nobody up from an entrance in one ride but carries
// legs of journeys with changes (core/routes.h) gets the zone of those legs
// (ServedZone::transfers). Errors (kInvalidInput, message naming the
// building source and group): the group serves no entrance floor, no populated upper floor, an
// entrance above an upper floor, or a populated floor below its entrances.
Result<ServedZone> MakeServedZone(const Building& building, GroupId group);

}  // namespace hoistway
