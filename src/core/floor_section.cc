// The `floors` list (or the `uniform` shorthand) and `main_entrance`.
#include <fmt/core.h>

#include <string>

#include "core/building_sections.h"
#include "core/did_you_mean.h"
#include "core/printable.h"

namespace hoistway {

namespace {

constexpr std::string_view kFloorKeys[] = {
    "name", "height_m", "population", "entrance", "entrance_share", "transfer", "transfer_walk_s"};
constexpr std::string_view kUniformKeys[] = {"above_lobby", "height_m", "population_per_floor",
                                             "lobby"};
constexpr std::string_view kLobbyKeys[] = {"name", "height_m"};

constexpr int kMinFloors = 2;
// Guards against a typo (or a fuzzer) asking for a billion floors; the
// tallest buildings have under 170.
constexpr int kMaxFloors = 1000;
constexpr std::string_view kWhyMaxFloors = "far more floors than any building has";
constexpr double kMaxFloorHeightM = 100.0;
constexpr std::string_view kWhyMaxHeight = "taller than any storey; check the unit (metres)";
constexpr double kMaxPopulationPerFloor = 100000.0;
constexpr std::string_view kWhyMaxPopulation = "more people than any floor holds";
constexpr std::string_view kDefaultLobbyName = "G";
constexpr double kMaxWalkS = 600.0;
constexpr std::string_view kWhyMaxWalk = "ten minutes is a walk to another building";

NumberRange HeightRange() {
  return NumberRange::Positive(kMaxFloorHeightM, kWhyMaxHeight);
}
NumberRange PopulationRange() {
  return NumberRange::NonNegative(kMaxPopulationPerFloor, kWhyMaxPopulation);
}

void ReadFloorList(const MapReader& top, LoadState& state) {
  ConfigErrors& errors = *state.errors;
  const YamlNode* list = top.List("floors");
  if (list == nullptr) return;
  state.floors_at = {list->position, "floors"};
  const auto count = static_cast<int>(list->items.size());
  if (count < kMinFloors) {
    top.FailAt("floors",
               fmt::format("a building needs at least {} floors (got {})", kMinFloors, count));
    return;
  }
  if (count > kMaxFloors) {
    top.FailAt("floors", fmt::format("must list at most {} floors (got {}): {}", kMaxFloors, count,
                                     kWhyMaxFloors));
    return;
  }
  for (int i = 0; i < count; ++i) {
    const YamlNode& item = *list->items[i];
    const MapReader m(errors, item, fmt::format("floors[{}]", i), kFloorKeys);
    FloorSpec floor;
    if (m.Require("name") != nullptr) m.Text("name", &floor.name);
    m.RequiredNumber("height_m", HeightRange(), &floor.height_m);
    m.Number("population", PopulationRange(), &floor.population);
    m.Bool("entrance", &floor.entrance);
    if (m.Has("entrance_share")) {
      if (!floor.entrance) {
        m.FailAt("entrance_share",
                 "only an entrance floor (entrance: true) takes a share of the arrivals");
      }
      m.Number("entrance_share", NumberRange::Positive(), &floor.entrance_share);
    }
    m.Bool("transfer", &floor.transfer);
    if (m.Has("transfer_walk_s")) {
      if (!floor.IsChangeFloor()) {
        m.FailAt("transfer_walk_s",
                 "only a floor where people change groups (entrance: true or transfer: true) "
                 "has a walk between groups");
      }
      m.Number("transfer_walk_s", NumberRange::NonNegative(kMaxWalkS, kWhyMaxWalk),
               &floor.transfer_walk_s);
    }
    state.floor_at.push_back({item.position, m.path()});
    const YamlNode* transfer = m.Find("transfer");
    state.transfer_at.push_back({transfer != nullptr ? transfer->position : item.position,
                                 transfer != nullptr ? m.PathOf("transfer") : m.path()});
    state.building->floors.push_back(floor);
  }
}

// uniform: {above_lobby, height_m, population_per_floor, lobby: {name, height_m}}
// A lobby (an entrance with no population) and floors "1" to "N" above it.
void ReadUniform(const MapReader& top, LoadState& state) {
  ConfigErrors& errors = *state.errors;
  const YamlNode& node = *top.Find("uniform");
  const MapReader u(errors, node, "uniform", kUniformKeys);
  state.floors_at = {node.position, "uniform"};
  int above_lobby = 0;
  double height_m = 0.0;
  double population = 0.0;
  u.RequiredInteger("above_lobby",
                    NumberRange::Between(kMinFloors - 1, kMaxFloors - 1, kWhyMaxFloors),
                    &above_lobby);
  u.RequiredNumber("height_m", HeightRange(), &height_m);
  u.RequiredNumber("population_per_floor", PopulationRange(), &population);
  FloorSpec lobby{.name = std::string(kDefaultLobbyName), .height_m = height_m, .entrance = true};
  DefinedAt lobby_at{node.position, "uniform"};
  if (const YamlNode* lobby_node = u.Find("lobby")) {
    const MapReader l(errors, *lobby_node, "uniform.lobby", kLobbyKeys);
    l.Text("name", &lobby.name);
    l.Number("height_m", HeightRange(), &lobby.height_m);
    lobby_at = {lobby_node->position, "uniform.lobby"};
  }
  if (!errors.ok()) return;
  state.building->floors.push_back(lobby);
  state.floor_at.push_back(lobby_at);
  state.transfer_at.push_back(lobby_at);
  for (int i = 1; i <= above_lobby; ++i) {
    state.building->floors.push_back(
        {.name = std::to_string(i), .height_m = height_m, .population = population});
    state.floor_at.push_back({node.position, "uniform"});
    state.transfer_at.push_back({node.position, "uniform"});
  }
}

void CheckFloorNames(LoadState& state) {
  const std::vector<FloorSpec>& floors = state.building->floors;
  for (std::size_t i = 0; i < floors.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (floors[i].name == floors[j].name) {
        state.errors->Fail(state.floor_at[i].position, state.floor_at[i].path + ".name",
                           fmt::format("floor name '{}' is already used by {}",
                                       Printable(floors[i].name), state.floor_at[j].path));
        return;
      }
    }
  }
}

}  // namespace

