// The twin: one traction lift as a machine, integrated in time.
//
// Bodies: the car (with its load), the counterweight and the suspension
// ropes form one "loop" that moves with the car's position x (m above the
// lowest landing, up positive); the traction sheave with the machine turns
// under it. While friction carries the tension ratio (Euler-Eytelwein,
// friction.h) the ropes grip and loop and sheave move as one body; beyond it
// they slip and each moves on its own. The counterweight may also rest on
// its buffer or be detached (a car in free fall).
//
// Forces: gravity on car and counterweight; the weight of the hanging ropes,
// compensation and travelling cable, which changes with position; the drive
// (a force law given by the caller, or a prescribed sheave speed); the brake
// on the sheave (sets engaging after their response time, Coulomb friction
// that holds at rest); the progressive safety gear on the car, set by the
// overspeed governor; the car buffer (a spring, or a metered hydraulic force);
// and the unintended-movement detector, which commands the brake.
//
// Integration: fixed steps (1 ms by default) with constant acceleration
// within a step, taken from the forces at the step's midpoint (second
// order); a step is cut at the exact instant of an event (a brake engaging,
// the governor tripping, the car stopping, touching or bottoming a buffer),
// so that piecewise-constant forces are integrated exactly. Work done by
// the brake, the safety gear, the buffer and the drive is accumulated, so
// that energy can be accounted for.
//
// Not thread-safe; one machine per run. Deterministic.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "tower/lift.h"

namespace hoistway::tower {

enum class CounterweightState {
  kOnRopes,   // hanging on the ropes (normal)
  kOnBuffer,  // resting on its buffer: its side of the ropes carries only their own weight
  kDetached,  // the car alone (free fall tests)
};

// How the ropes hold on the sheave. EN 81-50 5.11.2.1 gives coefficients of
// friction for the three traction cases only; elsewhere the standard takes
// traction as proven by those cases, and so does the twin: the ropes grip.
enum class RopeFriction {
  kGripping,  // no slip (every test but the traction ones)
  kService,   // mu = 0.1 / (1 + v_rope / 10): 0.1 at rest, lower with speed
  kStalled,   // mu = 0.2 (car stalled, counterweight on its buffer)
  kLoading,   // mu = 0.1 at any speed (the car-loading case; the fleet's runs in service)
};

// Car buffer top: this far below the lowest landing (the runby).
inline constexpr double kCarBufferRunbyM = 0.2;

struct MachineOptions {
  double time_step_s = 1e-3;
};

struct MachineState {
  double time_s = 0.0;
  double position_m = 0.0;           // car, above the lowest landing
  double velocity_mps = 0.0;         // car, up positive
  double acceleration_mps2 = 0.0;    // car, during the last step
  double sheave_velocity_mps = 0.0;  // sheave rim speed / r: the car's speed if gripping
  double slip_m = 0.0;               // rope slid over the sheave, at the car
  bool slipping = false;
  double tension_ratio = 1.0;   // T_high / T_low at the sheave, last step
  double traction_limit = 0.0;  // e^(f alpha) at the current rope speed
  double buffer_compression_m = 0.0;
  bool governor_tripped = false;
  bool safety_gear_set = false;
  bool buffer_bottomed = false;
  double brake_force_n = 0.0;  // acting now, at the car
  // Work done on the machine so far (J, negative when it takes energy out).
  double brake_work_j = 0.0;
  double safety_gear_work_j = 0.0;
  double buffer_work_j = 0.0;  // dissipation buffers only (a spring stores it)
  double drive_work_j = 0.0;
};

// Something that happened, for the report ("governor tripped at 1.20 m/s").
struct MachineEvent {
  double time_s = 0.0;
  double position_m = 0.0;
  std::string what;
};

class LiftMachine {
 public:
  // The drive's force law: the force at the car (N, up positive) the motor
  // exerts through the sheave, given the state. Called once or twice a step.
  using DriveLaw = std::function<double(const MachineState&)>;
  // A prescribed sheave motion: rim speed / r (m/s) and its derivative at a time.
  struct SheaveMotion {
    double velocity_mps = 0.0;
    double acceleration_mps2 = 0.0;
  };
  using SheaveProfile = std::function<SheaveMotion(double time_s)>;

  // `load_kg` in the car. `lift` must have passed ValidateLift and outlive
  // the machine.
  LiftMachine(const LiftSpec& lift, double load_kg, MachineOptions options = {});

  // Puts the car at `position_m` moving at `velocity_mps`, ropes gripping.
  void Place(double position_m, double velocity_mps);
  void SetCounterweight(CounterweightState state) { counterweight_ = state; }
  void SetRopeFriction(RopeFriction friction) { friction_ = friction; }

