#include "python/py_view.h"

#include <pybind11/stl.h>

#include <limits>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "dispatch/car_route.h"
#include "dispatch/eta.h"
#include "dispatch/etd.h"

namespace py = pybind11;

namespace hoistway::python {

namespace {

// A car as a dispatcher sees it, copied out of the engine.
struct CarSnapshot {
  int index = 0;
  std::string phase;
  int floor = 0;
  int target = 0;
  std::string direction;
  std::string lantern;
  int load = 0;
  int max_load = 0;
  bool in_service = true;
  std::vector<int> car_calls;  // floors where riders alight
  std::vector<int> up_calls;   // up landing calls (or pick-ups) it answers
  std::vector<int> down_calls;
};

struct LandingCallInfo {
  bool registered = false;
  double registered_at = 0.0;
  int assigned_car = -1;
  int waiting = 0;
};

std::string PhaseName(CarPhase p) {
  switch (p) {
    case CarPhase::kIdle:
      return "idle";
    case CarPhase::kStarting:
      return "starting";
    case CarPhase::kMoving:
      return "moving";
    case CarPhase::kOpening:
      return "opening";
    case CarPhase::kOpen:
      return "open";
    case CarPhase::kClosing:
      return "closing";
  }
  return "idle";
}

void CheckCar(const GroupView& v, int car) {
  if (car < 0 || car >= v.car_count()) {
    throw py::index_error("car " + std::to_string(car) + ": the group has " +
                          std::to_string(v.car_count()) + " cars (0 to " +
                          std::to_string(v.car_count() - 1) + ")");
  }
}

void CheckFloor(const GroupView& v, int floor) {
  if (floor < 0 || floor >= v.floor_count()) {
    throw py::index_error("floor " + std::to_string(floor) + ": the building has " +
                          std::to_string(v.floor_count()) + " floors (0 to " +
                          std::to_string(v.floor_count() - 1) + ")");
  }
}

CarSnapshot Snapshot(const GroupView& v, int c) {
  CheckCar(v, c);
  const CarState& s = v.car(CarId(c));
  CarSnapshot out;
  out.index = c;
  out.phase = PhaseName(s.phase);
  out.floor = s.floor.value();
  out.target = s.target.value();
  out.direction = std::string(DirectionName(s.direction));
  out.lantern = std::string(DirectionName(s.lantern));
  out.load = s.load;
  out.max_load = s.max_load;
  out.in_service = s.in_service;
  for (int f = 0; f < static_cast<int>(s.stops.size()); ++f) {
    const std::uint8_t bits = s.stops[static_cast<std::size_t>(f)];
    if (bits & kCarCall) out.car_calls.push_back(f);
    if (bits & kUpCall) out.up_calls.push_back(f);
    if (bits & kDownCall) out.down_calls.push_back(f);
  }
  return out;
}

}  // namespace

Direction ParseDirection(const std::string& name) {
  if (name == "up") return Direction::kUp;
  if (name == "down") return Direction::kDown;
  throw py::value_error("direction '" + name + "': give 'up' or 'down'");
}

const GroupView& PyView::get() const {
  if (view_ == nullptr) {
    throw std::runtime_error(
        "this View was lent for one dispatcher call and that call has returned; read what "
        "you need during the call");
  }
  return *view_;
}

void BindView(py::module_& m) {
  py::class_<CarSnapshot>(m, "Car", "A car of the group, as it was when you asked")
      .def_readonly("index", &CarSnapshot::index)
      .def_readonly("phase", &CarSnapshot::phase,
                    "idle, starting, moving, opening, open or closing")
      .def_readonly("floor", &CarSnapshot::floor, "where it stands; in flight, the floor it left")
      .def_readonly("target", &CarSnapshot::target, "in flight: where it will stop")
      .def_readonly("direction", &CarSnapshot::direction, "of travel: up, down or none")
      .def_readonly("lantern", &CarSnapshot::lantern, "at a floor: the way it will leave")
      .def_readonly("load", &CarSnapshot::load, "persons aboard")
      .def_readonly("max_load", &CarSnapshot::max_load, "persons it takes on")
      .def_readonly("in_service", &CarSnapshot::in_service)
      .def_readonly("car_calls", &CarSnapshot::car_calls, "floors where riders alight")
      .def_readonly("up_calls", &CarSnapshot::up_calls, "up calls (or pick-ups) it answers")
      .def_readonly("down_calls", &CarSnapshot::down_calls)
      .def("__repr__", [](const CarSnapshot& c) {
        return "<Car " + std::to_string(c.index) + " " + c.phase + " at " +
               std::to_string(c.floor) + ", " + c.direction + ", load " + std::to_string(c.load) +
               ">";
      });

  py::class_<LandingCallInfo>(m, "LandingCallState", "An up or down landing call's state")
      .def_readonly("registered", &LandingCallInfo::registered)
      .def_readonly("registered_at", &LandingCallInfo::registered_at, "seconds")
      .def_readonly("assigned_car", &LandingCallInfo::assigned_car, "-1: none")
      .def_readonly("waiting", &LandingCallInfo::waiting, "persons waiting there");

  py::class_<LandingCall>(m, "LandingCall", "Someone pressed up or down at a floor")
      .def_property_readonly("floor", [](const LandingCall& c) { return c.floor.value(); })
      .def_property_readonly(
          "direction", [](const LandingCall& c) { return std::string(DirectionName(c.direction)); })
      .def_property_readonly("registered_at",
                             [](const LandingCall& c) { return TicksToSeconds(c.registered_at); })
      .def("__repr__", [](const LandingCall& c) {
        return "<LandingCall floor " + std::to_string(c.floor.value()) + " " +
               std::string(DirectionName(c.direction)) + ">";
      });

  py::class_<DestinationCall>(m, "DestinationCall",
                              "Persons keyed a destination at a floor's panel")
      .def_property_readonly("origin", [](const DestinationCall& c) { return c.origin.value(); })
      .def_property_readonly("destination",
                             [](const DestinationCall& c) { return c.destination.value(); })
      .def_property_readonly(
          "direction",
          [](const DestinationCall& c) { return std::string(DirectionName(c.direction())); })
      .def_readonly("persons", &DestinationCall::persons, "a batch arriving together")
      .def_property_readonly(
          "registered_at", [](const DestinationCall& c) { return TicksToSeconds(c.registered_at); })
      .def("__repr__", [](const DestinationCall& c) {
        return "<DestinationCall " + std::to_string(c.origin.value()) + " -> " +
               std::to_string(c.destination.value()) + ", " + std::to_string(c.persons) +
               " persons>";
      });

  py::class_<PyView, std::shared_ptr<PyView>>(
      m, "View",
      "The group as the engine shows a dispatcher, valid during the call it is passed to")
      .def_property_readonly(
          "now", [](const PyView& v) { return TicksToSeconds(v.get().now()); },
          "seconds since the start")
      .def_property_readonly("car_count", [](const PyView& v) { return v.get().car_count(); })
      .def_property_readonly("floor_count", [](const PyView& v) { return v.get().floor_count(); })
      .def_property_readonly("served_floors",
                             [](const PyView& v) {
                               std::vector<int> floors;
                               for (FloorIndex f : v.get().served_floors())
                                 floors.push_back(f.value());
                               return floors;
                             })
      .def("car", [](const PyView& v, int car) { return Snapshot(v.get(), car); })
      .def("cars",
           [](const PyView& v) {
             std::vector<CarSnapshot> cars;
             for (int c = 0; c < v.get().car_count(); ++c) cars.push_back(Snapshot(v.get(), c));
             return cars;
           })
      .def(
          "has_destination_panel",
          [](const PyView& v, int floor) {
            CheckFloor(v.get(), floor);
            return v.get().HasDestinationPanel(FloorIndex(floor));
          },
          py::arg("floor"))
      .def(
          "landing_call",
          [](const PyView& v, int floor, const std::string& direction) {
            CheckFloor(v.get(), floor);
            const LandingCallState& s =
                v.get().landing_call(FloorIndex(floor), ParseDirection(direction));
            return LandingCallInfo{s.registered, TicksToSeconds(s.registered_at), s.assigned_car,
                                   s.waiting};
          },
          py::arg("floor"), py::arg("direction"))
      .def(
          "allocations",
          [](const PyView& v, int car) {
            CheckCar(v.get(), car);
            std::vector<std::tuple<int, int, int>> out;
            for (const Allocation& a : v.get().allocations(CarId(car))) {
              out.emplace_back(a.origin.value(), a.destination.value(), a.persons);
            }
            return out;
          },
          py::arg("car"),
          "(origin, destination, persons) of the destination calls allocated to the car and not "
          "yet boarded")
      .def(
          "riders_to",
          [](const PyView& v, int car, int floor) {
            CheckCar(v.get(), car);
            CheckFloor(v.get(), floor);
            return v.get().riders_to(CarId(car), FloorIndex(floor));
          },
          py::arg("car"), py::arg("floor"), "persons aboard the car who alight at the floor")
      .def(
          "eta",
          [](const PyView& v, int car, int floor, const std::string& direction) {
            CheckCar(v.get(), car);
            CheckFloor(v.get(), floor);
            return TicksToSeconds(dispatch::EstimateArrival(
                v.get(), CarId(car), {FloorIndex(floor), ParseDirection(direction), 0}));
          },
          py::arg("car"), py::arg("floor"), py::arg("direction"),
          "seconds until the car could open its doors at the floor to leave that way, serving "
          "its committed stops on the way (what collective control minimises)")
      .def(
          "etd_cost",
          [](const PyView& v, int car, int origin, int destination, int persons) {
            CheckCar(v.get(), car);
            CheckFloor(v.get(), origin);
            CheckFloor(v.get(), destination);
            if (origin == destination)
              throw py::value_error("origin and destination are one floor");
            dispatch::CarRoute route;
            const DestinationCall call{FloorIndex(origin), FloorIndex(destination), 0, persons};
            const Tick cost = dispatch::EtdCost(v.get(), CarId(car), call, {}, route);
            return cost == kNever ? std::numeric_limits<double>::infinity() : TicksToSeconds(cost);
          },
          py::arg("car"), py::arg("origin"), py::arg("destination"), py::arg("persons") = 1,
          "what etd minimises: the persons' time to destination on this car plus the delay they "
          "impose on everyone committed to it, in seconds (inf out of service)")
      .def(
          "flight_time",
          [](const PyView& v, int from, int to) {
            CheckFloor(v.get(), from);
            CheckFloor(v.get(), to);
            return TicksToSeconds(v.get().flights().Flight(FloorIndex(from), FloorIndex(to)));
          },
          py::arg("from_floor"), py::arg("to_floor"), "jerk-limited rest-to-rest flight, seconds")
      .def(
          "next_stoppable_floor",
          [](const PyView& v, int car) {
            CheckCar(v.get(), car);
            return v.get().NextStoppableFloor(CarId(car)).value();
          },
          py::arg("car"));
}

}  // namespace hoistway::python
