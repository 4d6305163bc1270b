// The fault catalogue is data that keeps its promises: on every example
// lift (which passes every test) each fault makes exactly the tests it
// names fail, and no other.
#include "tower/faults.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tower/suite.h"
#include "tower/test_lifts.h"

namespace hoistway::tower {
namespace {

std::vector<std::string> Failing(const LoadedLift& lift) {
  ProcedureOptions options;
  options.traces = false;
  auto report = RunSuite(lift.description, kDefaultSuite, options);
  EXPECT_TRUE(report.ok());
  std::vector<std::string> out;
  if (!report.ok()) return out;
  for (const TestResult& t : report->tests) {
    if (t.verdict == Verdict::kFail) out.push_back(t.id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(FaultsTest, TheBuiltInCatalogueLoads) {
  const auto& faults = BuiltInFaults();
  ASSERT_GE(faults.size(), 12u);
  for (const Fault& f : faults) {
    EXPECT_FALSE(f.changes.empty()) << f.name;
    EXPECT_FALSE(f.symptom.empty()) << f.name;
    for (const std::string& id : f.fails) {
      EXPECT_TRUE(std::any_of(En8120Tests().begin(), En8120Tests().end(),
                              [&](const TestInfo& t) { return t.id == id; }))
          << f.name << ": " << id;
    }
  }
}

TEST(FaultsTest, EachFaultFailsItsTestsAndNoOtherOnEveryExample) {
  for (const char* name : testing::kExamples) {
    const LoadedLift sound = testing::ExampleLift(name);
    ASSERT_TRUE(Failing(sound).empty()) << name << " should pass every test";
    for (const Fault& fault : BuiltInFaults()) {
      SCOPED_TRACE(std::string(name) + " + " + fault.name);
      LoadedLift lift = sound;
      ASSERT_TRUE(ApplyFault(lift, fault).ok());
      ASSERT_TRUE(ValidateLift(lift).ok()) << ValidateLift(lift).error().message();
      std::vector<std::string> want = fault.fails;
      std::sort(want.begin(), want.end());
      EXPECT_EQ(Failing(lift), want);
    }
  }
}

TEST(FaultsTest, AppliedChangesAreNamedAsTheirOrigin) {
  LoadedLift lift = testing::ExampleLift("mrl-630");
  auto fault = FindFault(BuiltInFaults(), "worn_grooves");
  ASSERT_TRUE(fault.ok());
  ASSERT_TRUE(ApplyFault(lift, **fault).ok());
  EXPECT_EQ(lift.origins.at("lift.sheave.groove.type"), "--fault worn_grooves");
  EXPECT_EQ(lift.origins.count("lift.sheave.groove.angle_deg"), 0u);  // unset
  EXPECT_EQ(lift.description.lift.sheave.groove.type, GrooveType::kU);
  EXPECT_DOUBLE_EQ(lift.description.lift.sheave.groove.seat_angle_deg, 25.0);
}

TEST(FaultsTest, UnknownNamesGetAHint) {
  auto fault = FindFault(BuiltInFaults(), "worn_brake_linings");
  ASSERT_FALSE(fault.ok());
  EXPECT_NE(fault.error().message().find("did you mean 'worn_brake_lining'"), std::string::npos);
}

struct BadCatalogue {
  const char* text;
  const char* error;
};

TEST(FaultsTest, MalformedCataloguesAreRefusedWithTheirPlace) {
  const char* const head =
      "faults:\n  - name: a\n    title: A\n    component: brake\n    description: d\n"
      "    symptom: s\n    reference: r\n    fails: []\n";
  const BadCatalogue cases[] = {
      {"fault: []\n", "c.yaml:1:1: fault: unknown key (did you mean 'faults'?)"},
      {"faults:\n  - name: a\n", "faults[0]: missing required key 'title'"},
      {"faults:\n  - {name: a, title: A, component: b, description: d, symptom: s, reference: r, "
       "fails: [], "
       "changes: [{key: lift.brake.torque, scale: 2}]}\n",
       "faults[0].changes[0].key: unknown parameter 'lift.brake.torque'"},
      {"faults:\n  - {name: a, title: A, component: b, description: d, symptom: s, reference: r, "
       "fails: [], "
       "changes: [{key: lift.brake.sets, scale: 2, add: 1}]}\n",
       "faults[0].changes[0]: needs exactly one of set, scale, add, unset"},
      {"faults:\n  - {name: a, title: A, component: b, description: d, symptom: s, reference: r, "
       "fails: [], changes: [{key: lift.brake.sets, set: 1}], telemetry: [{rises: door_close}]}\n",
       "faults[0].telemetry[0].rises: unknown trip figure 'door_close' (did you mean "
       "'door_close_s'?)"},
      {"faults:\n  - {name: a, title: A, component: b, description: d, symptom: s, reference: r, "
       "fails: [], changes: [{key: lift.brake.sets, set: 1}], "
       "telemetry: [{rises: duration_s, event: overspeed}]}\n",
       "faults[0].telemetry[0]: needs exactly one of rises, falls, event, signal"},
  };
  for (const BadCatalogue& c : cases) {
    auto parsed = ParseFaultCatalogue(c.text, "c.yaml");
    ASSERT_FALSE(parsed.ok()) << c.text;
    EXPECT_NE(parsed.error().message().find(c.error), std::string::npos)
        << parsed.error().message();
  }
  const std::string twice =
      std::string(head) + "    changes: [{key: lift.brake.sets, set: 1}]\n" +
      "  - {name: a, title: B, component: b, description: d, symptom: s, reference: r, "
      "fails: [], changes: [{key: lift.brake.sets, set: 1}]}\n";
  auto parsed = ParseFaultCatalogue(twice, "c.yaml");
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().message().find("already the name of an earlier fault"),
            std::string::npos);
}

}  // namespace
}  // namespace hoistway::tower
