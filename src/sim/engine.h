// The discrete-event engine behind RunSimulation (internal to sim).
//
// Time is an integer tick count; events are ordered by (time, sequence
// number), so equal times keep the order in which they were scheduled. Each
// car has one timer (its current phase's end), moved in place when plans
// change; so do the arrival stream and the out-of-service spells.
// Passengers live in a slot pool while in the system and leave only a
// 16-byte record in Metrics once delivered.
//
// Under destination control (a floor with a destination panel) a passenger,
// or a batch of them, is allocated a car at arrival (destination_calls.cc)
// and waits in that car's queue at the landing; the car's landing-call bit
// there means "pick up the passengers allocated to me".
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <queue>
#include <vector>

#include "core/building.h"
#include "core/decks.h"
#include "core/random.h"
#include "core/status.h"
#include "kinematics/flight_table.h"
#include "sim/car_state.h"
#include "sim/dispatcher.h"
#include "sim/group_view.h"
#include "sim/metrics.h"
#include "sim/simulation.h"
#include "sim/timer_queue.h"
#include "traffic/arrival_source.h"
#include "traffic/trip_planner.h"

namespace hoistway {

class Engine {
 public:
  // Borrows everything; all must outlive the engine.
  Engine(const Building& building, const TripPlanner& planner, const SimulationOptions& options);

  // Makes the dispatchers and places the cars. Must succeed before Run().
  Status Init();
  // Runs to the end. Errors: kCancelled (options.cancel).
  Result<SimulationReport> Run();

 private:
  // Timer 0 is the arrival stream, timer 1 the out-of-service spells, timer
  // 2 the people walking between groups, and timer kFirstCarTimer + k the
  // k-th car of the building.
  static constexpr int kArrivalTimer = 0;
  static constexpr int kServiceTimer = 1;
  static constexpr int kWalkTimer = 2;
  static constexpr int kFirstCarTimer = 3;
  // A person walking from one group to the next at a change floor.
  struct Walk {
    Tick time;
    std::uint64_t seq;
    std::int32_t slot;
    bool operator>(const Walk& o) const { return time != o.time ? time > o.time : seq > o.seq; }
  };
  struct ServiceChange {
    Tick time;
    std::uint64_t seq;
    int group;
    int car;
    bool in_service;
  };
  // FIFO of passenger slots, linked through Slot::next.
  struct Queue {
    std::int32_t head = -1;
    std::int32_t tail = -1;
    std::int32_t size = 0;
  };
  struct Slot {
    PassengerTrace trace;
    std::int32_t next = -1;
    std::int32_t batch_left = 0;  // members of its batch queued behind it
    std::int32_t mass_g = 0;
    FloorIndex journey_origin;     // where the person's first leg began
    FloorIndex final_destination;  // where the person's last leg ends
    bool walking = false;          // between two legs
    bool escalator = false;        // double deck: riding the escalator to the other lobby level
  };
  struct Group {
    const GroupSpec* spec = nullptr;
    GroupId id;
    FlightTable flights;
    CarTimes times;
    std::vector<FloorIndex> served;
    std::vector<std::uint8_t> serves;  // per floor
    std::vector<CarState> cars;
    int first_timer = 0;                   // timer of car 0
    std::vector<Tick> busy_until;          // per car: end of the last passenger movement
    std::vector<Tick> doors_began;         // per car: when its doors last began to open
    std::vector<Queue> aboard;             // per car x floor: passengers alighting there
    std::vector<LandingCallState> calls;   // per floor x direction
    std::vector<Queue> queues;             // per floor x direction: waiting passengers
    std::vector<std::int32_t> registered;  // indices into `calls` of registered calls
    // Destination control: panels, allocations not yet boarded, riders by
    // destination (riders are counted under every call model).
    DestinationState dcs;
    std::vector<Queue> assigned;            // per car x floor x direction: allocated, waiting there
    std::vector<std::int32_t> unallocated;  // waiting while no car was in service
    std::vector<std::int64_t> mass_g;       // per car: mass aboard
    std::int64_t rated_g = 0;               // rated load
    std::int64_t bypass_g = -1;             // load bypass threshold; -1: none
    std::unique_ptr<Dispatcher> dispatcher;
    bool parks = false;  // idle cars move to `parking`
    FloorIndex parking;
    bool up_peak_queue = false;  // saturated mode: endless queue at the main entrance
    // Towards most of the served floors from the main entrance: departures
    // this way start round trips.
    Direction main_direction = Direction::kUp;
    // Double-deck cars (double_deck.cc): a car stands at the lower deck's
    // floor; the stops, calls and `serves` are those floors (the lobby, the
    // lobby + 2, ...), the upper deck serving the floor above each. Queues
    // and riders stay by real floor.
    bool double_deck = false;
    FloorIndex lobby;             // the lower level of the two-level lobby
    Tick escalator = 0;           // the ride between the lobby's levels
    int deck_max = 0;             // persons one deck takes on
    std::vector<int> deck_load;   // per car x deck (0 lower, 1 upper)
    std::vector<Tick> deck_busy;  // per car x deck: end of its last passenger movement
    bool deck_destinations[2] = {false, false};  // saturated: up-peak destinations per deck
  };

