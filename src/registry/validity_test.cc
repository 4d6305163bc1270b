// Validity rules of the Korean profile (spec/lift-rules.md) and of LOLER.
#include "registry/validity.h"

#include <gtest/gtest.h>

namespace hoistway::registry {
namespace {

Date D(const char* text) {
  return *Date::Parse(text);
}

Inspection Insp(InspectionKind kind, const char* date, Verdict result, std::int64_t id = 1) {
  Inspection i;
  i.id = id;
  i.kind = kind;
  i.date = date;
  i.result = result;
  return i;
}

class KoreaValidityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    profile_ = *LoadProfile("korea");
    lift_.installed_on = "2010-05-01";
    lift_.kind = "passenger";
  }
  RegulationProfile profile_;
  Lift lift_;
};

TEST_F(KoreaValidityTest, YearlyPeriodicInspection) {
  EXPECT_EQ(PeriodicIntervalMonths(profile_, lift_, D("2025-01-01"), {}), 12);
}

TEST_F(KoreaValidityTest, SixMonthsFrom25YearsOfAge) {
  lift_.installed_on = "2000-01-10";
  EXPECT_EQ(PeriodicIntervalMonths(profile_, lift_, D("2025-01-09"), {}), 12);
  EXPECT_EQ(PeriodicIntervalMonths(profile_, lift_, D("2025-01-10"), {}), 6);
}

TEST_F(KoreaValidityTest, SixMonthsWithinTwoYearsOfASeriousEvent) {
  const std::vector<Date> events{D("2024-03-01")};
  EXPECT_EQ(PeriodicIntervalMonths(profile_, lift_, D("2024-02-28"), events), 12);
  EXPECT_EQ(PeriodicIntervalMonths(profile_, lift_, D("2026-02-28"), events), 6);
  EXPECT_EQ(PeriodicIntervalMonths(profile_, lift_, D("2026-03-01"), events), 12);
}

TEST_F(KoreaValidityTest, FreightTwoYearsUnlessOld) {
  lift_.kind = "freight";
  EXPECT_EQ(PeriodicIntervalMonths(profile_, lift_, D("2025-01-01"), {}), 24);
  lift_.installed_on = "1990-01-01";
  EXPECT_EQ(PeriodicIntervalMonths(profile_, lift_, D("2025-01-01"), {}), 6);
}

TEST_F(KoreaValidityTest, NoInspectionMeansInstallationDue) {
  const Validity v = ComputeValidity(profile_, lift_, {}, {});
  EXPECT_EQ(v.next_inspection_due, "2010-05-01");
  EXPECT_EQ(v.next_inspection_kind, "installation");
  EXPECT_EQ(ValidityState(lift_, D("2025-01-01")), "not_inspected");
}

TEST_F(KoreaValidityTest, PrecisionInspectionAfter15YearsThenEvery3) {
  auto v = ComputeValidity(profile_, lift_,
                           {Insp(InspectionKind::kPeriodic, "2025-01-15", Verdict::kPass)}, {});
  EXPECT_EQ(v.next_precision_due, "2025-05-01");
  EXPECT_EQ(v.next_inspection_due, "2025-05-01");
  EXPECT_EQ(v.next_inspection_kind, "precision");
  v = ComputeValidity(profile_, lift_,
                      {Insp(InspectionKind::kPeriodic, "2025-01-15", Verdict::kPass),
                       Insp(InspectionKind::kPrecision, "2025-04-20", Verdict::kPass, 2)},
                      {});
  EXPECT_EQ(v.next_precision_due, "2028-04-20");
  EXPECT_EQ(v.valid_until, "2026-04-19");
}

TEST_F(KoreaValidityTest, StatesOverTime) {
  Lift l = lift_;
  l.last_inspection_on = "2025-01-15";
  l.last_result = "pass";
  l.valid_until = "2026-01-14";
  EXPECT_EQ(ValidityState(l, D("2026-01-14")), "valid");
  EXPECT_EQ(ValidityState(l, D("2026-01-15")), "expired");
  l.remediation_until = "2025-03-16";
  EXPECT_EQ(ValidityState(l, D("2025-03-16")), "conditional");
  EXPECT_EQ(ValidityState(l, D("2025-03-17")), "remediation_overdue");
  l.last_result = "fail";
  EXPECT_EQ(ValidityState(l, D("2025-03-17")), "prohibited");
}

TEST_F(KoreaValidityTest, SeriousAccidentDefinition) {
  AccidentReport a;
  a.kind = ReportKind::kAccident;
  a.hospitalisation_days = 6;
  EXPECT_FALSE(IsSerious(profile_, a));
  a.hospitalisation_days = 7;
  EXPECT_TRUE(IsSerious(profile_, a));
  a.hospitalisation_days = 0;
  a.treatment_days = 21;
  EXPECT_TRUE(IsSerious(profile_, a));
  a.treatment_days = 0;
  a.deaths = 1;
  EXPECT_TRUE(IsSerious(profile_, a));
  AccidentReport f;
  f.kind = ReportKind::kFailure;
  f.failure_type = "moved_with_door_open";
  EXPECT_TRUE(IsSerious(profile_, f));
  f.cause = "disaster";
  EXPECT_FALSE(IsSerious(profile_, f));
}

TEST(LolerValidityTest, SixMonthExaminationsForPassengerLifts) {
  const RegulationProfile p = *LoadProfile("uk-loler");
  Lift lift;
  lift.installed_on = "2010-01-01";
  lift.kind = "passenger";
  auto v =
      ComputeValidity(p, lift, {Insp(InspectionKind::kPeriodic, "2025-01-15", Verdict::kPass)}, {});
  EXPECT_EQ(v.valid_until, "2025-07-14");
  EXPECT_EQ(v.next_precision_due, "");
  lift.kind = "freight";
  v = ComputeValidity(p, lift, {Insp(InspectionKind::kPeriodic, "2025-01-15", Verdict::kPass)}, {});
  EXPECT_EQ(v.valid_until, "2026-01-14");
}

}  // namespace
}  // namespace hoistway::registry
