#include "training/telemetry_window.h"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <memory>
#include <variant>
#include <vector>

#include "fleet/emulator.h"
#include "fleet/fleet_spec.h"
#include "fleet/nominal_machine.h"
#include "monitor/rules.h"
#include "monitor/rules_config.h"
#include "telemetry/codec.h"
#include "telemetry/rfc3339.h"
#include "telemetry/topics.h"

namespace hoistway::training {
namespace {

using nlohmann::json;

// Telemetry of one window, kept in order.
class ListSink final : public fleet::TelemetrySink {
 public:
  void Send(const std::string& topic, const std::string& payload, bool) override {
    messages.emplace_back(topic, payload);
  }
  std::vector<std::pair<std::string, std::string>> messages;
};

// A fixed origin: the window's figures must not depend on the day it runs.
telemetry::TimePoint Origin() {
  return *telemetry::ParseTime("2026-01-05T08:00:00Z");
}

double MinutesFrom(telemetry::TimePoint origin, telemetry::TimePoint at) {
  return std::chrono::duration<double>(at - origin).count() / 60.0;
}

}  // namespace

Result<json> EmulateTelemetry(std::string_view machine_fault, std::uint64_t seed,
                              double duration_s) {
  std::vector<fleet::EmulatedLift> lifts = fleet::GeneratedFleet(1, seed);
  const std::string reg = lifts.front().registration_no;
  fleet::EmulatorOptions options;
  options.duration_s = duration_s;
  options.seed = seed;
  options.origin = Origin();
  std::vector<fleet::ScheduledFault> faults;
  if (!machine_fault.empty()) faults.push_back({reg, std::string(machine_fault), 0.0});
  auto emulator = fleet::Emulator::Create(
      std::move(lifts), options, std::move(faults),
      [](const fleet::EmulatedLift& lift, std::uint64_t machine_seed) {
        return std::make_unique<fleet::NominalMachine>(lift.machine, machine_seed);
      });
  if (!emulator.ok()) return Error(ErrorCode::kInternal, emulator.error().message());
  ListSink sink;
  Status advanced = (*emulator)->AdvanceTo(duration_s, sink);
  if (!advanced.ok()) return Error(ErrorCode::kInternal, advanced.error().message());

  const monitor::RulesConfig& rules = monitor::DefaultRules();
  monitor::LiftState state;
  const telemetry::TimePoint now =
      Origin() + std::chrono::milliseconds(static_cast<std::int64_t>(duration_s * 1000.0));
  const telemetry::DecodeLimits limits;
  std::map<std::string, int> kinds;
  json alarms = json::array();
  json signals = json::array();
  int entrapments = 0;
  for (const auto& [topic, payload] : sink.messages) {
    const auto lift_topic = telemetry::ParseLiftTopic(topic);
    if (!lift_topic) continue;
    std::vector<monitor::Action> actions;
    if (lift_topic->kind == telemetry::TopicKind::kEvent) {
      auto event = telemetry::DecodeEvent(payload, now, limits);
      if (!event.ok()) continue;
      ++kinds[event->kind_name];
      actions = monitor::OnEvent(rules, state, *event, now);
    } else if (lift_topic->kind == telemetry::TopicKind::kStatus) {
      auto status = telemetry::DecodeStatus(payload, now, limits);
      if (status.ok()) actions = monitor::OnStatus(rules, state, *status, now);
    } else {
      auto counters = telemetry::DecodeCounters(payload, now, limits);
      if (counters.ok()) actions = monitor::OnCounters(rules, state, *counters, now);
    }
    for (const monitor::Action& action : actions) {
      if (const auto* a = std::get_if<monitor::RaiseAlarm>(&action)) {
        // The rules count a repeat on the open alarm: one line per cause.
        auto same = std::find_if(alarms.begin(), alarms.end(),
                                 [&](const json& x) { return x["cause"] == a->cause; });
        if (same != alarms.end()) {
          (*same)["count"] = (*same)["count"].get<int>() + 1;
        } else {
          alarms.push_back({{"cause", a->cause},
                            {"severity", monitor::ToString(a->severity)},
                            {"minute", MinutesFrom(Origin(), a->at)},
                            {"count", 1}});
        }
      } else if (const auto* s = std::get_if<monitor::RaiseSignal>(&action)) {
        signals.push_back(
            {{"name", s->name}, {"summary", s->summary}, {"minute", MinutesFrom(Origin(), s->at)}});
      } else if (std::holds_alternative<monitor::DeclareEntrapment>(action)) {
        ++entrapments;
      }
    }
  }
  json events = json::array();
  for (const auto& [kind, count] : kinds) events.push_back({{"kind", kind}, {"count", count}});
  return json{{"kind", "telemetry"}, {"hours", duration_s / 3600.0}, {"events", events},
              {"alarms", alarms},    {"signals", signals},           {"entrapments", entrapments}};
}

}  // namespace hoistway::training
