#include "fleet/emulator.h"

#include <gtest/gtest.h>

#include <map>

#include "fleet/nominal_machine.h"
#include "telemetry/codec.h"
#include "telemetry/rfc3339.h"
#include "telemetry/topics.h"

namespace hoistway::fleet {
namespace {

struct Message {
  std::string topic;
  std::string payload;
  bool retained;
};

class ListSink final : public TelemetrySink {
 public:
  void Send(const std::string& topic, const std::string& payload, bool retained) override {
    messages.push_back({topic, payload, retained});
  }
  std::vector<Message> messages;
};

telemetry::TimePoint Origin() {
  return *telemetry::ParseTime("2026-12-03T08:00:00Z");
}

MachineFactory Nominal() {
  return [](const EmulatedLift& lift, std::uint64_t seed) {
    return std::make_unique<NominalMachine>(lift.machine, seed);
  };
}

std::vector<Message> Emulate(int lifts, double duration_s, std::uint64_t seed,
                             std::vector<ScheduledFault> faults = {}) {
  EmulatorOptions options;
  options.duration_s = duration_s;
  options.seed = seed;
  options.origin = Origin();
  options.window_s = 300;
  auto emulator =
      Emulator::Create(GeneratedFleet(lifts, seed), options, std::move(faults), Nominal());
  EXPECT_TRUE(emulator.ok()) << emulator.error().message();
  ListSink sink;
  for (double t = 0; !(*emulator)->finished(); t += 7.5) {
    EXPECT_TRUE((*emulator)->AdvanceTo(t, sink).ok());
  }
  return std::move(sink.messages);
}

// The events of one lift, decoded, in order.
std::vector<telemetry::Event> EventsOf(const std::vector<Message>& messages,
                                       const std::string& reg) {
  std::vector<telemetry::Event> out;
  for (const auto& m : messages) {
    if (m.topic != telemetry::EventTopic(reg)) continue;
    auto e = telemetry::DecodeEvent(m.payload, Origin() + std::chrono::hours(2), {});
    EXPECT_TRUE(e.ok()) << m.payload;
    if (e.ok()) out.push_back(*e);
  }
  return out;
}

TEST(EmulatorTest, EveryMessageIsValidTelemetryAndTheTrafficIsPlausible) {
  const auto messages = Emulate(12, 1800, 1);
  std::map<std::string, int> trips;
  int statuses = 0, counters = 0;
  for (const auto& m : messages) {
    auto topic = telemetry::ParseLiftTopic(m.topic);
    ASSERT_TRUE(topic) << m.topic;
    const auto now = Origin() + std::chrono::hours(1);
    switch (topic->kind) {
      case telemetry::TopicKind::kEvent: {
        auto e = telemetry::DecodeEvent(m.payload, now, {});
        ASSERT_TRUE(e.ok()) << m.payload << ": " << e.error().message();
        EXPECT_FALSE(m.retained);
        if (e->kind == telemetry::EventKind::kTrip) ++trips[topic->registration_no];
        break;
      }
      case telemetry::TopicKind::kStatus:
        ASSERT_TRUE(telemetry::DecodeStatus(m.payload, now, {}).ok()) << m.payload;
        EXPECT_TRUE(m.retained);
        ++statuses;
        break;
      case telemetry::TopicKind::kCounters:
        ASSERT_TRUE(telemetry::DecodeCounters(m.payload, now, {}).ok()) << m.payload;
        ++counters;
        break;
    }
  }
  ASSERT_EQ(trips.size(), 12u);  // every lift runs
  for (const auto& [reg, n] : trips) {
    EXPECT_GT(n, 10) << reg;   // at least a run every three minutes ...
    EXPECT_LT(n, 450) << reg;  // ... and at most one every four seconds
  }
  EXPECT_EQ(counters, 12 * 30);  // one a minute
  EXPECT_GT(statuses, 2 * 12 * 10);
}

TEST(EmulatorTest, TheSameSeedGivesTheSameMessages) {
  const auto a = Emulate(6, 900, 42);
  const auto b = Emulate(6, 900, 42);
  const auto c = Emulate(6, 900, 43);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a[i].topic, b[i].topic);
    ASSERT_EQ(a[i].payload, b[i].payload) << i;
  }
  bool differ = a.size() != c.size();
  for (std::size_t i = 0; !differ && i < a.size(); ++i) differ = a[i].payload != c[i].payload;
  EXPECT_TRUE(differ);
}

