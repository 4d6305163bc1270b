#include "training/qualifications.h"

#include <gtest/gtest.h>

namespace hoistway::training {
namespace {

TEST(QualificationsTest, TheKoreanTechniciansRefresherIsDataAndMarkedUnconfirmed) {
  const Qualification* q = FindQualification(BuiltInQualifications(), "korea", "technician");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->refresher_years, 3);
  EXPECT_FALSE(q->confirmed);
  EXPECT_FALSE(q->source.empty());
  EXPECT_EQ(FindQualification(BuiltInQualifications(), "en81", "technician"), nullptr);
}

TEST(QualificationsTest, BadFilesNameLineAndKey) {
  auto bad = ParseQualifications(
      "profile: korea\nqualifications:\n  - {role: technician, training: T, refresher_years: 0, "
      "confirmed: false, source: S}\n",
      "q.yaml");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message().find("q.yaml:3:"), std::string::npos) << bad.error().message();
  EXPECT_NE(bad.error().message().find("qualifications[0].refresher_years"), std::string::npos);
  bad = ParseQualifications("profile: korea\nqualification: []\n", "q.yaml");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message().find("q.yaml:2:1: qualification: unknown key"), std::string::npos)
      << bad.error().message();
}

TEST(QualificationsTest, ARefresherFallsDueYearsAfterTheDay) {
  EXPECT_EQ(RefresherDue("2026-12-03T10:00:00Z", 3), "2029-12-03");
  EXPECT_EQ(RefresherDue("2024-02-29T10:00:00Z", 3), "2027-02-28");
  EXPECT_EQ(RefresherDue("2024-02-29T10:00:00Z", 4), "2028-02-29");
}

}  // namespace
}  // namespace hoistway::training
