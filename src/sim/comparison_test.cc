#include "sim/comparison.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/call_model.h"
#include "dispatch/factory.h"
#include "sim/figures.h"
#include "tests/support/buildings.h"

namespace hoistway {
namespace {

const ComparedFigure& Find(const std::vector<ComparedFigure>& figures, const std::string& name) {
  for (const ComparedFigure& f : figures) {
    if (f.name == name) return f;
  }
  ADD_FAILURE() << name << " not compared";
  return figures.front();
}

// Three runs with mean waits a = 10, 12, 14 and b = 11, 14, 15: differences
// 1, 2, 1, mean 4/3, sample standard deviation sqrt(1/3), t(0.975; 2) =
// 4.3027, half-width 4.3027 x sqrt(1/3) / sqrt(3) = 1.43423; the interval
// [-0.10090, 2.76757] holds 0: not significant. (Worked by hand.)
TEST(ComparisonTest, PairedIntervalByHand) {
  ReplicatedReport a;
  ReplicatedReport b;
  const double wa[] = {10, 12, 14};
  const double wb[] = {11, 14, 15};
  std::vector<std::vector<Figure>> fa;
  std::vector<std::vector<Figure>> fb;
  for (int k = 0; k < 3; ++k) {
    SimulationReport ra;
    SimulationReport rb;
    ra.waiting_time_s.mean = wa[k];
    rb.waiting_time_s.mean = wb[k];
    a.reports.push_back(ra);
    b.reports.push_back(rb);
    fa.push_back(Figures(ra));
    fb.push_back(Figures(rb));
  }
  a.runs = b.runs = 3;
  a.mean = MeanFigures(fa);
  b.mean = MeanFigures(fb);
  const std::vector<ComparedFigure> pairs = PairFigures(a, b);
  const ComparedFigure& w = Find(pairs, "waiting_time_mean_s");
  EXPECT_DOUBLE_EQ(w.a, 12.0);
  EXPECT_NEAR(w.b, 40.0 / 3.0, 1e-12);
  EXPECT_NEAR(w.difference, 4.0 / 3.0, 1e-12);
  EXPECT_NEAR(*w.ci95_low, -0.10090, 1e-4);
  EXPECT_NEAR(*w.ci95_high, 2.76757, 1e-4);
  EXPECT_FALSE(w.significant);
  // A figure equal in every run: a zero-width interval, not significant.
  const ComparedFigure& rtt = Find(pairs, "round_trip_time_s");
  EXPECT_EQ(*rtt.ci95_low, 0.0);
  EXPECT_FALSE(rtt.significant);
}

TEST(ComparisonTest, OneRunHasNoInterval) {
  ReplicatedReport a;
  a.runs = 1;
  a.reports.push_back(SimulationReport{});
  a.mean = Figures(a.reports[0]);
  for (const ComparedFigure& f : PairFigures(a, a)) {
    EXPECT_FALSE(f.ci95_low.has_value()) << f.name;
    EXPECT_FALSE(f.significant);
  }
}

ReplicationOptions Options(int runs) {
  ReplicationOptions o;
  o.runs = runs;
  o.seed = 11;
  o.make_dispatcher = dispatch::MakeDispatcher;
  return o;
}

// Each side is exactly what RunReplications gives for it (so `compare`
// prints what `simulate` prints), and the same design on both sides differs
// by exactly nothing: the passengers are the same run by run.
TEST(ComparisonTest, SidesEqualTheirOwnReplicationsAndTwinsDoNotDiffer) {
  testing::UniformBuildingOptions o;
  o.duration_s = 1200;
  const Building a = testing::MakeUniformBuilding(o);
  Building b = a;
  b.groups[0].dispatcher = "etd";
  ASSERT_TRUE(SetCallModel(b, b.groups[0], CallModel::kDestination).ok());
  auto c = RunComparison(a, b, Options(3));
  ASSERT_TRUE(c.ok()) << c.error().message();
  auto alone = RunReplications(b, Options(3));
  ASSERT_TRUE(alone.ok());
  ASSERT_EQ(c->b.mean.size(), alone->mean.size());
  for (std::size_t i = 0; i < alone->mean.size(); ++i) {
    EXPECT_EQ(c->b.mean[i].value, alone->mean[i].value) << alone->mean[i].path;
  }
  // Common random numbers: both sides saw the same arrivals.
  EXPECT_EQ(c->a.reports[1].generated, c->b.reports[1].generated);

  auto twins = RunComparison(a, a, Options(3));
  ASSERT_TRUE(twins.ok());
  for (const ComparedFigure& f : twins->figures) {
    EXPECT_EQ(f.difference, 0.0) << f.name;
    EXPECT_EQ(*f.ci95_low, 0.0) << f.name;
    EXPECT_FALSE(f.significant) << f.name;
  }
}

}  // namespace
}  // namespace hoistway
