#include "traffic/arrival_source.h"

#include <gtest/gtest.h>

#include <map>

#include "tests/support/buildings.h"

namespace hoistway {
namespace {

TEST(ArrivalSourceTest, RateAndMixFollowThePeriod) {
  testing::UniformBuildingOptions o;
  o.duration_s = 100 * 3600.0;
  const Building b = testing::MakeUniformBuilding(o);
  auto planner = TripPlanner::Create(b);
  ASSERT_TRUE(planner.ok());
  ArrivalSource source(b, *planner, 1, 2);
  std::map<TripKind, int> kinds;
  std::map<int, int> destinations;
  int count = 0;
  Tick last = 0;
  for (Arrival a = source.Next(); a.time != kNever; a = source.Next()) {
    ASSERT_GE(a.time, last);
    last = a.time;
    ++count;
    ++kinds[a.kind];
    if (a.kind == TripKind::kIncoming) {
      EXPECT_EQ(a.trip.origin, FloorIndex(0));
      ++destinations[a.trip.destination.value()];
    }
    if (a.kind == TripKind::kOutgoing) {
      EXPECT_EQ(a.trip.destination, FloorIndex(0));
    }
    if (a.kind == TripKind::kInterfloor) {
      EXPECT_NE(a.trip.origin, a.trip.destination);
      EXPECT_NE(a.trip.origin, FloorIndex(0));
    }
  }
  // 1000 persons x 12 % per 5 min = 1440 per hour.
  const double expected = 1440.0 * 100;
  EXPECT_NEAR(count, expected, 4 * std::sqrt(expected));
  EXPECT_NEAR(kinds[TripKind::kIncoming] / double(count), 0.85, 0.005);
  EXPECT_NEAR(kinds[TripKind::kOutgoing] / double(count), 0.05, 0.003);
  EXPECT_NEAR(kinds[TripKind::kInterfloor] / double(count), 0.10, 0.004);
  for (int f = 1; f <= 10; ++f) {
    EXPECT_NEAR(destinations[f] / double(kinds[TripKind::kIncoming]), 0.1, 0.005) << f;
  }
}

TEST(ArrivalSourceTest, PeriodsChangeTheRateAndRepeat) {
  testing::UniformBuildingOptions o;
  Building b = testing::MakeUniformBuilding(o);
  b.traffic.periods[0].duration_s = 600;
  PeriodSpec quiet = b.traffic.periods[0];
  quiet.rate_pct_per_5min = 0.0;
  b.traffic.periods.push_back(quiet);
  b.traffic.duration_s = 2400;  // two cycles of (busy 600 s, quiet 600 s)
  auto planner = TripPlanner::Create(b);
  ASSERT_TRUE(planner.ok());
  ArrivalSource source(b, *planner, 3, 4);
  int busy = 0;
  for (Arrival a = source.Next(); a.time != kNever; a = source.Next()) {
    const double t = TicksToSeconds(a.time);
    const bool in_busy = (t < 600) || (t >= 1200 && t < 1800);
    ASSERT_TRUE(in_busy) << t;
    ++busy;
  }
  EXPECT_NEAR(busy, 2 * 240, 70);  // 120 per 5 minutes, two busy 10-minute spells
}

TEST(ArrivalSourceTest, SameSeedSameArrivals) {
  const Building b = testing::MakeUniformBuilding();
  auto planner = TripPlanner::Create(b);
  ASSERT_TRUE(planner.ok());
  ArrivalSource a(b, *planner, 99, 7);
  ArrivalSource c(b, *planner, 99, 7);
  for (int i = 0; i < 500; ++i) {
    const Arrival x = a.Next();
    const Arrival y = c.Next();
    ASSERT_EQ(x.time, y.time);
    ASSERT_EQ(x.trip.destination, y.trip.destination);
  }
}

// Batches of geometric size (mean 2): the persons' rate stays the period's,
// calls come half as often, and P(size = k) = (1/2)^k.
TEST(ArrivalSourceTest, BatchesKeepThePersonsRate) {
  testing::UniformBuildingOptions o;
  o.duration_s = 100 * 3600.0;
  Building b = testing::MakeUniformBuilding(o);
  b.traffic.batch_mean = 2.0;
  auto planner = TripPlanner::Create(b);
  ASSERT_TRUE(planner.ok());
  ArrivalSource source(b, *planner, 1, 2);
  std::map<int, int> sizes;
  int calls = 0;
  int persons = 0;
  for (Arrival a = source.Next(); a.time != kNever; a = source.Next()) {
    ++calls;
    persons += a.persons;
    ++sizes[a.persons];
  }
  const double expected = 1440.0 * 100;  // persons, as without batches
  EXPECT_NEAR(persons, expected, 6 * std::sqrt(expected));
  EXPECT_NEAR(calls, expected / 2, 4 * std::sqrt(expected / 2));
  EXPECT_NEAR(sizes[1] / double(calls), 0.5, 0.01);
  EXPECT_NEAR(sizes[2] / double(calls), 0.25, 0.01);
  EXPECT_NEAR(sizes[3] / double(calls), 0.125, 0.01);
}

// Batch sizes come from their own stream: with batch_mean 1 the arrivals
// are exactly those of a description without batches.
TEST(ArrivalSourceTest, SinglesDrawNothingMore) {
  const Building b = testing::MakeUniformBuilding();
  auto planner = TripPlanner::Create(b);
  ASSERT_TRUE(planner.ok());
  ArrivalSource a(b, *planner, 5, 6);
  ArrivalSource c(b, *planner, 5, 999);
  for (int i = 0; i < 500; ++i) {
    const Arrival x = a.Next();
    const Arrival y = c.Next();
    ASSERT_EQ(x.time, y.time);
    ASSERT_EQ(x.trip.origin, y.trip.origin);
    ASSERT_EQ(x.persons, 1);
  }
}

// An O-D table: trips are drawn in proportion to its cells.
TEST(ArrivalSourceTest, OriginDestinationTableSharesAreKept) {
  testing::UniformBuildingOptions o;
  o.floors_above_lobby = 3;
  o.duration_s = 200 * 3600.0;
  Building b = testing::MakeUniformBuilding(o);
  // 4 floors: 50 % G -> 3, 30 % 2 -> 1, 20 % 1 -> G.
  b.traffic.periods[0].od.assign(16, 0.0);
  b.traffic.periods[0].od[0 * 4 + 3] = 0.5;
  b.traffic.periods[0].od[2 * 4 + 1] = 0.3;
  b.traffic.periods[0].od[1 * 4 + 0] = 0.2;
  auto planner = TripPlanner::Create(b);
  ASSERT_TRUE(planner.ok()) << planner.error().message();
  ArrivalSource source(b, *planner, 8, 9);
  std::map<std::pair<int, int>, int> trips;
  int n = 0;
  for (Arrival a = source.Next(); a.time != kNever; a = source.Next()) {
    ++trips[{a.trip.origin.value(), a.trip.destination.value()}];
    ++n;
  }
  ASSERT_EQ(trips.size(), 3u);
  EXPECT_NEAR(trips[std::make_pair(0, 3)] / double(n), 0.5, 0.01);
  EXPECT_NEAR(trips[std::make_pair(2, 1)] / double(n), 0.3, 0.01);
  EXPECT_NEAR(trips[std::make_pair(1, 0)] / double(n), 0.2, 0.01);
}

TEST(TripPlannerTest, TripsBetweenZonesChangeGroupsAtTheEntrance) {
  Building b = testing::MakeUniformBuilding();
  GroupSpec high = b.groups[0];
  high.name = "high";
  b.groups[0].serves.resize(6);  // G..5
  high.serves = {FloorIndex(0)};
  for (int f = 6; f <= 10; ++f) high.serves.push_back(FloorIndex(f));
  b.groups.push_back(high);
  auto planner = TripPlanner::Create(b);
  ASSERT_TRUE(planner.ok());
  EXPECT_EQ(planner->GroupFor(FloorIndex(0), FloorIndex(3)), 0);
  EXPECT_EQ(planner->GroupFor(FloorIndex(0), FloorIndex(8)), 1);
  EXPECT_EQ(planner->GroupFor(FloorIndex(3), FloorIndex(8)), -1);
  Random r(1);
  int across = 0;
  for (int i = 0; i < 2000; ++i) {
    const Trip t = planner->Draw(TripKind::kInterfloor, r);
    const auto legs = planner->routes().Legs(t.origin, t.destination);
    ASSERT_FALSE(legs.empty());
    ASSERT_EQ(t.group, legs.front().group);
    if (planner->GroupFor(t.origin, t.destination) >= 0) {
      ASSERT_EQ(legs.size(), 1u);
      continue;
    }
    // Low zone to high zone (or back): down to G on one group, up on the other.
    ++across;
    ASSERT_EQ(legs.size(), 2u);
    EXPECT_EQ(legs[0].to, FloorIndex(0));
    EXPECT_EQ(legs[1].from, FloorIndex(0));
    EXPECT_NE(legs[0].group, legs[1].group);
  }
  // Destinations are drawn by population among every other upper floor, now
  // all reachable: from any floor, 5 of the 9 others are in the other zone.
  EXPECT_NEAR(across / 2000.0, 5.0 / 9.0, 0.04);
}

TEST(TripPlannerTest, UnreachablePopulatedFloorIsAnError) {
  Building b = testing::MakeUniformBuilding();
  b.groups[0].serves = {FloorIndex(0), FloorIndex(1), FloorIndex(2)};
  auto planner = TripPlanner::Create(b);
  ASSERT_FALSE(planner.ok());
  EXPECT_NE(planner.error().message().find("floor '3'"), std::string::npos);
}

}  // namespace
}  // namespace hoistway