TEST(EmulatorTest, StuckCarStopsBetweenFloorsWithItsLoadAndIsReleased) {
  const auto messages = Emulate(4, 1200, 5, {{"9000002", "stuck_car", 60}});
  const auto events = EventsOf(messages, "9000002");
  auto stuck = std::find_if(events.begin(), events.end(), [](const telemetry::Event& e) {
    return e.kind == telemetry::EventKind::kStoppedOutsideDoorZone;
  });
  ASSERT_NE(stuck, events.end());
  EXPECT_GT(stuck->detail.load_kg.value_or(0), 0);
  EXPECT_GE(stuck->time, Origin() + std::chrono::seconds(60));
  auto release = std::next(stuck);
  ASSERT_NE(release, events.end());
  EXPECT_EQ(release->kind, telemetry::EventKind::kTrip);  // nothing in between: it was stuck
  EXPECT_EQ(release->time - stuck->time, std::chrono::seconds(180));
  EXPECT_TRUE(EventsOf(messages, "9000001").size() > 0);
}

TEST(EmulatorTest, IncidentsComeInPairs) {
  const auto messages = Emulate(3, 1800, 9,
                                {{"9000001", "power_cut", 100},
                                 {"9000003", "breakdown", 200},
                                 {"9000003", "maintenance_visit", 800}});
  auto kinds = [&](const std::string& reg) {
    std::vector<std::string> out;
    for (const auto& e : EventsOf(messages, reg)) {
      if (e.kind != telemetry::EventKind::kTrip) out.push_back(e.kind_name);
    }
    return out;
  };
  EXPECT_EQ(kinds("9000001"), (std::vector<std::string>{"power_loss", "power_restored"}));
  EXPECT_EQ(kinds("9000003"),
            (std::vector<std::string>{"out_of_service", "in_service", "inspection_mode_on",
                                      "inspection_mode_off"}));
}

TEST(EmulatorTest, FaultSpecsAndTheirErrors) {
  auto a = ParseFaultSpec("9000001:door_operator_drift@5m");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->registration_no, "9000001");
  EXPECT_EQ(a->name, "door_operator_drift");
  EXPECT_DOUBLE_EQ(a->at_s, 300);
  EXPECT_DOUBLE_EQ(ParseFaultSpec("1:x@1.5h")->at_s, 5400);
  EXPECT_EQ(
      ParseFaultSpec("9000001-stuck_car").error().message(),
      "--fault: '9000001-stuck_car' must look like REG:NAME@TIME (e.g. 9000001:stuck_car@60)");
  EXPECT_FALSE(ParseFaultSpec("9000001:stuck_car@-1").ok());
  EXPECT_FALSE(ParseFaultSpec("9000001:stuck_car@soon").ok());
  EmulatorOptions options;
  options.origin = Origin();
  auto unknown_lift =
      Emulator::Create(GeneratedFleet(2, 1), options, {{"1234567", "stuck_car", 1}}, Nominal());
  EXPECT_EQ(unknown_lift.error().message(),
            "--fault 1234567:stuck_car: lift 1234567 is not in the emulated fleet");
  auto unknown_fault =
      Emulator::Create(GeneratedFleet(2, 1), options, {{"9000001", "gremlins", 1}}, Nominal());
  ASSERT_FALSE(unknown_fault.ok());
  EXPECT_NE(unknown_fault.error().message().find("unknown fault; known: door_operator_drift"),
            std::string::npos);
}

// Regression: a fault staged after the end of the run was accepted and never happened.
TEST(EmulatorTest, BugFaultAfterTheEndOfTheRunWasSilentlyIgnored) {
  EmulatorOptions options;
  options.origin = Origin();
  options.duration_s = 10;
  auto late =
      Emulator::Create(GeneratedFleet(2, 1), options, {{"9000001", "door_lock", 20}}, Nominal());
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().message(),
            "--fault 9000001:door_lock@20: at or after the end of the run (10 s)");
  EXPECT_TRUE(
      Emulator::Create(GeneratedFleet(2, 1), options, {{"9000001", "door_lock", 9}}, Nominal())
          .ok());
}

}  // namespace
}  // namespace hoistway::fleet