  // --- engine.cc: event loop, passengers, landing calls
  void ScheduleCar(Group& g, int c);  // at cars[c].phase_end
  void SetPhase(Group& g, int c, CarPhase phase, Tick end);
  void OnArrival();
  // The current leg of the person in `slot` ended at `floor` (its doors began
  // to open at `doors_open`, the person stepped out at `alighted`): the
  // person is delivered, or walks on to the next leg's group.
  void EndLeg(Group& g, std::int32_t slot, Tick doors_open, Tick alighted);
  // A walk between groups ended: the person begins the next leg.
  void OnWalkEnd();
  // The person in `slot` calls a car of its current leg's group (trace set).
  void BeginLeg(std::int32_t slot);
  std::int32_t DrawMass();
  void Admit(Group& g, std::int32_t slot, FloorIndex floor, Direction dir);
  void RegisterCall(Group& g, FloorIndex floor, Direction dir);
  void AssignCall(Group& g, FloorIndex floor, Direction dir);
  // `chosen` when it is kNoCar or a car in service; else (a dispatcher broke
  // its contract) the first car in service, or kNoCar.
  CarId Checked(const Group& g, CarId chosen) const;
  void ReassignCall(Group& g, int car, FloorIndex floor, Direction dir);
  void AnswerCall(Group& g, FloorIndex floor, Direction dir, int car);
  void OnStopAdded(Group& g, int c, FloorIndex floor);
  void ReofferCalls(Group& g, Tick registered_before);
  void OnServiceChange(Group& g, int c, bool in_service);
  bool HasPanel(const Group& g, FloorIndex f) const {
    return g.dcs.panels[static_cast<std::size_t>(f.value())] != 0;
  }
  // Persons waiting at `f` to leave in `d`: for car `c` alone at a floor
  // with a destination panel, else for any car.
  Queue& WaitingQueue(Group& g, int c, FloorIndex f, Direction d) {
    return HasPanel(g, f) ? Assigned(g, c, f, d) : LandingQueue(g, f, d);
  }
  // When the oldest of those began waiting (kNever: nobody).
  Tick OldestWaiting(Group& g, int c, FloorIndex f, Direction d);
  // Not taking more passengers: full by persons, or by mass for a typical one.
  bool Full(const Group& g, int c) const;
  // Passes landing calls at floor `f` by (full, or at the load-bypass threshold).
  bool PassesLandingCalls(const Group& g, int c, FloorIndex f) const;
  // The passenger in `slot` may step into car `c` now (room by persons and
  // mass; a batch that fits an empty car boards whole or waits).
  bool CanBoard(const Group& g, int c, std::int32_t slot) const;