  // The sheave is free: no drive force (drive lost), or `law`.
  void DriveOff() {
    drive_law_ = nullptr;
    sheave_profile_ = nullptr;
  }
  void SetDriveLaw(DriveLaw law) {
    drive_law_ = std::move(law);
    sheave_profile_ = nullptr;
  }
  // The sheave's motion is imposed (a speed-controlled drive that always wins).
  void PrescribeSheave(SheaveProfile profile) {
    sheave_profile_ = std::move(profile);
    drive_law_ = nullptr;
  }

  // `sets` brake sets act with full torque `delay_s` from now (0 = at once).
  void CommandBrake(int sets, double delay_s);
  void ReleaseBrake();
  // The overspeed governor (armed by default) trips at its tripping speed
  // going down: it sets the safety gear and commands every brake set.
  void ArmGovernor(bool armed) { governor_armed_ = armed; }
  // Unintended movement: once the car is `detection_m` from `landing_m`,
  // every brake set is commanded to act `response_s` later.
  void ArmUcmp(double landing_m, double detection_m, double response_s);
  // The car buffer (armed by default); a test of the brake alone runs in a
  // shaft without one, so the car can be followed until it stops.
  void ArmBuffers(bool armed) { buffers_armed_ = armed; }

  // Advances by one step (shorter when cut at an event).
  void Step();
  // Steps until `done(state)` or until `max_time_s` has passed; returns
  // whether `done` was met.
  bool RunUntil(const std::function<bool(const MachineState&)>& done, double max_time_s);
  // True when the car and the sheave are at rest and nothing is pending.
  bool AtRest() const;

  const MachineState& state() const { return state_; }
  const std::vector<MachineEvent>& events() const { return events_; }
  double time_step_s() const { return options_.time_step_s; }

  // The moving mass at the car (loop and sheave when gripping), kg.
  double MovingMass() const;
  // Energy stored now: kinetic and potential (gravity, springs), J.
  double KineticEnergy() const;
  double PotentialEnergy() const;
  // The out-of-balance force on the loop at car position `x` (N, up
  // positive): gravity on car and counterweight, ropes, compensation and
  // cable; on the car alone when the counterweight is not on the ropes.
  double OutOfBalanceForce(double x) const { return GravityForce(x); }
  // Rope tensions at the sheave, car side and counterweight side (N), for an
  // acceleration of the car `acceleration_mps2` at the current position.
  double CarSideTension(double acceleration_mps2) const;
  double CounterweightSideTension(double acceleration_mps2) const;

 private:
  struct Frozen;  // what stays fixed within one step (directions, modes)
  struct Derivative {
    double car_acceleration = 0.0;
    double sheave_acceleration = 0.0;
    bool slipping = false;
    double ratio = 1.0;
    double limit = 0.0;
    double brake_force = 0.0;   // on the sheave, at the car, signed
    double gear_force = 0.0;    // on the car, signed
    double buffer_force = 0.0;  // on the car, signed (dissipation only)
    double drive_force = 0.0;
  };

  Derivative Evaluate(const MachineState& s, const Frozen& frozen) const;
  double GravityForce(double x) const;
  double CarSideTensionAt(double x, double acceleration_mps2) const;
  double CounterweightSideTensionAt(
      double x, double acceleration_mps2) const;  // on the loop (or the car alone), up positive
  double CarBufferForce(double x, double v) const;
  double Mu(double sheave_velocity) const;
  double TractionLimitAt(double sheave_velocity) const;
  void Fire(double time_s);  // scheduled brake actions due at time_s
  void Note(std::string what);
  // The governor trips: the safety gear sets and the brake is commanded.
  void TripGovernor();

  const LiftSpec& lift_;
  MachineOptions options_;
  double car_mass_;          // P + load
  double cw_mass_;           // m_cw
  double rope_mass_;         // equivalent moving mass of ropes, compensation, cable
  double sheave_mass_;       // I r^2 / R^2
  double buffer_force_;      // dissipation buffer: metered force
  double buffer_stiffness_;  // accumulation buffer: spring rate
  CounterweightState counterweight_ = CounterweightState::kOnRopes;
  RopeFriction friction_ = RopeFriction::kGripping;
  bool slip_noted_ = false;
  DriveLaw drive_law_;
  SheaveProfile sheave_profile_;
  int brake_sets_acting_ = 0;
  struct PendingBrake {
    double at_s;
    int sets;
  };
  std::vector<PendingBrake> pending_brakes_;
  bool governor_armed_ = true;
  bool ucmp_armed_ = false;
  double ucmp_landing_m_ = 0.0;
  double ucmp_detection_m_ = 0.0;
  double ucmp_response_s_ = 0.0;
  bool buffers_armed_ = true;
  bool in_buffer_contact_ = false;
  MachineState state_;
  std::vector<MachineEvent> events_;
};

}  // namespace hoistway::tower
