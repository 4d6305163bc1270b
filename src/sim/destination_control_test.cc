// The engine under destination control (call_model destination / hybrid),
// batches, and load by mass: who boards which car, and when.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <vector>

#include "core/building_loader.h"
#include "core/call_model.h"
#include "core/decks.h"
#include "dispatch/etd.h"
#include "dispatch/factory.h"
#include "sim/replications.h"
#include "sim/report_json.h"
#include "sim/simulation.h"
#include "tests/support/buildings.h"
#include "tests/support/test_data.h"

namespace hoistway {
namespace {

// Delivered and undelivered traces; each car's largest load at a departure.
class Traces : public PassengerObserver, public CarObserver {
 public:
  void OnDelivered(const PassengerTrace& t) override { delivered.push_back(t); }
  void OnUndelivered(const PassengerTrace& t) override { undelivered.push_back(t); }
  void OnCarPhase(Tick, GroupId, CarId car, const CarState& s) override {
    if (s.phase == CarPhase::kMoving) {
      int& most = largest_load[car.value()];
      most = std::max(most, s.load);
    }
  }
  std::vector<PassengerTrace> delivered;
  std::vector<PassengerTrace> undelivered;
  std::map<int, int> largest_load;
};

// Wraps a dispatcher and records every destination call's car, keyed by
// (registration tick, origin, destination), and the origins of both kinds.
class Recording final : public Dispatcher {
 public:
  using Key = std::tuple<Tick, int, int>;
  Recording(std::unique_ptr<Dispatcher> inner, std::map<Key, int>* allocated,
            std::set<int>* destination_origins, std::set<int>* landing_origins)
      : inner_(std::move(inner)),
        allocated_(allocated),
        destination_origins_(destination_origins),
        landing_origins_(landing_origins) {}
  CarId AssignLandingCall(const GroupView& g, const LandingCall& call) override {
    landing_origins_->insert(call.floor.value());
    return inner_->AssignLandingCall(g, call);
  }
  CarId AssignDestinationCall(const GroupView& g, const DestinationCall& call) override {
    const CarId car = inner_->AssignDestinationCall(g, call);
    destination_origins_->insert(call.origin.value());
    const Key key{call.registered_at, call.origin.value(), call.destination.value()};
    // A key seen twice (two calls in one tick) cannot tell them apart: drop it.
    if (!allocated_->emplace(key, car.value()).second) (*allocated_)[key] = -2;
    return car;
  }

 private:
  std::unique_ptr<Dispatcher> inner_;
  std::map<Key, int>* allocated_;
  std::set<int>* destination_origins_;
  std::set<int>* landing_origins_;
};

// Always the lowest car in service (to force allocations in tests).
class LowestCar final : public Dispatcher {
 public:
  CarId AssignLandingCall(const GroupView& g, const LandingCall&) override {
    for (int c = 0; c < g.car_count(); ++c) {
      if (g.car(CarId(c)).in_service) return CarId(c);
    }
    return kNoCar;
  }
};

SimulationOptions Options(std::uint64_t seed, DispatcherFactory factory) {
  SimulationOptions o;
  o.seed = seed;
  o.make_dispatcher = std::move(factory);
  return o;
}

DispatcherFactory LowestCarFactory() {
  return [](const GroupSpec&) -> Result<std::unique_ptr<Dispatcher>> {
    return std::unique_ptr<Dispatcher>(std::make_unique<LowestCar>());
  };
}

Building DestinationBuilding(const testing::UniformBuildingOptions& o = {}) {
  Building b = testing::MakeUniformBuilding(o);
  b.groups[0].dispatcher = "etd";
  EXPECT_TRUE(SetCallModel(b, b.groups[0], CallModel::kDestination).ok());
  return b;
}

// Scripted passengers: (time, from, to).
void Script(Building& b, std::initializer_list<std::tuple<double, int, int>> list) {
  b.traffic.periods.clear();
  for (const auto& [time, from, to] : list) {
    b.traffic.passengers.push_back({time, FloorIndex(from), FloorIndex(to)});
  }
  b.traffic.duration_s = std::get<0>(*(list.end() - 1)) + 1.0;
}

// Half an hour of two-way traffic (lunch-like).
testing::UniformBuildingOptions TwoWayHalfHour() {
  testing::UniformBuildingOptions o;
  o.duration_s = 1800;
  o.incoming = 45;
  o.outgoing = 45;
  o.interfloor = 10;
  return o;
}

// The calls the built-in dispatchers receive, recorded.
struct CallLog {
  std::map<Recording::Key, int> allocated;
  std::set<int> destination_origins;
  std::set<int> landing_origins;

