#include "analysis/double_deck_general.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include "core/decks.h"

namespace hoistway {
namespace {

// Above this mean the Poisson counts are taken as normal (Clark's formula
// for the maximum of two normals): exp(-mean) would underflow, and the
// normal limit is then accurate to far below a move.
constexpr double kNormalMean = 200.0;
constexpr double kTailProbability = 1e-15;
constexpr double kTailDeviations = 12.0;
constexpr int kTailExtraTerms = 30;

double NormalCdf(double x) {
  return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

// Clark (1961), "The greatest of a finite set of random variables": E[max]
// of independent N(a, a) and N(b, b).
double ExpectedMaxOfNormals(double a, double b) {
  const double theta = std::sqrt(a + b);
  const double alpha = (a - b) / theta;
  const double density = std::exp(-0.5 * alpha * alpha) / std::sqrt(2.0 * std::numbers::pi);
  return a * NormalCdf(alpha) + b * NormalCdf(-alpha) + theta * density;
}

}  // namespace

double ExpectedMaxOfPoissons(double a, double b) {
  a = std::max(a, 0.0);
  b = std::max(b, 0.0);
  if (a <= 0.0 || b <= 0.0) return a + b;
  if (std::max(a, b) > kNormalMean) return ExpectedMaxOfNormals(a, b);
  // E[max] = sum_{m >= 1} P(max >= m) = sum_{m >= 1} (1 - F_a(m - 1) F_b(m - 1)).
  double pa = std::exp(-a);
  double pb = std::exp(-b);
  double fa = pa;
  double fb = pb;
  double e = 0.0;
  // Rounding may keep F_a F_b a hair below 1: the sum stops this many
  // standard deviations above the larger mean at the latest.
  const double larger = std::max(a, b);
  const int last =
      static_cast<int>(std::ceil(larger + kTailDeviations * std::sqrt(larger))) + kTailExtraTerms;
  for (int m = 1; m <= last; ++m) {
    const double tail = 1.0 - fa * fb;
    if (tail < kTailProbability && m > larger) break;
    e += tail;
    pa *= a / m;
    pb *= b / m;
    fa += pa;
    fb += pb;
  }
  return e;
}

DeckFlows DeckFlowsFor(const Building& building, const GroupSpec& group,
                       const GroupDemand& demand) {
  DeckFlows out;
  for (FloorIndex f : demand.floors) out.pairs.push_back(PairFloor(group, f));
  std::sort(out.pairs.begin(), out.pairs.end());
  out.pairs.erase(std::unique(out.pairs.begin(), out.pairs.end()), out.pairs.end());
  const std::size_t n = out.pairs.size();
  const auto index = [&](FloorIndex f) {
    return static_cast<std::size_t>(
        std::lower_bound(out.pairs.begin(), out.pairs.end(), PairFloor(group, f)) -
        out.pairs.begin());
  };

  // Both decks' and each deck's rates between pairs, as GroupDemand over the pairs.
  GroupDemand car;
  car.floors = out.pairs;
  for (FloorIndex p : out.pairs) {
    // A pair below the building's lowest floor (a lobby's upper level at
    // floor 0) stands where that floor is.
    car.level_m.push_back(building.floor(FloorIndex(std::max(0, p.value()))).level_m);
  }
  car.rate.assign(n * n, 0.0);
  std::array<GroupDemand, 2> deck{car, car};
  const int served = demand.FloorCount();
  for (int i = 0; i < served; ++i) {
    for (int j = 0; j < served; ++j) {
      const double rate = demand.Rate(i, j);
      if (rate <= 0.0) continue;
      const DeckRide ride = RideOnDecks(building, group, demand.floors[static_cast<std::size_t>(i)],
                                        demand.floors[static_cast<std::size_t>(j)]);
      const std::size_t from = index(ride.board);
      const std::size_t to = index(ride.alight);
      if (from == to) {
        out.walked_rate += rate;
        continue;
      }
      car.rate[from * n + to] += rate;
      deck[static_cast<std::size_t>(DeckOf(group, ride.board))].rate[from * n + to] += rate;
    }
  }
  out.car = FlowsOf(car);
  out.lower = FlowsOf(deck[0]);
  out.upper = FlowsOf(deck[1]);
  return out;
}

DoubleDeckRoundTrip DoubleDeckRoundTripAt(const DeckFlows& flows, const CarTiming& times,
                                          double pair_height_m, double interval_s) {
  const double t = interval_s;
  DoubleDeckRoundTrip r;
  r.car = TripTermsAt(flows.car, t);
  const GeneralRoundTrip lower = TripTermsAt(flows.lower, t);
  const GeneralRoundTrip upper = TripTermsAt(flows.upper, t);
  DeckFigures& d = r.decks;
  d.stops_lower = lower.stops;
  d.stops_upper = upper.stops;
  d.coincident_stops = lower.stops + upper.stops - r.car.stops;
  d.load_lower_persons = lower.max_car_load_persons;
  d.load_upper_persons = upper.max_car_load_persons;
  d.walked_persons_per_5min = flows.walked_rate * kSecondsPer5Min;
  r.car.max_car_load_persons = std::max(d.load_lower_persons, d.load_upper_persons);

  const LevelFlows& lo = flows.lower;
  const LevelFlows& up = flows.upper;
  for (std::size_t k = 0; k < lo.level_m.size(); ++k) {
    d.transfer_moves +=
        ExpectedMaxOfPoissons((lo.up_in[k] + lo.up_out[k]) * t, (up.up_in[k] + up.up_out[k]) * t);
    d.transfer_moves += ExpectedMaxOfPoissons((lo.down_in[k] + lo.down_out[k]) * t,
                                              (up.down_in[k] + up.down_out[k]) * t);
  }
  r.car.rtt_s = 2.0 * (r.car.highest_level_m - r.car.lowest_level_m) / times.limits.speed_mps +
                r.car.stops * StopTimeS(times, pair_height_m) +
                d.transfer_moves * times.TransferPerPassenger();
  return r;
}

DoubleDeckGeneralAnalysis RunDoubleDeckGeneralAnalysis(const Building& building,
                                                       const GroupSpec& group,
                                                       const GroupDemand& demand,
                                                       double capacity_factor, double pair_height_m,
                                                       const GeneralAnalysisOptions& options) {
  const DeckFlows flows = DeckFlowsFor(building, group, demand);
  const CarTiming times = CarTimingFor(group.car);
  DoubleDeckGeneralAnalysis out;
  out.result = SolveGeneralAnalysis(
      [&](double t) { return DoubleDeckRoundTripAt(flows, times, pair_height_m, t).car; },
      flows.car.total, group.cars, group.car, capacity_factor, options);
  if (out.result.trip.interval_s > 0.0) {
    out.decks =
        DoubleDeckRoundTripAt(flows, times, pair_height_m, out.result.trip.interval_s).decks;
  }
  out.decks.walked_persons_per_5min = flows.walked_rate * kSecondsPer5Min;
  return out;
}

}  // namespace hoistway
