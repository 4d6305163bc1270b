#include "core/building_loader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/building_test_data.h"
#include "tests/support/test_data.h"

namespace hoistway {
namespace {

using testing::kSmallBuilding;
using testing::With;
constexpr const char* kSmall = kSmallBuilding;

// Parses `text` into `const Building& var`, or fails the test.
#define ASSERT_PARSES(var, text)                                       \
  const Result<Building> var##_result = ParseBuilding(text, "t.yaml"); \
  ASSERT_TRUE(var##_result.ok()) << var##_result.error().message();    \
  const Building& var = *var##_result

// Loads tests/data/validation/<name> into `const Building& var`, or fails the test.
#define ASSERT_LOADS(var, name)                                                                  \
  const Result<Building> var##_result = LoadBuildingFile(testing::DataPath("validation/" name)); \
  ASSERT_TRUE(var##_result.ok()) << var##_result.error().message();                              \
  const Building& var = *var##_result

void ExpectUniformFloors(const Building& b, int count, double height_m, double population) {
  ASSERT_EQ(b.FloorCount(), count);
  EXPECT_EQ(b.floors[0].name, "G");
  EXPECT_TRUE(b.floors[0].entrance);
  EXPECT_EQ(b.floors[0].population, 0.0);
  for (int i = 1; i < count; ++i) {
    EXPECT_EQ(b.floors[i].name, std::to_string(i));
    EXPECT_FALSE(b.floors[i].entrance);
    EXPECT_EQ(b.floors[i].population, population);
    EXPECT_NEAR(b.floors[i].level_m, i * height_m, 1e-9);
  }
}

// CIBSE Guide D / Barney round-trip cases: tests/data/validation/rtt.
TEST(BuildingLoaderTest, RttCaseA) {
  ASSERT_LOADS(b, "rtt/rtt-A.yaml");
  EXPECT_EQ(b.name, "RTT case A");
  ExpectUniformFloors(b, 11, 3.3, 80.0);
  EXPECT_DOUBLE_EQ(b.TotalPopulation(), 800.0);
  EXPECT_EQ(b.main_entrance, FloorIndex(0));
  ASSERT_EQ(b.groups.size(), 1u);
  const GroupSpec& g = b.groups[0];
  EXPECT_EQ(g.name, "A");
  EXPECT_EQ(g.cars, 4);
  EXPECT_EQ(g.serves.size(), 11u);
  EXPECT_EQ(g.dispatcher, "collective");
  EXPECT_EQ(g.parking, Parking::kMainEntrance);
  EXPECT_EQ(g.parking_floor, FloorIndex(0));
  EXPECT_EQ(g.car.capacity_persons, 16);
  EXPECT_FALSE(g.car.rated_load_kg.has_value());
  EXPECT_EQ(g.car.rated_speed_mps, 1.6);
  EXPECT_EQ(g.car.acceleration_mps2, 1.0);
  EXPECT_EQ(g.car.jerk_mps3, 1.5);
  EXPECT_EQ(g.car.door_open_s, 2.0);
  EXPECT_EQ(g.car.door_close_s, 3.0);
  EXPECT_EQ(g.car.door_dwell_s, 0.0);
  EXPECT_EQ(g.car.advance_door_opening_s, 0.0);
  EXPECT_EQ(g.car.start_delay_s, 0.0);
  EXPECT_EQ(g.car.loading_s, 1.2);
  EXPECT_EQ(g.car.unloading_s, 1.2);
  EXPECT_EQ(g.car.loading_limit, 1.0);
  EXPECT_EQ(b.traffic.duration_s, 3600.0);
  EXPECT_FALSE(b.traffic.saturated);
  EXPECT_TRUE(b.traffic.template_name.empty());
  ASSERT_EQ(b.traffic.periods.size(), 1u);
  EXPECT_EQ(b.traffic.periods[0].rate_pct_per_5min, 12.0);
  EXPECT_EQ(b.traffic.periods[0].incoming_pct, 100.0);
  EXPECT_EQ(b.analysis.capacity_factor, 0.8);
  EXPECT_FALSE(b.analysis.target_interval_s.has_value());
  EXPECT_EQ(b.report.warmup_s, 0.0);
  EXPECT_EQ(b.report.drain_s, 3600.0);
}

TEST(BuildingLoaderTest, RttCaseB) {
  ASSERT_LOADS(b, "rtt/rtt-B.yaml");
  ExpectUniformFloors(b, 17, 4.0, 100.0);
  EXPECT_DOUBLE_EQ(b.floors.back().level_m, 64.0);
  EXPECT_DOUBLE_EQ(b.Distance(FloorIndex(16), FloorIndex(0)), 64.0);
  const CarSpec& car = b.groups[0].car;
  EXPECT_EQ(b.groups[0].cars, 6);
  EXPECT_EQ(car.capacity_persons, 21);
  EXPECT_EQ(car.rated_speed_mps, 2.5);
  EXPECT_EQ(car.door_open_s, 1.8);
  EXPECT_EQ(car.door_close_s, 2.9);
  EXPECT_EQ(car.start_delay_s, 0.5);
}

TEST(BuildingLoaderTest, SaturatedCases) {
  ASSERT_LOADS(a, "rtt/saturated-A.yaml");
  EXPECT_TRUE(a.traffic.saturated);
  EXPECT_TRUE(a.traffic.periods.empty());
  EXPECT_EQ(a.traffic.duration_s, 28800.0);
  EXPECT_EQ(a.groups[0].car.capacity_persons, 13);
  ASSERT_LOADS(b, "rtt/saturated-B.yaml");
  EXPECT_TRUE(b.traffic.saturated);
  EXPECT_EQ(b.groups[0].car.capacity_persons, 17);
  EXPECT_EQ(b.FloorCount(), 17);
}

TEST(BuildingLoaderTest, PerfOffice18) {
  ASSERT_LOADS(b, "perf/office-18.yaml");
  ExpectUniformFloors(b, 18, 4.0, 41.0);
  EXPECT_DOUBLE_EQ(b.TotalPopulation(), 17 * 41.0);
  const CarSpec& car = b.groups[0].car;
  EXPECT_EQ(b.groups[0].cars, 6);
  EXPECT_EQ(car.capacity_persons, 16);
  EXPECT_EQ(car.door_dwell_s, 1.0);
  EXPECT_EQ(car.loading_limit, 0.8);
  EXPECT_EQ(car.MaxLoad(), 12);
  ASSERT_EQ(b.traffic.periods.size(), 1u);
  const PeriodSpec& p = b.traffic.periods[0];
  EXPECT_EQ(p.duration_s, 3600.0);
  EXPECT_EQ(p.incoming_pct, 85.0);
  EXPECT_EQ(p.outgoing_pct, 5.0);
  EXPECT_EQ(p.interfloor_pct, 10.0);
}

TEST(BuildingLoaderTest, LevelsAccumulateHeightsFromTheBottom) {
  ASSERT_PARSES(b, kSmall);
  EXPECT_EQ(b.source, "t.yaml");
  EXPECT_EQ(b.floors[0].level_m, 0.0);
  EXPECT_EQ(b.floors[1].level_m, 4.5);
  EXPECT_EQ(b.floors[2].level_m, 8.5);
  EXPECT_EQ(b.floors[3].level_m, 12.0);
  EXPECT_EQ(b.floors[0].entrance_share, 1.0);
}

TEST(BuildingLoaderTest, TemplateFillsPeriodsAndDefaultDuration) {
  ASSERT_PARSES(b, kSmall);
  EXPECT_EQ(b.traffic.template_name, "up_peak");
  EXPECT_EQ(b.traffic.duration_s, 3600.0);
  ASSERT_EQ(b.traffic.periods.size(), 1u);
  EXPECT_EQ(b.traffic.periods[0].duration_s, 3600.0);
  EXPECT_EQ(b.traffic.passenger_mass_kg, 75.0);
}

TEST(BuildingLoaderTest, TemplateTakesTheGivenDuration) {
  ASSERT_PARSES(b, With(kSmall, "template: up_peak", "template: lunch\n  duration_s: 1800"));
  EXPECT_EQ(b.traffic.duration_s, 1800.0);
  EXPECT_EQ(b.traffic.periods[0].duration_s, 1800.0);
  EXPECT_EQ(b.traffic.periods[0].incoming_pct, 45.0);
}

TEST(BuildingLoaderTest, OfficeDayDefinesItsOwnLength) {
  ASSERT_PARSES(b, With(kSmall, "template: up_peak", "template: office_day"));
  EXPECT_EQ(b.traffic.duration_s, 12 * 3600.0);
  EXPECT_EQ(b.traffic.periods.size(), 13u);
}

TEST(BuildingLoaderTest, DurationDefaultsToTheSumOfPeriods) {
  ASSERT_PARSES(b, With(kSmall, "template: up_peak",
                        "periods:\n"
                        "    - {duration_s: 600, rate_pct_per_5min: 10, incoming: 100}\n"
                        "    - {duration_s: 900, rate_pct_per_5min: 5, outgoing: 50, "
                        "interfloor: 50}"));
  EXPECT_EQ(b.traffic.duration_s, 1500.0);
  ASSERT_EQ(b.traffic.periods.size(), 2u);
  EXPECT_EQ(b.traffic.periods[1].outgoing_pct, 50.0);
  EXPECT_EQ(b.traffic.periods[1].incoming_pct, 0.0);
}

TEST(BuildingLoaderTest, PeriodsShorterThanDurationAreKept) {
  ASSERT_PARSES(b, With(kSmall, "template: up_peak",
                        "duration_s: 7200\n  periods:\n"
                        "    - {duration_s: 600, rate_pct_per_5min: 10, incoming: 100}"));
  EXPECT_EQ(b.traffic.duration_s, 7200.0);
  EXPECT_EQ(b.traffic.periods.size(), 1u);
}

TEST(BuildingLoaderTest, SaturatedDefaultsToAnHour) {
  ASSERT_PARSES(b, With(kSmall, "template: up_peak", "saturated: true"));
  EXPECT_TRUE(b.traffic.saturated);
  EXPECT_EQ(b.traffic.duration_s, 3600.0);
}

TEST(BuildingLoaderTest, SaturatedAllowsNoPopulation) {
  std::string text = With(kSmall, "template: up_peak", "saturated: true");
  text = With(text, "population: 50", "population: 0");
  text = With(text, "population: 60", "population: 0");
  text = With(text, "population: 40", "population: 0");
  ASSERT_PARSES(b, text);
  EXPECT_EQ(b.TotalPopulation(), 0.0);
}

TEST(BuildingLoaderTest, UniformShorthand) {
  const std::string text = With(kSmall,
                                "floors:\n"
                                "  - {name: G, height_m: 4.5, entrance: true}\n"
                                "  - {name: \"1\", height_m: 4.0, population: 50}\n"
                                "  - {name: \"2\", height_m: 3.5, population: 60}\n"
                                "  - {name: \"3\", height_m: 3.5, population: 40}\n",
                                "uniform: {above_lobby: 16, height_m: 4.0, population_per_floor: "
                                "100, lobby: {name: L, height_m: 5.0}}\n");
  ASSERT_PARSES(b, text);
  ASSERT_EQ(b.FloorCount(), 17);
  EXPECT_EQ(b.floors[0].name, "L");
  EXPECT_EQ(b.floors[0].height_m, 5.0);
  EXPECT_TRUE(b.floors[0].entrance);
  EXPECT_EQ(b.floors[16].name, "16");
  EXPECT_EQ(b.floors[16].level_m, 5.0 + 15 * 4.0);
  EXPECT_EQ(b.TotalPopulation(), 1600.0);
}

TEST(BuildingLoaderTest, UniformLobbyDefaults) {
  ASSERT_PARSES(b, With(kSmall,
                        "floors:\n"
                        "  - {name: G, height_m: 4.5, entrance: true}\n"
                        "  - {name: \"1\", height_m: 4.0, population: 50}\n"
                        "  - {name: \"2\", height_m: 3.5, population: 60}\n"
                        "  - {name: \"3\", height_m: 3.5, population: 40}\n",
                        "uniform: {above_lobby: 2, height_m: 3.0, "
                        "population_per_floor: 10}\n"));
  EXPECT_EQ(b.floors[0].name, "G");
  EXPECT_EQ(b.floors[0].height_m, 3.0);
  EXPECT_EQ(b.floors[2].level_m, 6.0);
}

TEST(BuildingLoaderTest, JsonWithTheSameKeys) {
  const std::string json = R"({
  "name": "Small office",
  "floors": [
    {"name": "G", "height_m": 4.5, "entrance": true},
    {"name": "1", "height_m": 4.0, "population": 50},
    {"name": "2", "height_m": 3.5, "population": 60},
    {"name": "3", "height_m": 3.5, "population": 40}
  ],
  "groups": [{
    "name": "A", "cars": 2,
    "car": {"capacity_persons": 13, "rated_speed_mps": 1.6, "acceleration_mps2": 1.0,
            "jerk_mps3": 1.5, "door_open_s": 2.0, "door_close_s": 3.0,
            "passenger_transfer_s": 1.2}
  }],
  "traffic": {"template": "up_peak"}
})";
  ASSERT_PARSES(from_json, json);
  ASSERT_PARSES(from_yaml, kSmall);
  EXPECT_EQ(from_json.FloorCount(), from_yaml.FloorCount());
  EXPECT_EQ(from_json.floors[2].level_m, from_yaml.floors[2].level_m);
  EXPECT_EQ(from_json.groups[0].car.capacity_persons, from_yaml.groups[0].car.capacity_persons);
  EXPECT_EQ(from_json.traffic.periods.size(), from_yaml.traffic.periods.size());
}

TEST(BuildingLoaderTest, RatedLoadGivesThePersons) {
  ASSERT_PARSES(b, With(kSmall, "capacity_persons: 13", "rated_load_kg: 1000"));
  EXPECT_EQ(b.groups[0].car.capacity_persons, 13);  // floor(1000 / 75)
  EXPECT_EQ(b.groups[0].car.rated_load_kg, 1000.0);
}

TEST(BuildingLoaderTest, PersonsMayBeFewerThanTheRatedLoadAllows) {
  ASSERT_PARSES(
      b, With(kSmall, "capacity_persons: 13", "capacity_persons: 12\n      rated_load_kg: 1000"));
  EXPECT_EQ(b.groups[0].car.capacity_persons, 12);
}

TEST(BuildingLoaderTest, RatedLoadExactlyForThePersons) {
  ASSERT_PARSES(
      b, With(kSmall, "capacity_persons: 13", "capacity_persons: 21\n      rated_load_kg: 1575"));
  EXPECT_EQ(b.groups[0].car.capacity_persons, 21);
}

TEST(BuildingLoaderTest, SeparateLoadingAndUnloadingTimes) {
  ASSERT_PARSES(
      b, With(kSmall, "passenger_transfer_s: 1.2", "loading_s: 1.0\n      unloading_s: 0.8"));
  EXPECT_EQ(b.groups[0].car.loading_s, 1.0);
  EXPECT_EQ(b.groups[0].car.unloading_s, 0.8);
}

TEST(BuildingLoaderTest, OptionalCarTimes) {
  ASSERT_PARSES(b, With(kSmall, "passenger_transfer_s: 1.2",
                        "passenger_transfer_s: 1.2\n      door_dwell_s: 1\n"
                        "      advance_door_opening_s: 0.5\n      start_delay_s: 0.3\n"
                        "      loading_limit: 0.8"));
  const CarSpec& car = b.groups[0].car;
  EXPECT_EQ(car.door_dwell_s, 1.0);
  EXPECT_EQ(car.advance_door_opening_s, 0.5);
  EXPECT_EQ(car.start_delay_s, 0.3);
  EXPECT_EQ(car.loading_limit, 0.8);
  EXPECT_EQ(car.MaxLoad(), 10);
}

TEST(BuildingLoaderTest, ServesIsStoredAscending) {
  ASSERT_PARSES(b, With(With(kSmall, "cars: 2", "cars: 2\n    serves: [\"2\", \"1\", G]"),
                        "population: 40", "population: 0"));
  ASSERT_EQ(b.groups[0].serves.size(), 3u);
  EXPECT_EQ(b.groups[0].serves[0], FloorIndex(0));
  EXPECT_EQ(b.groups[0].serves[2], FloorIndex(2));
  EXPECT_FALSE(b.groups[0].Serves(FloorIndex(3)));
}

TEST(BuildingLoaderTest, ServesSkipsAnExpressZone) {
  ASSERT_PARSES(b, With(With(With(kSmall, "cars: 2", "cars: 2\n    serves: [G, \"3\", \"2\"]"),
                             "population: 50", "population: 0"),
                        "template: up_peak", "saturated: true"));
  EXPECT_TRUE(b.groups[0].Serves(FloorIndex(2)));
  EXPECT_FALSE(b.groups[0].Serves(FloorIndex(1)));
}

TEST(BuildingLoaderTest, Parking) {
  ASSERT_PARSES(stay, With(kSmall, "cars: 2", "cars: 2\n    parking: none"));
  EXPECT_EQ(stay.groups[0].parking, Parking::kStay);
  ASSERT_PARSES(b, With(kSmall, "cars: 2", "cars: 2\n    parking: \"2\""));
  EXPECT_EQ(b.groups[0].parking, Parking::kFloor);
  EXPECT_EQ(b.groups[0].parking_floor, FloorIndex(2));
}

TEST(BuildingLoaderTest, MainEntranceAndShares) {
  const std::string text = With(With(kSmall, "{name: \"1\", height_m: 4.0, population: 50}",
                                     "{name: \"1\", height_m: 4.0, population: 50, entrance: "
                                     "true, entrance_share: 3}"),
                                "traffic:", "main_entrance: \"1\"\ntraffic:");
  ASSERT_PARSES(b, text);
  EXPECT_EQ(b.main_entrance, FloorIndex(1));
  EXPECT_EQ(b.floors[1].entrance_share, 3.0);
  EXPECT_EQ(b.groups[0].parking_floor, FloorIndex(1));
}

TEST(BuildingLoaderTest, DefaultMainEntranceIsTheLowestEntrance) {
  // B (a basement, not an entrance), then entrances 1 and 3.
  const std::string text = With(
      With(With(kSmall, "{name: G, height_m: 4.5, entrance: true}", "{name: B, height_m: 4.5}"),
           "\"1\", height_m: 4.0, population: 50",
           "\"1\", height_m: 4.0, population: 50, entrance: true"),
      "\"3\", height_m: 3.5, population: 40",
      "\"3\", height_m: 3.5, population: 40, entrance: true");
  ASSERT_PARSES(b, With(text, "template: up_peak",
                        "periods: [{duration_s: 600, rate_pct_per_5min: 10, incoming: 100}]"));
  EXPECT_EQ(b.main_entrance, FloorIndex(1));
}

// A group that does not stop at the main entrance parks at its own lowest entrance.
TEST(BuildingLoaderTest, GroupAwayFromTheMainEntranceParksAtItsOwnEntrance) {
  const std::string text = With(With(kSmall, "\"1\", height_m: 4.0, population: 50",
                                     "\"1\", height_m: 4.0, population: 50, entrance: true"),
                                "cars: 2", "cars: 2\n    serves: [\"1\", \"2\", \"3\"]");
  ASSERT_PARSES(b, text);
  EXPECT_EQ(b.main_entrance, FloorIndex(0));
  EXPECT_EQ(b.groups[0].parking, Parking::kMainEntrance);
  EXPECT_EQ(b.groups[0].parking_floor, FloorIndex(1));
}

TEST(BuildingLoaderTest, OutOfService) {
  ASSERT_PARSES(b, With(kSmall, "cars: 2",
                        "cars: 2\n    out_of_service:\n"
                        "      - {car: 2, from_s: 600, to_s: 1200}\n"
                        "      - {car: 1}"));
  const auto& oos = b.groups[0].out_of_service;
  ASSERT_EQ(oos.size(), 2u);
  EXPECT_EQ(oos[0].car, CarId(1));
  EXPECT_EQ(oos[0].from_s, 600.0);
  EXPECT_EQ(oos[0].to_s, 1200.0);
  EXPECT_EQ(oos[1].car, CarId(0));
  EXPECT_EQ(oos[1].from_s, 0.0);
  EXPECT_GT(oos[1].to_s, 1e100);
}

TEST(BuildingLoaderTest, GroupNamesDefaultToLetters) {
  ASSERT_PARSES(b, With(kSmall, "  - name: A\n    cars: 2", "  - cars: 2"));
  EXPECT_EQ(b.groups[0].name, "A");
}

TEST(BuildingLoaderTest, AnalysisAndReport) {
  ASSERT_PARSES(
      b, std::string(kSmall) +
             "analysis:\n  capacity_factor: 1\n  targets: {interval_s: 30, "
             "handling_capacity_pct: 12}\nreport: {warmup_s: 300, cooldown_s: 300, drain_s: 0}\n");
  EXPECT_EQ(b.analysis.capacity_factor, 1.0);
  EXPECT_EQ(b.analysis.target_interval_s, 30.0);
  EXPECT_EQ(b.analysis.target_handling_capacity_pct, 12.0);
  EXPECT_EQ(b.report.warmup_s, 300.0);
  EXPECT_EQ(b.report.cooldown_s, 300.0);
  EXPECT_EQ(b.report.drain_s, 0.0);
}

TEST(BuildingLoaderTest, AliasesShareADefinition) {
  const std::string text = std::string(kSmall) + "";
  const std::string two_groups =
      With(With(text, "    car:\n", "    car: &standard\n"),
           "traffic:", "  - {name: B, cars: 1, car: *standard, serves: [G, \"2\"]}\ntraffic:");
  ASSERT_PARSES(b, two_groups);
  ASSERT_EQ(b.groups.size(), 2u);
  EXPECT_EQ(b.groups[1].car.capacity_persons, 13);
  EXPECT_EQ(b.groups[1].car.door_close_s, 3.0);
}

TEST(BuildingLoaderTest, PluginDispatcherPathIsAccepted) {
  ASSERT_PARSES(b, With(kSmall, "cars: 2", "cars: 2\n    dispatcher: ./build/libmy_dispatch.so"));
  EXPECT_EQ(b.groups[0].dispatcher, "./build/libmy_dispatch.so");
}

class TempFile {
 public:
  explicit TempFile(const std::string& content)
      : path_(std::filesystem::temp_directory_path() /
              ("hoistway_loader_test_" +
               std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".yaml")) {
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

TEST(LoadBuildingFileTest, ReadsAFile) {
  const TempFile file(kSmall);
  const Result<Building> b = LoadBuildingFile(file.path());
  ASSERT_TRUE(b.ok()) << b.error().message();
  EXPECT_EQ(b->source, file.path());
}

TEST(LoadBuildingFileTest, MissingFileIsAnIoError) {
  const Result<Building> b = LoadBuildingFile("/nonexistent/office.yaml");
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().code(), ErrorCode::kIo);
  EXPECT_EQ(b.error().message(),
            "/nonexistent/office.yaml: cannot open: No such file or directory");
}

TEST(LoadBuildingFileTest, DirectoryIsAnIoError) {
  const std::string dir = std::filesystem::temp_directory_path().string();
  const Result<Building> b = LoadBuildingFile(dir);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().code(), ErrorCode::kIo);
}

TEST(LoadBuildingFileTest, EmptyOrCommentOnlyFile) {
  for (const char* content : {"", "# nothing here\n# at all\n", "\n  \n"}) {
    const TempFile file(content);
    const Result<Building> b = LoadBuildingFile(file.path());
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().code(), ErrorCode::kInvalidInput);
    EXPECT_EQ(b.error().message(), file.path() + ": empty building description");
  }
}

TEST(LoadBuildingFileTest, HugeFileIsRefusedWithoutReadingItAll) {
  const TempFile file(std::string(5u << 20, '#'));
  const Result<Building> b = LoadBuildingFile(file.path());
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.error().message().find("larger than"), std::string::npos);
}

}  // namespace
}  // namespace hoistway
