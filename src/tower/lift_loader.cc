#include "tower/lift_loader.h"

#include <fmt/core.h>

#include <cmath>
#include <exception>
#include <new>
#include <vector>

#include "core/config_reader.h"
#include "core/did_you_mean.h"
#include "core/printable.h"
#include "core/read_file.h"
#include "core/yaml_tree.h"
#include "tower/friction.h"
#include "tower/parameters.h"
#include "tower/procedures.h"

namespace hoistway::tower {
namespace {

class LiftReader {
 public:
  LiftReader(ConfigErrors& errors, LoadedLift& out) : errors_(errors), out_(out) {}

  void ReadMap(const YamlNode& node, std::string_view path) {
    std::vector<std::string_view> keys;
    for (const Section& s : Sections()) {
      if (ParentPath(s.path) == path) keys.push_back(LastKey(s.path));
    }
    for (const Parameter& p : Parameters()) {
      if (ParentPath(p.path) == path) keys.push_back(LastKey(p.path));
    }
    MapReader map(errors_, node, std::string(path), keys);
    if (!errors_.ok()) return;
    if (const Section* self = FindSection(path); self && self->mark_present) {
      self->mark_present(out_.description);
    }
    // In the order of the input, so that the first problem reported is the
    // first one in the file; then what is missing.
    for (const YamlNode::Entry& entry : node.entries) {
      const std::string child =
          path.empty() ? entry.key->text : std::string(path) + "." + entry.key->text;
      if (FindSection(child) != nullptr) {
        ReadMap(*entry.value, child);
      } else if (const Parameter* p = FindParameter(child);
                 p != nullptr && ReadValue(*p, *entry.value)) {
        const SourcePosition at = entry.value->position;
        out_.origins[child] =
            at.line > 0 ? fmt::format("{}:{}:{}", out_.source, at.line, at.column) : out_.source;
      }
      if (!errors_.ok()) return;
    }
    for (const Section& s : Sections()) {
      if (ParentPath(s.path) == path && s.required && !map.Has(LastKey(s.path)))
        map.Require(LastKey(s.path));
    }
    for (const Parameter& p : Parameters()) {
      if (ParentPath(p.path) == path && p.required && !map.Has(LastKey(p.path)))
        map.Require(LastKey(p.path));
    }
  }

 private:
  bool ReadValue(const Parameter& p, const YamlNode& node) {
    switch (p.kind) {
      case ParameterKind::kText:
        return ReadText(errors_, node, p.path, &out_.description.name);
      case ParameterKind::kNumber: {
        double value = 0.0;
        if (!ReadNumber(errors_, node, p.path, p.range, &value)) return false;
        p.set(out_.description, value);
        return true;
      }
      case ParameterKind::kInteger: {
        int value = 0;
        if (!ReadInteger(errors_, node, p.path, p.range, &value)) return false;
        p.set(out_.description, value);
        return true;
      }
      case ParameterKind::kChoice: {
        std::string name;
        if (!ReadText(errors_, node, p.path, &name)) return false;
        for (std::size_t i = 0; i < p.choices.size(); ++i) {
          if (p.choices[i] == name) {
            p.set(out_.description, static_cast<double>(i));
            return true;
          }
        }
        std::string list;
        for (std::string_view c : p.choices) list += (list.empty() ? "" : ", ") + std::string(c);
        errors_.Fail(node.position, p.path,
                     fmt::format("must be one of {} (got '{}'){}", list, Printable(name),
                                 DidYouMean(name, p.choices)));
        return false;
      }
    }
    return false;
  }

