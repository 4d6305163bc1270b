#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

#include "core/building_loader.h"
#include "core/yaml_emit.h"
#include "study/design_run.h"
#include "study/study.h"
#include "study/study_report.h"

namespace hoistway::study {
namespace {

std::string testing_read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string Source(const std::string& relative) {
  return std::string(HOISTWAY_SOURCE_DIR) + "/" + relative;
}

TEST(YamlEmitTest, TheEmittedDescriptionLoadsAsTheOriginal) {
  const std::string path = Source("examples/vertical-city.yaml");
  auto original = LoadBuildingFile(path);
  ASSERT_TRUE(original.ok());
  auto tree = ParseYaml(testing_read(path), path);
  ASSERT_TRUE(tree.ok());
  auto again = ParseBuildingAt(EmitFlowYaml(*tree->root()), path, "");
  ASSERT_TRUE(again.ok()) << again.error().message();
  ASSERT_EQ(again->floors.size(), original->floors.size());
  for (std::size_t i = 0; i < original->floors.size(); ++i) {
    EXPECT_EQ(again->floors[i].name, original->floors[i].name);
    EXPECT_EQ(again->floors[i].population, original->floors[i].population);
    EXPECT_EQ(again->floors[i].transfer, original->floors[i].transfer);
    EXPECT_EQ(again->floors[i].transfer_walk_s, original->floors[i].transfer_walk_s);
  }
  ASSERT_EQ(again->groups.size(), original->groups.size());
  for (std::size_t g = 0; g < original->groups.size(); ++g) {
    EXPECT_EQ(again->groups[g].serves, original->groups[g].serves);
    EXPECT_EQ(again->groups[g].car.rated_speed_mps, original->groups[g].car.rated_speed_mps);
  }
  auto text = ParseYaml(R"(a: {b: [1, "2", x y], c: "q\"uote", d: 'G, H'})", "t");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(EmitFlowYaml(*text->root()), R"({a: {b: [1, "2", x y], c: "q\"uote", d: "G, H"}})");
}

TEST(YamlEmitTest, ReplacementsFollowThePathNotTheAlias) {
  auto doc = ParseYaml("car: &c {v: 1}\ngroups: [{car: *c}, {car: *c}]\n", "t");
  ASSERT_TRUE(doc.ok());
  auto nine = ParseYaml("9", "t");
  ASSERT_TRUE(nine.ok());
  EXPECT_EQ(EmitFlowYaml(*doc->root(),
                         {{"groups/1/car/v", nine->root()}, {"groups/0/car/w", nine->root()}}),
            "{car: {v: 1}, groups: [{car: {v: 1, w: 9}}, {car: {v: 9}}]}");
}

TEST(StudyTest, DesignsFollowTheGridFirstAxisSlowest) {
  auto study = LoadStudyFile(Source("tests/scenarios/sweep/cars-and-speed.yaml"));
  ASSERT_TRUE(study.ok()) << study.error().message();
  ASSERT_EQ(study->DesignCount(), 12u);
  EXPECT_EQ(study->axes[1].labels, (std::vector<std::string>{"1", "1.5", "2"}));
  auto first = DesignBuilding(*study, 0);
  auto last = DesignBuilding(*study, 11);
  auto middle = DesignBuilding(*study, 3);  // cars 1, 1.5 m/s, least_delay
  ASSERT_TRUE(first.ok() && last.ok() && middle.ok());
  EXPECT_EQ(first->groups[0].cars, 1);
  EXPECT_EQ(first->groups[0].car.rated_speed_mps, 1.0);
  EXPECT_EQ(first->groups[0].dispatcher, "collective");
  EXPECT_EQ(last->groups[0].cars, 2);
  EXPECT_EQ(last->groups[0].car.rated_speed_mps, 2.0);
  EXPECT_EQ(last->groups[0].dispatcher, "least_delay");
  EXPECT_EQ(middle->groups[0].cars, 1);
  EXPECT_EQ(middle->groups[0].car.rated_speed_mps, 1.5);
  EXPECT_EQ(middle->groups[0].dispatcher, "least_delay");
  // Everything not varied is the building's.
  EXPECT_EQ(last->floors.size(), study->base.floors.size());
  EXPECT_EQ(last->traffic.duration_s, study->base.traffic.duration_s);
  EXPECT_EQ(last->groups[0].car.capacity_persons, study->base.groups[0].car.capacity_persons);
}

TEST(StudyTest, AnAliasedCarChangesOnlyInTheVariedGroup) {
  auto study = LoadStudyFile(Source("examples/studies/vertical-city-shuttles.yaml"));
  ASSERT_TRUE(study.ok()) << study.error().message();
  EXPECT_EQ(study->DesignCount(), 24u);
  // Design 7: Shuttle-2 with 2 cars at 9 m/s (6:9:4 is 6, 7, 8, 9), High-A 3 cars.
  auto design = DesignBuilding(*study, 7);
  ASSERT_TRUE(design.ok()) << design.error().message();
  EXPECT_EQ(design->groups[3].name, "Shuttle-2");
  EXPECT_EQ(design->groups[3].cars, 2);
  EXPECT_EQ(design->groups[3].car.rated_speed_mps, 9.0);
  EXPECT_EQ(design->groups[6].cars, 3);
  // Shuttle-1 shares the car through an alias and keeps its own speed.
  EXPECT_EQ(design->groups[2].car.rated_speed_mps, 7.0);
  auto slow = DesignBuilding(*study, 16);  // 4 cars at 6 m/s, High-A 2 cars
  ASSERT_TRUE(slow.ok());
  EXPECT_EQ(slow->groups[3].cars, 4);
  EXPECT_EQ(slow->groups[3].car.rated_speed_mps, 6.0);
  EXPECT_EQ(slow->groups[6].cars, 2);
}

TEST(DesignResultTest, BytesAreExactBothWays) {
  DesignResult r;
  r.valid = true;
  r.note = "a note, with \"quotes\"";
  r.mean = {0.1, 1.0 / 3.0, std::numeric_limits<double>::denorm_min(), -0.0};
  r.half_width_95 = {1e300, 0.0, 2.5, 7.0};
  const std::string bytes = EncodeResult(r);
  auto back = DecodeResult(bytes);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->valid, r.valid);
  EXPECT_EQ(back->note, r.note);
  ASSERT_EQ(back->mean.size(), r.mean.size());
  EXPECT_EQ(std::memcmp(back->mean.data(), r.mean.data(), sizeof(double) * r.mean.size()), 0);
  EXPECT_EQ(back->half_width_95, r.half_width_95);
  EXPECT_FALSE(DecodeResult(bytes.substr(0, bytes.size() - 1)).ok());
  EXPECT_FALSE(DecodeResult("").ok());
}

TEST(DesignRunTest, ADesignEqualsTheSimulationOfItsBuilding) {
  auto study = LoadStudyFile(Source("tests/scenarios/sweep/cars-and-speed.yaml"));
  ASSERT_TRUE(study.ok());
  auto result = RunDesign(*study, 10);
  ASSERT_TRUE(result.ok());
  ASSERT_TRUE(result->valid);
  const std::vector<StudyFigureDef> defs = StudyFigureDefs();
  ASSERT_EQ(result->mean.size(), defs.size());
  // Same numbers the same way twice (the sweep's byte-for-byte promise rests on it).
  auto again = RunDesign(*study, 10);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(EncodeResult(*result), EncodeResult(*again));
  const nlohmann::ordered_json j = StudyJson(*study, std::vector<DesignResult>(12, *result));
  EXPECT_EQ(j["designs"].size(), 12u);
  EXPECT_EQ(j["designs"][10]["parameters"]["groups.A.dispatcher"], "collective");
}

}  // namespace
}  // namespace hoistway::study
