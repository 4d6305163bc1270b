#include "tower/machine.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "tower/friction.h"

namespace hoistway::tower {
namespace {

int Sign(double value) {
  return value > 0.0 ? 1 : (value < 0.0 ? -1 : 0);
}

// Below this speed (m/s) a body that was moving counts as stopped when a
// step ends exactly at its stop; used only to clean rounding.
constexpr double kRestSpeedMps = 1e-12;

// How far past its stroke a buffer counts as bottomed (m): half a
// millimetre, below the precision strokes are given in.
constexpr double kStrokeToleranceM = 0.5e-3;
// In contact with a buffer the force changes fast: steps are this much shorter.
constexpr double kBufferStepDivisor = 4.0;

// The hanging travelling cable: fixed at mid-travel, looped below the car;
// the car carries the cable between itself and the loop's bottom, which
// lies 1 m below the lowest landing when the car is there: (x + 1) / 2.
double CableCarriedLength(double x) {
  return 0.5 * x + 0.5;
}

}  // namespace

struct LiftMachine::Frozen {
  int car_dir = 0;     // direction of the car's motion at the step's start
  int sheave_dir = 0;  // of the sheave's
  int rel_dir = 0;     // of the car relative to the sheave (slipping only)
  bool slipping = false;
};

LiftMachine::LiftMachine(const LiftSpec& lift, double load_kg, MachineOptions options)
    : lift_(lift), options_(options) {
  car_mass_ = lift.car_mass_kg + load_kg;
  cw_mass_ = CounterweightMass(lift);
  const double r = lift.suspension_ratio;
  const double travel = lift.travel_m;
  // Kinetic energy of the ropes: the falls next to the sheave move at r v
  // (the others of a 2:1 roping stand still), so their mass counts r^2
  // times; compensation moves at v; the cable's moving half at v / 2.
  rope_mass_ = r * r * lift.ropes.count * lift.ropes.mass_kg_per_m * travel +
               lift.compensation.mass_kg_per_m * travel +
               lift.travelling_cable.mass_kg_per_m * travel / 4.0;
  sheave_mass_ = ReflectedInertiaMass(lift);
  const BufferSpec& buffer = lift.buffers.car;
  const double design_mass = lift.car_mass_kg + lift.rated_load_kg;
  const double impact_speed = 1.15 * lift.rated_speed_mps;  // EN 81-20 5.8.2: 115 % of v
  // A hydraulic buffer's orifices are metered so that the car with rated
  // load striking at 115 % of rated speed stops in exactly the stroke with
  // constant retardation: a constant force m (g + a).
  const double design_retardation = impact_speed * impact_speed / (2.0 * buffer.stroke_m);
  buffer_force_ = design_mass * (kGravity + design_retardation);
  // A spring matched to the same design point: 1/2 k s^2 = 1/2 m v^2 + m g s.
  buffer_stiffness_ = buffer.stiffness_n_per_m > 0.0
                          ? buffer.stiffness_n_per_m
                          : (design_mass * impact_speed * impact_speed +
                             2.0 * design_mass * kGravity * buffer.stroke_m) /
                                (buffer.stroke_m * buffer.stroke_m);
}

void LiftMachine::Place(double position_m, double velocity_mps) {
  state_.position_m = position_m;
  state_.velocity_mps = velocity_mps;
  state_.sheave_velocity_mps = velocity_mps;
  state_.slipping = false;
  in_buffer_contact_ = position_m <= -kCarBufferRunbyM;
  state_.buffer_compression_m = in_buffer_contact_ ? -kCarBufferRunbyM - position_m : 0.0;
}

void LiftMachine::CommandBrake(int sets, double delay_s) {
  const int capped = std::min(sets, lift_.brake.sets);
  if (delay_s <= 0.0) {
    brake_sets_acting_ = std::max(brake_sets_acting_, capped);
    return;
  }
  pending_brakes_.push_back({state_.time_s + delay_s, capped});
}

void LiftMachine::ReleaseBrake() {
  brake_sets_acting_ = 0;
  pending_brakes_.clear();
}

void LiftMachine::ArmUcmp(double landing_m, double detection_m, double response_s) {
  ucmp_armed_ = true;
  ucmp_landing_m_ = landing_m;
  ucmp_detection_m_ = detection_m;
  ucmp_response_s_ = response_s;
}

double LiftMachine::MovingMass() const {
  if (counterweight_ == CounterweightState::kDetached) return car_mass_;
  return car_mass_ + cw_mass_ + rope_mass_ + sheave_mass_;
}

double LiftMachine::Mu(double sheave_velocity) const {
  if (friction_ == RopeFriction::kStalled) return kMuStalled;
  if (friction_ == RopeFriction::kLoading) return kMuLoading;
  return MuEmergencyBraking(lift_.suspension_ratio * sheave_velocity);
}

double LiftMachine::TractionLimitAt(double sheave_velocity) const {
  if (friction_ == RopeFriction::kGripping) return std::numeric_limits<double>::infinity();
  return TractionLimit(lift_.sheave.groove, Mu(sheave_velocity), lift_.sheave.wrap_angle_deg);
}

double LiftMachine::GravityForce(double x) const {
  const double g = kGravity;
  const double cable_force = -lift_.travelling_cable.mass_kg_per_m * g * CableCarriedLength(x);
  if (counterweight_ != CounterweightState::kOnRopes) {
    return -car_mass_ * g + cable_force;
  }
  const double r = lift_.suspension_ratio;
  const double travel = lift_.travel_m;
  const double ropes = r * lift_.ropes.count * lift_.ropes.mass_kg_per_m * g;
  const double chain = lift_.compensation.mass_kg_per_m * g;
  // -dU/dx of: car and counterweight, the rope falls (car side T - x, the
  // counterweight side x), the compensation (x under the car, T - x under
  // the counterweight) and the cable the car carries.
  return (cw_mass_ - car_mass_) * g - ropes * (travel - 2.0 * x) - chain * (2.0 * x - travel) +
         cable_force;
}

double LiftMachine::PotentialEnergy() const {
  const double g = kGravity;
  const double x = state_.position_m;
  const double cable = lift_.travelling_cable.mass_kg_per_m * g * (0.25 * x * x + 0.5 * x);
  double u = car_mass_ * g * x + cable;
  if (counterweight_ == CounterweightState::kOnRopes) {
    const double r = lift_.suspension_ratio;
    const double travel = lift_.travel_m;
    const double ropes = r * lift_.ropes.count * lift_.ropes.mass_kg_per_m * g;
    const double chain = lift_.compensation.mass_kg_per_m * g;
    u += -cw_mass_ * g * x + ropes * (travel * x - x * x) + chain * (x * x - travel * x);
  }
  if (lift_.buffers.car.type == BufferType::kEnergyAccumulation) {
    const double c = state_.buffer_compression_m;
    u += 0.5 * buffer_stiffness_ * c * c;
  }
  return u;
}

double LiftMachine::KineticEnergy() const {
  const double v = state_.velocity_mps;
  if (counterweight_ == CounterweightState::kDetached) return 0.5 * car_mass_ * v * v;
  const double vs = state_.sheave_velocity_mps;
  return 0.5 * (car_mass_ + cw_mass_ + rope_mass_) * v * v + 0.5 * sheave_mass_ * vs * vs;
}

double LiftMachine::CarSideTension(double acceleration_mps2) const {
  return CarSideTensionAt(state_.position_m, acceleration_mps2);
}

double LiftMachine::CounterweightSideTension(double acceleration_mps2) const {
  return CounterweightSideTensionAt(state_.position_m, acceleration_mps2);
}

double LiftMachine::CarSideTensionAt(double x, double acceleration_mps2) const {
  const double g = kGravity;
  const double hanging = car_mass_ * (g + acceleration_mps2) +
                         lift_.compensation.mass_kg_per_m * g * std::max(x, 0.0) +
                         lift_.travelling_cable.mass_kg_per_m * g * CableCarriedLength(x);
  const double fall =
      lift_.ropes.count * lift_.ropes.mass_kg_per_m * g * std::max(lift_.travel_m - x, 0.0);
  return hanging / lift_.suspension_ratio + fall;
}

double LiftMachine::CounterweightSideTensionAt(double x, double acceleration_mps2) const {
  const double g = kGravity;
  const double fall = lift_.ropes.count * lift_.ropes.mass_kg_per_m * g * std::max(x, 0.0);
  if (counterweight_ != CounterweightState::kOnRopes) return fall;
  const double hanging = cw_mass_ * (g - acceleration_mps2) +
                         lift_.compensation.mass_kg_per_m * g * std::max(lift_.travel_m - x, 0.0);
  return hanging / lift_.suspension_ratio + fall;
}

double LiftMachine::CarBufferForce(double x, double v) const {
  const double compression = -kCarBufferRunbyM - x;
  if (compression <= 0.0) return 0.0;
  if (lift_.buffers.car.type == BufferType::kEnergyAccumulation) {
    return buffer_stiffness_ * compression;
  }
  (void)v;
  return 0.0;  // the metered force is a Coulomb element, handled in Evaluate
}

LiftMachine::Derivative LiftMachine::Evaluate(const MachineState& s, const Frozen& f) const {
  Derivative d;
  const double x = s.position_m;
  const bool contact = buffers_armed_ && x < -kCarBufferRunbyM;
  const bool metered = contact && lift_.buffers.car.type == BufferType::kEnergyDissipation;
  // Coulomb elements on the car: the safety gear, a metered buffer (only
  // while it is being compressed); on the sheave: the brake.
  const double gear = state_.safety_gear_set ? lift_.safety_gear.braking_force_n : 0.0;
  const double buffer_hold = metered ? buffer_force_ : 0.0;
  const double brake = BrakeForceAtCar(lift_, brake_sets_acting_);
  const double spring = buffers_armed_ ? CarBufferForce(x, s.velocity_mps) : 0.0;
  d.limit = TractionLimitAt(s.sheave_velocity_mps);

  // The car's Coulomb forces for a direction of motion (0: at rest, holding
  // up to their capacity against `other`).
  const auto car_coulomb = [&](int dir, double other, double capacity_sheave, double* gear_out,
                               double* buffer_out, double* brake_out) {
    if (dir != 0) {
      *gear_out = -dir * gear;
      *buffer_out = dir < 0 ? buffer_hold : 0.0;
      *brake_out = -dir * capacity_sheave;
      return *gear_out + *buffer_out + *brake_out;
    }
    const double capacity = gear + buffer_hold + capacity_sheave;
    const double held = std::clamp(-other, -capacity, capacity);
    // Share the holding force out in proportion, for the work bookkeeping.
    const double share = capacity > 0.0 ? held / capacity : 0.0;
    *gear_out = share * gear;
    *buffer_out = share * buffer_hold;
    *brake_out = share * capacity_sheave;
    return held;
  };

  if (counterweight_ == CounterweightState::kDetached) {
    const double other = GravityForce(x) + spring;
    double brake_unused = 0.0;
    const double coulomb =
        car_coulomb(f.car_dir, other, 0.0, &d.gear_force, &d.buffer_force, &brake_unused);
    d.car_acceleration = (other + coulomb) / car_mass_;
    if (sheave_profile_) d.sheave_acceleration = sheave_profile_(s.time_s).acceleration_mps2;
    return d;
  }

  const double r = lift_.suspension_ratio;
  // The tensions for a car acceleration a, with the car's external forces
  // (gear, buffer) `up`: T_c = A_c + B_c a, T_w = A_w + B_w a.
  const auto tensions = [&](double a, double up, double* tc, double* tw) {
    *tc = CarSideTensionAt(x, a) - up / r;
    *tw = CounterweightSideTensionAt(x, a);
  };
  const auto ratio_of = [](double tc, double tw) {
    const double hi = std::max(tc, tw);
    const double lo = std::min(tc, tw);
    return lo > 0.0 ? hi / lo : std::numeric_limits<double>::infinity();
  };
  // The car's acceleration while the ropes slide with the car side high
  // (high_car) or low: T_high = k T_low solved for a.
  const auto slipping_acceleration = [&](bool high_car, double up) {
    const double k = d.limit;
    double tc0 = 0.0, tw0 = 0.0, tc1 = 0.0, tw1 = 0.0;
    tensions(0.0, up, &tc0, &tw0);
    tensions(1.0, up, &tc1, &tw1);
    const double bc = tc1 - tc0;
    const double bw = tw1 - tw0;
    if (high_car) return (k * tw0 - tc0) / (bc - k * bw);
    return (k * tc0 - tw0) / (bw - k * bc);
  };

  if (counterweight_ == CounterweightState::kOnBuffer) {
    // Only the stalled-car case uses this state: the machine turns, the car
    // is lifted if friction carries the car's side against the bare ropes
    // of the other side; otherwise the ropes slide and the car stays.
    const SheaveMotion m = sheave_profile_ ? sheave_profile_(s.time_s) : SheaveMotion{};
    d.sheave_acceleration = m.acceleration_mps2;
    double tc = 0.0, tw = 0.0;
    tensions(m.acceleration_mps2, 0.0, &tc, &tw);
    d.ratio = ratio_of(tc, tw);
    d.slipping = d.ratio > d.limit;
    d.car_acceleration = d.slipping ? 0.0 : m.acceleration_mps2;
    return d;
  }

  // Counterweight on the ropes.
  const double loop_mass = car_mass_ + cw_mass_ + rope_mass_;
  if (sheave_profile_) {
    const SheaveMotion m = sheave_profile_(s.time_s);
    d.sheave_acceleration = m.acceleration_mps2;
    if (!f.slipping) {
      // The car follows the sheave; its own Coulomb forces load the ropes.
      double brake_unused = 0.0;
      const double up =
          car_coulomb(f.car_dir, 0.0, 0.0, &d.gear_force, &d.buffer_force, &brake_unused) + spring;
      double tc = 0.0, tw = 0.0;
      tensions(m.acceleration_mps2, up, &tc, &tw);
      d.ratio = ratio_of(tc, tw);
      if (d.ratio <= d.limit) {
        d.car_acceleration = m.acceleration_mps2;
        return d;
      }
      d.slipping = true;
      d.car_acceleration = slipping_acceleration(tc > tw, up);
      return d;
    }
    d.slipping = true;
    double brake_unused = 0.0;
    const double up =
        car_coulomb(f.car_dir, 0.0, 0.0, &d.gear_force, &d.buffer_force, &brake_unused) + spring;
    d.car_acceleration = slipping_acceleration(f.rel_dir < 0, up);
    d.ratio = d.limit;
    return d;
  }

  // A free sheave: drive force (if any) and brake on it.
  d.drive_force = drive_law_ ? drive_law_(s) : 0.0;
  if (!f.slipping) {
    const double other = GravityForce(x) + spring + d.drive_force;
    const double coulomb =
        car_coulomb(f.car_dir, other, brake, &d.gear_force, &d.buffer_force, &d.brake_force);
    const double a = (other + coulomb) / (loop_mass + sheave_mass_);
    if (friction_ == RopeFriction::kGripping) {
      d.car_acceleration = a;
      d.sheave_acceleration = a;
      return d;
    }
    const double up = d.gear_force + d.buffer_force + spring;
    double tc = 0.0, tw = 0.0;
    tensions(a, up, &tc, &tw);
    d.ratio = ratio_of(tc, tw);
    // A sheave without inertia that is neither braked nor driven carries no
    // tension difference, so it cannot make the ropes slip.
    const bool can_slip = sheave_mass_ > 0.0 || brake > 0.0 || drive_law_ != nullptr;
    if (d.ratio <= d.limit || !can_slip) {
      d.car_acceleration = a;
      d.sheave_acceleration = a;
      return d;
    }
    d.slipping = true;
    d.car_acceleration = slipping_acceleration(tc > tw, up);
  } else {
    d.slipping = true;
    double brake_unused = 0.0;
    const double up =
        car_coulomb(f.car_dir, 0.0, 0.0, &d.gear_force, &d.buffer_force, &brake_unused) + spring;
    d.car_acceleration = slipping_acceleration(f.rel_dir < 0, up);
    d.ratio = d.limit;
  }
  // The sheave under the sliding ropes: the friction they exert on it is the
  // loop's coupling force r (T_c - T_w), reversed.
  double tc = 0.0, tw = 0.0;
  const double up = d.gear_force + d.buffer_force + spring;
  tensions(d.car_acceleration, up, &tc, &tw);
  const double on_sheave = d.drive_force - r * (tc - tw);
  if (sheave_mass_ > 0.0) {
    if (f.sheave_dir != 0) {
      d.brake_force = -f.sheave_dir * brake;
    } else {
      d.brake_force = std::clamp(-on_sheave, -brake, brake);
    }
    d.sheave_acceleration = (on_sheave + d.brake_force) / sheave_mass_;
    if (f.sheave_dir == 0 && std::fabs(on_sheave) <= brake) d.sheave_acceleration = 0.0;
  } else {
    d.brake_force = std::clamp(-on_sheave, -brake, brake);
    d.sheave_acceleration = 0.0;  // held by its brake (can_slip above)
  }
  return d;
}

void LiftMachine::TripGovernor() {
  state_.governor_tripped = true;
  state_.safety_gear_set = true;
  Note(fmt::format("governor trips at {:.3f} m/s: safety gear set, brake commanded",
                   -state_.velocity_mps));
  CommandBrake(lift_.brake.sets, lift_.brake.response_s);
}

void LiftMachine::Note(std::string what) {
  events_.push_back({state_.time_s, state_.position_m, std::move(what)});
}

void LiftMachine::Fire(double time_s) {
  for (auto it = pending_brakes_.begin(); it != pending_brakes_.end();) {
    if (it->at_s <= time_s + 1e-12) {
      if (it->sets > brake_sets_acting_) {
        brake_sets_acting_ = it->sets;
        Note(fmt::format("brake acts with {} set(s), {:.0f} N at the car", it->sets,
                         BrakeForceAtCar(lift_, it->sets)));
      }
      it = pending_brakes_.erase(it);
    } else {
      ++it;
    }
  }
  state_.brake_force_n = BrakeForceAtCar(lift_, brake_sets_acting_);
}

bool LiftMachine::AtRest() const {
  return state_.velocity_mps == 0.0 && state_.sheave_velocity_mps == 0.0 && pending_brakes_.empty();
}

void LiftMachine::Step() {
  double dt = options_.time_step_s;
  if (in_buffer_contact_) dt /= kBufferStepDivisor;
  double next_time = std::numeric_limits<double>::infinity();
  for (const PendingBrake& p : pending_brakes_) next_time = std::min(next_time, p.at_s);
  if (next_time <= state_.time_s + 1e-12) {
    Fire(state_.time_s);
    return;
  }
  bool timed = false;
  if (next_time - state_.time_s < dt) {
    dt = next_time - state_.time_s;
    timed = true;
  }

  // A car already at or beyond the governor's tripping speed downward (a
  // governor set below the speed the car runs at) trips it at once: there
  // is no crossing within the step to find.
  if (governor_armed_ && !state_.governor_tripped &&
      state_.velocity_mps + lift_.governor.tripping_speed_mps <= 0.0) {
    TripGovernor();
    return;
  }

  Frozen f;
  f.car_dir = Sign(state_.velocity_mps);
  f.sheave_dir = Sign(state_.sheave_velocity_mps);
  f.slipping = state_.slipping;
  f.rel_dir = Sign(state_.velocity_mps - state_.sheave_velocity_mps);

  const auto advance = [&](const Derivative& d, double tau) {
    MachineState s = state_;
    s.time_s += tau;
    s.position_m += state_.velocity_mps * tau + 0.5 * d.car_acceleration * tau * tau;
    s.velocity_mps += d.car_acceleration * tau;
    if (sheave_profile_) {
      s.sheave_velocity_mps = sheave_profile_(s.time_s).velocity_mps;
    } else {
      s.sheave_velocity_mps += d.sheave_acceleration * tau;
    }
    if (!d.slipping)
      s.sheave_velocity_mps = counterweight_ == CounterweightState::kOnRopes && !sheave_profile_
                                  ? s.velocity_mps
                                  : s.sheave_velocity_mps;
    return s;
  };

  const Derivative d0 = Evaluate(state_, f);
  const Derivative dm = Evaluate(advance(d0, 0.5 * dt), f);
  MachineState end = advance(dm, dt);

  // Events within the step, as functions of the trajectory that change sign.
  double cut = dt;
  int which = -1;
  const auto check = [&](int id, auto&& value) {
    const double v0 = value(state_);
    const double v1 = value(end);
    if (!(v0 > 0.0 && v1 <= 0.0)) return;
    double lo = 0.0, hi = dt;
    for (int i = 0; i < 60; ++i) {
      const double mid = 0.5 * (lo + hi);
      if (value(advance(dm, mid)) > 0.0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    if (hi < cut) {
      cut = hi;
      which = id;
    }
  };
  enum { kCarStops, kRelativeStops, kSheaveStops, kGovernor, kUcmp, kBufferContact, kBufferBottom };
  if (f.car_dir != 0)
    check(kCarStops, [&](const MachineState& s) { return f.car_dir * s.velocity_mps; });
  if (f.slipping && f.rel_dir != 0)
    check(kRelativeStops, [&](const MachineState& s) {
      return f.rel_dir * (s.velocity_mps - s.sheave_velocity_mps);
    });
  if (f.slipping && !sheave_profile_ && f.sheave_dir != 0)
    check(kSheaveStops,
          [&](const MachineState& s) { return f.sheave_dir * s.sheave_velocity_mps; });
  if (governor_armed_ && !state_.governor_tripped)
    check(kGovernor, [&](const MachineState& s) {
      return s.velocity_mps + lift_.governor.tripping_speed_mps;
    });
  if (ucmp_armed_)
    check(kUcmp, [&](const MachineState& s) {
      return ucmp_detection_m_ - std::fabs(s.position_m - ucmp_landing_m_);
    });
  if (buffers_armed_ && !in_buffer_contact_)
    check(kBufferContact, [&](const MachineState& s) { return s.position_m + kCarBufferRunbyM; });
  if (buffers_armed_ && !state_.buffer_bottomed)
    check(kBufferBottom, [&](const MachineState& s) {
      // A buffer matched to the lift uses its whole stroke: bottoming is
      // going beyond it, not reaching it.
      return lift_.buffers.car.stroke_m + kStrokeToleranceM - (-kCarBufferRunbyM - s.position_m);
    });

  if (which >= 0) {
    end = advance(dm, cut);
    timed = false;
  }
  // Work of the forces over the step (constant within it).
  const double dx = end.position_m - state_.position_m;
  const double dsheave = sheave_profile_ || dm.slipping
                             ? 0.5 * (state_.sheave_velocity_mps + end.sheave_velocity_mps) *
                                   (end.time_s - state_.time_s)
                             : dx;
  end.brake_work_j += dm.brake_force * dsheave;
  end.drive_work_j += dm.drive_force * dsheave;
  end.safety_gear_work_j += dm.gear_force * dx;
  end.buffer_work_j += dm.buffer_force * dx;
  end.slip_m += dx - dsheave;
  end.acceleration_mps2 = dm.car_acceleration;
  end.slipping = dm.slipping;
  end.tension_ratio = dm.ratio;
  end.traction_limit = dm.limit;
  end.buffer_compression_m =
      buffers_armed_ ? std::max(0.0, -kCarBufferRunbyM - end.position_m) : 0.0;
  // A braked sheave without inertia stops at once under sliding ropes.
  if (dm.slipping && !sheave_profile_ && sheave_mass_ == 0.0) end.sheave_velocity_mps = 0.0;
  if (dm.slipping && !slip_noted_) {
    slip_noted_ = true;
    Note(fmt::format("ropes slip on the sheave (T1/T2 {:.3f} > {:.3f})", dm.ratio, dm.limit));
  }
  state_ = end;

  switch (which) {
    case kCarStops:
      state_.velocity_mps = 0.0;
      if (!state_.slipping && !sheave_profile_ && counterweight_ == CounterweightState::kOnRopes)
        state_.sheave_velocity_mps = 0.0;
      break;
    case kRelativeStops:
      state_.sheave_velocity_mps =
          sheave_profile_ ? state_.sheave_velocity_mps : state_.velocity_mps;
      state_.velocity_mps = state_.sheave_velocity_mps;
      state_.slipping = false;
      break;
    case kSheaveStops:
      state_.sheave_velocity_mps = 0.0;
      break;
    case kGovernor:
      TripGovernor();
      break;
    case kUcmp:
      ucmp_armed_ = false;
      Note(fmt::format("unintended movement detected {:.3f} m from the landing",
                       std::fabs(state_.position_m - ucmp_landing_m_)));
      CommandBrake(lift_.brake.sets, ucmp_response_s_);
      break;
    case kBufferContact:
      in_buffer_contact_ = true;
      Note(fmt::format("car strikes its buffer at {:.3f} m/s", -state_.velocity_mps));
      break;
    case kBufferBottom:
      state_.buffer_bottomed = true;
      Note(fmt::format("buffer fully compressed at {:.3f} m/s: the car hits the solid stop",
                       -state_.velocity_mps));
      state_.velocity_mps = 0.0;
      state_.sheave_velocity_mps = 0.0;
      break;
    default:
      break;
  }
  if (std::fabs(state_.velocity_mps) < kRestSpeedMps) state_.velocity_mps = 0.0;
  if (in_buffer_contact_ && state_.position_m > -kCarBufferRunbyM) in_buffer_contact_ = false;
  if (timed) Fire(state_.time_s);
  state_.brake_force_n = BrakeForceAtCar(lift_, brake_sets_acting_);
}

bool LiftMachine::RunUntil(const std::function<bool(const MachineState&)>& done,
                           double max_time_s) {
  const double end = state_.time_s + max_time_s;
  while (state_.time_s < end) {
    if (done(state_)) return true;
    Step();
  }
  return done(state_);
}

}  // namespace hoistway::tower
