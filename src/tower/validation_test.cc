// The tower against worked cases nobody in this project computed
// (tests/data/validation/tower/, from the rigid-body formulas of the tower
// contract): every test's measured figure within 1 % and its verdict.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "tower/lift_loader.h"
#include "tower/suite.h"

namespace hoistway::tower {
namespace {

std::string DataPath(const std::string& name) {
  return std::string(HOISTWAY_SOURCE_DIR) + "/tests/data/validation/tower/" + name;
}

// The expected files are written by Python's json module, which writes an
// infinite stopping distance as Infinity: read it as a string.
nlohmann::json ReadExpected(const std::string& name) {
  std::ifstream in(DataPath(name));
  std::stringstream text;
  text << in.rdbuf();
  std::string s = text.str();
  for (std::size_t at = s.find("Infinity"); at != std::string::npos;
       at = s.find("Infinity", at + 10)) {
    s.replace(at, 8, "\"Infinity\"");
  }
  return nlohmann::json::parse(s);
}

double Number(const nlohmann::json& j) {
  if (j.is_string() && j.get<std::string>() == "Infinity") return INFINITY;
  return j.get<double>();
}

const TestResult* FindTest(const TowerReport& report, const std::string& id) {
  for (const TestResult& t : report.tests) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

const Figure* FindFigure(const TestResult& t, const std::string& key) {
  for (const Figure& f : t.figures) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

void ExpectWithinOnePercent(double actual, double expected, const std::string& what) {
  if (std::isinf(expected)) {
    EXPECT_TRUE(std::isinf(actual)) << what << ": " << actual;
    return;
  }
  EXPECT_NEAR(actual, expected, 0.01 * std::fabs(expected)) << what;
}

void CheckCase(const LiftDescription& lift, const std::string& expected_file) {
  auto report = RunSuite(lift, kDefaultSuite, ProcedureOptions{});
  ASSERT_TRUE(report.ok()) << report.error().message();
  const nlohmann::json expected = ReadExpected(expected_file);
  for (const auto& [id, want] : expected.items()) {
    SCOPED_TRACE(expected_file + ": " + id);
    const TestResult* got = FindTest(*report, id);
    ASSERT_NE(got, nullptr);
    ExpectWithinOnePercent(got->measured, Number(want["measured"]), id + ".measured");
    if (want.contains("limit"))
      ExpectWithinOnePercent(got->limit, Number(want["limit"]), id + ".limit");
    if (want.contains("retardation")) {
      const Figure* f = FindFigure(*got, "retardation");
      ASSERT_NE(f, nullptr);
      ExpectWithinOnePercent(f->value, Number(want["retardation"]), id + ".retardation");
    }
    EXPECT_EQ(ToString(got->verdict), want["verdict"].get<std::string>()) << got->finding;
  }
}

TEST(TowerValidationTest, Mrl630EveryTestWithinOnePercent) {
  auto lift = LoadLiftFile(DataPath("mrl-630.yaml"));
  ASSERT_TRUE(lift.ok()) << lift.error().message();
  ASSERT_TRUE(ValidateLift(*lift).ok());
  CheckCase(lift->description, "mrl-630.expected.json");
}

TEST(TowerValidationTest, Mrl630WithWeakBrakeFailsTheBrakeTestsOnly) {
  auto lift = LoadLiftFile(DataPath("mrl-630.yaml"));
  ASSERT_TRUE(lift.ok()) << lift.error().message();
  lift->description.lift.brake.torque_per_set_nm = 250;
  ASSERT_TRUE(ValidateLift(*lift).ok());
  CheckCase(lift->description, "mrl-630.weak-brake.expected.json");
}

}  // namespace
}  // namespace hoistway::tower
