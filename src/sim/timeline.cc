#include "sim/timeline.h"

#include <algorithm>

#include <fmt/core.h>

#include "kinematics/motion_profile.h"

namespace hoistway {

TimelineRecorder::TimelineRecorder(const Building& building, TimelineOptions options)
    : building_(building), options_(options) {
  trajectory_from_s_ = std::isnan(options_.trajectory_from_s) ? building.report.warmup_s
                                                              : options_.trajectory_from_s;
  trajectory_to_s_ = trajectory_from_s_ + options_.trajectory_span_s;
  tracks_.resize(building.groups.size());
  for (std::size_t g = 0; g < building.groups.size(); ++g) {
    tracks_[g].resize(static_cast<std::size_t>(building.groups[g].cars));
  }
}

void TimelineRecorder::AddCount(std::vector<double>& series, double t_s) {
  if (t_s < 0.0) return;
  const auto bin = static_cast<std::size_t>(t_s / options_.bin_s);
  if (series.size() <= bin) series.resize(bin + 1, 0.0);
  series[bin] += 1.0;
}

// Spreads the waiting interval over the bins it overlaps (person-seconds).
void TimelineRecorder::AddWaiting(double from_s, double to_s) {
  const double bin = options_.bin_s;
  for (double t = from_s; t < to_s;) {
    const auto index = static_cast<std::size_t>(t / bin);
    const double bin_end = (static_cast<double>(index) + 1.0) * bin;
    const double until = std::min(to_s, bin_end);
    if (waiting_seconds_.size() <= index) waiting_seconds_.resize(index + 1, 0.0);
    waiting_seconds_[index] += until - t;
    t = until;
  }
}

void TimelineRecorder::OnDelivered(const PassengerTrace& t) {
  const double arrival = TicksToSeconds(t.arrival);
  const double boarded = TicksToSeconds(t.origin_doors_open);
  AddCount(arrivals_, arrival);
  AddCount(delivered_, TicksToSeconds(t.destination_doors_open));
  AddWaiting(arrival, boarded);
  const double measured_to = building_.traffic.duration_s - building_.report.cooldown_s;
  if (arrival >= building_.report.warmup_s && arrival < measured_to) {
    const auto bin = static_cast<std::size_t>((boarded - arrival) / options_.histogram_bin_s);
    if (histogram_.size() <= bin) histogram_.resize(bin + 1, 0.0);
    histogram_[bin] += 1.0;
  }
}

void TimelineRecorder::OnUndelivered(const PassengerTrace& t) {
  if (t.arrival < 0) return;  // walking to a next leg not yet begun
  const double arrival = TicksToSeconds(t.arrival);
  AddCount(arrivals_, arrival);
  // Still waiting at the end: counted until the last bin that has anything.
  if (t.origin_doors_open < 0) {
    AddWaiting(arrival,
               std::max(arrival, static_cast<double>(waiting_seconds_.size()) * options_.bin_s));
  } else {
    AddWaiting(arrival, TicksToSeconds(t.origin_doors_open));
  }
}

TimelineRecorder::CarTrack& TimelineRecorder::Track(GroupId group, CarId car) {
  return tracks_[static_cast<std::size_t>(group.value())][static_cast<std::size_t>(car.value())];
}

void TimelineRecorder::OnCarPhase(Tick time, GroupId group, CarId car, const CarState& s) {
  const double t = TicksToSeconds(time);
  if (t < trajectory_from_s_ - 120.0 || t > trajectory_to_s_) return;
  CarTrack& track = Track(group, car);
  if (s.phase == CarPhase::kMoving) {
    const double depart = TicksToSeconds(s.depart_time);
    // A new target in flight replaces the flight it changes.
    if (!track.flights.empty() && track.flights.back().depart_s == depart) track.flights.pop_back();
    track.flights.push_back({depart, s.floor.value(), s.target.value()});
    return;
  }
  track.stop_t_s.push_back(t);
  track.stop_floor.push_back(s.floor.value());
}

Timeline TimelineRecorder::Finish(double end_s) const {
  Timeline out;
  out.bin_s = options_.bin_s;
  const auto bins = static_cast<std::size_t>(std::ceil(std::max(end_s, 1.0) / options_.bin_s));
  const auto fit = [bins](std::vector<double> v) {
    v.resize(bins, 0.0);
    return v;
  };
  out.arrivals = fit(arrivals_);
  out.delivered = fit(delivered_);
  out.waiting_mean = fit(waiting_seconds_);
  for (std::size_t i = 0; i < bins; ++i) {
    out.bin_start_s.push_back(static_cast<double>(i) * options_.bin_s);
    out.waiting_mean[i] /= options_.bin_s;
  }
  out.histogram_bin_s = options_.histogram_bin_s;
  out.waiting_histogram = histogram_;
  out.trajectory_from_s = trajectory_from_s_;
  out.trajectory_to_s = std::min(trajectory_to_s_, end_s);
  for (const FloorSpec& f : building_.floors) {
    out.floor_names.push_back(f.name);
    out.floor_levels_m.push_back(f.level_m);
  }

  // Trajectories: stationary points joined by sampled jerk-limited flights.
  for (std::size_t g = 0; g < tracks_.size(); ++g) {
    const CarSpec& spec = building_.groups[g].car;
    const MotionLimits limits{spec.rated_speed_mps, spec.acceleration_mps2, spec.jerk_mps3};
    for (std::size_t c = 0; c < tracks_[g].size(); ++c) {
      const CarTrack& track = tracks_[g][c];
      CarTrajectory traj;
      traj.label = fmt::format("{}{}", building_.groups[g].name, c + 1);
      struct Point {
        double t;
        double level;
      };
      std::vector<Point> points;
      for (std::size_t i = 0; i < track.stop_t_s.size(); ++i) {
        points.push_back({track.stop_t_s[i],
                          building_.floors[static_cast<std::size_t>(track.stop_floor[i])].level_m});
      }
      for (const Flight& f : track.flights) {
        const double from = building_.floors[static_cast<std::size_t>(f.from)].level_m;
        const double to = building_.floors[static_cast<std::size_t>(f.to)].level_m;
        const MotionProfile profile = MotionProfile::RestToRest(std::fabs(to - from), limits);
        const double sign = to > from ? 1.0 : -1.0;
        const int n = static_cast<int>(options_.samples_per_flight);
        for (int k = 0; k <= n; ++k) {
          const double dt = profile.FlightTime() * k / n;
          const double level = from + sign * profile.At(dt).position_m;
          points.push_back(
              {f.depart_s + dt, std::clamp(level, std::min(from, to), std::max(from, to))});
        }
      }
      std::stable_sort(points.begin(), points.end(),
                       [](const Point& a, const Point& b) { return a.t < b.t; });
      for (const Point& p : points) {
        if (p.t < out.trajectory_from_s || p.t > out.trajectory_to_s) continue;
        traj.t_s.push_back(p.t);
        traj.level_m.push_back(p.level);
      }
      out.cars.push_back(std::move(traj));
    }
  }
  return out;
}

nlohmann::ordered_json TimelineJson(const Timeline& t) {
  nlohmann::ordered_json j;
  j["bin_s"] = t.bin_s;
  j["bin_start_s"] = t.bin_start_s;
  j["arrivals"] = t.arrivals;
  j["delivered"] = t.delivered;
  j["waiting_mean"] = t.waiting_mean;
  j["histogram_bin_s"] = t.histogram_bin_s;
  j["waiting_histogram"] = t.waiting_histogram;
  j["trajectory_from_s"] = t.trajectory_from_s;
  j["trajectory_to_s"] = t.trajectory_to_s;
  j["floors"] = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < t.floor_names.size(); ++i) {
    j["floors"].push_back({{"name", t.floor_names[i]}, {"level_m", t.floor_levels_m[i]}});
  }
  j["cars"] = nlohmann::ordered_json::array();
  for (const CarTrajectory& c : t.cars) {
    j["cars"].push_back({{"label", c.label}, {"t_s", c.t_s}, {"level_m", c.level_m}});
  }
  return j;
}

}  // namespace hoistway
