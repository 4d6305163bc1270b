// One lift as a machine: the description the virtual test tower reads
// (docs/tower.md; the contract is spec/tower.md), in SI units, and the
// figures derived from it.
//
// A definition struct: every member has its default, and an optional part of
// the lift that is absent is zero (no inertia, no compensation, no
// travelling cable). Descriptions are checked by ValidateLift
// (lift_loader.h) before a model is built from them.
#pragma once

#include <string>

namespace hoistway::tower {

// g and gn of EN 81-20 (m/s^2).
inline constexpr double kGravity = 9.81;

enum class GrooveType {
  kV,          // V groove (hardened): f = mu / sin(gamma/2)
  kU,          // semicircular seat without undercut (beta = 0)
  kUndercutU,  // semicircular seat with an undercut
};

enum class SafetyGearType { kProgressive };

enum class BufferType {
  kEnergyAccumulation,  // a spring (linear characteristic)
  kEnergyDissipation,   // hydraulic: a metered force over the stroke
};

struct GrooveSpec {
  GrooveType type = GrooveType::kV;
  double angle_deg = 0.0;           // gamma of a V groove
  double seat_angle_deg = 0.0;      // gamma of a U or undercut groove
  double undercut_angle_deg = 0.0;  // beta of an undercut groove (0 for a plain U)
};

struct BufferSpec {
  bool present = false;
  BufferType type = BufferType::kEnergyDissipation;
  double stroke_m = 0.0;
  // Spring rate of an accumulation buffer; 0 = matched to the lift: the rate
  // at which the car with rated load striking at 115 % of rated speed just
  // uses the whole stroke (the buffer's design point).
  double stiffness_n_per_m = 0.0;
};

struct LiftSpec {
  double rated_load_kg = 0.0;          // Q
  double car_mass_kg = 0.0;            // P
  double counterweight_balance = 0.0;  // counterweight = P + balance * Q
  double rated_speed_mps = 0.0;        // v
  double acceleration_mps2 = 0.0;
  double jerk_mps3 = 0.0;
  double travel_m = 0.0;
  double floor_height_m = 3.0;  // the floor-to-floor run's distance
  int suspension_ratio = 1;     // r
  struct {
    int count = 0;
    double mass_kg_per_m = 0.0;  // each rope
  } ropes;
  struct {
    double mass_kg_per_m = 0.0;  // compensation chains or ropes, all together
  } compensation;
  struct {
    double mass_kg_per_m = 0.0;  // travelling cable(s), all together
  } travelling_cable;
  struct {
    double diameter_m = 0.0;
    double inertia_kgm2 = 0.0;  // machine and sheave, at the sheave
    double wrap_angle_deg = 0.0;
    GrooveSpec groove;
  } sheave;
  struct {
    int sets = 0;
    double torque_per_set_nm = 0.0;
    double response_s = 0.0;  // from the command to full torque
  } brake;
  struct {
    double tripping_speed_mps = 0.0;
  } governor;
  struct {
    SafetyGearType type = SafetyGearType::kProgressive;
    double braking_force_n = 0.0;
  } safety_gear;
  struct {
    BufferSpec car;
  } buffers;
  struct {
    double moving_mass_kg = 0.0;
    double closing_speed_mps = 0.0;  // mean closing speed the operator is set to
    double opening_width_m = 0.9;    // clear opening: the closing travel
    double acceleration_mps2 = 1.0;  // of the door operator's profile
  } doors;
  struct {
    double detection_distance_m = 0.0;
    double response_s = 0.0;  // from detection to the brake acting
  } ucmp;
  struct {
    double emergency_deceleration_mps2 = 0.5;
  } traction;
  struct {
    // The drive's speed feedback reads true speed / speed_scale: a scale of
    // 1.05 makes the car run 5 % fast (a wrong encoder or sheave setting).
    double speed_scale = 1.0;
    // The levelling sensor reads the car this much lower than it is: the car
    // stops this much high (mm; a drifting or displaced sensor).
    double levelling_offset_mm = 0.0;
  } drive;
};

struct LiftDescription {
  std::string name;
  LiftSpec lift;
};

// Derived figures of a description, in the notation of spec/tower.md.
double CounterweightMass(const LiftSpec& l);  // m_cw = P + balance * Q
double SheaveRadius(const LiftSpec& l);       // R = D / 2
// F_b = n_sets * T * r / R: the braking force at the car of `sets` brake sets.
double BrakeForceAtCar(const LiftSpec& l, int sets);
// Sheave (and machine) inertia reflected to the car: I r^2 / R^2 (kg).
double ReflectedInertiaMass(const LiftSpec& l);

// Names as written in a description ("v", "undercut_u", ...).
const char* ToString(GrooveType type);
const char* ToString(SafetyGearType type);
const char* ToString(BufferType type);

}  // namespace hoistway::tower
