// The integrator keeps its books: the work of the brake (safety gear,
// buffer) equals the loss of kinetic and potential energy, and results
// converge as the time step is halved. On a lift whose ropes, compensation,
// cable and machine inertia are not negligible, so that forces change
// with position and masses are more than the car and counterweight.
#include "tower/machine.h"

#include <gtest/gtest.h>

#include <cmath>

#include "tower/procedures.h"
#include "tower/test_lifts.h"

namespace hoistway::tower {
namespace {

struct Books {
  double mechanical_change = 0.0;  // (KE + PE) at the end minus at the start
  double work = 0.0;               // of the brake, gear, buffer and drive
  double brake_work = 0.0;
};

template <typename Setup>
Books RunBooks(const LiftSpec& lift, double load, double time_step, Setup setup) {
  LiftMachine m(lift, load, MachineOptions{time_step});
  setup(m);
  const double e0 = m.KineticEnergy() + m.PotentialEnergy();
  m.RunUntil([](const MachineState& s) { return s.time_s > 0.01 && s.velocity_mps == 0.0; }, 120.0);
  const MachineState& s = m.state();
  Books b;
  b.mechanical_change = m.KineticEnergy() + m.PotentialEnergy() - e0;
  b.work = s.brake_work_j + s.safety_gear_work_j + s.buffer_work_j + s.drive_work_j;
  b.brake_work = s.brake_work_j;
  return b;
}

TEST(MachineTest, BrakeWorkEqualsEnergyLostOnARopedLift) {
  for (const char* name : testing::kExamples) {
    SCOPED_TRACE(name);
    const LiftSpec lift = testing::ExampleLift(name).description.lift;
    const Books b = RunBooks(lift, 1.25 * lift.rated_load_kg, 1e-3, [&](LiftMachine& m) {
      m.Place(lift.travel_m, -lift.rated_speed_mps);
      m.ArmGovernor(false);
      m.ArmBuffers(false);
      m.CommandBrake(lift.brake.sets, lift.brake.response_s);
    });
    ASSERT_LT(b.brake_work, 0.0);
    EXPECT_NEAR(b.mechanical_change, b.brake_work, 0.005 * std::fabs(b.brake_work));
  }
}

TEST(MachineTest, SafetyGearAndBufferWorkBalance) {
  const LiftSpec lift = testing::ExampleLift("mr-1000-2to1").description.lift;
  const Books gear = RunBooks(lift, lift.rated_load_kg, 1e-3, [&](LiftMachine& m) {
    m.SetCounterweight(CounterweightState::kDetached);
    m.Place(lift.travel_m, 0.0);
  });
  EXPECT_NEAR(gear.mechanical_change, gear.work, 0.005 * std::fabs(gear.work));
  const Books buffer = RunBooks(lift, lift.rated_load_kg, 1e-3, [&](LiftMachine& m) {
    m.SetCounterweight(CounterweightState::kDetached);
    m.ArmGovernor(false);
    m.Place(-kCarBufferRunbyM, -1.15 * lift.rated_speed_mps);
  });
  EXPECT_NEAR(buffer.mechanical_change, buffer.work, 0.005 * std::fabs(buffer.work));
  // A spring buffer stores the energy instead: nothing is dissipated.
  const LiftSpec spring = testing::ExampleLift("mrl-630").description.lift;
  const Books stored = RunBooks(spring, spring.rated_load_kg, 1e-3, [&](LiftMachine& m) {
    m.SetCounterweight(CounterweightState::kDetached);
    m.ArmGovernor(false);
    m.Place(-kCarBufferRunbyM, -1.15 * spring.rated_speed_mps);
  });
  const double impact_energy =
      0.5 * (spring.car_mass_kg + spring.rated_load_kg) * std::pow(1.15, 2);
  EXPECT_EQ(stored.work, 0.0);
  EXPECT_NEAR(stored.mechanical_change, 0.0, 0.005 * impact_energy);
}

double BrakeDistance(const LiftSpec& lift, double time_step) {
  ProcedureOptions options;
  options.machine.time_step_s = time_step;
  options.traces = false;
  return RunBrake125(lift, options).measured;
}

TEST(MachineTest, ConvergesAsTheStepIsHalved) {
  const LiftSpec lift = testing::ExampleLift("gearless-1600-4").description.lift;
  const double reference = BrakeDistance(lift, 0.125e-3);
  double previous_error = INFINITY;
  for (double dt : {4e-3, 2e-3, 1e-3, 0.5e-3}) {
    const double error = std::fabs(BrakeDistance(lift, dt) - reference);
    EXPECT_LE(error, previous_error) << "dt " << dt;
    previous_error = error;
  }
  // At the default step the figure is within 0.1 % of the converged one.
  EXPECT_LT(std::fabs(BrakeDistance(lift, 1e-3) - reference), 1e-3 * reference);
}

TEST(MachineTest, RopeMassMakesTheBottomOfTheShaftHeavier) {
  // With the car at the bottom its ropes hang long: the out-of-balance force
  // pulls the car down harder than at the top (no compensation in this lift).
  const LiftSpec lift = testing::ExampleLift("mr-1000-2to1").description.lift;
  LiftMachine m(lift, 0.0);
  EXPECT_LT(m.OutOfBalanceForce(0.0), m.OutOfBalanceForce(lift.travel_m));
  const double rope_weight =
      lift.suspension_ratio * lift.ropes.count * lift.ropes.mass_kg_per_m * 9.81 * lift.travel_m;
  EXPECT_NEAR(m.OutOfBalanceForce(lift.travel_m) - m.OutOfBalanceForce(0.0),
              2 * rope_weight - 9.81 * lift.travelling_cable.mass_kg_per_m * lift.travel_m / 2,
              1e-6 * rope_weight);
}

TEST(MachineTest, RopesSlipWhenFrictionCannotCarryTheRatio) {
  // A U groove (seat 30 degrees, e^(f alpha) = 1.476 at mu 0.1) and a light
  // counterweight (balance 0.2): in the loading case T1/T2 = 1.92, so the
  // loaded car slides down under the held sheave.
  LiftSpec lift = testing::ExampleLift("mrl-630").description.lift;
  lift.sheave.groove = GrooveSpec{GrooveType::kU, 0.0, 30.0, 0.0};
  lift.counterweight_balance = 0.2;
  LiftMachine m(lift, 1.25 * lift.rated_load_kg);
  m.SetRopeFriction(RopeFriction::kService);
  m.ArmBuffers(false);
  m.Place(0.0, 0.0);
  m.CommandBrake(lift.brake.sets, 0.0);
  m.RunUntil([](const MachineState&) { return false; }, 1.0);
  EXPECT_TRUE(m.state().slipping);
  EXPECT_LT(m.state().position_m, -0.1);  // the loaded car slid down under a held sheave
  EXPECT_NEAR(m.state().slip_m, m.state().position_m, 1e-9);
}

}  // namespace
}  // namespace hoistway::tower
