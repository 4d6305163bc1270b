// The predictive signals and the state's round trip, with hand-made streams.
#include "monitor/rules.h"

#include <gtest/gtest.h>

#include "telemetry/rfc3339.h"

namespace hoistway::monitor {
namespace {

using nlohmann::json;
using std::chrono::seconds;

TimePoint Start() {
  return *telemetry::ParseTime("2026-12-03T06:00:00Z");
}

class SignalsTest : public ::testing::Test {
 protected:
  // One trip at `t` with the given detail; returns the signals raised.
  std::vector<RaiseSignal> Trip(json detail) {
    telemetry::Event e;
    e.id = "t" + std::to_string(++n_);
    e.kind = telemetry::EventKind::kTrip;
    e.kind_name = "trip";
    e.time = t_;
    EXPECT_TRUE(telemetry::SetDetail(&e, detail).ok());
    t_ += seconds(30);
    return Signals(OnEvent(rules_, state_, e, t_));
  }
  std::vector<RaiseSignal> Event(telemetry::EventKind kind) {
    telemetry::Event e;
    e.id = "f" + std::to_string(++n_);
    e.kind = kind;
    e.kind_name = std::string(telemetry::KindName(kind));
    e.time = t_;
    t_ += seconds(1);
    return Signals(OnEvent(rules_, state_, e, t_));
  }
  std::vector<RaiseSignal> Counters(std::int64_t trips, std::int64_t cycles) {
    telemetry::Counters c{t_, trips, cycles, trips, 10};
    t_ += seconds(60);
    return Signals(OnCounters(rules_, state_, c, t_));
  }
  static std::vector<RaiseSignal> Signals(const std::vector<Action>& actions) {
    std::vector<RaiseSignal> out;
    for (const auto& a : actions) {
      if (const auto* s = std::get_if<RaiseSignal>(&a)) out.push_back(*s);
    }
    return out;
  }

  RulesConfig rules_ = DefaultRules();
  LiftState state_;
  TimePoint t_ = Start();
  int n_ = 0;
};

TEST_F(SignalsTest, DoorClosingTimeDriftingUpIsRaisedOnceWithItsFigures) {
  // 200 baseline trips at 3.0 s, then a slow drift up by 5 ms a trip.
  for (int i = 0; i < 200; ++i) ASSERT_TRUE(Trip({{"door_close_s", 3.0}}).empty());
  std::vector<RaiseSignal> raised;
  int trips = 0;
  double value = 3.0;
  while (raised.empty() && trips < 1000) {
    value += 0.005;
    raised = Trip({{"door_close_s", value}});
    ++trips;
  }
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].name, "door_close_time");
  EXPECT_DOUBLE_EQ(raised[0].figures["baseline"].get<double>(), 3.0);
  EXPECT_DOUBLE_EQ(raised[0].figures["threshold"].get<double>(), 3.75);  // x 1.25 > + 0.3 s
  EXPECT_GE(raised[0].figures["recent"].get<double>(), 3.75);
  EXPECT_EQ(raised[0].figures["unit"], "s");
  // The moving average lags the drift by about the window (50 trips x 5 ms).
  EXPECT_GT(value, 3.75);
  EXPECT_LT(value, 3.75 + 0.005 * 60);
  // Not raised again while it stays high.
  for (int i = 0; i < 100; ++i) EXPECT_TRUE(Trip({{"door_close_s", value}}).empty());
}

TEST_F(SignalsTest, StableDoorsRaiseNothing) {
  for (int i = 0; i < 2000; ++i) {
    const double jitter = (i % 7) * 0.02;  // 3.00 .. 3.12 s
    ASSERT_TRUE(Trip({{"door_close_s", 3.0 + jitter}}).empty()) << i;
  }
  EXPECT_FALSE(state_.door_close.raised);
}

TEST_F(SignalsTest, LevellingErrorRaisedAtItsLimitWhateverTheBaseline) {
  for (int i = 0; i < 200; ++i)
    ASSERT_TRUE(Trip({{"levelling_error_mm", i % 2 ? 6.5 : -6.5}}).empty());
  std::vector<RaiseSignal> raised;
  for (int i = 0; i < 200 && raised.empty(); ++i) raised = Trip({{"levelling_error_mm", -9.0}});
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].name, "levelling_error");
  EXPECT_DOUBLE_EQ(raised[0].figures["baseline"].get<double>(), 6.5);
  EXPECT_DOUBLE_EQ(raised[0].figures["threshold"].get<double>(), 8.0);  // min(6.5 + 3, 8)
}

