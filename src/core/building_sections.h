// Internal to the building loader (building_loader.cc): the sections of a
// description, each read by its own file (floor_section.cc,
// group_section.cc, traffic_section.cc). Not a public interface.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/building.h"
#include "core/config_reader.h"
#include "core/yaml_tree.h"

namespace hoistway {

// The longest time a description may give (a simulated year); also keeps
// times far inside the 64-bit millisecond tick range of the simulator.
inline constexpr double kMaxTimeS = 366.0 * 24.0 * 3600.0;
inline constexpr std::string_view kWhyMaxTime = "more than a year";

// Where a piece of the building was defined, for messages about it that can
// only be given once the whole description is read.
struct DefinedAt {
  SourcePosition position;
  std::string path;
};

// The building being filled in, with what later sections need to know.
struct LoadState {
  ConfigErrors* errors = nullptr;
  Building* building = nullptr;
  DefinedAt floors_at = {};                 // the `floors` list or the `uniform` map
  std::vector<DefinedAt> floor_at = {};     // one per floor
  std::vector<DefinedAt> transfer_at = {};  // one per floor: its `transfer` key (or the floor)
  std::vector<DefinedAt> deck_at = {};      // one per group: its `deck` key (or the group)
  std::vector<DefinedAt> period_at = {};    // one per traffic period (the template for all of its)
  // Set when the description was read from a file: its folder, against which
  // the files it names (O-D tables) are found. Unset (text from a request),
  // a description may name no file.
  std::optional<std::string> files_dir = {};

  // The floor called `name`, if any.
  std::optional<FloorIndex> FindFloor(std::string_view name) const;
  // Every floor name, for "did you mean" hints.
  std::vector<std::string_view> FloorNames() const;
  // "unknown floor 'x'" with the nearest name as a hint, or the range of names.
  std::string UnknownFloor(std::string_view name) const;
};

// Reads `floors` or `uniform` into building->floors, with levels, and checks
// names and entrances. floor_section.cc.
void ReadFloors(const MapReader& top, LoadState& state);
// Reads `main_entrance`, or chooses the lowest entrance. floor_section.cc.
void ReadMainEntrance(const MapReader& top, LoadState& state);
// Reads `groups`, their cars and out-of-service times. Needs the floors and
// the main entrance. group_section.cc.
void ReadGroups(const MapReader& top, LoadState& state);
// Reads `traffic`: periods, a template or saturated. traffic_section.cc.
void ReadTraffic(const MapReader& top, LoadState& state);

}  // namespace hoistway
