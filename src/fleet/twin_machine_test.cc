#include "fleet/twin_machine.h"

#include <fmt/core.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "fleet/emulator.h"
#include "monitor/rules.h"
#include "telemetry/rfc3339.h"
#include "tower/faults.h"

namespace hoistway::fleet {
namespace {

// The designs the tests run: one on each tower example the fleet starts from.
std::vector<MachineSpec> Designs() {
  MachineSpec mrl;
  mrl.floors = 8;
  mrl.floor_height_m = 3.0;
  mrl.rated_load_kg = 630;
  mrl.rated_speed_mps = 1.0;
  mrl.acceleration_mps2 = 0.6;
  MachineSpec office;  // 10 floors, 1000 kg, 1.6 m/s
  MachineSpec tower;
  tower.floors = 30;
  tower.floor_height_m = 4.0;
  tower.rated_load_kg = 1600;
  tower.rated_speed_mps = 4.0;
  tower.acceleration_mps2 = 1.0;
  return {mrl, office, tower};
}

// Random runs of a day's traffic: any floor to any other, loads up to rated.
std::vector<RunCommand> Traffic(const MachineSpec& spec, int runs, std::uint64_t seed) {
  Random random(seed);
  std::vector<RunCommand> out;
  int floor = 0;
  for (int i = 0; i < runs; ++i) {
    int to = static_cast<int>(random.Below(static_cast<std::uint32_t>(spec.floors - 1)));
    if (to >= floor) ++to;
    out.push_back({30.0 * i, floor, to, spec.rated_load_kg * random.Uniform(), 0});
    floor = to;
  }
  return out;
}

// What monitoring sees of many runs: the mean of each trip figure
// (levelling as its magnitude) and the events.
struct Seen {
  std::map<std::string, double> figures;
  std::map<std::string, int> events;
};

Seen Observe(TwinMachine& machine, const std::vector<RunCommand>& runs) {
  Seen seen;
  const double n = static_cast<double>(runs.size());
  for (const RunCommand& c : runs) {
    const RunOutcome out = machine.Run(c);
    seen.figures["door_close_s"] += out.door_close_s / n;
    seen.figures["levelling_error_mm"] += std::fabs(out.levelling_error_mm) / n;
    seen.figures["max_speed_mps"] += out.max_speed_mps / n;
    seen.figures["duration_s"] += out.duration_s / n;
    if (out.overspeed_mps > 0) ++seen.events["overspeed"];
    if (out.overspeed_mps > 0 || out.safety_circuit_moving) ++seen.events["safety_circuit_open"];
    if (out.overspeed_mps > 0 || out.stopped_off_level) ++seen.events["stopped_outside_door_zone"];
    if (out.position_lost) ++seen.events["position_lost"];
    if (out.failed_starts > 0) ++seen.events["start_failure"];
    if (out.door_close_attempts > 1) ++seen.events["door_close_fault"];
  }
  return seen;
}

// A figure has moved when its mean moved by more than this share (the two
// machines draw the same noise, so a sound figure does not move at all).
constexpr double kMoved = 0.02;

TEST(TwinMachineTest, EveryTowerFaultShowsInTelemetryAsItsCatalogueEntrySays) {
  TwinDesigns designs;
  for (const MachineSpec& spec : Designs()) {
    const auto runs = Traffic(spec, 400, 17);
    auto sound = TwinMachine::Create(spec, 5, &designs);
    ASSERT_TRUE(sound.ok()) << sound.error().message();
    const Seen before = Observe(**sound, runs);
    EXPECT_TRUE(before.events.empty())
        << spec.rated_speed_mps << " m/s: a sound lift has no faults";
    for (const tower::Fault& fault : tower::BuiltInFaults()) {
      SCOPED_TRACE(
          fmt::format("{} kg {} m/s + {}", spec.rated_load_kg, spec.rated_speed_mps, fault.name));
      auto machine = TwinMachine::Create(spec, 5, &designs);
      ASSERT_TRUE(machine.ok());
      ASSERT_TRUE((*machine)->InjectFault(fault.name, 0).ok());
      const Seen after = Observe(**machine, runs);
      if (std::getenv("HOISTWAY_PRINT_TWIN") != nullptr) {  // the figures of docs/monitoring.md
        std::string line = fmt::format("{} m/s {}:", spec.rated_speed_mps, fault.name);
        for (const auto& [figure, was] : before.figures) {
          line += fmt::format(" {} {:.3f}->{:.3f}", figure, was, after.figures.at(figure));
        }
        for (const auto& [event, count] : after.events)
          line += fmt::format(" {} x{}", event, count);
        std::printf("%s\n", line.c_str());
      }
      std::map<std::string, int> expected_direction;
      std::vector<std::string> expected_events;
      for (const tower::TelemetrySign& sign : fault.telemetry) {
        if (!sign.figure.empty()) expected_direction[sign.figure] = sign.direction;
        if (!sign.event.empty()) expected_events.push_back(sign.event);
      }
      for (const auto& [figure, was] : before.figures) {
        const double now = after.figures.at(figure);
        const double change = (now - was) / std::max(std::fabs(was), 1e-9);
        const int direction = change > kMoved ? 1 : change < -kMoved ? -1 : 0;
        EXPECT_EQ(direction, expected_direction[figure]) << figure << ": " << was << " -> " << now;
      }
      for (const auto& event : expected_events) {
        EXPECT_GT(after.events.count(event) ? after.events.at(event) : 0, 0) << event;
      }
      for (const auto& [event, count] : after.events) {
        EXPECT_NE(std::find(expected_events.begin(), expected_events.end(), event),
                  expected_events.end())
            << event << " x" << count << " not in the catalogue's telemetry";
      }
    }
  }
  EXPECT_LE(designs.designs(), 3 * (1 + tower::BuiltInFaults().size()));
}

// The monitor's predictive signals (its rules with their default
// thresholds) raised by the trips of a lift that runs sound for 300 trips
// (its baseline) and then 400 with `fault`.
std::set<std::string> SignalsRaised(TwinDesigns& designs, const MachineSpec& spec,
                                    const std::string& fault) {
  auto machine = TwinMachine::Create(spec, 9, &designs);
  EXPECT_TRUE(machine.ok());
  const auto runs = Traffic(spec, 700, 23);
  EXPECT_TRUE((*machine)->InjectFault(fault, runs[300].at_s).ok());
  const monitor::RulesConfig& rules = monitor::DefaultRules();
  monitor::LiftState state;
  const telemetry::TimePoint start = *telemetry::ParseTime("2026-12-03T06:00:00Z");
  std::set<std::string> raised;
  int n = 0;
  for (const RunCommand& c : runs) {
    const RunOutcome out = (*machine)->Run(c);
    telemetry::Event e;
    e.id = fmt::format("t{}", ++n);
    e.kind = telemetry::EventKind::kTrip;
    e.kind_name = "trip";
    e.time = start + std::chrono::seconds(static_cast<int>(c.at_s));
    EXPECT_TRUE(telemetry::SetDetail(&e, {{"from_floor", c.from_floor},
                                          {"to_floor", c.to_floor},
                                          {"duration_s", out.duration_s},
                                          {"max_speed_mps", out.max_speed_mps},
                                          {"levelling_error_mm", out.levelling_error_mm},
                                          {"door_close_s", out.door_close_s},
                                          {"load_kg", std::round(c.load_kg)}})
                    .ok());
    for (const auto& action : monitor::OnEvent(rules, state, e, e.time)) {
      if (const auto* signal = std::get_if<monitor::RaiseSignal>(&action)) {
        raised.insert(signal->name);
      }
    }
  }
  return raised;
}

TEST(TwinMachineTest, EveryTowerFaultRaisesTheMonitorsSignalsItsCatalogueEntryNames) {
  TwinDesigns designs;
  for (const MachineSpec& spec : Designs()) {
    EXPECT_TRUE(SignalsRaised(designs, spec, "door_operator_drift").contains("door_close_time"));
    for (const tower::Fault& fault : tower::BuiltInFaults()) {
      SCOPED_TRACE(fmt::format("{} m/s + {}", spec.rated_speed_mps, fault.name));
      std::set<std::string> expected;
      for (const tower::TelemetrySign& sign : fault.telemetry) {
        if (!sign.signal.empty()) expected.insert(sign.signal);
      }
      EXPECT_EQ(SignalsRaised(designs, spec, fault.name), expected);
    }
  }
}

TEST(TwinMachineTest, TheTwinsFiguresAreThoseOfAServiceableLift) {
  TwinDesigns designs;
  for (const MachineSpec& spec : Designs()) {
    auto figures = designs.Get(spec, {});
    ASSERT_TRUE(figures.ok()) << figures.error().message();
    const TwinFigures& f = **figures;
    SCOPED_TRACE(f.base);
    ASSERT_EQ(f.flight_s.size(), static_cast<std::size_t>(spec.floors - 1));
    for (std::size_t d = 1; d < f.flight_s.size(); ++d) {
      EXPECT_GT(f.flight_s[d], f.flight_s[d - 1]);
      EXPECT_GE(f.max_speed_mps[d] + 1e-3, f.max_speed_mps[d - 1]);
      EXPECT_LE(f.max_speed_mps[d], spec.rated_speed_mps * 1.02);
      EXPECT_FALSE(f.governor_trips[d]);
    }
    EXPECT_NEAR(f.door_close_s, spec.door_close_s, 0.6);
    EXPECT_LT(std::fabs(f.stop_offset_mm), 2.0);
    for (const auto& by_direction : f.overrun_m) {
      for (double overrun : by_direction) EXPECT_LT(std::fabs(overrun), 0.05);
    }
    std::printf(
        "%s: 1 floor %.2f s, %d floors %.2f s at %.3f m/s; doors %.2f s; stop %.2f mm; "
        "overrun empty up %.1f mm, full down %.1f mm; slip full down %.4f m\n",
        f.base.c_str(), f.flight_s[0], spec.floors - 1, f.flight_s.back(), f.max_speed_mps.back(),
        f.door_close_s, f.stop_offset_mm, f.overrun_m[0][1] * 1000, f.overrun_m[4][0] * 1000,
        f.slip_m[2][0]);
  }
}

TEST(TwinMachineTest, TheSameSeedGivesTheSameRuns) {
  TwinDesigns designs;
  const MachineSpec spec;
  auto a = TwinMachine::Create(spec, 5, &designs);
  auto b = TwinMachine::Create(spec, 5, &designs);
  auto c = TwinMachine::Create(spec, 6, &designs);
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  for (auto* m : {&*a, &*b, &*c}) ASSERT_TRUE((**m).InjectFault("slow_doors", 3000).ok());
  bool differ = false;
  for (const RunCommand& run : Traffic(spec, 300, 3)) {
    const RunOutcome x = (*a)->Run(run), y = (*b)->Run(run), z = (*c)->Run(run);
    EXPECT_EQ(x.door_close_s, y.door_close_s);
    EXPECT_EQ(x.levelling_error_mm, y.levelling_error_mm);
    EXPECT_EQ(x.duration_s, y.duration_s);
    differ |= x.levelling_error_mm != z.levelling_error_mm;
  }
  EXPECT_TRUE(differ);
  EXPECT_EQ((*a)->InjectFault("flux_capacitor", 0).error().code(), ErrorCode::kNotFound);
}

// The emulator on the twin: the same seed gives the same messages, and a
// misspelt tower fault is refused with the nearest name.
struct ListSink final : TelemetrySink {
  void Send(const std::string& topic, const std::string& payload, bool) override {
    messages.push_back(topic + " " + payload);
  }
  std::vector<std::string> messages;
};

Result<std::unique_ptr<Emulator>> TwinEmulator(TwinDesigns& designs,
                                               std::vector<ScheduledFault> faults) {
  EmulatorOptions options;
  options.duration_s = 900;
  options.seed = 42;
  options.window_s = 300;
  options.origin = *telemetry::ParseTime("2026-12-03T08:00:00Z");
  return Emulator::Create(
      GeneratedFleet(6, 42), options, std::move(faults),
      [&](const EmulatedLift& lift, std::uint64_t seed) -> std::unique_ptr<MachineModel> {
        auto machine = TwinMachine::Create(lift.machine, seed, &designs);
        EXPECT_TRUE(machine.ok());
        return std::move(machine).value();
      });
}

TEST(TwinMachineTest, TheEmulatorOnTheTwinIsDeterministicForASeed) {
  std::vector<std::string> runs[2];
  for (auto& messages : runs) {
    TwinDesigns designs;
    auto emulator = TwinEmulator(designs, {{"9000002", "sticking_brake_armature", 120}});
    ASSERT_TRUE(emulator.ok()) << emulator.error().message();
    ListSink sink;
    for (double t = 0; !(*emulator)->finished(); t += 7.5) {
      ASSERT_TRUE((*emulator)->AdvanceTo(t, sink).ok());
    }
    messages = std::move(sink.messages);
  }
  ASSERT_GT(runs[0].size(), 100u);
  EXPECT_EQ(runs[0], runs[1]);
  // The late brake shows as the catalogue says: the car runs on past the
  // landing and the unintended-movement detector opens the safety circuit.
  const auto shown = [&](const std::string& what) {
    return std::count_if(runs[0].begin(), runs[0].end(), [&](const std::string& m) {
      return m.starts_with("hoistway/v1/lift/9000002/event") && m.find(what) != std::string::npos;
    });
  };
  EXPECT_GT(shown("\"kind\":\"safety_circuit_open\""), 0);
  EXPECT_GT(shown("\"kind\":\"stopped_outside_door_zone\""), 0);
}

TEST(TwinMachineTest, AnUnknownFaultIsRefusedWithTheNearestName) {
  TwinDesigns designs;
  auto emulator = TwinEmulator(designs, {{"9000001", "worn_brake_linning", 10}});
  ASSERT_FALSE(emulator.ok());
  EXPECT_EQ(emulator.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(emulator.error().message().find(
                "--fault 9000001:worn_brake_linning: unknown fault (did you mean "
                "'worn_brake_lining'?); known: door_operator_drift"),
            std::string::npos)
      << emulator.error().message();
}

}  // namespace
}  // namespace hoistway::fleet
