// Every test of the en81-20 suite against the rigid-body figures of the
// tower contract, computed here by hand from the formulas (not by the
// twin), for lifts whose rope mass and inertias are negligible: the twin
// integrates the motion in time and must agree to 1 %.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "tower/suite.h"
#include "tower/test_lifts.h"

namespace hoistway::tower {
namespace {

constexpr double g = 9.81;

struct Expected {
  double brake_125_distance = 0.0;  // +inf when the car does not stop
  double brake_125_retardation = 0.0;
  double brake_one_set = 0.0;
  double traction_loading = 0.0;
  double traction_loading_limit = 0.0;
  double traction_emergency = 0.0;
  double traction_emergency_limit = 0.0;
  double safety_gear_gn = 0.0;
  double governor = 0.0;
  double buffer_gn = 0.0;
  double door_j = 0.0;
  double ucmp = 0.0;
};

double Radians(double degrees) {
  return degrees * std::numbers::pi / 180.0;
}

double F(const GrooveSpec& groove, double mu) {
  if (groove.type == GrooveType::kV) return mu / std::sin(Radians(groove.angle_deg) / 2);
  const double gamma = Radians(groove.seat_angle_deg);
  const double beta = Radians(groove.undercut_angle_deg);
  return mu * 4 * (std::cos(gamma / 2) - std::sin(beta / 2)) /
         (std::numbers::pi - beta - gamma - std::sin(beta) + std::sin(gamma));
}

// The distance from rest at the landing: accelerate at a to the detection
// distance, on for the response time, then brake at b.
double Ucmp(double a, double b, double detection, double response) {
  const double v1 = std::sqrt(2 * a * detection);
  const double v2 = v1 + a * response;
  return detection + v1 * response + 0.5 * a * response * response + v2 * v2 / (2 * b);
}

Expected ByHand(const LiftSpec& l) {
  Expected e;
  const double P = l.car_mass_kg, Q = l.rated_load_kg, v = l.rated_speed_mps;
  const double cw = P + l.counterweight_balance * Q;
  const double r = l.suspension_ratio, R = l.sheave.diameter_m / 2;
  const double Fb = l.brake.sets * l.brake.torque_per_set_nm * r / R;
  const double Fb1 = l.brake.torque_per_set_nm * r / R;
  // brake_125
  {
    const double force = (P + 1.25 * Q - cw) * g, mass = P + 1.25 * Q + cw;
    const double a1 = force / mass, t = l.brake.response_s;
    const double v1 = v + a1 * t, d1 = v * t + 0.5 * a1 * t * t;
    const double a2 = (Fb - force) / mass;
    e.brake_125_retardation = a2;
    e.brake_125_distance = a2 > 0 ? d1 + v1 * v1 / (2 * a2) : INFINITY;
  }
  e.brake_one_set = (Fb1 - (P + Q - cw) * g) / (P + Q + cw);
  e.traction_loading = (P + 1.25 * Q) / cw;
  e.traction_loading_limit = std::exp(F(l.sheave.groove, 0.1) * Radians(l.sheave.wrap_angle_deg));
  const double a = l.traction.emergency_deceleration_mps2;
  e.traction_emergency = std::max(cw * (g + a) / (P * (g - a)), (P + Q) * (g + a) / (cw * (g - a)));
  e.traction_emergency_limit =
      std::exp(F(l.sheave.groove, 0.1 / (1 + r * v / 10)) * Radians(l.sheave.wrap_angle_deg));
  e.safety_gear_gn = l.safety_gear.braking_force_n / ((P + Q) * g) - 1;
  e.governor = l.governor.tripping_speed_mps;
  e.buffer_gn = (1.15 * v) * (1.15 * v) / (2 * g * l.buffers.car.stroke_m);
  e.door_j = 0.5 * l.doors.moving_mass_kg * l.doors.closing_speed_mps * l.doors.closing_speed_mps;
  // ucmp: the worse of the empty car going up and the rated load going down.
  const double up_force = (cw - P) * g, up_mass = P + cw;
  const double down_force = (P + Q - cw) * g, down_mass = P + Q + cw;
  const double d = l.ucmp.detection_distance_m, t = l.ucmp.response_s;
  e.ucmp = std::max(Ucmp(up_force / up_mass, (Fb - up_force) / up_mass, d, t),
                    Ucmp(down_force / down_mass, (Fb - down_force) / down_mass, d, t));
  return e;
}

// The example lifts with everything the rigid-body figures leave out made negligible.
LiftSpec Rigid(const std::string& example) {
  LiftSpec l = testing::ExampleLift(example).description.lift;
  l.ropes.mass_kg_per_m = 1e-4;
  l.compensation.mass_kg_per_m = 0.0;
  l.travelling_cable.mass_kg_per_m = 0.0;
  l.sheave.inertia_kgm2 = 0.0;
  return l;
}

double Measured(const TowerReport& report, const std::string& id, const std::string& figure = "") {
  for (const TestResult& t : report.tests) {
    if (t.id != id) continue;
    if (figure.empty()) return t.measured;
    if (figure == "limit") return t.limit;
    for (const Figure& f : t.figures) {
      if (f.key == figure) return f.value;
    }
  }
  ADD_FAILURE() << "no " << id << " " << figure;
  return NAN;
}

void ExpectClose(double actual, double expected, const char* what) {
  if (std::isinf(expected)) {
    EXPECT_TRUE(std::isinf(actual)) << what;
  } else {
    EXPECT_NEAR(actual, expected, 0.01 * std::fabs(expected)) << what;
  }
}

void CheckLift(const LiftSpec& lift) {
  LiftDescription d;
  d.lift = lift;
  auto report = RunSuite(d, kDefaultSuite, ProcedureOptions{});
  ASSERT_TRUE(report.ok()) << report.error().message();
  const Expected e = ByHand(lift);
  ExpectClose(Measured(*report, "brake_125"), e.brake_125_distance, "brake_125");
  ExpectClose(Measured(*report, "brake_125", "retardation"), e.brake_125_retardation,
              "brake_125 retardation");
  ExpectClose(Measured(*report, "brake_one_set"), e.brake_one_set, "brake_one_set");
  ExpectClose(Measured(*report, "traction_loading"), e.traction_loading, "traction_loading");
  ExpectClose(Measured(*report, "traction_loading", "limit"), e.traction_loading_limit,
              "loading limit");
  ExpectClose(Measured(*report, "traction_emergency_braking"), e.traction_emergency, "emergency");
  ExpectClose(Measured(*report, "traction_emergency_braking", "limit"), e.traction_emergency_limit,
              "emergency limit");
  ExpectClose(Measured(*report, "safety_gear"), e.safety_gear_gn, "safety_gear");
  ExpectClose(Measured(*report, "governor_tripping"), e.governor, "governor");
  ExpectClose(Measured(*report, "buffer"), e.buffer_gn, "buffer");
  ExpectClose(Measured(*report, "door_kinetic_energy"), e.door_j, "door");
  ExpectClose(Measured(*report, "ucmp"), e.ucmp, "ucmp");
}

TEST(RigidBodyTest, Mrl630OneToOneSpringBuffer) {
  CheckLift(Rigid("mrl-630"));
}
TEST(RigidBodyTest, Mr1000TwoToOneUndercutGrooves) {
  CheckLift(Rigid("mr-1000-2to1"));
}
TEST(RigidBodyTest, Gearless1600FourMetresPerSecond) {
  CheckLift(Rigid("gearless-1600-4"));
}

TEST(RigidBodyTest, WeakBrakesAndHeavyLoads) {
  LiftSpec l = Rigid("mr-1000-2to1");
  l.brake.torque_per_set_nm = 330;  // stops 125 % no more
  CheckLift(l);
  l = Rigid("mrl-630");
  l.counterweight_balance = 0.3;  // a light counterweight: the loaded car is the worse case
  CheckLift(l);
}

}  // namespace
}  // namespace hoistway::tower