  ConfigErrors& errors_;
  LoadedLift& out_;
};

// The longest full-travel run the tower flies (travel / rated speed), s.
constexpr double kMaxFullTravelS = 900.0;

Error KeyError(const LoadedLift& lift, std::string_view path, std::string_view problem) {
  return InvalidInput(fmt::format("{}: {}", lift.Where(path), problem));
}

}  // namespace

std::string LoadedLift::Where(std::string_view path) const {
  const auto it = origins.find(path);
  return fmt::format("{}: {}", it == origins.end() ? source : it->second, path);
}

Result<LoadedLift> ParseLift(std::string_view text, const std::string& source) {
  try {
    auto document = ParseYaml(text, source);
    if (!document.ok()) return document.error();
    if (document->root() == nullptr) {
      return InvalidInput(fmt::format("{}: empty lift description", source));
    }
    LoadedLift lift;
    lift.source = source;
    ConfigErrors errors(source);
    LiftReader(errors, lift).ReadMap(*document->root(), "");
    if (!errors.ok()) return errors.error();
    return lift;
  } catch (const std::bad_alloc&) {
    return Error(ErrorCode::kInvalidInput,
                 fmt::format("{}: out of memory while reading the description", source));
  } catch (const std::exception& e) {
    return Error(ErrorCode::kInternal, fmt::format("{}: {}", source, Printable(e.what())));
  }
}

Result<LoadedLift> LoadLiftFile(const std::string& path) {
  auto text = ReadSmallFile(path, YamlLimits{}.max_bytes);
  if (!text.ok()) return text.error();
  return ParseLift(*text, path);
}

Status ValidateLift(const LoadedLift& lift) {
  const LiftSpec& l = lift.description.lift;
  const auto given = [&](std::string_view path) { return lift.origins.count(path) > 0; };

  // The groove's angles: the ones its type needs, and no others.
  const GrooveSpec& g = l.sheave.groove;
  constexpr std::string_view kAngle = "lift.sheave.groove.angle_deg";
  constexpr std::string_view kSeat = "lift.sheave.groove.seat_angle_deg";
  constexpr std::string_view kUndercut = "lift.sheave.groove.undercut_angle_deg";
  constexpr std::string_view kType = "lift.sheave.groove.type";
  switch (g.type) {
    case GrooveType::kV:
      if (!given(kAngle)) return KeyError(lift, kType, "a V groove needs angle_deg (gamma)");
      if (given(kSeat) || given(kUndercut))
        return KeyError(lift, given(kSeat) ? kSeat : kUndercut,
                        "is for U and undercut grooves; a V groove takes angle_deg");
      break;
    case GrooveType::kU:
      if (!given(kSeat)) return KeyError(lift, kType, "a U groove needs seat_angle_deg (gamma)");
      if (given(kAngle))
        return KeyError(lift, kAngle, "is for V grooves; a U groove takes seat_angle_deg");
      if (given(kUndercut) && g.undercut_angle_deg != 0.0)
        return KeyError(lift, kUndercut, "a U groove has no undercut: use type undercut_u");
      break;
    case GrooveType::kUndercutU:
      if (!given(kSeat) || !given(kUndercut))
        return KeyError(lift, kType,
                        "an undercut groove needs seat_angle_deg (gamma) and undercut_angle_deg "
                        "(beta)");
      if (given(kAngle))
        return KeyError(lift, kAngle, "is for V grooves; an undercut groove takes seat_angle_deg");
      break;
  }
  if (g.type != GrooveType::kV && g.undercut_angle_deg >= 180.0 - 1e-9) {
    return KeyError(lift, kUndercut, "must be less than 180 degrees");
  }
  if (!std::isfinite(FrictionFactor(g, 0.1)) || FrictionFactor(g, 0.1) <= 0.0) {
    return KeyError(lift, g.type == GrooveType::kV ? kAngle : kUndercut,
                    "gives no positive friction factor in EN 81-50's formula (5.11.2.2)");
  }

  if (l.floor_height_m > l.travel_m) {
    return KeyError(
        lift, "lift.floor_height_m",
        fmt::format("{} m is more than the travel ({} m)", l.floor_height_m, l.travel_m));
  }

  // A full-travel run must end: the normal run is flown step by step.
  const double flight = l.travel_m / l.rated_speed_mps;
  if (flight > kMaxFullTravelS) {
    return KeyError(
        lift, "lift.rated_speed_mps",
        fmt::format("{} m at {} m/s would take {:.0f} s; the tower flies runs of at most {:.0f} s",
                    l.travel_m, l.rated_speed_mps, flight, kMaxFullTravelS));
  }
  const double door_max = MaxMeanClosingSpeed(l);
  if (l.doors.closing_speed_mps > 0.99 * door_max) {
    return KeyError(
        lift, "lift.doors.closing_speed_mps",
        fmt::format("{} m/s cannot be reached as a mean over {} m at {} m/s2 (at most {:.3f} m/s)",
                    l.doors.closing_speed_mps, l.doors.opening_width_m, l.doors.acceleration_mps2,
                    0.99 * door_max));
  }

  // At rest the brake must hold the empty car against the counterweight's
  // excess (balance x Q): a lift whose brake cannot is not one to test.
  const double imbalance_n = std::fabs(CounterweightMass(l) - l.car_mass_kg) * kGravity;
  const double brake_n = BrakeForceAtCar(l, l.brake.sets);
  if (brake_n <= imbalance_n) {
    return KeyError(lift, "lift.brake.torque_per_set_nm",
                    fmt::format("the brake cannot hold the empty car: {:.0f} N at the car from "
                                "{} set(s) against {:.0f} N of counterweight imbalance",
                                brake_n, l.brake.sets, imbalance_n));
  }
  const double empty_car_weight_n = l.car_mass_kg * kGravity;
  if (l.safety_gear.braking_force_n <= empty_car_weight_n) {
    return KeyError(lift, "lift.safety_gear.braking_force_n",
                    fmt::format("{:.0f} N would not stop even the empty car (its weight is "
                                "{:.0f} N)",
                                l.safety_gear.braking_force_n, empty_car_weight_n));
  }
  return Status::Ok();
}

}  // namespace hoistway::tower
