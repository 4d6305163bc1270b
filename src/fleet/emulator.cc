#include "fleet/emulator.h"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <deque>
#include <map>

#include "core/did_you_mean.h"
#include "core/printable.h"
#include "core/random.h"
#include "telemetry/codec.h"
#include "telemetry/rfc3339.h"
#include "telemetry/topics.h"

namespace hoistway::fleet {

using nlohmann::json;

namespace {

// The emulator's own incidents: how long each keeps the lift from running.
enum class IncidentKind : std::uint32_t { kPowerCut, kBreakdown, kMaintenance, kStuck, kJammed };
constexpr double kPowerCutFor_s = 120;
constexpr double kBreakdownFor_s = 600;
constexpr double kMaintenanceFor_s = 900;
constexpr double kStuckFor_s = 180;
constexpr double kJammedFor_s = 120;
constexpr double kRetryStart_s = 3;
// Doors that fail to open are reported after the operator's tries (three
// of about two seconds each): after the trip that brought the car there,
// never at the same instant (the monitor takes a trip as a release).
constexpr double kDoorOpenTries_s = 6;

double IncidentLength(IncidentKind kind) {
  switch (kind) {
    case IncidentKind::kPowerCut:
      return kPowerCutFor_s;
    case IncidentKind::kBreakdown:
      return kBreakdownFor_s;
    case IncidentKind::kMaintenance:
      return kMaintenanceFor_s;
    case IncidentKind::kStuck:
      return kStuckFor_s;
    case IncidentKind::kJammed:
      return kJammedFor_s;
  }
  return 0;
}

std::optional<IncidentKind> IncidentNamed(std::string_view name) {
  if (name == "power_cut") return IncidentKind::kPowerCut;
  if (name == "breakdown") return IncidentKind::kBreakdown;
  if (name == "maintenance_visit") return IncidentKind::kMaintenance;
  return std::nullopt;
}

double Round3(double v) {
  return std::round(v * 1000) / 1000;
}

}  // namespace

struct Emulator::Lift {
  EmulatedLift spec;
  std::unique_ptr<MachineModel> machine;
  std::deque<PlannedRun> runs;  // planned and not yet started, in start order
  std::uint32_t runs_base = 0;  // the absolute number of runs.front()
  int floor = 0;
  double busy_until = 0;     // a run in progress
  double blocked_until = 0;  // an incident in progress
  bool releasing = false;    // ... whose end is scheduled
  RunOutcome outcome;        // of the run in progress
  RunCommand command;
  telemetry::Counters totals;
  std::uint64_t events = 0;
};

const std::vector<FaultInfo>& LiftIncidents() {
  static const std::vector<FaultInfo> kIncidents = {
      {"power_cut", "mains off for 2 minutes: power_loss, then power_restored"},
      {"breakdown", "out of service for 10 minutes (a repair), then in service"},
      {"maintenance_visit", "inspection mode for 15 minutes: the predictive baselines restart"},
  };
  return kIncidents;
}

Result<ScheduledFault> ParseFaultSpec(std::string_view text) {
  const auto colon = text.find(':');
  const auto at = text.rfind('@');
  if (colon == std::string_view::npos || at == std::string_view::npos || at < colon) {
    return InvalidInput(fmt::format(
        "--fault: '{}' must look like REG:NAME@TIME (e.g. 9000001:stuck_car@60)", Printable(text)));
  }
  ScheduledFault out;
  out.registration_no = std::string(text.substr(0, colon));
  out.name = std::string(text.substr(colon + 1, at - colon - 1));
  std::string_view time = text.substr(at + 1);
  double scale = 1;
  if (!time.empty() && (time.back() == 's' || time.back() == 'm' || time.back() == 'h')) {
    scale = time.back() == 'h' ? 3600 : time.back() == 'm' ? 60 : 1;
    time.remove_suffix(1);
  }
  double value = -1;
  const auto [end, ec] = std::from_chars(time.data(), time.data() + time.size(), value);
  if (out.registration_no.empty() || out.name.empty() || ec != std::errc() ||
      end != time.data() + time.size() || !std::isfinite(value) || value < 0) {
    return InvalidInput(fmt::format(
        "--fault: '{}': expected REG:NAME@TIME with TIME in seconds (or 90s, 5m, 1h), at least 0",
        Printable(text)));
  }
  out.at_s = value * scale;
  return out;
}

Emulator::Emulator(std::vector<EmulatedLift> lifts, EmulatorOptions options,
                   MachineFactory make_machine)
    : options_(options), make_machine_(std::move(make_machine)) {
  std::map<std::string, std::uint32_t> building_index;
  Random random(DeriveSeed(options_.seed, 0, 0xC0C0));
  for (std::size_t i = 0; i < lifts.size(); ++i) {
    Lift lift;
    lift.machine = make_machine_(lifts[i], DeriveSeed(options_.seed, 1, i));
    lift.spec = std::move(lifts[i]);
    lift.totals.trips = 50'000 + random.Below(2'000'000);
    lift.totals.door_cycles = lift.totals.trips * 2 + random.Below(1000);
    lift.totals.motor_starts = lift.totals.trips + random.Below(1000);
    lift.totals.running_hours = static_cast<double>(lift.totals.trips) / 150.0;
    auto [it, fresh] =
        building_index.emplace(lift.spec.building, static_cast<std::uint32_t>(buildings_.size()));
    if (fresh) buildings_.emplace_back();
    buildings_[it->second].push_back(static_cast<std::uint32_t>(i));
    lifts_.push_back(std::move(lift));
  }
  run_tag_ = fmt::format(
      "{:x}",
      std::chrono::duration_cast<std::chrono::seconds>(options_.origin.time_since_epoch()).count());
}

Emulator::~Emulator() = default;

std::size_t Emulator::lifts() const {
  return lifts_.size();
}

Result<std::unique_ptr<Emulator>> Emulator::Create(std::vector<EmulatedLift> lifts,
                                                   EmulatorOptions options,
                                                   std::vector<ScheduledFault> faults,
                                                   MachineFactory make_machine) {
  if (lifts.empty()) return InvalidInput("--lifts: the fleet has no lifts");
  if (!(options.speedup > 0) || !(options.duration_s > 0) || !(options.window_s > 0)) {
    return InvalidInput("--duration and --speedup must be greater than 0");
  }
  std::unique_ptr<Emulator> emulator(
      new Emulator(std::move(lifts), options, std::move(make_machine)));
  std::map<std::string, std::uint32_t, std::less<>> by_number;
  for (std::uint32_t i = 0; i < emulator->lifts_.size(); ++i) {
    by_number[emulator->lifts_[i].spec.registration_no] = i;
  }
  for (const auto& fault : faults) {
    auto it = by_number.find(fault.registration_no);
    if (it == by_number.end()) {
      return InvalidInput(fmt::format("--fault {}:{}: lift {} is not in the emulated fleet",
                                      fault.registration_no, fault.name, fault.registration_no));
    }
    if (fault.at_s >= options.duration_s) {
      return InvalidInput(fmt::format("--fault {}:{}@{}: at or after the end of the run ({} s)",
                                      fault.registration_no, fault.name, fault.at_s,
                                      options.duration_s));
    }
    if (auto incident = IncidentNamed(fault.name)) {
      emulator->Schedule(fault.at_s, Kind::kIncident, it->second,
                         static_cast<std::uint32_t>(*incident));
      continue;
    }
    Lift& lift = emulator->lifts_[it->second];
    Status injected = lift.machine->InjectFault(fault.name, fault.at_s);
    if (!injected.ok() && injected.error().code() != ErrorCode::kNotFound) {
      return InvalidInput(fmt::format("--fault {}:{}: {}", fault.registration_no,
                                      Printable(fault.name), injected.error().message()));
    }
    if (!injected.ok()) {
      std::string known;
      std::vector<std::string_view> names;
      const std::vector<FaultInfo> machine_faults = lift.machine->Faults();
      for (const auto& f : machine_faults) names.push_back(f.name);
      for (const auto& f : LiftIncidents()) names.push_back(f.name);
      for (auto n : names) known += (known.empty() ? "" : ", ") + std::string(n);
      return InvalidInput(fmt::format("--fault {}:{}: unknown fault{}; known: {}",
                                      fault.registration_no, Printable(fault.name),
                                      DidYouMean(fault.name, names), known));
    }
  }
  // Time 0: every lift's status and counters, then the first window.
  for (std::uint32_t i = 0; i < emulator->lifts_.size(); ++i) {
    const double stagger = options.counters_every_s * (i % 97) / 97.0;
    emulator->Schedule(stagger, Kind::kCounters, i);
  }
  // The first window of every building now, before the clock starts; the
  // next ones spread over the last minute of each window.
  for (std::uint32_t b = 0; b < emulator->buildings_.size(); ++b) {
    Status planned = emulator->PlanBuilding(b, 0);
    if (!planned.ok()) return planned.error();
  }
  return emulator;
}

void Emulator::Schedule(double t, Kind kind, std::uint32_t lift, std::uint32_t arg) {
  queue_.push(Due{t, seq_++, kind, lift, arg});
}

telemetry::TimePoint Emulator::ClockAt(double t) const {
  return options_.origin + std::chrono::milliseconds(static_cast<std::int64_t>(
                               std::llround(t / options_.speedup * 1000)));
}

void Emulator::Start(telemetry::TimePoint origin) {
  options_.origin = origin;
  run_tag_ = fmt::format(
      "{:x}",
      std::chrono::duration_cast<std::chrono::seconds>(options_.origin.time_since_epoch()).count());
}

Status Emulator::PlanBuilding(std::uint32_t building, std::uint32_t window) {
  const auto& members = buildings_[building];
  const double from_s = options_.window_s * window;
  std::vector<MachineSpec> cars;
  for (auto i : members) cars.push_back(lifts_[i].spec.machine);
  auto runs = SimulateRuns(cars, options_.window_s,
                           DeriveSeed(options_.seed, window, members.front()), window);
  if (!runs.ok()) return runs.error();
  for (std::size_t c = 0; c < members.size(); ++c) {
    Lift& lift = lifts_[members[c]];
    for (PlannedRun run : (*runs)[c]) {
      run.start_s += from_s;
      if (run.start_s >= options_.duration_s) break;
      const auto index = static_cast<std::uint32_t>(lift.runs_base + lift.runs.size());
      lift.runs.push_back(run);
      Schedule(run.start_s, Kind::kRunStart, members[c], index);
      ++stats_.runs_planned;
    }
  }
  const double next = from_s + options_.window_s;
  if (next < options_.duration_s) {
    const double lead = std::min(options_.window_s / 2, 1 + 0.25 * (building % 240));
    Schedule(next - lead, Kind::kPlan, building, window + 1);
  }
  return Status::Ok();
}

double Emulator::next_due_s() const {
  if (queue_.empty()) return options_.duration_s;
  return std::min(queue_.top().t, options_.duration_s);
}

Status Emulator::AdvanceTo(double t_s, TelemetrySink& sink) {
  if (!started_) {
    started_ = true;
    for (auto& lift : lifts_) SendStatus(lift, 0, "normal", false, "closed", 0, sink);
  }
  const double until = std::min(t_s, options_.duration_s);
  while (!queue_.empty() && queue_.top().t <= until && queue_.top().t < options_.duration_s) {
    const Due due = queue_.top();
    queue_.pop();
    if (due.kind == Kind::kPlan) {
      Status planned = PlanBuilding(due.lift, due.arg);
      if (!planned.ok()) return planned;
      continue;
    }
    Handle(due, sink);
  }
  if (until >= options_.duration_s) done_ = true;
  return Status::Ok();
}

void Emulator::Handle(const Due& due, TelemetrySink& sink) {
  Lift& lift = lifts_[due.lift];
  switch (due.kind) {
    case Kind::kRunStart:
      RunStart(lift, due.arg, due.t, sink);
      break;
    case Kind::kRunEnd:
      RunEnd(lift, due.t, sink);
      break;
    case Kind::kCounters:
      SendCounters(lift, due.t, sink);
      Schedule(due.t + options_.counters_every_s, Kind::kCounters, due.lift);
      break;
    case Kind::kIncident:
      Incident(lift, due.arg, due.t, sink);
      break;
    case Kind::kRelease:
      Release(lift, due.arg, due.t, sink);
      break;
    case Kind::kPlan:
      break;
  }
}

void Emulator::RunStart(Lift& lift, std::uint32_t index, double t, TelemetrySink& sink) {
  // Runs before this one were started or skipped: forget them.
  while (lift.runs_base < index && !lift.runs.empty()) {
    lift.runs.pop_front();
    ++lift.runs_base;
  }
  if (lift.runs.empty() || lift.runs_base != index) return;
  const PlannedRun run = lift.runs.front();
  if (t < lift.busy_until || t < lift.blocked_until) return;
  const int top = std::max(1, lift.spec.machine.floors) - 1;
  const int to = std::clamp(run.to_floor, 0, top);
  if (to == lift.floor) return;
  lift.command = {t, lift.floor, to, run.load_kg, run.planned_s};
  lift.outcome = lift.machine->Run(lift.command);
  const RunOutcome& out = lift.outcome;
  if (out.door_close_attempts > 1) {
    SendEvent(lift, t, "door_close_fault", lift.floor, {{"attempts", out.door_close_attempts}},
              sink);
  }
  double start = t;
  for (int i = 0; i < out.failed_starts; ++i) {
    SendEvent(lift, start, "start_failure", lift.floor, json::object(), sink);
    start += kRetryStart_s;
    ++lift.totals.motor_starts;
  }
  lift.command.at_s = start;
  SendStatus(lift, start, "normal", true, "closed", run.load_kg, sink);
  ++lift.totals.motor_starts;
  const auto id = static_cast<std::uint32_t>(&lift - lifts_.data());
  if (out.door_lock_fault) {
    SendEvent(lift, start + out.duration_s / 2, "door_lock_fault", std::nullopt, json::object(),
              sink);
  }
  if (out.stuck || out.overspeed_mps > 0) {
    const double at = start + out.duration_s / 2;
    lift.floor = (lift.command.from_floor + to) / 2;
    if (out.overspeed_mps > 0) {
      SendEvent(lift, at, "overspeed", lift.floor, {{"speed_mps", Round3(out.overspeed_mps)}},
                sink);
      SendEvent(lift, at, "safety_circuit_open", lift.floor, {{"moving", true}}, sink);
    }
    SendEvent(lift, at, "stopped_outside_door_zone", lift.floor, {{"load_kg", run.load_kg}}, sink);
    SendStatus(lift, at, "normal", false, "closed", run.load_kg, sink);
    lift.blocked_until = at + kStuckFor_s;
    lift.releasing = true;
    Schedule(lift.blocked_until, Kind::kRelease, id,
             static_cast<std::uint32_t>(IncidentKind::kStuck));
    return;
  }
  lift.busy_until = start + out.duration_s;
  Schedule(lift.busy_until, Kind::kRunEnd, id);
}

void Emulator::RunEnd(Lift& lift, double t, TelemetrySink& sink) {
  const RunCommand& c = lift.command;
  const RunOutcome& out = lift.outcome;
  lift.floor = c.to_floor;
  ++lift.totals.trips;
  ++lift.totals.door_cycles;
  lift.totals.running_hours += out.duration_s / 3600;
  SendEvent(lift, t, "trip", c.to_floor,
            {{"from_floor", c.from_floor},
             {"to_floor", c.to_floor},
             {"start", telemetry::FormatTime(ClockAt(c.at_s))},
             {"duration_s", Round3(out.duration_s)},
             {"max_speed_mps", out.max_speed_mps},
             {"levelling_error_mm", out.levelling_error_mm},
             {"door_close_s", out.door_close_s},
             {"load_kg", c.load_kg}},
            sink);
  if (out.position_lost) SendEvent(lift, t, "position_lost", c.to_floor, json::object(), sink);
  if (out.safety_circuit_moving || out.stopped_off_level) {
    if (out.safety_circuit_moving) {
      SendEvent(lift, t, "safety_circuit_open", c.to_floor, {{"moving", true}}, sink);
    }
    if (out.stopped_off_level) {
      SendEvent(lift, t, "stopped_outside_door_zone", c.to_floor, {{"load_kg", c.load_kg}}, sink);
    }
    SendStatus(lift, t, "normal", false, "closed", c.load_kg, sink);
    lift.blocked_until = t + kStuckFor_s;
    lift.releasing = true;
    Schedule(lift.blocked_until, Kind::kRelease, static_cast<std::uint32_t>(&lift - lifts_.data()),
             static_cast<std::uint32_t>(IncidentKind::kStuck));
    return;
  }
  if (out.doors_jammed) {
    const double at = t + kDoorOpenTries_s;
    SendEvent(lift, at, "door_open_fault", c.to_floor, {{"attempts", 3}}, sink);
    SendStatus(lift, at, "normal", false, "closed", c.load_kg, sink);
    lift.blocked_until = at + kJammedFor_s;
    lift.releasing = true;
    Schedule(lift.blocked_until, Kind::kRelease, static_cast<std::uint32_t>(&lift - lifts_.data()),
             static_cast<std::uint32_t>(IncidentKind::kJammed));
    return;
  }
  SendStatus(lift, t, "normal", false, "opening", c.load_kg, sink);
}

void Emulator::Incident(Lift& lift, std::uint32_t incident, double t, TelemetrySink& sink) {
  const auto kind = static_cast<IncidentKind>(incident);
  if (lift.releasing || t < lift.busy_until) {  // one thing at a time: after the current one
    Schedule(std::max(lift.blocked_until, lift.busy_until) + 1, Kind::kIncident,
             static_cast<std::uint32_t>(&lift - lifts_.data()), incident);
    return;
  }
  const double from = t;
  switch (kind) {
    case IncidentKind::kPowerCut:
      SendEvent(lift, from, "power_loss", lift.floor, json::object(), sink);
      SendStatus(lift, from, "emergency_power", false, "closed", 0, sink);
      break;
    case IncidentKind::kBreakdown:
      SendEvent(lift, from, "out_of_service", lift.floor, {{"reason", "repair"}}, sink);
      SendStatus(lift, from, "out_of_service", false, "closed", 0, sink);
      break;
    case IncidentKind::kMaintenance:
      SendEvent(lift, from, "inspection_mode_on", lift.floor, json::object(), sink);
      SendStatus(lift, from, "inspection", false, "closed", 0, sink);
      break;
    default:
      return;
  }
  lift.blocked_until = from + IncidentLength(kind);
  lift.releasing = true;
  Schedule(lift.blocked_until, Kind::kRelease, static_cast<std::uint32_t>(&lift - lifts_.data()),
           incident);
}

void Emulator::Release(Lift& lift, std::uint32_t incident, double t, TelemetrySink& sink) {
  lift.releasing = false;
  switch (static_cast<IncidentKind>(incident)) {
    case IncidentKind::kPowerCut:
      SendEvent(lift, t, "power_restored", lift.floor, json::object(), sink);
      break;
    case IncidentKind::kBreakdown:
      SendEvent(lift, t, "in_service", lift.floor, {{"reason", "repaired"}}, sink);
      break;
    case IncidentKind::kMaintenance:
      SendEvent(lift, t, "inspection_mode_off", lift.floor, json::object(), sink);
      break;
    case IncidentKind::kStuck: {
      // Released by a technician: a short run to the nearest floor.
      SendEvent(lift, t, "trip", lift.floor,
                {{"from_floor", lift.floor},
                 {"to_floor", lift.floor},
                 {"start", telemetry::FormatTime(ClockAt(t - 5))},
                 {"duration_s", 5.0},
                 {"load_kg", lift.command.load_kg}},
                sink);
      ++lift.totals.trips;
      break;
    }
    case IncidentKind::kJammed:
      break;
  }
  SendStatus(lift, t, "normal", false, "opening", 0, sink);
}

void Emulator::SendEvent(Lift& lift, double t, std::string_view kind, std::optional<int> floor,
                         json detail, TelemetrySink& sink) {
  telemetry::Event e;
  e.id = fmt::format("{}-{:06}", run_tag_, ++lift.events);
  e.time = ClockAt(t);
  e.kind = telemetry::KindFromName(kind);
  e.kind_name = std::string(kind);
  e.floor = floor;
  if (!detail.empty()) (void)telemetry::SetDetail(&e, detail);  // the emulator's own, well typed
  sink.Send(telemetry::EventTopic(lift.spec.registration_no), telemetry::EncodeEvent(e), false);
  ++stats_.messages;
  ++stats_.events;
  if (e.kind == telemetry::EventKind::kTrip) {
    ++stats_.trips;
  } else {
    ++stats_.faults;
  }
}

void Emulator::SendStatus(Lift& lift, double t, std::string mode, bool moving, std::string doors,
                          double load_kg, TelemetrySink& sink) {
  telemetry::CarStatus s{ClockAt(t), std::move(mode),  lift.floor,
                         moving,     std::move(doors), load_kg};
  sink.Send(telemetry::StatusTopic(lift.spec.registration_no), telemetry::EncodeStatus(s), true);
  ++stats_.messages;
}

void Emulator::SendCounters(Lift& lift, double t, TelemetrySink& sink) {
  lift.totals.time = ClockAt(t);
  telemetry::Counters c = lift.totals;
  c.running_hours = std::round(c.running_hours * 100) / 100;
  sink.Send(telemetry::CountersTopic(lift.spec.registration_no), telemetry::EncodeCounters(c),
            false);
  ++stats_.messages;
}

}  // namespace hoistway::fleet