  DispatcherFactory Factory() {
    return [this](const GroupSpec& g) -> Result<std::unique_ptr<Dispatcher>> {
      auto inner = dispatch::MakeDispatcher(g);
      if (!inner.ok()) return inner.error();
      return std::unique_ptr<Dispatcher>(std::make_unique<Recording>(
          std::move(inner).value(), &allocated, &destination_origins, &landing_origins));
    };
  }
};

// Runs `b` (a destination panel at every landing) with its calls recorded
// in `log` and its passengers in `traces`: everyone delivered, no landing call.
void RunWithPanelsEverywhere(const Building& b, std::uint64_t seed, CallLog& log, Traces& traces) {
  SimulationOptions options = Options(seed, log.Factory());
  options.passengers = &traces;
  auto r = RunSimulation(b, options);
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->in_system_at_end, 0);
  EXPECT_TRUE(log.landing_origins.empty());
}

// Told a car, a passenger boards that car and no other.
TEST(DestinationControlTest, PassengersBoardOnlyTheCarTheyWereTold) {
  const Building b = DestinationBuilding(TwoWayHalfHour());
  CallLog log;
  Traces traces;
  RunWithPanelsEverywhere(b, 3, log, traces);
  int checked = 0;
  for (const PassengerTrace& t : traces.delivered) {
    const auto it = log.allocated.find({t.arrival, t.origin.value(), t.destination.value()});
    ASSERT_NE(it, log.allocated.end());
    if (it->second == -2) continue;
    EXPECT_EQ(t.car.value(), it->second) << "passenger " << t.id.value();
    ++checked;
  }
  EXPECT_GT(checked, 500);
}

// Hybrid: destination panels at the entrance, up/down buttons elsewhere.
TEST(DestinationControlTest, HybridHasPanelsAtEntrancesOnly) {
  Building b = testing::MakeUniformBuilding(TwoWayHalfHour());
  b.groups[0].dispatcher = "etd";
  ASSERT_TRUE(SetCallModel(b, b.groups[0], CallModel::kHybrid).ok());
  CallLog log;
  auto r = RunSimulation(b, Options(4, log.Factory()));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->in_system_at_end, 0);
  EXPECT_EQ(log.destination_origins, std::set<int>{0});
  EXPECT_FALSE(log.landing_origins.empty());
  EXPECT_EQ(log.landing_origins.count(0), 0u);
}

// Three people told car 0, which takes one at a time: all three ride car 0,
// the later ones when it comes back; car 1 stays idle.
TEST(DestinationControlTest, LeftBehindPassengersKeepTheirCar) {
  testing::UniformBuildingOptions o;
  o.capacity = 1;
  o.cars = 2;
  Building b = DestinationBuilding(o);
  Script(b, {{0.0, 0, 5}, {0.0, 0, 5}, {0.0, 0, 5}});
  Traces traces;
  SimulationOptions options = Options(1, LowestCarFactory());
  options.passengers = &traces;
  auto r = RunSimulation(b, options);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(traces.delivered.size(), 3u);
  Tick last_boarded = -1;
  for (const PassengerTrace& t : traces.delivered) {
    EXPECT_EQ(t.car.value(), 0);
    EXPECT_GT(t.boarded, last_boarded);
    last_boarded = t.boarded;
  }
  // Each later one waited a round trip to floor 5 and back.
  EXPECT_GT(traces.delivered[2].origin_doors_open - traces.delivered[1].origin_doors_open,
            SecondsToTicks(15.0));
}

// Allocated to car 0, which goes out of service before reaching them: they
// are allocated again and car 1 fetches them.
TEST(DestinationControlTest, OutOfServiceCarsHandTheirPassengersOn) {
  testing::UniformBuildingOptions o;
  o.cars = 2;
  Building b = DestinationBuilding(o);
  Script(b, {{0.0, 10, 0}, {0.5, 10, 2}});
  b.groups[0].out_of_service.push_back({CarId(0), 5.0, 1e300});
  Traces traces;
  SimulationOptions options = Options(1, LowestCarFactory());
  options.passengers = &traces;
  auto r = RunSimulation(b, options);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->in_system_at_end, 0);
  ASSERT_EQ(traces.delivered.size(), 2u);
  for (const PassengerTrace& t : traces.delivered) EXPECT_EQ(t.car.value(), 1);
}

