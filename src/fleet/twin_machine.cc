#include "fleet/twin_machine.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "tower/faults.h"

namespace hoistway::fleet {
namespace {

constexpr double kDurationSigmaS = 0.1;
constexpr double kSpeedSigma = 0.002;  // of the top speed
constexpr double kDoorSigma = 0.02;    // of the closing time
constexpr double kLevellingSigmaMm = 1.5;
// EN 81-20 5.3.8.1: the unlocking zone extends at most 0.20 m either side
// of the landing; a car at rest beyond it stopped outside the door zone.
constexpr double kDoorZoneM = 0.20;
// The controller compares the machine's encoder with the shaft's position
// system: a difference this large (rope slip over one run) is position lost.
constexpr double kPositionLostAboveM = 0.02;

// Linear interpolation of `values` given at `levels` (sorted), clamped.
template <std::size_t N, typename F>
double Interpolate(const std::array<double, N>& levels, double x, F value) {
  if (x <= levels[0]) return value(0);
  for (std::size_t i = 1; i < N; ++i) {
    if (x <= levels[i]) {
      const double w = (x - levels[i - 1]) / (levels[i] - levels[i - 1]);
      return (1 - w) * value(i - 1) + w * value(i);
    }
  }
  return value(N - 1);
}

}  // namespace

Result<std::unique_ptr<TwinMachine>> TwinMachine::Create(const MachineSpec& spec,
                                                         std::uint64_t seed, TwinDesigns* designs) {
  auto sound = designs->Get(spec, {});
  if (!sound.ok()) return sound.error();
  return std::unique_ptr<TwinMachine>(new TwinMachine(spec, seed, designs, *sound));
}

TwinMachine::TwinMachine(const MachineSpec& spec, std::uint64_t seed, TwinDesigns* designs,
                         const TwinFigures* sound)
    : spec_(spec), random_(seed), designs_(designs), sound_(sound), now_(sound) {}

std::vector<FaultInfo> TwinMachine::Catalogue() {
  std::vector<FaultInfo> out = WearFaults::Catalogue();
  for (const tower::Fault& f : tower::BuiltInFaults()) {
    out.push_back({f.name, fmt::format("(tower) {}: {}", f.title, f.symptom)});
  }
  return out;
}

std::vector<FaultInfo> TwinMachine::Faults() const {
  return Catalogue();
}

Status TwinMachine::InjectFault(std::string_view name, double at_s) {
  if (wear_.Inject(name, at_s).ok()) return Status::Ok();
  auto fault = tower::FindFault(tower::BuiltInFaults(), name);
  if (!fault.ok()) return NotFound(fmt::format("no machine fault '{}'", name));
  auto figures = designs_->Get(spec_, {std::string(name)});
  if (!figures.ok()) return figures.error();
  pending_.emplace_back(at_s, std::string(name));
  return Status::Ok();
}

RunOutcome TwinMachine::Run(const RunCommand& c) {
  wear_.NextRun();
  bool changed = false;
  for (auto it = pending_.begin(); it != pending_.end();) {
    if (it->first > c.at_s) {
      ++it;
      continue;
    }
    if (std::find(active_.begin(), active_.end(), it->second) == active_.end()) {
      active_.push_back(it->second);
      changed = true;
    }
    it = pending_.erase(it);
  }
  if (changed) {
    std::sort(active_.begin(), active_.end());
    auto figures = designs_->Get(spec_, active_);
    if (figures.ok()) now_ = *figures;  // else (two faults together refused): as before
  }
  const TwinFigures& f = *now_;
  RunOutcome out;
  const int distance =
      std::clamp(std::abs(c.to_floor - c.from_floor), 1, static_cast<int>(f.flight_s.size()));
  const std::size_t d = static_cast<std::size_t>(distance - 1);
  const int up = c.to_floor > c.from_floor ? 1 : 0;
  const double sign = up == 1 ? 1.0 : -1.0;
  out.duration_s = std::max(0.5, f.flight_s[d] + kDurationSigmaS * TripNoise(random_));
  out.max_speed_mps =
      std::round(f.max_speed_mps[d] * (1 + kSpeedSigma * TripNoise(random_)) * 1000) / 1000;
  if (f.governor_trips[d]) out.overspeed_mps = f.governor_trip_mps;

  const double door = f.door_close_s * (1 + kDoorSigma * TripNoise(random_));
  out.door_close_s =
      std::round(wear_.Door(c, door, sound_->door_close_s, random_, out) * 1000) / 1000;

  const double load = std::clamp(c.load_kg / f.rated_load_kg, 0.0, 1.0);
  const auto overrun = [&](const TwinFigures& of) {
    return Interpolate(kTwinLoadLevels, load, [&](std::size_t i) { return of.overrun_m[i][up]; });
  };
  const double extra_m = overrun(f) - overrun(*sound_);  // + past the landing
  const double levelling =
      f.stop_offset_mm + sign * extra_m * 1000 + kLevellingSigmaMm * TripNoise(random_);
  out.levelling_error_mm = std::round(wear_.Levelling(c, levelling) * 10) / 10;
  const std::size_t level = static_cast<std::size_t>(std::lround(load * 4));
  out.safety_circuit_moving = f.ucmp_trips[level][up] && !sound_->ucmp_trips[level][up];
  out.stopped_off_level = std::fabs(extra_m) > kDoorZoneM;

  constexpr std::array<double, 3> kSlipLoads = {0.0, 0.5, 1.0};
  const auto slip = [&](const TwinFigures& of) {
    return Interpolate(kSlipLoads, load, [&](std::size_t i) { return of.slip_m[i][up]; });
  };
  out.position_lost = slip(f) - slip(*sound_) > kPositionLostAboveM;

  wear_.Incidents(c, random_, out);
  return out;
}

}  // namespace hoistway::fleet
