#include <gtest/gtest.h>

#include <string>

#include "core/building_loader.h"
#include "core/building_test_data.h"

// Every rule of the building description gives one clear, one-line message
// naming the file, line, column and key. Each case changes one thing in
// kSmallBuilding; the exact message is part of the contract (users and
// tests/scenarios/invalid rely on its shape).

namespace hoistway {
namespace {

using testing::kSmallBuilding;
using testing::With;

std::string FirstError(const std::string& text) {
  const Result<Building> building = ParseBuilding(text, "t.yaml");
  if (building.ok()) return "(no error)";
  EXPECT_EQ(building.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(building.error().message().find('\n'), std::string::npos);
  return building.error().message();
}

struct Case {
  const char* name;
  const char* from;  // replaced in kSmallBuilding by `to`
  const char* to;
  const char* message;
};

const Case kCases[] = {
    {"unknown_top_key",
     "groups:", "groupz:", "t.yaml:7:1: groupz: unknown key (did you mean 'groups'?)"},
    {"unknown_car_key", "rated_speed_mps: 1.6", "rated_sped_mps: 1.6",
     "t.yaml:12:7: groups[0].car.rated_sped_mps: unknown key (did you mean 'rated_speed_mps'?)"},
    {"unknown_key_no_hint", "  template: up_peak", "  template: up_peak\n  colour: red",
     "t.yaml:20:3: traffic.colour: unknown key; expected one of: duration_s, passenger_mass_kg, "
     "passenger_mass_sd_kg, batch_mean, periods, template, saturated, passengers"},
    {"negative_speed", "rated_speed_mps: 1.6", "rated_speed_mps: -1",
     "t.yaml:12:24: groups[0].car.rated_speed_mps: must be greater than 0 (got -1)"},
    {"zero_acceleration", "acceleration_mps2: 1.0", "acceleration_mps2: 0",
     "t.yaml:13:26: groups[0].car.acceleration_mps2: must be greater than 0 (got 0)"},
    {"nan_jerk", "jerk_mps3: 1.5", "jerk_mps3: .nan",
     "t.yaml:14:18: groups[0].car.jerk_mps3: must be a finite number (got .nan)"},
    {"infinite_speed", "rated_speed_mps: 1.6", "rated_speed_mps: .inf",
     "t.yaml:12:24: groups[0].car.rated_speed_mps: must be a finite number (got .inf)"},
    {"speed_too_high", "rated_speed_mps: 1.6", "rated_speed_mps: 160",
     "t.yaml:12:24: groups[0].car.rated_speed_mps: must be at most 25 (got 160): faster than any "
     "passenger lift in service"},
    {"zero_height", "{name: \"2\", height_m: 3.5", "{name: \"2\", height_m: 0",
     "t.yaml:5:27: floors[2].height_m: must be greater than 0 (got 0)"},
    {"negative_door_time", "door_open_s: 2.0", "door_open_s: -1",
     "t.yaml:15:20: groups[0].car.door_open_s: must be 0 or more (got -1)"},
    {"zero_capacity", "capacity_persons: 13", "capacity_persons: 0",
     "t.yaml:11:25: groups[0].car.capacity_persons: must be at least 1 (got 0)"},
    {"capacity_too_large", "capacity_persons: 13", "capacity_persons: 120",
     "t.yaml:11:25: groups[0].car.capacity_persons: must be at most 80 (got 120): larger than the "
     "largest passenger cars in service"},
    {"fractional_capacity", "capacity_persons: 13", "capacity_persons: 13.5",
     "t.yaml:11:25: groups[0].car.capacity_persons: must be a whole number (got 13.5)"},
    {"car_larger_than_rated_load", "capacity_persons: 13",
     "capacity_persons: 16\n      rated_load_kg: 1000",
     "t.yaml:11:25: groups[0].car.capacity_persons: a car for 16 persons needs a rated load of at "
     "least 1200 kg (75 kg each, EN 81-20 5.4.2) but rated_load_kg is 1000"},
    {"rated_load_too_small", "capacity_persons: 13", "rated_load_kg: 60",
     "t.yaml:11:22: groups[0].car.rated_load_kg: 60 kg carries no passenger (75 kg per person, EN "
     "81-20 5.4.2)"},
    {"rated_load_too_large", "capacity_persons: 13", "rated_load_kg: 10000",
     "t.yaml:11:22: groups[0].car.rated_load_kg: must be at most 6000 (got 10000): larger than the "
     "largest passenger cars in service"},
    {"missing_capacity", "      capacity_persons: 13\n", "",
     "t.yaml:11:7: groups[0].car: missing required key 'capacity_persons' (or 'rated_load_kg')"},
    {"missing_speed", "      rated_speed_mps: 1.6\n", "",
     "t.yaml:11:7: groups[0].car: missing required key 'rated_speed_mps'"},
    {"missing_transfer", "      passenger_transfer_s: 1.2\n", "",
     "t.yaml:11:7: groups[0].car: missing required key 'passenger_transfer_s' (or loading_s and "
     "unloading_s)"},
    {"transfer_and_loading", "passenger_transfer_s: 1.2",
     "passenger_transfer_s: 1.2\n      loading_s: 1.0",
     "t.yaml:18:18: groups[0].car.loading_s: give passenger_transfer_s, or loading_s and "
     "unloading_s, not both"},
    {"loading_without_unloading", "passenger_transfer_s: 1.2", "loading_s: 1.0",
     "t.yaml:11:7: groups[0].car: missing required key 'unloading_s' (loading_s is given)"},
    {"advance_opening_too_long", "door_open_s: 2.0",
     "door_open_s: 2.0\n      advance_door_opening_s: 2.5",
     "t.yaml:16:31: groups[0].car.advance_door_opening_s: must not exceed door_open_s (2 s), the "
     "time the doors take to open (got 2.5 s)"},
    {"loading_limit_above_one", "passenger_transfer_s: 1.2",
     "passenger_transfer_s: 1.2\n      loading_limit: 1.5",
     "t.yaml:18:22: groups[0].car.loading_limit: must be in (0, 1] (got 1.5)"},
    {"loading_limit_zero", "passenger_transfer_s: 1.2",
     "passenger_transfer_s: 1.2\n      loading_limit: 0",
     "t.yaml:18:22: groups[0].car.loading_limit: must be in (0, 1] (got 0)"},
    {"string_for_number", "door_close_s: 3.0", "door_close_s: slow",
     "t.yaml:16:21: groups[0].car.door_close_s: expected a number, got 'slow'"},
    {"quoted_number", "door_close_s: 3.0", "door_close_s: \"3.0\"",
     "t.yaml:16:21: groups[0].car.door_close_s: expected a number, got the quoted text \"3.0\" "
     "(write numbers without quotes)"},
    {"empty_value", "door_close_s: 3.0",
     "door_close_s:", "t.yaml:16:7: groups[0].car.door_close_s: has no value (expected a number)"},
    {"fractional_cars", "cars: 2", "cars: 2.5",
     "t.yaml:9:11: groups[0].cars: must be a whole number (got 2.5)"},
    {"zero_cars", "cars: 2", "cars: 0", "t.yaml:9:11: groups[0].cars: must be at least 1 (got 0)"},
    {"mix_not_100", "template: up_peak",
     "periods:\n    - {duration_s: 3600, rate_pct_per_5min: 12, incoming: 85, outgoing: 10}",
     "t.yaml:20:7: traffic.periods[0]: incoming + outgoing + interfloor must add up to 100 (got "
     "95)"},
    {"negative_mix", "template: up_peak",
     "periods:\n    - {duration_s: 3600, rate_pct_per_5min: 12, incoming: 110, outgoing: -10}",
     "t.yaml:20:59: traffic.periods[0].incoming: must be at most 100 (got 110)"},
    {"zero_rate", "template: up_peak",
     "periods:\n    - {duration_s: 3600, rate_pct_per_5min: 0, incoming: 100}",
     "t.yaml:20:45: traffic.periods[0].rate_pct_per_5min: must be greater than 0 (got 0)"},
    {"negative_period_duration", "template: up_peak",
     "periods:\n    - {duration_s: -60, rate_pct_per_5min: 12, incoming: 100}",
     "t.yaml:20:20: traffic.periods[0].duration_s: must be greater than 0 (got -60)"},
    {"period_missing_duration", "template: up_peak",
     "periods:\n    - {rate_pct_per_5min: 12, incoming: 100}",
     "t.yaml:20:7: traffic.periods[0]: missing required key 'duration_s'"},
    {"empty_periods", "template: up_peak", "periods: []",
     "t.yaml:19:12: traffic.periods: needs at least one period"},
    {"unknown_dispatcher", "cars: 2", "cars: 2\n    dispatcher: colective",
     "t.yaml:10:17: groups[0].dispatcher: unknown dispatcher 'colective' (did you mean "
     "'collective'?); built-in: collective, least_delay, etd, aca, or a plug-in path ending in "
     ".so"},
    {"unknown_template", "template: up_peak", "template: uppeak",
     "t.yaml:19:13: traffic.template: unknown traffic template 'uppeak' (did you mean 'up_peak'?); "
     "known: up_peak, down_peak, lunch, interfloor, office_day, modern_office_day"},
    {"periods_and_template", "template: up_peak", "template: up_peak\n  periods: []",
     "t.yaml:19:13: traffic.template: give either periods or template, not both"},
    {"saturated_and_template", "template: up_peak", "template: up_peak\n  saturated: true",
     "t.yaml:20:14: traffic.saturated: saturated traffic has no periods or template; remove them, "
     "or saturated: true"},
    {"no_traffic_pattern", "  template: up_peak", "  duration_s: 3600",
     "t.yaml:19:3: traffic: missing required key 'periods' (or 'template', 'passengers', or "
     "'saturated: true')"},
    {"missing_traffic", "traffic:\n  template: up_peak\n", "",
     "t.yaml:1:1: missing required key 'traffic'"},
    {"saturated_not_bool", "template: up_peak", "saturated: yes",
     "t.yaml:19:14: traffic.saturated: expected true or false, got 'yes'"},
    {"duplicate_floor_name", "{name: \"3\", height_m", "{name: \"2\", height_m",
     "t.yaml:6:5: floors[3].name: floor name '2' is already used by floors[2]"},
    {"duplicate_yaml_key", "    cars: 2", "    cars: 2\n    cars: 3",
     "t.yaml:10:5: groups[0].cars: duplicate key (first given at line 9)"},
    {"duplicate_group_name", "traffic:",
     "  - {name: A, cars: 1, car: {capacity_persons: 8, rated_speed_mps: 1, acceleration_mps2: 1, "
     "jerk_mps3: 1, door_open_s: 2, door_close_s: 2, passenger_transfer_s: 1}}\ntraffic:",
     "t.yaml:18:5: groups[1].name: group name 'A' is already used by groups[0]"},
    {"one_floor",
     "  - {name: \"1\", height_m: 4.0, population: 50}\n  - {name: \"2\", height_m: 3.5, "
     "population: 60}\n  - {name: \"3\", height_m: 3.5, population: 40}\n",
     "", "t.yaml:3:3: floors: a building needs at least 2 floors (got 1)"},
    {"floors_and_uniform",
     "groups:", "uniform: {above_lobby: 3, height_m: 4, population_per_floor: 10}\ngroups:",
     "t.yaml:7:10: uniform: give either floors or uniform, not both"},
    {"no_entrance", "{name: G, height_m: 4.5, entrance: true}", "{name: G, height_m: 4.5}",
     "t.yaml:3:3: floors: no floor is an entrance; mark the floor(s) where people enter and leave "
     "the building with entrance: true"},
    {"share_on_non_entrance", "{name: \"1\", height_m: 4.0, population: 50}",
     "{name: \"1\", height_m: 4.0, population: 50, entrance_share: 2}",
     "t.yaml:4:64: floors[1].entrance_share: only an entrance floor (entrance: true) takes a share "
     "of the arrivals"},
    {"zero_share", "{name: G, height_m: 4.5, entrance: true}",
     "{name: G, height_m: 4.5, entrance: true, entrance_share: 0}",
     "t.yaml:3:62: floors[0].entrance_share: must be greater than 0 (got 0)"},
    {"main_entrance_not_entrance", "traffic:", "main_entrance: \"2\"\ntraffic:",
     "t.yaml:18:16: main_entrance: floor '2' is not an entrance (entrance: true)"},
    {"main_entrance_unknown", "traffic:", "main_entrance: g\ntraffic:",
     "t.yaml:18:16: main_entrance: unknown floor 'g' (did you mean 'G'?)"},
    {"unreachable_floor", "cars: 2", "cars: 2\n    serves: [G, \"1\", \"2\"]",
     "t.yaml:6:5: floors[3]: floor '3' has a population of 40 but no group serves both it and an "
     "entrance floor, even with changes at transfer floors (transfer: true) or entrances"},
    {"group_serves_one_floor", "cars: 2", "cars: 2\n    serves: [G]",
     "t.yaml:10:13: groups[0].serves: a group must serve at least 2 floors (got 1)"},
    {"serves_unknown_floor", "cars: 2", "cars: 2\n    serves: [G, \"1\", \"2\", \"4\"]",
     "t.yaml:10:27: groups[0].serves[3]: unknown floor '4' (the floors are G to 3)"},
    {"serves_duplicate", "cars: 2", "cars: 2\n    serves: [G, \"1\", \"2\", \"3\", \"1\"]",
     "t.yaml:10:32: groups[0].serves[4]: floor '1' is listed twice"},
    {"serves_not_list", "cars: 2", "cars: 2\n    serves: G",
     "t.yaml:10:13: groups[0].serves: expected a list, got 'G'"},
    {"parking_not_served", "cars: 2", "cars: 2\n    serves: [G, \"1\", \"3\"]\n    parking: \"2\"",
     "t.yaml:11:14: groups[0].parking: group 'A' does not serve floor '2'; park at a floor it "
     "serves, or give main_entrance or none"},
    {"parking_unknown", "cars: 2", "cars: 2\n    parking: lobby",
     "t.yaml:10:14: groups[0].parking: unknown floor 'lobby'; give main_entrance, none or a floor "
     "the group serves"},
    {"oos_car_out_of_range", "cars: 2",
     "cars: 2\n    out_of_service: [{car: 3, from_s: 0, to_s: 60}]",
     "t.yaml:10:28: groups[0].out_of_service[0].car: must be at most 2 (got 3): the group has 2 "
     "cars"},
    {"oos_to_before_from", "cars: 2",
     "cars: 2\n    out_of_service: [{car: 1, from_s: 600, to_s: 60}]",
     "t.yaml:10:50: groups[0].out_of_service[0].to_s: must be later than from_s (600 s) (got 60 "
     "s)"},
    {"capacity_factor_above_one", "traffic:", "analysis: {capacity_factor: 1.2}\ntraffic:",
     "t.yaml:18:29: analysis.capacity_factor: must be in (0, 1] (got 1.2)"},
    {"capacity_factor_zero", "traffic:", "analysis: {capacity_factor: 0}\ntraffic:",
     "t.yaml:18:29: analysis.capacity_factor: must be in (0, 1] (got 0)"},
    {"target_interval_zero", "traffic:", "analysis: {targets: {interval_s: 0}}\ntraffic:",
     "t.yaml:18:34: analysis.targets.interval_s: must be greater than 0 (got 0)"},
    {"warmup_too_long", "traffic:", "report: {warmup_s: 3000, cooldown_s: 600}\ntraffic:",
     "t.yaml:18:9: report: warmup_s + cooldown_s (3600 s) must be less than traffic.duration_s "
     "(3600 s), or no arrival is counted"},
    {"negative_drain", "traffic:", "report: {drain_s: -1}\ntraffic:",
     "t.yaml:18:19: report.drain_s: must be 0 or more (got -1)"},
    {"merge_key", "    car:", "    car:\n      <<: {door_dwell_s: 1}",
     "t.yaml:11:7: groups[0].car.<<: YAML merge keys are not supported; use an alias for the whole "
     "value (e.g. car: *standard_car)"},
    {"uniform_zero_above",
     "floors:\n  - {name: G, height_m: 4.5, entrance: true}\n  - {name: \"1\", height_m: 4.0, "
     "population: 50}\n  - {name: \"2\", height_m: 3.5, population: 60}\n  - {name: \"3\", "
     "height_m: 3.5, population: 40}",
     "uniform: {above_lobby: 0, height_m: 4, population_per_floor: 10}",
     "t.yaml:2:24: uniform.above_lobby: must be at least 1 (got 0)"},
    {"uniform_too_many",
     "floors:\n  - {name: G, height_m: 4.5, entrance: true}\n  - {name: \"1\", height_m: 4.0, "
     "population: 50}\n  - {name: \"2\", height_m: 3.5, population: 60}\n  - {name: \"3\", "
     "height_m: 3.5, population: 40}",
     "uniform: {above_lobby: 5000, height_m: 4, population_per_floor: 10}",
     "t.yaml:2:24: uniform.above_lobby: must be at most 999 (got 5000): far more floors than any "
     "building has"},
    {"uniform_lobby_typo",
     "floors:\n  - {name: G, height_m: 4.5, entrance: true}\n  - {name: \"1\", height_m: 4.0, "
     "population: 50}\n  - {name: \"2\", height_m: 3.5, population: 60}\n  - {name: \"3\", "
     "height_m: 3.5, population: 40}",
     "uniform: {above_lobby: 3, height_m: 4, population_per_floor: 10, lobby: {nmae: L}}",
     "t.yaml:2:74: uniform.lobby.nmae: unknown key (did you mean 'name'?)"},
    {"floor_not_a_map", "  - {name: \"3\", height_m: 3.5, population: 40}", "  - \"3\"",
     "t.yaml:6:5: floors[3]: expected a map of keys, got \"3\""},
    {"second_document", "traffic:", "---\ntraffic:",
     "t.yaml:18:1: a second YAML document starts here; a description is one document"},
    {"yaml_syntax", "    cars: 2", "    cars: [2",
     "t.yaml:10:8: groups[0].cars[1]: invalid YAML: end of sequence flow not found"},
    {"tab_indent", "    cars: 2", "\tcars: 2",
     "t.yaml:9:1: groups[0].name: invalid YAML: illegal tab when looking for indentation"},
};

TEST(BuildingLoaderErrorsTest, OneClearMessagePerRule) {
  for (const Case& c : kCases) {
    EXPECT_EQ(FirstError(With(kSmallBuilding, c.from, c.to)), c.message) << c.name;
  }
}

TEST(BuildingLoaderErrorsTest, TheBaseDescriptionIsValid) {
  EXPECT_EQ(FirstError(kSmallBuilding), "(no error)");
}

// The lines of `text` from its top-level key `key` up to the next top-level
// key (or the end).
std::string TopLevelSection(const std::string& text, const std::string& key) {
  const std::size_t start = text.find("\n" + key + ":") + 1;
  std::size_t end = start;
  do {
    end = text.find('\n', end) + 1;
  } while (end < text.size() && text[end] == ' ');
  return text.substr(start, end - start);
}

const std::string kFloors = TopLevelSection(kSmallBuilding, "floors");
const std::string kGroups = TopLevelSection(kSmallBuilding, "groups");

TEST(BuildingLoaderErrorsTest, MissingSections) {
  EXPECT_EQ(FirstError(With(kSmallBuilding, kFloors, "")),
            "t.yaml:1:1: missing required key 'floors' (or 'uniform')");
  EXPECT_EQ(FirstError(With(kSmallBuilding, kGroups, "")),
            "t.yaml:1:1: missing required key 'groups'");
  EXPECT_EQ(FirstError(With(kSmallBuilding, kGroups, "groups: []\n")),
            "t.yaml:7:9: groups: needs at least one group of lifts");
  EXPECT_EQ(FirstError(With(kSmallBuilding, kFloors, "floors: []\n")),
            "t.yaml:2:9: floors: a building needs at least 2 floors (got 0)");
}

TEST(BuildingLoaderErrorsTest, TopLevelMustBeAMap) {
  EXPECT_EQ(FirstError("- a\n- b\n"),
            "t.yaml:1:1: a building description is a map of keys (name, floors, groups, traffic, "
            "...), got a list");
  EXPECT_EQ(FirstError("hello\n"),
            "t.yaml:1:1: a building description is a map of keys (name, floors, groups, traffic, "
            "...), got 'hello'");
}

TEST(BuildingLoaderErrorsTest, EmptyDescription) {
  EXPECT_EQ(FirstError(""), "t.yaml: empty building description");
  EXPECT_EQ(FirstError("# just a comment\n"), "t.yaml: empty building description");
  EXPECT_EQ(FirstError("---\n"), "t.yaml: empty building description");
}

TEST(BuildingLoaderErrorsTest, CarMustBeAMap) {
  EXPECT_EQ(
      FirstError(With(kSmallBuilding, "    car:\n      capacity_persons: 13\n",
                      "    car: 13\n    x:\n      capacity_persons: 13\n")),
      "t.yaml:11:5: groups[0].x: unknown key; expected one of: name, serves, cars, car, "
      "dispatcher, call_model, destination_panels, parking, out_of_service, deck, escalator_s");
  const std::string text = "name: x\n" + std::string(kFloors) +
                           "groups:\n  - {cars: 1, car: [1, 2]}\ntraffic: {template: up_peak}\n";
  EXPECT_EQ(FirstError(text), "t.yaml:8:20: groups[0].car: expected a map of keys, got a list");
}

TEST(BuildingLoaderErrorsTest, NoPopulation) {
  std::string text = kSmallBuilding;
  for (const char* p : {"population: 50", "population: 60", "population: 40"}) {
    text = With(text, p, "population: 0");
  }
  EXPECT_EQ(FirstError(text),
            "t.yaml:3:3: floors: the total population is 0, so no passenger arrives; give floors "
            "a population, or use traffic: {saturated: true}");
}

TEST(BuildingLoaderErrorsTest, InterfloorNeedsTwoPopulatedFloors) {
  std::string text = With(kSmallBuilding, "population: 60", "population: 0");
  text = With(text, "population: 40", "population: 0");
  EXPECT_EQ(FirstError(text),
            "t.yaml:19:13: traffic.template: interfloor traffic needs at least 2 populated floors "
            "that are not entrances (found 1)");
}

TEST(BuildingLoaderErrorsTest, NamesMustBeOneLine) {
  EXPECT_EQ(FirstError(With(kSmallBuilding, "name: Small office", "name: \"Small\\noffice\"")),
            "t.yaml:1:7: name: must not contain control characters (got \"Small\\noffice\")");
}

TEST(BuildingLoaderErrorsTest, StructuralProblems) {
  EXPECT_EQ(FirstError(With(kSmallBuilding, "traffic:", "x: &a [*a]\ntraffic:")),
            "t.yaml:18:8: x[0]: this alias refers to a node that contains it");
  EXPECT_EQ(FirstError(std::string(kSmallBuilding) + "x: " + std::string(200, '[') +
                       std::string(200, ']') + "\n"),
            "t.yaml:20:67: x[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]...: nested more "
            "than 64 levels deep");
}

TEST(BuildingLoaderErrorsTest, TooManyGroups) {
  std::string groups;
  for (int i = 0; i < 101; ++i)
    groups += "  - {name: g" + std::to_string(i) + ", cars: 1, car: *c}\n";
  const std::string text =
      With(With(kSmallBuilding, "    car:\n", "    car: &c\n"), "traffic:", groups + "traffic:");
  EXPECT_EQ(FirstError(text),
            "t.yaml:8:3: groups: must list at most 100 groups (got 102): far more groups than any "
            "building has");
}

// The largest description the limits allow is still read quickly: 1000
// floors, 100 groups serving all of them.
TEST(BuildingLoaderErrorsTest, LargestBuildingIsReadQuickly) {
  std::string text =
      "uniform: {above_lobby: 999, height_m: 3, population_per_floor: 10}\n"
      "groups:\n  - {cars: 64, car: &c {capacity_persons: 80, rated_speed_mps: 10, "
      "acceleration_mps2: 1, jerk_mps3: 1, door_open_s: 2, door_close_s: 2, "
      "passenger_transfer_s: 1}}\n";
  for (int i = 1; i < 100; ++i)
    text += "  - {name: g" + std::to_string(i) + ", cars: 64, car: *c}\n";
  text += "traffic: {template: office_day}\n";
  const Result<Building> building = ParseBuilding(text, "t.yaml");
  ASSERT_TRUE(building.ok()) << building.error().message();
  EXPECT_EQ(building->FloorCount(), 1000);
  EXPECT_EQ(building->groups.size(), 100u);
}

TEST(BuildingLoaderErrorsTest, HugeKeysAreShortenedInMessages) {
  const std::string key(1000, 'k');  // YAML allows implicit keys up to 1024 characters
  const std::string message = FirstError(With(kSmallBuilding, "traffic:", key + ": 1\ntraffic:"));
  EXPECT_LT(message.size(), 300u);
  EXPECT_NE(message.find("kkk...: unknown key"), std::string::npos) << message;
}

}  // namespace
}  // namespace hoistway