// Double-deck cars under destination control (double_deck.cc): a person
// keys their floor, is told a car at once, waits at their level (after the
// escalator when they stood at the other one) and rides the deck serving
// their floor; the call, its allocation and the car's stop are the pair's.
TEST(DestinationControlTest, DoubleDeckPassengersRideTheirCarAndTheirDeck) {
  auto loaded = LoadBuildingFile(testing::DataPath("validation/double-deck/dd-A.yaml"));
  ASSERT_TRUE(loaded.ok()) << loaded.error().message();
  Building b = *loaded;
  GroupSpec& group = b.groups[0];
  group.dispatcher = "etd";
  ASSERT_TRUE(SetCallModel(b, group, CallModel::kDestination).ok());
  PeriodSpec lunch;  // every kind of trip: in, out and between floors
  lunch.duration_s = 1800;
  lunch.rate_pct_per_5min = 10;
  lunch.incoming_pct = 40;
  lunch.outgoing_pct = 40;
  lunch.interfloor_pct = 20;
  b.traffic.periods = {lunch};
  b.traffic.duration_s = lunch.duration_s;
  b.traffic.batch_mean = 2.0;  // a batch keys once and rides one car
  CallLog log;
  Traces traces;
  RunWithPanelsEverywhere(b, 5, log, traces);
  int checked = 0;
  for (const PassengerTrace& t : traces.delivered) {
    // One deck from boarding to alighting, and the call made at the pair.
    EXPECT_EQ(DeckOf(group, t.origin), DeckOf(group, t.destination))
        << "passenger " << t.id.value();
    EXPECT_EQ(log.destination_origins.count(t.origin.value()),
              DeckOf(group, t.origin) == 0 ? 1u : 0u);
    const auto it = log.allocated.find(
        {t.arrival, PairFloor(group, t.origin).value(), PairFloor(group, t.destination).value()});
    ASSERT_NE(it, log.allocated.end()) << "passenger " << t.id.value();
    if (it->second == -2) continue;
    EXPECT_EQ(t.car.value(), it->second) << "passenger " << t.id.value();
    ++checked;
  }
  EXPECT_GT(checked, 1000);
  // Batches (same arrival, origin and destination) ride one car.
  std::map<std::tuple<Tick, int, int>, std::set<int>> cars_of_batch;
  for (const PassengerTrace& t : traces.delivered) {
    cars_of_batch[{t.arrival, t.origin.value(), t.destination.value()}].insert(t.car.value());
  }
  int split = 0;
  for (const auto& [key, set] : cars_of_batch) split += set.size() > 1 ? 1 : 0;
  EXPECT_EQ(split, 0) << "batches split across cars";
  EXPECT_LT(cars_of_batch.size(), traces.delivered.size() * 3 / 4);  // batches there were

  // A car out of service for a spell hands its allocated passengers on.
  b.groups[0].out_of_service.push_back({CarId(0), 600.0, 1200.0});
  CallLog spell_log;
  Traces spell;
  RunWithPanelsEverywhere(b, 5, spell_log, spell);
  for (const PassengerTrace& t : spell.delivered) {
    if (t.car.value() != 0) continue;
    EXPECT_FALSE(t.boarded > SecondsToTicks(600.0) && t.boarded < SecondsToTicks(1200.0))
        << "boarded car 0 while it was out of service, at " << t.boarded;
  }
}

// A batch (people arriving together) boards one car, under buttons and panels.
TEST(DestinationControlTest, BatchesTravelTogether) {
  for (const CallModel model : {CallModel::kConventional, CallModel::kDestination}) {
    testing::UniformBuildingOptions o;
    o.duration_s = 1800;
    Building b = testing::MakeUniformBuilding(o);
    b.traffic.batch_mean = 2.5;
    b.groups[0].dispatcher = "etd";
    ASSERT_TRUE(SetCallModel(b, b.groups[0], model).ok());
    Traces traces;
    SimulationOptions options = Options(5, dispatch::MakeDispatcher);
    options.passengers = &traces;
    auto r = RunSimulation(b, options);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->in_system_at_end, 0);
    // Batches: same arrival, origin and destination, consecutive ids.
    std::map<std::tuple<Tick, int, int>, std::set<int>> cars;
    std::map<std::tuple<Tick, int, int>, int> sizes;
    for (const PassengerTrace& t : traces.delivered) {
      const auto key = std::make_tuple(t.arrival, t.origin.value(), t.destination.value());
      cars[key].insert(t.car.value());
      ++sizes[key];
    }
    int batches = 0;
    int persons = 0;
    for (const auto& [key, set] : cars) {
      persons += sizes[key];
      if (sizes[key] < 2 || sizes[key] > b.groups[0].car.MaxLoad()) continue;
      ++batches;
      EXPECT_EQ(set.size(), 1u) << "a batch of " << sizes[key] << " split";
    }
    EXPECT_GT(batches, 100);
    // Geometric sizes of mean 2.5: about 2.5 persons a call.
    EXPECT_NEAR(static_cast<double>(persons) / static_cast<double>(cars.size()), 2.5, 0.3);
  }
}

