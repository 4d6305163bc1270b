#include "registry/profile.h"

#include <gtest/gtest.h>

namespace hoistway::registry {
namespace {

TEST(ProfileTest, KoreaIsBuiltInWithNineteenComponentKinds) {
  auto p = LoadProfile("korea");
  ASSERT_TRUE(p.ok()) << p.error().message();
  EXPECT_EQ(p->periodic_interval_months, 12);
  EXPECT_EQ(p->component_kinds.size(), 19u);
  EXPECT_EQ(*p->remediation_days, 60);
  EXPECT_EQ(*p->precision_first_after_years, 15);
  EXPECT_EQ(p->precision_interval_years, 3);
  EXPECT_EQ(p->self_inspection_entry_days, 10);
  EXPECT_EQ(p->grades.size(), 5u);
  EXPECT_EQ(p->serious_hospitalisation_days_at_least, 7);
  EXPECT_EQ(p->serious_treatment_days_at_least, 21);
  EXPECT_FALSE(p->periodic_source.empty());
  EXPECT_TRUE(p->HasComponentKind("ucmp_device"));
}

TEST(ProfileTest, LolerIsAnotherFileNotCode) {
  auto p = LoadProfile("uk-loler");
  ASSERT_TRUE(p.ok()) << p.error().message();
  EXPECT_EQ(p->periodic_interval_months, 6);
  EXPECT_FALSE(p->precision_first_after_years.has_value());
  EXPECT_FALSE(p->HasInspectionKind("precision"));
}

TEST(ProfileTest, ErrorsNameTheOriginAndField) {
  auto p = ParseProfile("id: x\nperiodic: {}\n", "mine.yaml");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.error().message().find("mine.yaml: periodic.interval_months"), std::string::npos);
  auto bad = ParseProfile("id: [", "broken.yaml");
  EXPECT_NE(bad.error().message().find("broken.yaml:"), std::string::npos);
  EXPECT_FALSE(LoadProfile("atlantis").ok());
}

}  // namespace
}  // namespace hoistway::registry
