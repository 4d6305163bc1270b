#include "analysis/kinematic_rtt.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "analysis/test_buildings.h"
#include "analysis/up_peak_rtt.h"
#include "core/random.h"

namespace hoistway {
namespace {

// Round trips drawn one by one: integer P passengers, each choosing an
// entrance and a destination by share; flights between successive distinct
// stops, then back down to the next trip's lowest entrance.
double MonteCarloRtt(const ServedZone& zone, const CarTiming& times, int passengers, int trips,
                     std::uint64_t seed) {
  Random random(seed);
  auto draw = [&](const std::vector<ZoneFloor>& floors) {
    double u = random.Uniform();
    for (const ZoneFloor& f : floors) {
      if (u < f.share) return f.level_m;
      u -= f.share;
    }
    return floors.back().level_m;
  };
  auto lowest_entrance = [&] {
    double lowest = 1e300;
    std::vector<double> boarded;
    boarded.reserve(static_cast<std::size_t>(passengers));
    for (int p = 0; p < passengers; ++p) boarded.push_back(draw(zone.entrances));
    for (double level : boarded) lowest = std::min(lowest, level);
    return std::make_pair(lowest, boarded);
  };
  double total = 0.0;
  auto next = lowest_entrance();
  for (int t = 0; t < trips; ++t) {
    std::vector<double> stops = next.second;
    for (int p = 0; p < passengers; ++p) stops.push_back(draw(zone.upper));
    std::sort(stops.begin(), stops.end());
    stops.erase(std::unique(stops.begin(), stops.end()), stops.end());
    double trip = 0.0;
    for (std::size_t i = 1; i < stops.size(); ++i) {
      trip += MotionProfile::RestToRest(stops[i] - stops[i - 1], times.limits).FlightTime();
    }
    next = lowest_entrance();
    trip += MotionProfile::RestToRest(stops.back() - next.first, times.limits).FlightTime();
    trip += static_cast<double>(stops.size()) * times.StopOverhead();
    trip += passengers * (times.loading_s + times.unloading_s);
    total += trip;
  }
  return total / trips;
}

// Express zone, unequal heights and populations, two entrances: the closed
// form against a sampled estimate (standard error about 0.1 s).
TEST(KinematicRttTest, MatchesMonteCarloUnderSpecialConditions) {
  Building b = testing::RttCaseB();
  b.floors[0].height_m = 5.0;  // a tall lobby
  b.floors[1].entrance = true;
  b.floors[1].population = 0.0;
  b.floors[0].entrance_share = 2.0;
  for (int f = 2; f < b.FloorCount(); ++f) b.floors[f].population = 40.0 + 10.0 * (f % 4);
  testing::DeriveLevels(b);
  b.groups[0].serves = {FloorIndex(0), FloorIndex(1)};
  for (int f = 7; f < b.FloorCount(); ++f) b.groups[0].serves.push_back(FloorIndex(f));
  const Result<ServedZone> zone = MakeServedZone(b, GroupId(0));
  ASSERT_TRUE(zone.ok()) << zone.error().message();
  ASSERT_GT(zone->express_m, 0.0);
  const CarTiming times = CarTimingFor(b.groups[0].car);
  for (int passengers : {1, 6, 17}) {
    const double exact = ComputeKinematicRtt(*zone, times, passengers).rtt_s;
    const double sampled = MonteCarloRtt(*zone, times, passengers, 40000, 7);
    EXPECT_NEAR(exact, sampled, 0.004 * sampled) << "P=" << passengers;
  }
}

// Where the car reaches rated speed in one floor and the stops are few, the
// classical form is exact for one passenger: S = 1, H = the floor, and every
// flight is d/v + (t_f1 - t_v).
TEST(KinematicRttTest, AgreesWithClassicalWhenRatedSpeedIsReachedInOneFloor) {
  CarSpec car = testing::ValidationCar(10, 1.0, 2.0, 3.0, 0.0);
  car.acceleration_mps2 = 1.0;
  car.jerk_mps3 = 2.0;
  Building b = testing::UniformBuilding(8, 4.0, 50, 2, car);  // 1 m/s is reached within 4 m
  const Result<ServedZone> zone = MakeServedZone(b, GroupId(0));
  ASSERT_TRUE(zone.ok());
  const CarTiming times = CarTimingFor(car);
  EXPECT_NEAR(ComputeKinematicRtt(*zone, times, 1.0).rtt_s,
              ComputeUpPeakRtt(*zone, times, 1.0).rtt_s, 1e-9);
}

// With the rated speed not reached in one floor, the classical figure is low.
TEST(KinematicRttTest, ClassicalIsLowWhenRatedSpeedIsNotReachedInOneFloor) {
  const Building b = testing::RttCaseB();  // 2.5 m/s over 4 m floors
  const Result<ServedZone> zone = MakeServedZone(b, GroupId(0));
  ASSERT_TRUE(zone.ok());
  const CarTiming times = CarTimingFor(b.groups[0].car);
  const double classical = ComputeUpPeakRtt(*zone, times, 16.8).rtt_s;
  const double kinematic = ComputeKinematicRtt(*zone, times, 16.8).rtt_s;
  EXPECT_GT(kinematic, classical);
  EXPECT_LT(kinematic, 1.05 * classical);
}

}  // namespace
}  // namespace hoistway
