#include "traffic/arrival_source.h"

#include <cmath>

namespace hoistway {

ArrivalSource::ArrivalSource(const Building& building, const TripPlanner& planner,
                             std::uint64_t seed, std::uint64_t batch_seed)
    : building_(building),
      planner_(planner),
      random_(seed),
      batch_random_(batch_seed),
      end_s_(building.traffic.duration_s) {
  for (const PeriodSpec& p : building.traffic.periods) cycle_s_ += p.duration_s;
  if (building.traffic.saturated || !building.traffic.passengers.empty() || cycle_s_ <= 0.0) {
    end_s_ = 0.0;
    return;
  }
  EnterPeriodAt(0.0);
}

void ArrivalSource::EnterPeriodAt(double time_s) {
  const auto& periods = building_.traffic.periods;
  const double cycle_start = std::floor(time_s / cycle_s_) * cycle_s_;
  double start = cycle_start;
  period_ = 0;
  while (period_ + 1 < periods.size() && start + periods[period_].duration_s <= time_s) {
    start += periods[period_].duration_s;
    ++period_;
  }
  period_end_s_ = start + periods[period_].duration_s;
  const double persons_per_s =
      building_.TotalPopulation() * periods[period_].rate_pct_per_5min / 100.0 / kSecondsPer5Min;
  mean_gap_s_ = persons_per_s > 0.0 ? building_.traffic.batch_mean / persons_per_s : 0.0;
}

TripKind ArrivalSource::KindOf(const Trip& trip) const {
  if (building_.floor(trip.origin).entrance) return TripKind::kIncoming;
  if (building_.floor(trip.destination).entrance) return TripKind::kOutgoing;
  return TripKind::kInterfloor;
}

Arrival ArrivalSource::NextScripted() {
  const auto& list = building_.traffic.passengers;
  if (next_scripted_ >= list.size()) return {};
  const ScriptedPassenger& p = list[next_scripted_++];
  Arrival a;
  a.time = SecondsToTicks(p.time_s);
  a.trip = {p.origin, p.destination, GroupId(planner_.FirstGroup(p.origin, p.destination))};
  a.kind = KindOf(a.trip);
  return a;
}

Arrival ArrivalSource::Next() {
  if (!building_.traffic.passengers.empty()) return NextScripted();
  // A Poisson process with piecewise-constant rate: draw a gap at the current
  // rate; if it runs past the period's end, restart the draw at the boundary
  // with the next period's rate (exact, as the exponential is memoryless).
  while (time_s_ < end_s_) {
    if (mean_gap_s_ > 0.0) {
      const double t = time_s_ + random_.Exponential(mean_gap_s_);
      if (t < period_end_s_) {
        time_s_ = t;
        break;
      }
    }
    time_s_ = period_end_s_;
    if (time_s_ >= end_s_) break;
    EnterPeriodAt(time_s_);
  }
  if (time_s_ >= end_s_) return {};

  const PeriodSpec& p = building_.traffic.periods[period_];
  Arrival a;
  if (planner_.HasOdTable(period_)) {
    a.trip = planner_.DrawFromOd(period_, random_);
    a.kind = KindOf(a.trip);
  } else {
    const double u = random_.Uniform() * (p.incoming_pct + p.outgoing_pct + p.interfloor_pct);
    a.kind = u < p.incoming_pct                    ? TripKind::kIncoming
             : u < p.incoming_pct + p.outgoing_pct ? TripKind::kOutgoing
                                                   : TripKind::kInterfloor;
    a.trip = planner_.Draw(a.kind, random_);
  }
  a.time = SecondsToTicks(time_s_);
  if (building_.traffic.batch_mean > 1.0)
    a.persons = batch_random_.Geometric(building_.traffic.batch_mean);
  return a;
}

}  // namespace hoistway
