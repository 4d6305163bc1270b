// The `groups` list: served floors, cars, the car itself, dispatcher,
// parking and out-of-service times.
#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/building_loader.h"
#include "core/building_sections.h"
#include "core/call_model.h"
#include "core/decks.h"
#include "core/did_you_mean.h"
#include "core/dispatcher_names.h"
#include "core/printable.h"

namespace hoistway {

namespace {

constexpr std::string_view kGroupKeys[] = {"name",
                                           "serves",
                                           "cars",
                                           "car",
                                           "dispatcher",
                                           "call_model",
                                           "destination_panels",
                                           "parking",
                                           "out_of_service",
                                           "deck",
                                           "escalator_s"};
constexpr std::string_view kCarKeys[] = {"capacity_persons",
                                         "rated_load_kg",
                                         "rated_speed_mps",
                                         "acceleration_mps2",
                                         "jerk_mps3",
                                         "door_open_s",
                                         "door_close_s",
                                         "door_dwell_s",
                                         "advance_door_opening_s",
                                         "start_delay_s",
                                         "passenger_transfer_s",
                                         "loading_s",
                                         "unloading_s",
                                         "loading_limit",
                                         "load_bypass"};
constexpr std::string_view kOutOfServiceKeys[] = {"car", "from_s", "to_s"};

constexpr double kKgPerPerson = kKgPerRatedPerson;
// The largest passenger cars in service carry 80 persons (about 5,250 kg);
// beyond that a value is a typo, not a lift.
constexpr int kMaxCapacityPersons = 80;
constexpr double kMaxRatedLoadKg = 6000.0;
constexpr std::string_view kWhyMaxCar = "larger than the largest passenger cars in service";
constexpr std::size_t kMaxGroups = 100;
constexpr std::string_view kWhyMaxGroups = "far more groups than any building has";
constexpr int kMaxCars = 64;
constexpr std::string_view kWhyMaxCars = "far more cars than one group has; split it";
constexpr double kMaxSpeedMps = 25.0;
constexpr std::string_view kWhyMaxSpeed = "faster than any passenger lift in service";
constexpr double kMaxAccelerationMps2 = 5.0;
constexpr std::string_view kWhyMaxAcceleration =
    "far beyond passenger comfort (lifts use about 0.5 to 1.5)";
constexpr double kMaxJerkMps3 = 20.0;
constexpr std::string_view kWhyMaxJerk = "far beyond passenger comfort (lifts use about 1 to 2.5)";
constexpr double kMaxStepTimeS = 60.0;
// An escalator between the two levels of a lobby (about 5 m at 0.5 m/s,
// with stepping on and off): our assumption when none is given.
constexpr double kDefaultEscalatorS = 15.0;
constexpr std::string_view kWhyMaxStepTime = "a door or a passenger takes seconds, not minutes";

NumberRange StepTime() {
  return NumberRange::NonNegative(kMaxStepTimeS, kWhyMaxStepTime);
}

std::string DefaultGroupName(std::size_t index) {
  constexpr std::size_t kLetters = 26;
  if (index < kLetters) return std::string(1, static_cast<char>('A' + index));
  return fmt::format("G{}", index + 1);
}

void ReadCapacity(const MapReader& c, CarSpec* car) {
  const bool has_persons = c.Has("capacity_persons");
  const bool has_kg = c.Has("rated_load_kg");
  if (!has_persons && !has_kg) {
    c.errors().Fail(c.node().position, c.path(),
                    "missing required key 'capacity_persons' (or 'rated_load_kg')");
    return;
  }
  if (has_persons) {
    c.Integer("capacity_persons", NumberRange::Between(1, kMaxCapacityPersons, kWhyMaxCar),
              &car->capacity_persons);
  }
  double kg = 0.0;
  if (!has_kg ||
      !c.Number("rated_load_kg", NumberRange::Positive(kMaxRatedLoadKg, kWhyMaxCar), &kg)) {
    return;
  }
  car->rated_load_kg = kg;
  const int allowed = static_cast<int>(std::floor(kg / kKgPerPerson + 1e-9));
  if (allowed < 1) {
    c.FailAt("rated_load_kg",
             fmt::format("{} kg carries no passenger (75 kg per person, EN 81-20 5.4.2)", kg));
  } else if (!has_persons) {
    car->capacity_persons = allowed;
  } else if (car->capacity_persons > allowed) {
    c.FailAt("capacity_persons",
             fmt::format("a car for {} persons needs a rated load of at least {} kg (75 kg each, "
                         "EN 81-20 5.4.2) but rated_load_kg is {}",
                         car->capacity_persons, car->capacity_persons * kKgPerPerson, kg));
  }
}

void ReadTransferTimes(const MapReader& c, CarSpec* car) {
  const bool has_transfer = c.Has("passenger_transfer_s");
  const bool has_loading = c.Has("loading_s");
  const bool has_unloading = c.Has("unloading_s");
  if (has_transfer && (has_loading || has_unloading)) {
    c.FailAt(has_loading ? "loading_s" : "unloading_s",
             "give passenger_transfer_s, or loading_s and unloading_s, not both");
  } else if (has_transfer) {
    double transfer_s = 0.0;
    if (c.Number("passenger_transfer_s", StepTime(), &transfer_s)) {
      car->loading_s = transfer_s;
      car->unloading_s = transfer_s;
    }
  } else if (has_loading != has_unloading) {
    c.errors().Fail(c.node().position, c.path(),
                    has_loading ? "missing required key 'unloading_s' (loading_s is given)"
                                : "missing required key 'loading_s' (unloading_s is given)");
  } else if (!has_loading) {
    c.errors().Fail(c.node().position, c.path(),
                    "missing required key 'passenger_transfer_s' (or loading_s and unloading_s)");
  } else {
    c.Number("loading_s", StepTime(), &car->loading_s);
    c.Number("unloading_s", StepTime(), &car->unloading_s);
  }
}

void ReadCar(const MapReader& c, CarSpec* car) {
  ReadCapacity(c, car);
  c.RequiredNumber("rated_speed_mps", NumberRange::Positive(kMaxSpeedMps, kWhyMaxSpeed),
                   &car->rated_speed_mps);
  c.RequiredNumber("acceleration_mps2",
                   NumberRange::Positive(kMaxAccelerationMps2, kWhyMaxAcceleration),
                   &car->acceleration_mps2);
  c.RequiredNumber("jerk_mps3", NumberRange::Positive(kMaxJerkMps3, kWhyMaxJerk), &car->jerk_mps3);
  c.RequiredNumber("door_open_s", StepTime(), &car->door_open_s);
  c.RequiredNumber("door_close_s", StepTime(), &car->door_close_s);
  c.Number("door_dwell_s", StepTime(), &car->door_dwell_s);
  c.Number("start_delay_s", StepTime(), &car->start_delay_s);
  if (c.Number("advance_door_opening_s", StepTime(), &car->advance_door_opening_s) &&
      c.errors().ok() && car->advance_door_opening_s > car->door_open_s) {
    c.FailAt("advance_door_opening_s",
             fmt::format("must not exceed door_open_s ({} s), the time the doors take to "
                         "open (got {} s)",
                         car->door_open_s, car->advance_door_opening_s));
  }
  ReadTransferTimes(c, car);
  c.Number("loading_limit", NumberRange::Fraction(), &car->loading_limit);
  double bypass = 0.0;
  if (c.Number("load_bypass", NumberRange::Fraction(), &bypass)) car->load_bypass = bypass;
}

void ReadServes(const MapReader& g, const LoadState& state, GroupSpec* group) {
  const int floor_count = state.building->FloorCount();
  if (!g.Has("serves")) {
    for (int i = 0; i < floor_count; ++i) group->serves.emplace_back(i);
    return;
  }
  const YamlNode* list = g.List("serves");
  if (list == nullptr) return;
  for (std::size_t j = 0; j < list->items.size(); ++j) {
    const YamlNode& item = *list->items[j];
    const std::string path = fmt::format("{}[{}]", g.PathOf("serves"), j);
    std::string name;
    if (!ReadText(*state.errors, item, path, &name)) return;
    const std::optional<FloorIndex> floor = state.FindFloor(name);
    if (!floor) {
      state.errors->Fail(item.position, path, state.UnknownFloor(name));
      return;
    }
    if (std::find(group->serves.begin(), group->serves.end(), *floor) != group->serves.end()) {
      state.errors->Fail(item.position, path,
                         fmt::format("floor '{}' is listed twice", Printable(name)));
      return;
    }
    group->serves.push_back(*floor);
  }
  std::sort(group->serves.begin(), group->serves.end());
  if (group->serves.size() < 2) {
    g.FailAt("serves",
             fmt::format("a group must serve at least 2 floors (got {})", group->serves.size()));
  }
}

// The floor a group's cars call home: the main entrance, or for a group that
// does not stop there, its lowest entrance, else its lowest transfer floor
// (a sky lobby), else its lowest floor.
FloorIndex HomeFloor(const Building& building, const GroupSpec& group) {
  if (group.Serves(building.main_entrance)) return building.main_entrance;
  for (FloorIndex floor : group.serves) {
    if (building.floor(floor).entrance) return floor;
  }
  for (FloorIndex floor : group.serves) {
    if (building.floor(floor).transfer) return floor;
  }
  return group.serves.front();
}

void ReadParking(const MapReader& g, const LoadState& state, GroupSpec* group) {
  const Building& building = *state.building;
  group->parking = Parking::kMainEntrance;
  group->home_floor = HomeFloor(building, *group);
  group->parking_floor = group->home_floor;
  std::string parking;
  if (!g.Text("parking", &parking)) return;
  if (parking == "main_entrance") return;
  if (parking == "none") {
    group->parking = Parking::kStay;
    return;
  }
  const std::optional<FloorIndex> floor = state.FindFloor(parking);
  if (!floor) {
    std::vector<std::string_view> names = state.FloorNames();
    names.insert(names.begin(), {"main_entrance", "none"});
    g.FailAt("parking", fmt::format("unknown floor '{}'{}; give main_entrance, none or a floor "
                                    "the group serves",
                                    Printable(parking), DidYouMean(parking, names)));
    return;
  }
  if (!group->Serves(*floor)) {
    g.FailAt("parking", fmt::format("group '{}' does not serve floor '{}'; park at a floor it "
                                    "serves, or give main_entrance or none",
                                    Printable(group->name), Printable(parking)));
    return;
  }
  group->parking = Parking::kFloor;
  group->parking_floor = *floor;
}

// A relative plug-in path is relative to the description's own folder.
std::string ResolvePluginPath(const std::string& name, const std::string& source) {
  if (name.starts_with('/')) return name;
  const std::size_t slash = source.rfind('/');
  if (slash == std::string::npos) return name.starts_with("./") ? name : "./" + name;
  return source.substr(0, slash + 1) + name;
}

void ReadDispatcher(const MapReader& g, GroupSpec* group) {
  std::string name;
  if (!g.Text("dispatcher", &name)) return;
  group->dispatcher_at = g.WhereIs("dispatcher");
  if (!IsBuiltInDispatcher(name) && !IsDispatcherPluginPath(name)) {
    g.FailAt("dispatcher",
             fmt::format("unknown dispatcher '{}'{}; built-in: {}, or a plug-in path ending in .so",
                         Printable(name), DidYouMean(name, BuiltInDispatcherNames()),
                         fmt::join(BuiltInDispatcherNames(), ", ")));
    return;
  }
  group->dispatcher =
      IsDispatcherPluginPath(name) ? ResolvePluginPath(name, g.errors().source()) : name;
}

// `destination_panels`: the floors of a hybrid group with destination panels
// (each one served), in any order.
bool ReadPanelFloors(const MapReader& g, const LoadState& state, GroupSpec* group) {
  const YamlNode* list = g.List("destination_panels");
  if (list == nullptr) return false;
  for (std::size_t j = 0; j < list->items.size(); ++j) {
    const YamlNode& item = *list->items[j];
    const std::string path = fmt::format("{}[{}]", g.PathOf("destination_panels"), j);
    std::string name;
    if (!ReadText(*state.errors, item, path, &name)) return false;
    const std::optional<FloorIndex> floor = state.FindFloor(name);
    if (!floor) {
      state.errors->Fail(item.position, path, state.UnknownFloor(name));
      return false;
    }
    if (!group->Serves(*floor)) {
      state.errors->Fail(item.position, path,
                         fmt::format("group '{}' does not serve floor '{}'; a destination panel "
                                     "goes at a floor the group serves",
                                     Printable(group->name), Printable(name)));
      return false;
    }
    group->destination_panels[static_cast<std::size_t>(floor->value())] = 1;
  }
  if (list->items.empty()) {
    g.FailAt("destination_panels", "lists no floor; name the floors with destination panels");
    return false;
  }
  return true;
}

// `call_model` and `destination_panels`, checked against the dispatcher.
void ReadCallModel(const MapReader& g, const LoadState& state, GroupSpec* group) {
  const Building& building = *state.building;
  CallModel model = CallModel::kConventional;
  std::string name;
  if (g.Text("call_model", &name)) {
    Result<CallModel> parsed = ParseCallModel(name);
    if (!parsed.ok()) return g.FailAt("call_model", parsed.error().message());
    model = *parsed;
  }
  if (!state.errors->ok()) return;
  if (model == CallModel::kConventional && g.Has("destination_panels")) {
    return g.FailAt("destination_panels",
                    "a conventional group has up and down buttons, not destination panels; give "
                    "call_model: hybrid (or destination)");
  }
  if (model == CallModel::kHybrid && g.Has("destination_panels")) {
    group->call_model = model;
    group->destination_panels.assign(static_cast<std::size_t>(building.FloorCount()), 0);
    ReadPanelFloors(g, state, group);
    return;
  }
  const Status set = SetCallModel(building, *group, model);
  if (!set.ok()) return g.FailAt("call_model", set.error().message());
  if (model == CallModel::kDestination && g.Has("destination_panels")) {
    // Listed panels must cover every served floor (SetCallModel put one at each).
    GroupSpec listed = *group;
    listed.destination_panels.assign(static_cast<std::size_t>(building.FloorCount()), 0);
    if (!ReadPanelFloors(g, state, &listed)) return;
    for (FloorIndex f : group->serves) {
      if (listed.HasDestinationPanel(f)) continue;
      return g.FailAt("destination_panels",
                      fmt::format("call_model destination needs a destination panel at every "
                                  "floor group '{}' serves, and floor '{}' has none (give "
                                  "call_model: hybrid for panels at some floors only)",
                                  Printable(group->name), Printable(building.floor(f).name)));
    }
  }
  const Status fits = CheckDispatcherFitsCallModel(*group);
  if (!fits.ok()) g.FailAt("dispatcher", fits.error().message());
}

void ReadOutOfService(const MapReader& g, const LoadState& state, GroupSpec* group) {
  const YamlNode* list = g.List("out_of_service");
  if (list == nullptr || group->cars < 1) return;
  const std::string why_car = fmt::format("the group has {} cars", group->cars);
  for (std::size_t j = 0; j < list->items.size(); ++j) {
    const MapReader o(*state.errors, *list->items[j],
                      fmt::format("{}[{}]", g.PathOf("out_of_service"), j), kOutOfServiceKeys);
    int car = 0;
    OutOfService entry;
    o.RequiredInteger("car", NumberRange::Between(1, group->cars, why_car), &car);
    o.Number("from_s", NumberRange::NonNegative(kMaxTimeS, kWhyMaxTime), &entry.from_s);
    if (o.Number("to_s", NumberRange::NonNegative(kMaxTimeS, kWhyMaxTime), &entry.to_s) &&
        state.errors->ok() && entry.to_s <= entry.from_s) {
      o.FailAt("to_s", fmt::format("must be later than from_s ({} s) (got {} s)", entry.from_s,
                                   entry.to_s));
    }
    entry.car = CarId(car - 1);
    group->out_of_service.push_back(entry);
  }
}

// The two levels of a double-deck lobby: `lower` and the floor above it,
// both served, both entrances or both transfer floors. Empty when they pair.
std::string LobbyPairProblem(const Building& building, const GroupSpec& group, FloorIndex lower) {
  const FloorIndex upper(lower.value() + 1);
  const FloorSpec& low = building.floor(lower);
  if (upper.value() >= building.FloorCount() || !group.Serves(upper)) {
    return fmt::format(
        "a double-deck group needs a lobby of two levels, floor '{}' and the floor above it, "
        "both served (the lower deck boards at '{}', the upper deck at the floor above)",
        Printable(low.name), Printable(low.name));
  }
  const FloorSpec& up = building.floor(upper);
  if ((low.entrance && !up.entrance) || (low.transfer && !up.transfer && !up.entrance)) {
    return fmt::format(
        "a double-deck group needs a lobby of two levels: floor '{}' is {} but the floor above "
        "it, '{}', is not (mark it {} too)",
        Printable(low.name), low.entrance ? "an entrance" : "a transfer floor", Printable(up.name),
        low.entrance ? "entrance: true" : "transfer: true");
  }
  return {};
}

// What the double-deck model needs beyond the lobby (docs/building-format.md,
// "Double-deck cars"): the decks stop at pairs of floors counted from the
// lobby (lobby and the level above, then the next two, ...), so every served
// floor's partner is served and nothing is served below the lobby; a transfer
// floor it serves is one level of a lobby of two levels (core/decks.h).
// Empty when the group qualifies.
std::string DoubleDeckServiceProblem(const Building& building, const GroupSpec& group) {
  const int lobby = group.home_floor.value();
  for (FloorIndex f : group.serves) {
    const FloorSpec& floor = building.floor(f);
    if (f.value() < lobby) {
      return fmt::format(
          "a double-deck group serves no floor below its lobby '{}' (floor '{}' is below it)",
          Printable(building.floor(group.home_floor).name), Printable(floor.name));
    }
    const FloorIndex partner = PartnerFloor(group, f);
    const std::string pair = partner.value() < building.FloorCount()
                                 ? fmt::format(" '{}'", Printable(building.floor(partner).name))
                                 : std::string(" (above the top floor)");
    if (floor.transfer && !IsTwoLevelLobby(building, group, f)) {
      return fmt::format(
          "a double-deck group stops at a transfer floor only at a lobby of two levels: floor "
          "'{}' is a transfer floor but its pair{} is not a change floor (mark it transfer: true)",
          Printable(floor.name), pair);
    }
    if (partner.value() >= building.FloorCount() || !group.Serves(partner)) {
      return fmt::format(
          "a double-deck group serves floors in pairs counted from its lobby: floor '{}' is "
          "served but its pair{} is not",
          Printable(floor.name), pair);
    }
  }
  return {};
}

void ReadDeck(const MapReader& g, const LoadState& state, GroupSpec* group) {
  std::string deck;
  if (g.Text("deck", &deck)) {
    if (deck == "double") {
      group->deck = Deck::kDouble;
    } else if (deck != "single") {
      constexpr std::string_view kDecks[] = {"single", "double"};
      return g.FailAt("deck", fmt::format("must be single or double (got '{}'){}", Printable(deck),
                                          DidYouMean(deck, kDecks)));
    }
  }
  const bool has_escalator = g.Has("escalator_s");
  if (has_escalator && group->deck != Deck::kDouble) {
    return g.FailAt("escalator_s",
                    "only a double-deck group (deck: double) has an escalator between the two "
                    "levels of its lobby");
  }
  if (group->deck != Deck::kDouble) return;
  group->escalator_s = kDefaultEscalatorS;
  g.Number("escalator_s", NumberRange::NonNegative(kMaxStepTimeS, kWhyMaxStepTime),
           &group->escalator_s);
  if (!state.errors->ok()) return;
  std::string problem = LobbyPairProblem(*state.building, *group, group->home_floor);
  if (problem.empty()) problem = DoubleDeckServiceProblem(*state.building, *group);
  if (!problem.empty()) return g.FailAt("deck", problem);
  // The car stops once for both floors of a pair: both have destination
  // panels or neither. Hybrid's default panels (at the entrances) are put at
  // both floors; a list given by hand must say so itself.
  if (!g.Has("destination_panels")) return PanelsAtBothFloorsOfPairs(*group);
  for (FloorIndex f : group->serves) {
    const FloorIndex partner = PartnerFloor(*group, f);
    if (!group->HasDestinationPanel(f) || group->HasDestinationPanel(partner)) continue;
    return g.FailAt("destination_panels",
                    fmt::format("a double-deck car stops once for both floors of a pair, so "
                                "both have destination panels or neither: floor '{}' has one "
                                "and its pair '{}' has none",
                                Printable(state.building->floor(f).name),
                                Printable(state.building->floor(partner).name)));
  }
}

void ReadGroup(const MapReader& g, std::size_t index, LoadState& state) {
  GroupSpec group;
  group.name = DefaultGroupName(index);
  g.Text("name", &group.name);
  ReadServes(g, state, &group);
  g.RequiredInteger("cars", NumberRange::Between(1, kMaxCars, kWhyMaxCars), &group.cars);
  if (const YamlNode* car = g.Require("car")) {
    ReadCar(MapReader(*state.errors, *car, g.PathOf("car"), kCarKeys), &group.car);
  }
  ReadDispatcher(g, &group);
  if (!state.errors->ok()) return;  // parking and out_of_service need serves and cars
  ReadParking(g, state, &group);
  ReadCallModel(g, state, &group);
  ReadOutOfService(g, state, &group);
  ReadDeck(g, state, &group);
  state.building->groups.push_back(std::move(group));
}

}  // namespace

std::span<const std::string_view> GroupKeys() {
  return kGroupKeys;
}
std::span<const std::string_view> CarKeys() {
  return kCarKeys;
}

void ReadGroups(const MapReader& top, LoadState& state) {
  if (top.Require("groups") == nullptr) return;
  const YamlNode* list = top.List("groups");
  if (list == nullptr) return;
  if (list->items.empty()) {
    top.FailAt("groups", "needs at least one group of lifts");
    return;
  }
  if (list->items.size() > kMaxGroups) {
    top.FailAt("groups", fmt::format("must list at most {} groups (got {}): {}", kMaxGroups,
                                     list->items.size(), kWhyMaxGroups));
    return;
  }
  std::vector<DefinedAt> group_at;
  for (std::size_t i = 0; i < list->items.size() && state.errors->ok(); ++i) {
    const MapReader g(*state.errors, *list->items[i], fmt::format("groups[{}]", i), kGroupKeys);
    ReadGroup(g, i, state);
    group_at.push_back({list->items[i]->position, g.path()});
  }
  if (!state.errors->ok()) return;
  const std::vector<GroupSpec>& groups = state.building->groups;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (groups[i].name == groups[j].name) {
        state.errors->Fail(group_at[i].position, group_at[i].path + ".name",
                           fmt::format("group name '{}' is already used by {}",
                                       Printable(groups[i].name), group_at[j].path));
        return;
      }
    }
  }
}

}  // namespace hoistway
