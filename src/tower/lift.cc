#include "tower/lift.h"

namespace hoistway::tower {

double CounterweightMass(const LiftSpec& l) {
  return l.car_mass_kg + l.counterweight_balance * l.rated_load_kg;
}

double SheaveRadius(const LiftSpec& l) {
  return l.sheave.diameter_m / 2.0;
}

double BrakeForceAtCar(const LiftSpec& l, int sets) {
  return sets * l.brake.torque_per_set_nm * l.suspension_ratio / SheaveRadius(l);
}

double ReflectedInertiaMass(const LiftSpec& l) {
  const double r = l.suspension_ratio;
  const double radius = SheaveRadius(l);
  return l.sheave.inertia_kgm2 * r * r / (radius * radius);
}

const char* ToString(GrooveType type) {
  switch (type) {
    case GrooveType::kV:
      return "v";
    case GrooveType::kU:
      return "u";
    case GrooveType::kUndercutU:
      return "undercut_u";
  }
  return "?";
}

const char* ToString(SafetyGearType type) {
  switch (type) {
    case SafetyGearType::kProgressive:
      return "progressive";
  }
  return "?";
}

const char* ToString(BufferType type) {
  switch (type) {
    case BufferType::kEnergyAccumulation:
      return "energy_accumulation";
    case BufferType::kEnergyDissipation:
      return "energy_dissipation";
  }
  return "?";
}

}  // namespace hoistway::tower
