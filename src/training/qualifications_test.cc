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

TEST(QualificationsTest, ATraineeIsQualifiedUntilTheRefresherIsDue) {
  const Qualification rule{"korea", "technician", "job training", 3, false, "S"};
  const struct {
    const char* last_passed;
    const char* today;
    const char* status;
    const char* until;
  } cases[] = {
      {"", "2026-12-03", "not_trained", ""},
      {"2024-12-03T09:00:00Z", "2026-12-03", "valid", "2027-12-03"},
      {"2023-12-03T09:00:00Z", "2026-12-03", "valid", "2026-12-03"},  // the day itself
      {"2023-12-02T09:00:00Z", "2026-12-03", "expired", "2026-12-02"},
  };
  for (const auto& c : cases) {
    const Standing s = StandingOf(rule, c.last_passed, c.today);
    EXPECT_EQ(s.status, c.status) << c.last_passed;
    EXPECT_EQ(s.valid_until, c.until) << c.last_passed;
  }
}

}  // namespace
}  // namespace hoistway::training
