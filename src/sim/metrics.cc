#include "sim/metrics.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <string>

namespace hoistway {

namespace {

constexpr Tick kFiveMinutes = 300 * kTicksPerSecond;

// Values in milliseconds, summarised in seconds. Integers keep percentiles
// exact and the memory at 4 bytes per passenger; nth_element keeps it O(n).
TimeStats Summarise(std::vector<std::int32_t>& ms) {
  TimeStats s;
  if (ms.empty()) return s;
  double sum = 0.0;
  for (std::int32_t v : ms) sum += v;
  s.mean = sum / static_cast<double>(ms.size()) / 1000.0;
  // Nearest rank: the smallest value with at least p % of values at or below.
  auto begin = ms.begin();
  const auto rank = [&](double p) {
    const double r = std::ceil(p / 100.0 * static_cast<double>(ms.size()));
    const auto index = std::min(static_cast<std::size_t>(std::max(1.0, r)) - 1, ms.size() - 1);
    const auto nth = ms.begin() + static_cast<std::ptrdiff_t>(index);
    std::nth_element(begin, nth, ms.end());
    begin = nth;  // later ranks are at or after this one
    return *nth / 1000.0;
  };
  s.p50 = rank(50);
  s.p90 = rank(90);
  s.p95 = rank(95);
  s.max = *std::max_element(begin, ms.end()) / 1000.0;
  return s;
}

// The most of `sorted` deliveries in any 5-minute window, as % of `population`.
double HandlingCapacityPct(const std::vector<Tick>& sorted, double population) {
  std::size_t best = 0;
  std::size_t j = 0;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    while (j < sorted.size() && sorted[j] < sorted[i] + kFiveMinutes) ++j;
    best = std::max(best, j - i);
  }
  return population > 0.0 ? 100.0 * static_cast<double>(best) / population : 0.0;
}

// Mean gap between consecutive sorted times; 0 with fewer than two.
double MeanGap(const std::vector<Tick>& sorted) {
  if (sorted.size() < 2) return 0.0;
  return TicksToSeconds(sorted.back() - sorted.front()) / static_cast<double>(sorted.size() - 1);
}

}  // namespace

Metrics::Metrics(MeasurementWindow window, double population, int groups)
    : window_(window),
      population_(population),
      groups_(groups),
      delivered_by_group_(static_cast<std::size_t>(groups), 0) {}

void Metrics::Expect(std::int64_t passengers) {
  if (passengers > 0) records_.reserve(static_cast<std::size_t>(passengers));
}

void Metrics::OnArrival(PassengerId id, Tick arrival) {
  assert(id.value() == static_cast<std::int64_t>(records_.size()));
  (void)id;
  records_.push_back({arrival, -1, 0});
}

void Metrics::OnPersonArrival(PassengerId person, Tick arrival) {
  assert(person.value() == static_cast<std::int64_t>(persons_.size()));
  (void)person;
  persons_.push_back({arrival, -1});
}

void Metrics::OnPersonDelivered(PassengerId person, Tick at) {
  persons_[static_cast<std::size_t>(person.value())].delivered = at;
  ++persons_delivered_;
}

void Metrics::FinishPersons(SimulationReport& report) const {
  report.has_transfers = true;
  report.legs = {report.generated, report.delivered, report.in_system_at_end, report.measured};
  report.generated = static_cast<std::int64_t>(persons_.size());
  report.delivered = persons_delivered_;
  report.in_system_at_end = report.generated - report.delivered;
  report.transfers = report.legs.generated - report.generated;
  std::vector<std::int32_t> journeys;
  std::vector<Tick> deliveries;
  for (const Person& p : persons_) {
    if (p.delivered < 0) continue;
    if (window_.Contains(p.arrival))
      journeys.push_back(static_cast<std::int32_t>(p.delivered - p.arrival));
    if (window_.Contains(p.delivered)) deliveries.push_back(p.delivered);
  }
  report.measured = static_cast<std::int64_t>(journeys.size());
  report.journey_time_s = Summarise(journeys);
  std::sort(deliveries.begin(), deliveries.end());
  report.handling_capacity_pct_per_5min = HandlingCapacityPct(deliveries, population_);
}

void Metrics::OnDelivered(PassengerId id, int group, Tick boarding_open, Tick alighting_open) {
  Record& r = records_[static_cast<std::size_t>(id.value())];
  r.wait_ms = static_cast<std::int32_t>(std::max<Tick>(0, boarding_open - r.arrival));
  r.transit_ms = static_cast<std::int32_t>(alighting_open - std::max(boarding_open, r.arrival));
  ++delivered_;
  ++delivered_by_group_[static_cast<std::size_t>(group)];
}

void Metrics::OnMainEntranceDeparture(int group, int car, Tick time, int load) {
  departures_.push_back({time, static_cast<std::int16_t>(group), static_cast<std::int16_t>(car),
                         static_cast<std::int32_t>(load)});
}