TEST_F(SignalsTest, StartFailuresMoreFrequentThanTheBaseline) {
  // Baseline: 2000 trips with one start failure (0.5 per 1000 trips).
  ASSERT_TRUE(Event(telemetry::EventKind::kStartFailure).empty());
  for (int i = 0; i < 2000; ++i) ASSERT_TRUE(Trip({}).empty());
  // Then a failing start relay: one failure every 20 trips.
  std::vector<RaiseSignal> raised;
  int trips = 0;
  while (raised.empty() && trips < 2000) {
    if (trips % 20 == 0) Event(telemetry::EventKind::kStartFailure);
    raised = Trip({});
    ++trips;
  }
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].name, "start_failures");
  EXPECT_DOUBLE_EQ(raised[0].figures["baseline_per_1000_trips"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(raised[0].figures["threshold_per_1000_trips"].get<double>(), 2.0);
  EXPECT_GE(raised[0].figures["events_in_window"].get<double>(), 3.0);
  EXPECT_FALSE(state_.door_faults.raised);
}

TEST_F(SignalsTest, TripsSinceMaintenanceAndItsReset) {
  EXPECT_TRUE(Counters(1'000'000, 2'000'000).empty());  // the first counters are the baseline
  EXPECT_TRUE(Counters(1'040'000, 2'000'100).empty());
  auto raised = Counters(1'040'001, 2'000'200);
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].name, "trips_since_maintenance");
  EXPECT_EQ(raised[0].figures["since_maintenance"], 40001);
  EXPECT_EQ(raised[0].figures["interval"], 40000);
  EXPECT_TRUE(Counters(1'050'000, 2'000'300).empty());  // once
  // A maintenance visit: inspection mode on, then off, restarts the count.
  Event(telemetry::EventKind::kInspectionModeOn);
  Event(telemetry::EventKind::kInspectionModeOff);
  EXPECT_FALSE(state_.trips_raised);
  EXPECT_EQ(state_.trips_at_maintenance, 1'050'000);
  EXPECT_TRUE(Counters(1'060'000, 2'000'400).empty());
  auto again = Counters(1'090'001, 2'000'500);
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].figures["since_maintenance"], 40001);
  EXPECT_TRUE(again[0].figures.contains("maintained_at"));
}

TEST_F(SignalsTest, SignalFiguresListEverySignal) {
  for (int i = 0; i < 10; ++i) Trip({{"door_close_s", 3.0}, {"levelling_error_mm", 2.0}});
  const json figures = SignalFigures(rules_, state_);
  ASSERT_EQ(figures.size(), 6u);
  EXPECT_EQ(figures[0]["name"], "door_close_time");
  EXPECT_EQ(figures[0]["figures"]["learning"], true);
  EXPECT_EQ(figures[0]["figures"]["baseline_trips"], 10);
  EXPECT_EQ(figures[4]["name"], "trips_since_maintenance");
  EXPECT_TRUE(figures[4]["figures"]["since_maintenance"].is_null());
}

TEST(LiftStateTest, RoundTripsThroughJson) {
  LiftState s;
  s.status = telemetry::CarStatus{Start(), "normal", 4, false, "closed", 300};
  s.counters = telemetry::Counters{Start(), 10, 20, 11, 1.5};
  s.trap = Trap{Start(), Start() + seconds(2), "door_open_fault", "e1", 4, 300, false};
  s.out_of_service = true;
  s.service_changed_at = Start();
  s.cleared_at["power_loss"] = Start();
  s.trips_at_maintenance = 7;
  s.door_close.baseline_samples = 200;
  s.door_close.baseline_sum = 600;
  s.door_close.recent = 3.3;
  s.door_faults.pending_events = 2;
  const std::string text = EncodeState(s);
  auto back = DecodeState(text);
  ASSERT_TRUE(back.ok()) << back.error().message();
  EXPECT_EQ(EncodeState(*back), text);
  EXPECT_EQ(back->trap->floor, 4);
  EXPECT_EQ(back->trap->reason, "door_open_fault");
  EXPECT_EQ(back->status->doors, "closed");
  EXPECT_DOUBLE_EQ(back->door_close.recent, 3.3);
  EXPECT_EQ(back->cleared_at.at("power_loss"), Start());
  EXPECT_LT(text.size(), 400u);  // written once per lift per batch: kept small
  EXPECT_FALSE(DecodeState("{}").ok());
  EXPECT_FALSE(DecodeState("[\"x\"]").ok());
  EXPECT_TRUE(DecodeState("").ok());
  // An older, shorter layout: what it lacks keeps its default.
  auto older = DecodeState("[1,null,null,null,null,null,1]");
  ASSERT_TRUE(older.ok());
  EXPECT_TRUE(older->out_of_service);
  EXPECT_EQ(older->trips_at_maintenance, -1);
}

}  // namespace
}  // namespace hoistway::monitor