  // --- double_deck.cc: double-deck cars
  // 0 for the lower deck's floors (an even count of floors from the lobby), 1 for the upper's.
  static int DeckOf(const Group& g, FloorIndex f) { return hoistway::DeckOf(g.lobby, f); }
  // Where a car stops to serve `f`: the floor itself, or for double-deck
  // cars the lower deck's floor of its pair.
  static FloorIndex StopFloor(const Group& g, FloorIndex f) {
    return g.double_deck ? FloorIndex(f.value() - DeckOf(g, f)) : f;
  }
  // An arrival for a double-deck group: each person takes the deck serving
  // their floor, riding the escalator first when they arrived at the other level.
  void OnDoubleDeckArrival(Group& g, const Arrival& a);
  // The person in `slot` rides the escalator to the other level of a lobby
  // (to trace.origin) before they queue there.
  void RideEscalator(Group& g, std::int32_t slot);
  // The escalator ride of the person in `slot` ended: they queue at their level.
  void EscalatorEnd(std::int32_t slot);
  void AlightDoubleDeck(Group& g, int c, Tick began, Tick open_done);
  void BoardWaitingDouble(Group& g, int c);
  // Persons waiting to leave `f` in `d` that car `c` could take on (both
  // levels for a double-deck car).
  int WaitingCount(Group& g, int c, FloorIndex f, Direction d);
  // Someone waits at `f` to go `d` but none of those first in line can step
  // into car `c` now (a batch that does not fit, a full deck).
  bool WaitingBlocked(Group& g, int c, FloorIndex f, Direction d);

  // --- destination_calls.cc: destination control
  // Allocates `slots` (people at one origin for one destination, registered
  // at `registered_at`) to a car and queues them for it.
  void Allocate(Group& g, const std::vector<std::int32_t>& slots, Tick registered_at);
  // Allocates again, as fresh calls, everyone waiting for car `c` at `f` to
  // go `d` (the car went out of service).
  void Reallocate(Group& g, int c, FloorIndex f, Direction d);
  // Allocates `waiting` as fresh calls, one per run of consecutive
  // passengers with one origin and destination (a batch stays together).
  void AllocateRuns(Group& g, const std::vector<std::int32_t>& waiting);
  void RemoveAllocation(Group& g, int c, FloorIndex origin, FloorIndex destination, int persons);
  Queue& Assigned(Group& g, int c, FloorIndex f, Direction d) {
    return g
        .assigned[(static_cast<std::size_t>(c) * floor_count_ + f.value()) * 2 + DirectionSlot(d)];
  }
  GroupView View(const Group& g) const;
  std::int32_t NewSlot();
  // A new person in a new slot (counted active): carried by `group` from
  // `origin` to `destination` (their first leg's end) on a journey that ends
  // at `final_destination`, arrived at `arrival`, weighing `mass_g`.
  std::int32_t NewPassenger(GroupId group, FloorIndex origin, FloorIndex destination,
                            FloorIndex final_destination, Tick arrival, std::int32_t mass_g);
  void FreeSlot(std::int32_t slot);
  void Push(Queue& q, std::int32_t slot);
  std::int32_t Pop(Queue& q);
  Queue& LandingQueue(Group& g, FloorIndex f, Direction d) {
    return g.queues[static_cast<std::size_t>(f.value()) * 2 + DirectionSlot(d)];
  }
  LandingCallState& Call(Group& g, FloorIndex f, Direction d) {
    return g.calls[static_cast<std::size_t>(f.value()) * 2 + DirectionSlot(d)];
  }
  Queue& Aboard(Group& g, int c, FloorIndex f) {
    return g.aboard[static_cast<std::size_t>(c) * floor_count_ + f.value()];
  }
  bool UpPeakQueueOpen(const Group& g) const { return g.up_peak_queue && now_ < traffic_end_; }

