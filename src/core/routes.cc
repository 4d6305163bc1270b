#include "core/routes.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/decks.h"

namespace hoistway {

namespace {

constexpr double kUnreached = std::numeric_limits<double>::infinity();

// Approximate rest-to-rest flight over `distance_m` (rated speed reached):
// d / v + v / a + a / j. Good enough to rank routes; the simulation flies
// the exact jerk-limited profile.
double ApproxFlightS(const CarSpec& car, double distance_m) {
  if (distance_m <= 0.0) return 0.0;
  return distance_m / car.rated_speed_mps + car.rated_speed_mps / car.acceleration_mps2 +
         car.acceleration_mps2 / car.jerk_mps3;
}

// Doors, start delay and one passenger in and out: the time a stop adds.
double StopS(const CarSpec& car) {
  return car.door_open_s + car.door_close_s + car.start_delay_s + car.loading_s + car.unloading_s -
         car.advance_door_opening_s;
}

// Half a nominal interval: a round trip over the group's whole travel that
// stops at every floor it serves, divided among its cars, halved.
double ExpectedWaitS(const Building& building, const GroupSpec& group) {
  if (group.serves.empty() || group.cars < 1) return 0.0;
  const double travel = building.Distance(group.serves.front(), group.serves.back());
  const double round_trip = 2.0 * ApproxFlightS(group.car, travel) +
                            static_cast<double>(group.serves.size()) * StopS(group.car);
  return round_trip / (2.0 * group.cars);
}

struct Step {
  int previous = -1;  // index into the change floors, or -1 for the origin
  int group = -1;
};

}  // namespace

double ExpectedLegTimeS(const Building& building, const GroupSpec& group, FloorIndex from,
                        FloorIndex to) {
  return ExpectedWaitS(building, group) + ApproxFlightS(group.car, building.Distance(from, to)) +
         StopS(group.car);
}

Routes Routes::Build(const Building& building) {
  Routes r;
  const int n = building.FloorCount();
  const int groups = static_cast<int>(building.groups.size());
  r.n_ = static_cast<std::size_t>(n);
  r.direct_.assign(r.n_ * r.n_, -1);
  r.offsets_.assign(r.n_ * r.n_ + 1, 0);

  std::vector<std::uint8_t> serves(r.n_ * static_cast<std::size_t>(groups), 0);
  std::vector<double> wait(static_cast<std::size_t>(groups), 0.0);
  for (int g = 0; g < groups; ++g) {
    const GroupSpec& group = building.groups[static_cast<std::size_t>(g)];
    for (FloorIndex f : group.serves) serves[static_cast<std::size_t>(f.value()) * groups + g] = 1;
    wait[static_cast<std::size_t>(g)] = ExpectedWaitS(building, group);
  }
  const auto serves_both = [&](int g, int a, int b) {
    return serves[static_cast<std::size_t>(a) * groups + g] != 0 &&
           serves[static_cast<std::size_t>(b) * groups + g] != 0;
  };
  // The expected time of a ride of group g from a to b as one leg of a
  // journey, or -1: a double-deck car does not ride within one pair, and a
  // leg that ends at a change (`exact`) must leave the person at b or, at a
  // lobby of two levels, at its other level, whence the escalator (core/decks.h).
  // Each escalator ride counts.
  const auto leg_s = [&](int g, int a, int b, bool exact) {
    if (!serves_both(g, a, b)) return -1.0;
    const GroupSpec& group = building.groups[static_cast<std::size_t>(g)];
    double escalator = 0.0;
    if (group.deck == Deck::kDouble) {
      const int rides = EscalatorRides(building, group, FloorIndex(a), FloorIndex(b), exact);
      if (rides < 0) return -1.0;
      escalator = rides * group.escalator_s;
    }
    return wait[static_cast<std::size_t>(g)] + escalator +
           ApproxFlightS(group.car, building.Distance(FloorIndex(a), FloorIndex(b))) +
           StopS(group.car);
  };
  // The quickest group for a ride between two floors, or -1.
  const auto best_group = [&](int a, int b, double* cost, bool exact = true) {
    int best = -1;
    for (int g = 0; g < groups; ++g) {
      const double c = leg_s(g, a, b, exact);
      if (c < 0.0) continue;
      if (best < 0 || c < *cost) {
        best = g;
        *cost = c;
      }
    }
    return best;
  };

  std::vector<int> change;
  for (int f = 0; f < n; ++f) {
    if (building.floors[static_cast<std::size_t>(f)].IsChangeFloor()) change.push_back(f);
  }
  const std::size_t k = change.size();

  std::vector<double> dist(k);
  std::vector<Step> via(k);
  std::vector<std::uint8_t> done(k);
  std::vector<Leg> path;
  for (int o = 0; o < n; ++o) {
    for (int d = 0; d < n; ++d) {
      if (o == d) continue;
      for (int g = 0; g < groups; ++g) {
        if (serves_both(g, o, d)) {
          r.direct_[static_cast<std::size_t>(o) * r.n_ + d] = g;
          break;
        }
      }
    }
    // Least expected time from o to each change floor (Dijkstra; K is small).
    std::fill(dist.begin(), dist.end(), kUnreached);
    std::fill(via.begin(), via.end(), Step{});
    std::fill(done.begin(), done.end(), 0);
    for (std::size_t i = 0; i < k; ++i) {
      if (change[i] == o) continue;
      double cost = 0.0;
      const int g = best_group(o, change[i], &cost);
      if (g >= 0) {
        dist[i] = cost;
        via[i] = {-1, g};
      }
    }
    for (;;) {
      std::size_t u = k;
      for (std::size_t i = 0; i < k; ++i) {
        if (!done[i] && dist[i] < kUnreached && (u == k || dist[i] < dist[u])) u = i;
      }
      if (u == k) break;
      done[u] = 1;
      const double walk = building.floors[static_cast<std::size_t>(change[u])].transfer_walk_s;
      for (std::size_t i = 0; i < k; ++i) {
        if (done[i] || change[i] == o) continue;
        double cost = 0.0;
        const int g = best_group(change[u], change[i], &cost);
        if (g < 0 || g == via[u].group) continue;
        const double total = dist[u] + walk + cost;
        if (total < dist[i]) {
          dist[i] = total;
          via[i] = {static_cast<int>(u), g};
        }
      }
    }
    // Each destination: directly, or from the best change floor.
    for (int d = 0; d < n; ++d) {
      const std::size_t index = static_cast<std::size_t>(o) * r.n_ + d;
      r.offsets_[index] = static_cast<std::uint32_t>(r.legs_.size());
      if (o == d) continue;
      const int direct = r.direct_[index];
      if (direct >= 0) {
        r.legs_.push_back({GroupId(direct), FloorIndex(o), FloorIndex(d)});
        continue;
      }
      double best = kUnreached;
      int last = -1;  // the change floor of the last change
      int last_group = -1;
      for (std::size_t i = 0; i < k; ++i) {
        if (dist[i] == kUnreached) continue;
        if (change[i] == d) {
          if (dist[i] < best) {
            best = dist[i];
            last = static_cast<int>(i);
            last_group = -1;  // the route ends at this change floor
          }
          continue;
        }
        double cost = 0.0;
        const int g = best_group(change[i], d, &cost, /*exact=*/false);
        if (g < 0 || g == via[i].group) continue;
        const double total =
            dist[i] + building.floors[static_cast<std::size_t>(change[i])].transfer_walk_s + cost;
        if (total < best) {
          best = total;
          last = static_cast<int>(i);
          last_group = g;
        }
      }
      if (last < 0) continue;
      path.clear();
      if (last_group >= 0)
        path.push_back({GroupId(last_group), FloorIndex(change[last]), FloorIndex(d)});
      for (int i = last; i >= 0; i = via[static_cast<std::size_t>(i)].previous) {
        const Step& s = via[static_cast<std::size_t>(i)];
        const int from = s.previous < 0 ? o : change[static_cast<std::size_t>(s.previous)];
        path.push_back(
            {GroupId(s.group), FloorIndex(from), FloorIndex(change[static_cast<std::size_t>(i)])});
      }
      std::reverse(path.begin(), path.end());
      r.has_transfers_ = r.has_transfers_ || path.size() > 1;
      r.legs_.insert(r.legs_.end(), path.begin(), path.end());
    }
  }
  r.offsets_[r.n_ * r.n_] = static_cast<std::uint32_t>(r.legs_.size());
  return r;
}

}  // namespace hoistway