SimulationReport Metrics::Finish(const std::vector<std::string>& group_names) const {
  SimulationReport report;
  report.generated = generated();
  report.delivered = delivered_;
  report.in_system_at_end = report.generated - report.delivered;

  // Passengers measured: delivered, and arrived inside the window.
  const auto measured = [this](const Record& r) {
    return r.wait_ms >= 0 && window_.Contains(r.arrival);
  };
  std::int64_t over30 = 0;
  std::int64_t over60 = 0;
  std::int64_t wait_sum_ms = 0;
  constexpr std::int32_t k30s = 30000;
  constexpr std::int32_t k60s = 60000;
  for (const Record& r : records_) {
    if (!measured(r)) continue;
    ++report.measured;
    wait_sum_ms += r.wait_ms;
    if (r.wait_ms > k30s) ++over30;
    if (r.wait_ms > k60s) ++over60;
  }
  if (report.measured > 0) {
    const auto n = static_cast<double>(report.measured);
    report.pct_waiting_over_30s = 100.0 * static_cast<double>(over30) / n;
    report.pct_waiting_over_60s = 100.0 * static_cast<double>(over60) / n;
  }

  // One scratch array at a time keeps the peak memory low (4 bytes per
  // passenger, then 8 for the deliveries).
  {
    std::vector<std::int32_t> scratch;
    scratch.reserve(static_cast<std::size_t>(report.measured));
    const auto summarise = [&](auto value_of) {
      scratch.clear();
      for (const Record& r : records_) {
        if (measured(r)) scratch.push_back(value_of(r));
      }
      return Summarise(scratch);
    };
    report.waiting_time_s = summarise([](const Record& r) { return r.wait_ms; });
    report.transit_time_s = summarise([](const Record& r) { return r.transit_ms; });
    report.time_to_destination_s =
        summarise([](const Record& r) { return r.wait_ms + r.transit_ms; });
  }

  // Worst 5-minute average wait: the highest mean wait of the passengers
  // arriving in [t, t + 5 min), over every t that is a measured arrival with
  // the window inside the measurement window (records are in arrival order).
  // With a measurement window shorter than 5 minutes: its overall mean.
  {
    double worst = 0.0;
    bool any = false;
    const std::size_t n = records_.size();
    std::size_t j = 0;
    double sum = 0.0;
    std::int64_t count = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (!measured(records_[i])) continue;
      const Tick start = records_[i].arrival;
      if (start + kFiveMinutes > window_.end) break;
      j = std::max(j, i);
      while (j < n && records_[j].arrival < start + kFiveMinutes) {
        if (measured(records_[j])) {
          sum += records_[j].wait_ms;
          ++count;
        }
        ++j;
      }
      worst = std::max(worst, sum / static_cast<double>(count) / 1000.0);
      any = true;
      sum -= records_[i].wait_ms;
      --count;
    }
    if (!any && report.measured > 0) {
      worst = static_cast<double>(wait_sum_ms) / static_cast<double>(report.measured) / 1000.0;
    }
    report.worst_5min_awt_s = worst;
  }

  // Handling capacity: the most deliveries in any 5-minute window.
  {
    std::vector<Tick> deliveries;
    for (const Record& r : records_) {
      if (r.wait_ms < 0) continue;
      const Tick delivered_at = r.arrival + r.wait_ms + r.transit_ms;
      if (window_.Contains(delivered_at)) deliveries.push_back(delivered_at);
    }
    std::sort(deliveries.begin(), deliveries.end());
    report.handling_capacity_pct_per_5min = HandlingCapacityPct(deliveries, population_);
  }

  // Departures from the main entrance: round trip per car, interval, load.
  std::vector<Tick> all_times;
  double gap_sum = 0.0;
  std::int64_t gaps = 0;
  double load_sum = 0.0;
  report.groups.resize(static_cast<std::size_t>(groups_));
  for (int g = 0; g < groups_; ++g) {
    GroupFigures& figures = report.groups[static_cast<std::size_t>(g)];
    figures.name = g < static_cast<int>(group_names.size()) ? group_names[g] : std::string();
    figures.passengers_delivered = delivered_by_group_[static_cast<std::size_t>(g)];
    std::vector<Tick> times;
    double group_gap_sum = 0.0;
    std::int64_t group_gaps = 0;
    double group_load = 0.0;
    int max_car = -1;
    for (const Departure& d : departures_) max_car = std::max<int>(max_car, d.car);
    std::vector<Tick> last(static_cast<std::size_t>(max_car + 1), -1);
    for (const Departure& d : departures_) {
      if (d.group != g || !window_.Contains(d.time)) continue;
      times.push_back(d.time);
      group_load += d.load;
      Tick& previous = last[static_cast<std::size_t>(d.car)];
      if (previous >= 0) {
        group_gap_sum += TicksToSeconds(d.time - previous);
        ++group_gaps;
      }
      previous = d.time;
    }
    figures.main_entrance_departures = static_cast<std::int64_t>(times.size());
    figures.round_trip_time_s =
        group_gaps > 0 ? group_gap_sum / static_cast<double>(group_gaps) : 0.0;
    figures.interval_s = MeanGap(times);
    figures.car_load_persons_mean =
        times.empty() ? 0.0 : group_load / static_cast<double>(times.size());
    gap_sum += group_gap_sum;
    gaps += group_gaps;
    load_sum += group_load;
    all_times.insert(all_times.end(), times.begin(), times.end());
  }
  std::sort(all_times.begin(), all_times.end());
  report.round_trip_time_s = gaps > 0 ? gap_sum / static_cast<double>(gaps) : 0.0;
  report.interval_s = MeanGap(all_times);
  report.car_load_persons_mean =
      all_times.empty() ? 0.0 : load_sum / static_cast<double>(all_times.size());
  if (persons_counted_) FinishPersons(report);
  return report;
}

}  // namespace hoistway
