// The published validation cases (tests/data/validation/rtt/, copied from
// the project's validation set, each with its source: CIBSE Guide D / Barney form, and a
// 200,000-trip Monte Carlo of the saturated up-peak).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

#include "analysis/report_json.h"
#include "analysis/rtt_analysis.h"
#include "analysis/test_buildings.h"
#include "core/building_loader.h"
#include "tests/support/test_data.h"

namespace hoistway {
namespace {

constexpr double kRelativeTolerance = 1e-4;
constexpr double kMonteCarloTolerance = 0.01;

nlohmann::json Expected(const std::string& name) {
  return nlohmann::json::parse(testing::ReadFile(testing::DataPath("validation/rtt/" + name)));
}

Building Load(const std::string& name) {
  Result<Building> b = LoadBuildingFile(testing::DataPath("validation/rtt/" + name));
  EXPECT_TRUE(b.ok()) << b.error().message();
  return b.ok() ? std::move(b).value() : Building{};
}

void ExpectEveryKey(const nlohmann::json& expected, const nlohmann::json& actual,
                    const std::string& label) {
  for (const auto& [key, value] : expected.items()) {
    ASSERT_TRUE(actual.contains(key)) << label << ": missing key " << key;
    const double want = value.get<double>();
    const double got = actual.at(key).get<double>();
    EXPECT_LT(std::fabs(got - want) / std::fabs(want), kRelativeTolerance)
        << label << " " << key << ": expected " << want << ", got " << got;
  }
}

TEST(RttValidationTest, CaseA) {
  const Result<BuildingRtt> rtt = AnalyzeRtt(Load("rtt-A.yaml"));
  ASSERT_TRUE(rtt.ok()) << rtt.error().message();
  ExpectEveryKey(Expected("rtt-A.expected.json"), RttJson(*rtt), "rtt-A");
}

TEST(RttValidationTest, CaseB) {
  const Result<BuildingRtt> rtt = AnalyzeRtt(Load("rtt-B.yaml"));
  ASSERT_TRUE(rtt.ok()) << rtt.error().message();
  ExpectEveryKey(Expected("rtt-B.expected.json"), RttJson(*rtt), "rtt-B");
}

// The buildings this module's tests build in code are the validation files.
TEST(RttValidationTest, InCodeBuildingsMatchTheFiles) {
  for (const auto& [file, building] : {std::pair{"rtt-A.yaml", testing::RttCaseA()},
                                       std::pair{"rtt-B.yaml", testing::RttCaseB()}}) {
    const Result<BuildingRtt> from_file = AnalyzeRtt(Load(file));
    const Result<BuildingRtt> in_code = AnalyzeRtt(building);
    ASSERT_TRUE(from_file.ok() && in_code.ok());
    EXPECT_DOUBLE_EQ(from_file->groups[0].classical.rtt_s, in_code->groups[0].classical.rtt_s);
    EXPECT_DOUBLE_EQ(from_file->groups[0].kinematic.rtt_s, in_code->groups[0].kinematic.rtt_s);
  }
}

// Saturated up-peak (traffic.saturated): every car leaves with its full load;
// rtt_kinematic_s against the Monte Carlo mean round trip (exact flights
// between the drawn stops) within 1 %.
void ExpectSaturated(const std::string& name) {
  const nlohmann::json expected = Expected(name + ".expected.json");
  const Result<BuildingRtt> rtt = AnalyzeRtt(Load(name + ".yaml"));
  ASSERT_TRUE(rtt.ok()) << rtt.error().message();
  const GroupRtt& g = rtt->groups.front();
  EXPECT_EQ(g.basis, PassengersBasis::kSaturated);
  EXPECT_DOUBLE_EQ(g.classical.passengers, expected.at("car_load_persons_mean").get<double>());
  const double mc_rtt = expected.at("round_trip_time_s").get<double>();
  const double mc_interval = expected.at("interval_s").get<double>();
  EXPECT_LT(std::fabs(g.kinematic.rtt_s - mc_rtt) / mc_rtt, kMonteCarloTolerance)
      << name << ": rtt_kinematic_s " << g.kinematic.rtt_s << " vs " << mc_rtt;
  EXPECT_LT(std::fabs(g.kinematic_throughput.interval_s - mc_interval) / mc_interval,
            kMonteCarloTolerance);
  // The expected stops and reversal floor are those the Monte Carlo counted.
  EXPECT_NEAR(g.classical.stops, expected.at("S_monte_carlo").get<double>(), 0.01);
  EXPECT_NEAR(g.classical.highest_reversal, expected.at("H_monte_carlo").get<double>(), 0.01);
  EXPECT_NEAR(g.kinematic.expected_stops, 1.0 + expected.at("S_monte_carlo").get<double>(), 0.01);
}

TEST(RttValidationTest, SaturatedA) {
  ExpectSaturated("saturated-A");
}
TEST(RttValidationTest, SaturatedB) {
  ExpectSaturated("saturated-B");
}

}  // namespace
}  // namespace hoistway
