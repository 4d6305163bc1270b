#include "core/traffic_templates.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace hoistway {
namespace {

constexpr double kHour = 3600.0;

TEST(TrafficTemplatesTest, NamesAndSummariesAgree) {
  ASSERT_EQ(TrafficTemplates().size(), TrafficTemplateNames().size());
  for (std::size_t i = 0; i < TrafficTemplates().size(); ++i) {
    EXPECT_EQ(TrafficTemplates()[i].name, TrafficTemplateNames()[i]);
    EXPECT_FALSE(TrafficTemplates()[i].summary.empty());
  }
}

TEST(TrafficTemplatesTest, EveryPeriodMixAddsUpTo100) {
  for (std::string_view name : TrafficTemplateNames()) {
    const auto periods = ExpandTrafficTemplate(name, kHour);
    ASSERT_TRUE(periods.ok()) << name;
    for (const PeriodSpec& p : *periods) {
      EXPECT_NEAR(p.incoming_pct + p.outgoing_pct + p.interfloor_pct, 100.0, 1e-9) << name;
      EXPECT_GT(p.rate_pct_per_5min, 0.0) << name;
      EXPECT_GT(p.duration_s, 0.0) << name;
    }
  }
}

// BCO Guide to Specification (2014), as summarised by AdSimulo.
TEST(TrafficTemplatesTest, UpPeakAndLunchAreTheBcoDesignCases) {
  const auto up = ExpandTrafficTemplate("up_peak", 1800.0);
  ASSERT_TRUE(up.ok());
  ASSERT_EQ(up->size(), 1u);
  EXPECT_EQ((*up)[0].duration_s, 1800.0);
  EXPECT_EQ((*up)[0].rate_pct_per_5min, 12.0);
  EXPECT_EQ((*up)[0].incoming_pct, 85.0);
  EXPECT_EQ((*up)[0].outgoing_pct, 10.0);
  EXPECT_EQ((*up)[0].interfloor_pct, 5.0);

  const auto lunch = ExpandTrafficTemplate("lunch", kHour);
  ASSERT_TRUE(lunch.ok());
  EXPECT_EQ((*lunch)[0].rate_pct_per_5min, 13.0);
  EXPECT_EQ((*lunch)[0].incoming_pct, 45.0);
  EXPECT_EQ((*lunch)[0].outgoing_pct, 45.0);
  EXPECT_EQ((*lunch)[0].interfloor_pct, 10.0);
}

TEST(TrafficTemplatesTest, SinglePeriodTemplatesTakeTheDuration) {
  for (std::string_view name : {"up_peak", "down_peak", "lunch", "interfloor"}) {
    EXPECT_EQ(TrafficTemplateLength(name), std::nullopt) << name;
    const auto periods = ExpandTrafficTemplate(name, 900.0);
    ASSERT_TRUE(periods.ok());
    ASSERT_EQ(periods->size(), 1u);
    EXPECT_EQ(periods->front().duration_s, 900.0);
  }
}

TEST(TrafficTemplatesTest, OfficeDayRunsFromSevenToSeven) {
  ASSERT_EQ(TrafficTemplateLength("office_day"), 12 * kHour);
  const auto day = ExpandTrafficTemplate("office_day", 5.0);  // its own length, not 5 s
  ASSERT_TRUE(day.ok());
  double total = 0.0;
  double peak_up = 0.0;
  double peak_lunch = 0.0;
  for (const PeriodSpec& p : *day) {
    total += p.duration_s;
    if (p.incoming_pct == 85.0) peak_up = std::max(peak_up, p.rate_pct_per_5min);
    if (p.incoming_pct == 45.0) peak_lunch = std::max(peak_lunch, p.rate_pct_per_5min);
  }
  EXPECT_EQ(total, 12 * kHour);
  EXPECT_EQ(peak_up, 12.0);
  EXPECT_EQ(peak_lunch, 13.0);
}

// Over the day as many trips leave the building as enter it, and each is
// about twice the population: in, out to lunch, back, out.
// Over a day, trips in and out of the building (in % of the population).
std::pair<double, double> InAndOut(const std::vector<PeriodSpec>& day) {
  double incoming = 0.0;
  double outgoing = 0.0;
  for (const PeriodSpec& p : day) {
    const double trips_pct = p.rate_pct_per_5min * p.duration_s / 300.0;
    incoming += trips_pct * p.incoming_pct / 100.0;
    outgoing += trips_pct * p.outgoing_pct / 100.0;
  }
  return {incoming, outgoing};
}

TEST(TrafficTemplatesTest, OfficeDayBalancesArrivalsAndDepartures) {
  const auto day = ExpandTrafficTemplate("office_day", kHour);
  ASSERT_TRUE(day.ok());
  const auto [incoming, outgoing] = InAndOut(*day);
  EXPECT_NEAR(incoming / outgoing, 1.0, 0.05);
  EXPECT_NEAR(incoming, 200.0, 20.0);
}

// The modern office day: 11 hours, balanced, lunchtime the busiest period
// (Peters, Smith & Evans 2011) at BCO's 13 %, the morning peak below it.
TEST(TrafficTemplatesTest, ModernOfficeDayPeaksAtLunch) {
  ASSERT_EQ(TrafficTemplateLength("modern_office_day"), 11 * kHour);
  const auto day = ExpandTrafficTemplate("modern_office_day", kHour);
  ASSERT_TRUE(day.ok());
  const auto [incoming, outgoing] = InAndOut(*day);
  EXPECT_NEAR(incoming / outgoing, 1.0, 0.05);
  EXPECT_NEAR(incoming, 250.0, 25.0);
  double busiest = 0.0;
  double busiest_start = 0.0;
  double morning = 0.0;
  double t = 0.0;
  for (const PeriodSpec& p : *day) {
    if (p.rate_pct_per_5min > busiest) {
      busiest = p.rate_pct_per_5min;
      busiest_start = t;
    }
    if (t < 3 * kHour) morning = std::max(morning, p.rate_pct_per_5min);
    t += p.duration_s;
  }
  EXPECT_EQ(busiest, 13.0);
  EXPECT_EQ(busiest_start, 4.5 * kHour);  // 12:00
  EXPECT_LT(morning, busiest);
}

TEST(TrafficTemplatesTest, UnknownNameSuggestsTheNearest) {
  const auto periods = ExpandTrafficTemplate("up-peak", kHour);
  ASSERT_FALSE(periods.ok());
  EXPECT_EQ(periods.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(
      periods.error().message(),
      "unknown traffic template 'up-peak' (did you mean 'up_peak'?); known: up_peak, down_peak, "
      "lunch, interfloor, office_day, modern_office_day");
}

TEST(TrafficTemplatesTest, DurationMustBePositive) {
  EXPECT_FALSE(ExpandTrafficTemplate("up_peak", 0.0).ok());
  EXPECT_FALSE(ExpandTrafficTemplate("up_peak", -5.0).ok());
  EXPECT_FALSE(ExpandTrafficTemplate("up_peak", std::nan("")).ok());
}

}  // namespace
}  // namespace hoistway
