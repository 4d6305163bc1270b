#include "monitor/rules_config.h"

#include <gtest/gtest.h>

namespace hoistway::monitor {
namespace {

TEST(RulesConfigTest, DefaultsComeFromTheShippedFile) {
  const RulesConfig& rules = DefaultRules();
  EXPECT_EQ(rules.source, "data/monitor/rules.yaml");
  EXPECT_DOUBLE_EQ(rules.entrapment.after_s, 30);
  ASSERT_TRUE(rules.alarms.contains("overspeed"));
  EXPECT_EQ(rules.alarms.at("overspeed").severity, Severity::kCritical);
  EXPECT_EQ(rules.alarms.at("safety_circuit_open").severity_when_moving, Severity::kCritical);
  EXPECT_EQ(rules.alarms.at("door_close_fault").cause, "door_faults");
  EXPECT_EQ(rules.auto_close.at("power_restored"), std::vector<std::string>{"power_loss"});
  EXPECT_EQ(rules.door_close_time.baseline_trips, 200);
  EXPECT_DOUBLE_EQ(rules.levelling_error.limit, 8);
  EXPECT_EQ(rules.trips_interval, 40000);
}

TEST(RulesConfigTest, AFileOverridesOnlyWhatItGives) {
  auto rules = ParseRules(
      "entrapment: {after_s: 45}\n"
      "alarms:\n  start_failure: {severity: major}\n"
      "signals:\n  trips_since_maintenance: {interval: 1000}\n",
      "mine.yaml");
  ASSERT_TRUE(rules.ok()) << rules.error().message();
  EXPECT_DOUBLE_EQ(rules->entrapment.after_s, 45);
  EXPECT_DOUBLE_EQ(rules->entrapment.min_load_kg, 20);
  EXPECT_EQ(rules->alarms.at("start_failure").severity, Severity::kMajor);
  EXPECT_EQ(rules->alarms.at("start_failure").cause, "start_failure");
  EXPECT_EQ(rules->trips_interval, 1000);
  EXPECT_EQ(rules->door_cycles_interval, 80000);
  EXPECT_EQ(rules->source, "mine.yaml");
}

TEST(RulesConfigTest, ErrorsNameFileLineAndKey) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"entrapment: {after_s: -1}\n",
       "mine.yaml:1:23: entrapment.after_s: must be greater than 0 (got -1)"},
      {"entrapmnet: {}\n", "mine.yaml:1:1: entrapmnet: unknown key (did you mean 'entrapment'?)"},
      {"alarms:\n  lift_on_fire: {cause: fire, severity: critical}\n",
       "mine.yaml:2:3: alarms.lift_on_fire: not an event kind of spec/telemetry.md"},
      {"alarms:\n  overspeed: {severity: grave}\n",
       "mine.yaml:2:25: alarms.overspeed.severity: 'grave' is not critical, major or minor"},
      {"auto_close:\n  in_service: [entrapment]\n",
       "mine.yaml:2:16: auto_close.in_service: 'entrapment' cannot be closed automatically"},
      {"signals:\n  door_faults: {window_trips: 0}\n",
       "mine.yaml:2:31: signals.door_faults.window_trips: must be at least 1 (got 0)"},
  };
  for (const auto& c : cases) {
    auto rules = ParseRules(c.text, "mine.yaml");
    ASSERT_FALSE(rules.ok()) << c.text;
    EXPECT_EQ(rules.error().message(), c.message);
  }
  EXPECT_EQ(LoadRulesFile("/nonexistent/rules.yaml").error().code(), ErrorCode::kIo);
}

}  // namespace
}  // namespace hoistway::monitor
