// Time series of one simulation run for charts (the --html report and the
// web console's workbench): passengers waiting and delivered over time, the
// waiting-time distribution, and the cars' trajectories (level against
// time) over a window. Built from the observers, so the engine knows nothing
// of it.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/building.h"
#include "sim/observers.h"

namespace hoistway {

struct TimelineOptions {
  double bin_s = 60.0;             // time-series bins
  double histogram_bin_s = 5.0;    // waiting-time histogram bins
  double trajectory_from_s = NAN;  // NaN: report.warmup_s
  double trajectory_span_s = 600.0;
  double samples_per_flight = 8;  // points drawn along each flight
};

struct CarTrajectory {
  std::string label;  // "A1": group name and car number
  std::vector<double> t_s;
  std::vector<double> level_m;
};

struct Timeline {
  double bin_s = 0.0;
  std::vector<double> bin_start_s;
  std::vector<double> arrivals;      // per bin
  std::vector<double> delivered;     // per bin (doors open at the destination)
  std::vector<double> waiting_mean;  // mean persons waiting at landings during the bin
  double histogram_bin_s = 0.0;
  std::vector<double> waiting_histogram;  // measured passengers per waiting-time bin
  double trajectory_from_s = 0.0;
  double trajectory_to_s = 0.0;
  std::vector<CarTrajectory> cars;
  std::vector<std::string> floor_names;
  std::vector<double> floor_levels_m;
};

// Thread-compatible; give it to one simulation as both observers.
class TimelineRecorder final : public PassengerObserver, public CarObserver {
 public:
  // Borrows `building`, which must outlive the recorder.
  TimelineRecorder(const Building& building, TimelineOptions options = {});

  void OnDelivered(const PassengerTrace& trace) override;
  void OnUndelivered(const PassengerTrace& trace) override;
  void OnCarPhase(Tick time, GroupId group, CarId car, const CarState& state) override;

  // The series up to `end_s` (the run's simulated_s).
  Timeline Finish(double end_s) const;

 private:
  struct Flight {
    double depart_s;
    int from;
    int to;
  };
  struct CarTrack {
    std::vector<double> stop_t_s;  // stationary points: (time, floor)
    std::vector<int> stop_floor;
    std::vector<Flight> flights;
  };
  void AddWaiting(double from_s, double to_s);
  void AddCount(std::vector<double>& series, double t_s);
  CarTrack& Track(GroupId group, CarId car);

  const Building& building_;
  TimelineOptions options_;
  double trajectory_from_s_;
  double trajectory_to_s_;
  std::vector<double> arrivals_;
  std::vector<double> delivered_;
  std::vector<double> waiting_seconds_;
  std::vector<double> histogram_;
  std::vector<std::vector<CarTrack>> tracks_;  // per group, per car
};

// The timeline as JSON (arrays per series), for the API and the HTML report.
nlohmann::ordered_json TimelineJson(const Timeline& timeline);

}  // namespace hoistway