std::optional<FloorIndex> LoadState::FindFloor(std::string_view name) const {
  const std::vector<FloorSpec>& floors = building->floors;
  for (std::size_t i = 0; i < floors.size(); ++i) {
    if (floors[i].name == name) return FloorIndex(static_cast<FloorIndex::rep_type>(i));
  }
  return std::nullopt;
}

std::vector<std::string_view> LoadState::FloorNames() const {
  std::vector<std::string_view> names;
  for (const FloorSpec& floor : building->floors) names.push_back(floor.name);
  return names;
}

std::string LoadState::UnknownFloor(std::string_view name) const {
  const std::vector<std::string_view> names = FloorNames();
  // A numbered floor is one edit from its neighbours: no guessing there.
  const bool numbered = !name.empty() && name.find_first_not_of("0123456789") == name.npos;
  std::string hint = numbered ? std::string() : DidYouMean(name, names);
  if (hint.empty() && !names.empty()) {
    hint = fmt::format(" (the floors are {} to {})", Printable(names.front()),
                       Printable(names.back()));
  }
  return fmt::format("unknown floor '{}'{}", Printable(name), hint);
}

void ReadFloors(const MapReader& top, LoadState& state) {
  ConfigErrors& errors = *state.errors;
  const bool has_floors = top.Has("floors");
  const bool has_uniform = top.Has("uniform");
  if (has_floors && has_uniform) {
    top.FailAt("uniform", "give either floors or uniform, not both");
    return;
  }
  if (!has_floors && !has_uniform) {
    errors.Fail(top.node().position, top.path(), "missing required key 'floors' (or 'uniform')");
    return;
  }
  if (has_uniform) {
    ReadUniform(top, state);
  } else {
    ReadFloorList(top, state);
  }
  if (!errors.ok()) return;
  CheckFloorNames(state);
  std::vector<FloorSpec>& floors = state.building->floors;
  double level_m = 0.0;
  bool any_entrance = false;
  for (FloorSpec& floor : floors) {
    floor.level_m = level_m;
    level_m += floor.height_m;
    any_entrance = any_entrance || floor.entrance;
  }
  if (!any_entrance) {
    errors.Fail(state.floors_at.position, state.floors_at.path,
                "no floor is an entrance; mark the floor(s) where people enter and leave the "
                "building with entrance: true");
  }
}

void ReadMainEntrance(const MapReader& top, LoadState& state) {
  Building& building = *state.building;
  std::string name;
  if (!top.Text("main_entrance", &name)) {
    // Default: the lowest entrance (ReadFloors made sure there is one).
    for (std::size_t i = 0; i < building.floors.size(); ++i) {
      if (building.floors[i].entrance) {
        building.main_entrance = FloorIndex(static_cast<FloorIndex::rep_type>(i));
        break;
      }
    }
    return;
  }
  const std::optional<FloorIndex> floor = state.FindFloor(name);
  if (!floor) {
    top.FailAt("main_entrance", state.UnknownFloor(name));
    return;
  }
  if (!building.floor(*floor).entrance) {
    top.FailAt("main_entrance",
               fmt::format("floor '{}' is not an entrance (entrance: true)", Printable(name)));
    return;
  }
  building.main_entrance = *floor;
}

}  // namespace hoistway