  // --- car_motion.cc: decisions, departures, flights, arrivals
  void OnCarEvent(Group& g, int c);
  void Decide(Group& g, int c);
  void Depart(Group& g, int c);
  void Arrive(Group& g, int c);
  void Retarget(Group& g, int c);
  // First floor from `origin` in `dir` at which the car must stop; with
  // `elapsed` >= 0 the car is in flight and only floors it can still commit
  // to count. Returns -1 when there is none.
  int NextTarget(const Group& g, int c, FloorIndex origin, Direction dir, Tick elapsed) const;
  bool HasStopsBeyond(const Group& g, int c, FloorIndex f, Direction dir) const;

  // --- car_doors.cc: doors and passenger transfer
  void OpenDoors(Group& g, int c, bool after_flight);
  void DoorsOpened(Group& g, int c);
  void StartClosing(Group& g, int c);
  void BoardWaiting(Group& g, int c);
  void ScheduleClose(Group& g, int c);
  Direction ChooseLantern(Group& g, int c, Direction travel);

  const Building& building_;
  const TripPlanner& planner_;
  const SimulationOptions& options_;
  std::size_t floor_count_ = 0;
  Tick now_ = 0;
  Tick traffic_end_ = 0;
  Tick end_ = 0;
  std::uint64_t seq_ = 0;
  std::uint64_t events_ = 0;
  TimerQueue timers_{0};
  std::vector<ServiceChange> service_changes_;  // sorted by (time, seq)
  std::priority_queue<Walk, std::vector<Walk>, std::greater<>> walks_;
  bool transfers_ = false;  // some trip of the building changes groups
  std::int64_t next_person_ = 0;
  std::size_t next_service_change_ = 0;
  std::vector<Group> groups_;
  std::vector<Slot> slots_;
  std::int32_t free_slot_ = -1;
  std::int64_t active_ = 0;  // passengers in the system
  std::int64_t next_id_ = 0;
  bool reoffering_ = false;  // guards ReofferCalls against re-entry
  std::vector<std::int32_t> reoffer_scratch_;
  std::vector<std::int32_t> batch_scratch_;
  std::vector<std::int32_t> escalator_batch_;  // double deck: a batch off the escalator so far
  std::int32_t mean_mass_g_ = 0;
  ArrivalSource arrivals_;
  Arrival next_arrival_;
  Random saturated_random_;
  Random mass_random_;  // drawn only when traffic.passenger_mass_sd_kg > 0
  Metrics metrics_;
};

// Inline: on the path of every boarding and every decision.
inline bool Engine::Full(const Group& g, int c) const {
  const auto i = static_cast<std::size_t>(c);
  const CarState& car = g.cars[i];
  return car.full() || (car.load > 0 && g.mass_g[i] + mean_mass_g_ > g.rated_g);
}

inline bool Engine::PassesLandingCalls(const Group& g, int c, FloorIndex f) const {
  if (Full(g, c)) return true;
  // The load bypass is for up/down buttons; passengers allocated at a
  // destination panel were told this car.
  return g.bypass_g >= 0 && !HasPanel(g, f) && g.mass_g[static_cast<std::size_t>(c)] >= g.bypass_g;
}

inline bool Engine::CanBoard(const Group& g, int c, std::int32_t slot) const {
  const auto i = static_cast<std::size_t>(c);
  const CarState& car = g.cars[i];
  if (car.full()) return false;
  const Slot& s = slots_[static_cast<std::size_t>(slot)];
  // An empty car takes anyone (the overload device would refuse only a
  // passenger heavier than the rated load, which no description makes).
  if (car.load > 0 && g.mass_g[i] + s.mass_g > g.rated_g) return false;
  // A batch boards together when an empty car could take it whole.
  const int batch = s.batch_left + 1;
  return batch <= car.max_load - car.load || batch > car.max_load;
}

}  // namespace hoistway
