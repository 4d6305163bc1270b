// A car's planned collective route with the persons it carries, and what
// one more call would cost on it: the new passengers' wait and ride, and the
// delay imposed on everyone already committed to the car. The common ground
// of the estimated-time-to-destination group controls (etd, aca).
//
// The route is the car's committed stops in the order collective operation
// serves them: pass 0 runs in the car's direction of travel, pass 1 back,
// pass 2 on again, and so on; within a pass, floors in the pass's direction.
// Passengers allocated at destination panels are placed, in the order they
// were allocated, on the first pass in their direction on which the car has
// room for them (it takes on at most max_load persons a pass), so a long
// queue of allocations fills trip after trip.
// A stop's time is exact jerk-limited flights between consecutive stops plus
// a dwell for each stop (doors, start delay, and the transfer time of the
// persons who board and alight there). Riders are placed at their
// destinations, passengers allocated at destination panels at their origin
// and destination, and persons waiting at landing calls the car answers at
// their origin (destination unknown).
#pragma once

#include <vector>

#include "core/sim_time.h"
#include "sim/group_view.h"

namespace hoistway::dispatch {

// What adding a call to a car costs (see CarRoute::Insert).
struct Insertion {
  Tick wait = 0;          // from now until the doors begin to open at the origin
  Tick ride = 0;          // from then until they begin to open at the destination (0 if unknown)
  Tick delay = 0;         // summed over every person already committed: their later arrival (ticks)
  int pass = 0;           // the pass that picks them up (0: the car's current one)
  int new_stops = 0;      // stops the route did not have (origin, destination)
  int stops_on_pass = 0;  // stops of that pass from the origin on, after the call
  bool over_capacity = false;    // landing call: the car cannot take them on that pass
  bool on_current_stop = false;  // boards at the stop the car is making now
};

// Not thread-safe; reusable (Build resets it) so that scratch memory is kept.
class CarRoute {
 public:
  // The route of car `car` as the view shows it. An idle car starts towards
  // `towards` (the new call's origin), or in `call_direction` when it is
  // there. `exclude`, when given, is a landing call left out (the one being
  // re-offered, so that its own car does not count it twice). `view` must
  // outlive the use of this route.
  void Build(const GroupView& view, CarId car, FloorIndex towards, Direction call_direction,
             const LandingCall* exclude = nullptr);

  // Adds `persons` from `origin` travelling `direction` to `destination`
  // (a floor, or -1 when unknown: a landing call) and returns what it costs.
  // A destination call goes on the first pass in its direction with room for
  // it (as allocations are placed); a landing call on the car's next pass
  // that way, with `over_capacity` set when the car would be too full.
  // With `max_stops` > 0, a destination call that would make the pass stop
  // more than that many times from the origin on (adding a stop) goes to a
  // later pass instead, as long as one is left to look at.
  Insertion Insert(FloorIndex origin, Direction direction, int destination, int persons,
                   int max_stops = 0) const;

  // The stops now planned (after Build), for tests: pass, floor, arrival.
  struct Stop {
    int key = 0;  // pass * floors + order of the floor within the pass
    int floor = 0;
    int boarding = 0;
    int alighting = 0;
    int waiting_unknown = 0;  // boarding persons with no known destination
    Tick arrival = 0;         // ticks from now until the doors begin to open
  };
  const std::vector<Stop>& stops() const { return stops_; }

 private:
  // Passes looked ahead for room (32 trips each way: far beyond any queue
  // a group control should plan for).
  static constexpr int kMaxPass = 64;
  static constexpr int kNeverKey = 1 << 30;
  int Key(int pass, int floor) const;
  // The first pass from `pass` on (in steps of 2: the same direction) on
  // which `persons` more fit.
  int PassWithRoom(int pass, int persons) const;
  void Add(int key, int floor, int boarding, int alighting, int unknown);
  // Insert on a given pass.
  Insertion InsertOn(int pass, FloorIndex origin, int destination, int persons) const;
  // The key of a stop at the start floor before the car moves; -1 when it
  // has left it.
  int StartKey() const;
  int PassFor(int floor, Direction d) const;
  bool Ahead(int floor) const;

  const GroupView* view_ = nullptr;
  int n_ = 0;
  int start_floor_ = 0;
  Direction d0_ = Direction::kUp;
  Tick start_delay_ = 0;     // until the car can move on from its start
  bool departed_ = false;    // has left the start floor on pass 0
  bool idle_ = false;        // must start (start delay) before its first flight
  bool doors_open_ = false;  // doors opening or open at the start floor, in direction d0_
  int load_ = 0;
  int max_load_ = 0;
  std::vector<int> picked_up_;  // per pass: persons allocated to board on it
  std::vector<int> room_;       // per pass: persons it can take on (max_load less riders)
  std::vector<Stop> stops_;     // in route order, one per key
};

}  // namespace hoistway::dispatch
