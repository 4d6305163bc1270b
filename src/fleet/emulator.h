// The fleet emulator: lifts driven by the traffic simulator's runs, each
// through its MachineModel, publishing what a connected lift publishes
// (spec/telemetry.md): trips and faults as events, its status (retained) and
// its counters. Emulated time runs `speedup` times faster than the clock;
// message times are the clock's (origin + emulated time / speedup), so a
// monitor accepts them. Deterministic: the same lifts, options, faults and
// origin give the same messages in the same order.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <queue>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "fleet/fleet_spec.h"
#include "fleet/machine_model.h"
#include "fleet/traffic_runs.h"
#include "telemetry/event.h"

#include <nlohmann/json.hpp>

namespace hoistway::fleet {

struct EmulatorOptions {
  double duration_s = 600;  // emulated
  double speedup = 1;
  std::uint64_t seed = 1;
  double window_s = 600;          // the traffic is simulated this much at a time
  double counters_every_s = 60;   // emulated
  telemetry::TimePoint origin{};  // the clock at emulated time 0
};

// --fault REG:NAME@TIME: fault NAME of lift REG from TIME emulated seconds.
struct ScheduledFault {
  std::string registration_no;
  std::string name;
  double at_s = 0;
};

// Parses "REG:NAME@TIME" (TIME in seconds, or with a unit: 90s, 5m, 1h).
Result<ScheduledFault> ParseFaultSpec(std::string_view text);

// The faults the emulator itself stages on a lift (not the machine's):
// power_cut, breakdown, maintenance_visit.
const std::vector<FaultInfo>& LiftIncidents();

// Where the messages go (an MQTT client, or a test's list).
class TelemetrySink {
 public:
  virtual ~TelemetrySink() = default;
  virtual void Send(const std::string& topic, const std::string& payload, bool retained) = 0;
};

using MachineFactory =
    std::function<std::unique_ptr<MachineModel>(const EmulatedLift& lift, std::uint64_t seed)>;

struct EmulatorStats {
  std::uint64_t messages = 0;
  std::uint64_t events = 0;
  std::uint64_t trips = 0;
  std::uint64_t faults = 0;  // fault events (not trips)
  std::uint64_t runs_planned = 0;
};

class Emulator {
 public:
  // Checks the faults (a lift of the fleet, a fault some machine or the
  // emulator knows; kInvalidInput naming the --fault otherwise) and plans the
  // first window of traffic.
  static Result<std::unique_ptr<Emulator>> Create(std::vector<EmulatedLift> lifts,
                                                  EmulatorOptions options,
                                                  std::vector<ScheduledFault> faults,
                                                  MachineFactory make_machine);
  ~Emulator();

  // Sets the clock at emulated time 0 (when the run really begins, after the
  // first window of traffic is planned); else options.origin.
  void Start(telemetry::TimePoint origin);

  // Sends every message due at or before emulated time `t_s` (at most the
  // duration), in time order.
  Status AdvanceTo(double t_s, TelemetrySink& sink);
  // The emulated time of the next message; the duration when none is left.
  double next_due_s() const;
  bool finished() const { return done_; }
  const EmulatorStats& stats() const { return stats_; }
  std::size_t lifts() const;

 private:
  enum class Kind : std::uint8_t { kPlan, kRunStart, kRunEnd, kCounters, kIncident, kRelease };
  struct Due {
    double t;
    std::uint64_t seq;
    Kind kind;
    std::uint32_t lift;
    std::uint32_t arg;
    bool operator>(const Due& o) const { return t != o.t ? t > o.t : seq > o.seq; }
  };
  struct Lift;

  Emulator(std::vector<EmulatedLift> lifts, EmulatorOptions options, MachineFactory make_machine);
  void Schedule(double t, Kind kind, std::uint32_t lift, std::uint32_t arg = 0);
  // Simulates building `building`'s traffic of window `window` and schedules
  // its runs, and the planning of its next window shortly before that begins.
  Status PlanBuilding(std::uint32_t building, std::uint32_t window);
  void Handle(const Due& due, TelemetrySink& sink);
  void RunStart(Lift& lift, std::uint32_t index, double t, TelemetrySink& sink);
  void RunEnd(Lift& lift, double t, TelemetrySink& sink);
  void Incident(Lift& lift, std::uint32_t incident, double t, TelemetrySink& sink);
  void Release(Lift& lift, std::uint32_t incident, double t, TelemetrySink& sink);
  void SendEvent(Lift& lift, double t, std::string_view kind, std::optional<int> floor,
                 nlohmann::json detail, TelemetrySink& sink);
  void SendStatus(Lift& lift, double t, std::string mode, bool moving, std::string doors,
                  double load_kg, TelemetrySink& sink);
  void SendCounters(Lift& lift, double t, TelemetrySink& sink);
  telemetry::TimePoint ClockAt(double t) const;

  std::vector<Lift> lifts_;
  std::vector<std::vector<std::uint32_t>> buildings_;  // lift indexes by building
  EmulatorOptions options_;
  MachineFactory make_machine_;
  std::priority_queue<Due, std::vector<Due>, std::greater<>> queue_;
  std::uint64_t seq_ = 0;
  std::string run_tag_;
  EmulatorStats stats_;
  bool done_ = false;
  bool started_ = false;  // the statuses of time 0 are sent
};

}  // namespace hoistway::fleet
