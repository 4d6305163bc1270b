#include "tower/suite.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>

#include "core/did_you_mean.h"
#include "core/printable.h"

namespace hoistway::tower {
namespace {

using Procedure = TestResult (*)(const LiftSpec&, const ProcedureOptions&);

struct Entry {
  TestInfo info;
  Procedure run;  // null: judged from the normal runs
};

const std::array kEn8120 = {
    Entry{{"brake_125", "EN 81-20 5.9.2.2.2.1, test 6.3.1",
           "125 % load descending at rated speed, all brake sets: the car stops"},
          RunBrake125},
    Entry{{"brake_one_set", "EN 81-20 5.9.2.2.2.1",
           "rated load descending at rated speed, one set: the car slows down"},
          RunBrakeOneSet},
    Entry{{"traction_loading", "EN 81-20 5.5.3 a, EN 81-50 5.11",
           "125 % load at the lowest landing: the ropes do not slip"},
          RunTractionLoading},
    Entry{{"traction_emergency_braking", "EN 81-20 5.5.3 b, EN 81-50 5.11",
           "emergency stop, empty up and loaded down: the ropes do not slip"},
          RunTractionEmergencyBraking},
    Entry{{"traction_stalled", "EN 81-20 5.5.3 c, EN 81-50 5.11",
           "counterweight on its buffer: the machine cannot lift the car"},
          RunTractionStalled},
    Entry{{"safety_gear", "EN 81-20 5.6.2.1, test 6.3.4",
           "rated load in free fall: mean retardation 0.2 to 1.0 gn"},
          RunSafetyGear},
    Entry{{"governor_tripping", "EN 81-20 5.6.2.2.1.1 a",
           "tripping speed between 115 % of v and the gear's upper limit"},
          RunGovernorTripping},
    Entry{{"buffer", "EN 81-20 5.8.2", "rated load at 115 % of v: stroke and mean retardation"},
          RunBuffer},
    Entry{{"door_kinetic_energy", "EN 81-20 5.3.6.2.2.1 b",
           "kinetic energy at the mean closing speed <= 10 J"},
          RunDoorKineticEnergy},
    Entry{{"ucmp", "EN 81-20 5.6.7, test 6.3.13", "unintended movement stopped within 1.20 m"},
          RunUcmp},
    Entry{{"stopping_accuracy", "EN 81-20 5.12.1.1.4", "normal runs stop within +-10 mm"}, nullptr},
    Entry{{"speed_half_load", "EN 81-20 5.9.2.4", "half load down at mid travel <= 105 % of v"},
          nullptr},
};

std::array<TestInfo, kEn8120.size()> MakeInfos() {
  std::array<TestInfo, kEn8120.size()> out{};
  for (std::size_t i = 0; i < kEn8120.size(); ++i) out[i] = kEn8120[i].info;
  return out;
}

const std::array<TestInfo, kEn8120.size()> kEn8120Infos = MakeInfos();

}  // namespace

const char* ToString(Verdict verdict) {
  return verdict == Verdict::kPass ? "pass" : "fail";
}

std::span<const TestInfo> En8120Tests() {
  return kEn8120Infos;
}

Result<TowerReport> RunSuite(const LiftDescription& lift, std::string_view suite,
                             const ProcedureOptions& options, std::span<const std::string> only) {
  if (suite != kDefaultSuite) {
    const std::string_view suites[] = {kDefaultSuite};
    return InvalidInput(fmt::format("--suite: unknown suite '{}' (the suites: {}){}",
                                    Printable(suite), kDefaultSuite, DidYouMean(suite, suites)));
  }
  std::vector<std::string_view> ids;
  for (const Entry& e : kEn8120) ids.push_back(e.info.id);
  for (const std::string& id : only) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
      return InvalidInput(fmt::format("--test: unknown test '{}' of suite {}{}", Printable(id),
                                      suite, DidYouMean(id, ids)));
    }
  }
  const auto wanted = [&](std::string_view id) {
    return only.empty() || std::find(only.begin(), only.end(), id) != only.end();
  };
  TowerReport report;
  report.lift = lift.name;
  report.suite = std::string(suite);
  const LiftSpec& spec = lift.lift;
  const bool need_runs = only.empty() || wanted("stopping_accuracy") || wanted("speed_half_load");
  if (need_runs) {
    report.runs.push_back(FlyFullTravel(spec, options));
    report.runs.push_back(FlyFloorToFloor(spec, options));
  }
  for (const Entry& e : kEn8120) {
    if (!wanted(e.info.id)) continue;
    if (e.run != nullptr) {
      report.tests.push_back(e.run(spec, options));
    } else if (e.info.id == "stopping_accuracy") {
      report.tests.push_back(JudgeStoppingAccuracy(report.runs));
    } else {
      report.tests.push_back(JudgeSpeedHalfLoad(spec, report.runs.front()));
    }
  }
  for (const TestResult& t : report.tests) {
    if (t.verdict == Verdict::kFail) report.verdict = Verdict::kFail;
  }
  return report;
}

}  // namespace hoistway::tower
