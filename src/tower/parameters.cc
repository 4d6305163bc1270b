#include "tower/parameters.h"

#include <fmt/format.h>

#include <array>

namespace hoistway::tower {
namespace {

constexpr std::string_view kGrooveTypes[] = {"v", "u", "undercut_u"};
constexpr std::string_view kSafetyGearTypes[] = {"progressive"};
constexpr std::string_view kBufferTypes[] = {"energy_accumulation", "energy_dissipation"};

// Upper bounds that catch unit mistakes (kg for t, mm for m) while allowing
// every lift built: the heaviest goods lifts carry about 50 t, the fastest
// run at 21 m/s over 600 m.
constexpr double kMaxMassKg = 100000.0;
constexpr double kMaxSpeedMps = 25.0;
constexpr double kMaxTravelM = 1000.0;

#define HW_NUMBER(PATH, MEMBER, RANGE, REQUIRED, UNIT, MEANING)                 \
  Parameter {                                                                   \
    PATH, ParameterKind::kNumber, RANGE, REQUIRED, UNIT, MEANING, {},           \
        [](const LiftDescription& d) { return static_cast<double>(d.MEMBER); }, \
        [](LiftDescription& d, double v) { d.MEMBER = v; }                      \
  }
#define HW_INTEGER(PATH, MEMBER, RANGE, REQUIRED, UNIT, MEANING)                \
  Parameter {                                                                   \
    PATH, ParameterKind::kInteger, RANGE, REQUIRED, UNIT, MEANING, {},          \
        [](const LiftDescription& d) { return static_cast<double>(d.MEMBER); }, \
        [](LiftDescription& d, double v) { d.MEMBER = static_cast<int>(v); }    \
  }
#define HW_CHOICE(PATH, MEMBER, TYPE, CHOICES, REQUIRED, MEANING)                \
  Parameter {                                                                    \
    PATH, ParameterKind::kChoice, NumberRange{}, REQUIRED, "", MEANING, CHOICES, \
        [](const LiftDescription& d) { return static_cast<double>(d.MEMBER); },  \
        [](LiftDescription& d, double v) { d.MEMBER = static_cast<TYPE>(v); }    \
  }

const std::array kSections = {
    Section{"lift"},
    Section{"lift.ropes"},
    Section{"lift.compensation", false},
    Section{"lift.travelling_cable", false},
    Section{"lift.sheave"},
    Section{"lift.sheave.groove"},
    Section{"lift.brake"},
    Section{"lift.governor"},
    Section{"lift.safety_gear"},
    Section{"lift.buffers"},
    Section{"lift.buffers.car", true,
            [](LiftDescription& d) { d.lift.buffers.car.present = true; }},
    Section{"lift.doors"},
    Section{"lift.ucmp"},
    Section{"lift.traction", false},
    Section{"lift.drive", false},
};

const std::array kParameters = {
    Parameter{
        "name", ParameterKind::kText, NumberRange{}, false, "", "free text", {}, nullptr, nullptr},
    HW_NUMBER("lift.rated_load_kg", lift.rated_load_kg, NumberRange::Positive(kMaxMassKg), true,
              "kg", "rated load Q"),
    HW_NUMBER("lift.car_mass_kg", lift.car_mass_kg, NumberRange::Positive(kMaxMassKg), true, "kg",
              "empty car P, with everything it carries"),
    HW_NUMBER("lift.counterweight_balance", lift.counterweight_balance,
              NumberRange::Between(0.0, 1.0), true, "",
              "counterweight = P + balance x Q (a fraction from 0 to 1)"),
    HW_NUMBER("lift.rated_speed_mps", lift.rated_speed_mps, NumberRange::Between(0.1, kMaxSpeedMps),
              true, "m/s", "rated speed v"),
    HW_NUMBER("lift.acceleration_mps2", lift.acceleration_mps2, NumberRange::Between(0.05, 5.0),
              true, "m/s2", "acceleration of a normal run"),
    HW_NUMBER("lift.jerk_mps3", lift.jerk_mps3, NumberRange::Between(0.05, 20.0), true, "m/s3",
              "jerk of a normal run"),
    HW_NUMBER("lift.travel_m", lift.travel_m, NumberRange::Positive(kMaxTravelM), true, "m",
              "travel from the lowest to the highest landing"),
    HW_NUMBER("lift.floor_height_m", lift.floor_height_m, NumberRange::Positive(50.0), false, "m",
              "distance of the floor-to-floor run (default 3.0)"),
    HW_INTEGER("lift.suspension_ratio", lift.suspension_ratio, NumberRange::Between(1, 4), true, "",
               "roping: 1 for 1:1, 2 for 2:1"),
    HW_INTEGER("lift.ropes.count", lift.ropes.count, NumberRange::Between(1, 60), true, "",
               "number of suspension ropes or belts"),
    HW_NUMBER("lift.ropes.mass_kg_per_m", lift.ropes.mass_kg_per_m, NumberRange::NonNegative(50.0),
              true, "kg/m", "mass of one rope per metre"),
    HW_NUMBER("lift.compensation.mass_kg_per_m", lift.compensation.mass_kg_per_m,
              NumberRange::NonNegative(500.0), true, "kg/m",
              "compensation chains or ropes, all together, per metre"),
    HW_NUMBER("lift.travelling_cable.mass_kg_per_m", lift.travelling_cable.mass_kg_per_m,
              NumberRange::NonNegative(100.0), true, "kg/m",
              "travelling cables, all together, per metre"),
    HW_NUMBER("lift.sheave.diameter_m", lift.sheave.diameter_m, NumberRange::Positive(5.0), true,
              "m", "traction sheave diameter D"),
    HW_NUMBER("lift.sheave.inertia_kgm2", lift.sheave.inertia_kgm2, NumberRange::NonNegative(1.0e5),
              false, "kg m2", "machine and sheave inertia at the sheave (default 0)"),
    HW_NUMBER("lift.sheave.wrap_angle_deg", lift.sheave.wrap_angle_deg,
              NumberRange::Between(90.0, 360.0), true, "deg", "wrap angle alpha"),
    HW_CHOICE("lift.sheave.groove.type", lift.sheave.groove.type, GrooveType, kGrooveTypes, true,
              "groove shape: v, u or undercut_u"),
    HW_NUMBER("lift.sheave.groove.angle_deg", lift.sheave.groove.angle_deg,
              NumberRange::Between(25.0, 110.0), false, "deg", "V groove angle gamma"),
    HW_NUMBER("lift.sheave.groove.seat_angle_deg", lift.sheave.groove.seat_angle_deg,
              NumberRange::Between(0.0, 180.0), false, "deg",
              "seat angle gamma of a U or undercut groove"),
    HW_NUMBER("lift.sheave.groove.undercut_angle_deg", lift.sheave.groove.undercut_angle_deg,
              NumberRange::Between(0.0, 106.0), false, "deg",
              "undercut angle beta (EN 81-50: at most 106 degrees)"),
    HW_INTEGER("lift.brake.sets", lift.brake.sets, NumberRange::Between(1, 8), true, "",
               "brake sets (EN 81-20 asks for two)"),
    HW_NUMBER("lift.brake.torque_per_set_nm", lift.brake.torque_per_set_nm,
              NumberRange::Positive(1.0e6), true, "N m", "braking torque of one set at the sheave"),
    HW_NUMBER("lift.brake.response_s", lift.brake.response_s, NumberRange::NonNegative(5.0), true,
              "s", "from the stop command to full torque"),
    HW_NUMBER("lift.governor.tripping_speed_mps", lift.governor.tripping_speed_mps,
              NumberRange::Positive(kMaxSpeedMps * 1.5), true, "m/s",
              "overspeed governor tripping speed"),
    HW_CHOICE("lift.safety_gear.type", lift.safety_gear.type, SafetyGearType, kSafetyGearTypes,
              true, "progressive"),
    HW_NUMBER("lift.safety_gear.braking_force_n", lift.safety_gear.braking_force_n,
              NumberRange::Positive(1.0e7), true, "N", "braking force of the safety gear"),
    HW_CHOICE("lift.buffers.car.type", lift.buffers.car.type, BufferType, kBufferTypes, true,
              "energy_accumulation (spring) or energy_dissipation (hydraulic)"),
    HW_NUMBER("lift.buffers.car.stroke_m", lift.buffers.car.stroke_m, NumberRange::Positive(5.0),
              true, "m", "buffer stroke"),
    HW_NUMBER("lift.buffers.car.stiffness_n_per_m", lift.buffers.car.stiffness_n_per_m,
              NumberRange::NonNegative(1.0e9), false, "N/m",
              "spring rate of an accumulation buffer (default: matched to the lift)"),
    HW_NUMBER("lift.doors.moving_mass_kg", lift.doors.moving_mass_kg, NumberRange::Positive(5000.0),
              true, "kg", "moving parts of the car and landing doors"),
    HW_NUMBER("lift.doors.closing_speed_mps", lift.doors.closing_speed_mps,
              NumberRange::Between(0.01, 5.0), true, "m/s", "mean closing speed"),
    HW_NUMBER("lift.doors.opening_width_m", lift.doors.opening_width_m,
              NumberRange::Between(0.3, 6.0), false, "m", "clear opening (default 0.9)"),
    HW_NUMBER("lift.doors.acceleration_mps2", lift.doors.acceleration_mps2,
              NumberRange::Between(0.05, 20.0), false, "m/s2",
              "acceleration of the door operator's profile (default 1.0)"),
    HW_NUMBER("lift.ucmp.detection_distance_m", lift.ucmp.detection_distance_m,
              NumberRange::Positive(1.2), true, "m",
              "distance from the landing at which movement is detected"),
    HW_NUMBER("lift.ucmp.response_s", lift.ucmp.response_s, NumberRange::NonNegative(5.0), true,
              "s", "from detection to the brake acting"),
    HW_NUMBER("lift.traction.emergency_deceleration_mps2",
              lift.traction.emergency_deceleration_mps2, NumberRange::Between(0.1, 5.0), false,
              "m/s2", "deceleration of an emergency stop (default 0.5)"),
    HW_NUMBER("lift.drive.speed_scale", lift.drive.speed_scale, NumberRange::Between(0.5, 2.0),
              false, "", "true speed / speed the drive believes (default 1)"),
    HW_NUMBER("lift.drive.levelling_offset_mm", lift.drive.levelling_offset_mm,
              NumberRange::Between(-500.0, 500.0), false, "mm",
              "levelling sensor error: the car stops this much high (default 0)"),
};

#undef HW_NUMBER
#undef HW_INTEGER
#undef HW_CHOICE

}  // namespace

std::span<const Section> Sections() {
  return kSections;
}
std::span<const Parameter> Parameters() {
  return kParameters;
}

const Parameter* FindParameter(std::string_view path) {
  for (const Parameter& p : kParameters) {
    if (p.path == path) return &p;
  }
  return nullptr;
}

const Section* FindSection(std::string_view path) {
  for (const Section& s : kSections) {
    if (s.path == path) return &s;
  }
  return nullptr;
}

std::string_view LastKey(std::string_view path) {
  const auto dot = path.rfind('.');
  return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

std::string_view ParentPath(std::string_view path) {
  const auto dot = path.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : path.substr(0, dot);
}

std::string FormatValue(const Parameter& p, const LiftDescription& d) {
  const double value = p.get(d);
  if (p.kind == ParameterKind::kChoice) {
    const auto index = static_cast<std::size_t>(value);
    return index < p.choices.size() ? std::string(p.choices[index]) : std::string("?");
  }
  return fmt::format("{:.10g}", value);
}

}  // namespace hoistway::tower