// 100-kg passengers in a car rated 10 persons / 750 kg: at most 7 aboard.
TEST(DestinationControlTest, LoadByMassLimitsPersons) {
  testing::UniformBuildingOptions o;
  o.capacity = 10;
  o.rate_pct = 20;
  o.incoming = 100;
  o.outgoing = 0;
  o.interfloor = 0;
  o.duration_s = 1800;
  Building b = testing::MakeUniformBuilding(o);
  b.groups[0].car.rated_load_kg = 750.0;
  b.traffic.passenger_mass_kg = 100.0;
  Traces traces;
  SimulationOptions options = Options(2, dispatch::MakeDispatcher);
  options.cars = &traces;
  ASSERT_TRUE(RunSimulation(b, options).ok());
  int most = 0;
  for (const auto& [car, load] : traces.largest_load) most = std::max(most, load);
  EXPECT_EQ(most, 7);
  // At 75 kg each the car fills to its 10 persons.
  b.traffic.passenger_mass_kg = 75.0;
  Traces light;
  options.cars = &light;
  ASSERT_TRUE(RunSimulation(b, options).ok());
  most = 0;
  for (const auto& [car, load] : light.largest_load) most = std::max(most, load);
  EXPECT_EQ(most, 10);
}

// One car leaves the lobby with 6 persons (450 kg of its 1200) for floor 10;
// someone calls up at floor 5 as it passes. At a 30 % load bypass the car
// passes the call by and comes back for it; without, it stops on the way.
TEST(DestinationControlTest, LoadBypassPassesLandingCallsBy) {
  testing::UniformBuildingOptions o;
  o.cars = 1;
  Building b = testing::MakeUniformBuilding(o);
  Script(b, {{0.0, 0, 10},
             {0.0, 0, 10},
             {0.0, 0, 10},
             {0.0, 0, 10},
             {0.0, 0, 10},
             {0.0, 0, 10},
             {16.0, 5, 9}});
  const auto late_wait = [&](std::optional<double> bypass) {
    b.groups[0].car.load_bypass = bypass;
    Traces traces;
    SimulationOptions options = Options(1, dispatch::MakeDispatcher);
    options.passengers = &traces;
    EXPECT_TRUE(RunSimulation(b, options).ok());
    for (const PassengerTrace& t : traces.delivered) {
      if (t.origin.value() == 5) return TicksToSeconds(t.origin_doors_open - t.arrival);
    }
    return -1.0;
  };
  const double stops_on_the_way = late_wait(std::nullopt);
  const double passes_by = late_wait(0.3);
  EXPECT_GE(stops_on_the_way, 0.0);
  EXPECT_LT(stops_on_the_way, 10.0);
  EXPECT_GT(passes_by, stops_on_the_way + 20.0);
}

// Destination control with batches and varied masses is reproducible to the
// byte whatever the thread count, and loses nobody.
TEST(DestinationControlTest, SameSeedSameBytesWhateverTheThreads) {
  testing::UniformBuildingOptions o;
  o.duration_s = 1800;
  Building b = DestinationBuilding(o);
  b.traffic.batch_mean = 1.6;
  b.traffic.passenger_mass_sd_kg = 15.0;
  b.groups[0].out_of_service.push_back({CarId(2), 600.0, 900.0});
  std::string first;
  for (int threads : {1, 2}) {
    ReplicationOptions r;
    r.runs = 3;
    r.threads = threads;
    r.seed = 9;
    r.make_dispatcher = dispatch::MakeDispatcher;
    auto report = RunReplications(b, r);
    ASSERT_TRUE(report.ok());
    for (const SimulationReport& run : report->reports) {
      EXPECT_EQ(run.in_system_at_end, 0);
      EXPECT_EQ(run.generated, run.delivered);
    }
    const std::string json = SimulationJson(b, *report).dump();
    if (first.empty()) {
      first = json;
    } else {
      EXPECT_EQ(json, first);
    }
  }
}

}  // namespace
}  // namespace hoistway
