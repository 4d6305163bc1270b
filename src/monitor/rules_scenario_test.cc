// Data-driven tests of the rules: every tests/data/monitor/*.yaml is one
// lift's stream of messages and the actions expected (see its README.md).
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <sstream>

#include "monitor/rules.h"
#include "telemetry/rfc3339.h"

namespace hoistway::monitor {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kDay = "2026-12-03T";

TimePoint At(const std::string& hms) {
  auto t = telemetry::ParseTime(kDay + hms + "Z");
  EXPECT_TRUE(t.ok()) << hms;
  return t.ok() ? *t : TimePoint{};
}

json ToJsonValue(const YAML::Node& node) {
  if (node.IsMap()) {
    json out = json::object();
    for (const auto& kv : node) out[kv.first.as<std::string>()] = ToJsonValue(kv.second);
    return out;
  }
  if (node.IsSequence()) {
    json out = json::array();
    for (const auto& item : node) out.push_back(ToJsonValue(item));
    return out;
  }
  const std::string text = node.as<std::string>();
  if (text == "true" || text == "false") return text == "true";
  try {
    std::size_t used = 0;
    const long long i = std::stoll(text, &used);
    if (used == text.size()) return i;
    const double d = std::stod(text, &used);
    if (used == text.size()) return d;
  } catch (...) {
  }
  return text;
}

std::string RunScenario(const fs::path& path) {
  YAML::Node doc = YAML::LoadFile(path.string());
  RulesConfig rules = DefaultRules();
  if (doc["rules"]) {
    YAML::Emitter emitter;
    emitter << doc["rules"];
    auto parsed = ParseRules(emitter.c_str(), path.string());
    EXPECT_TRUE(parsed.ok()) << parsed.error().message();
    if (parsed.ok()) rules = *parsed;
  }
  LiftState state;
  std::ostringstream out;
  for (const auto& input : doc["inputs"]) {
    const std::string at_text = input["at"].as<std::string>();
    const TimePoint now = At(at_text);
    std::vector<Action> actions;
    auto time_of = [&](const YAML::Node& n) {
      return n["time"] ? At(n["time"].as<std::string>()) : now;
    };
    if (const auto e = input["event"]) {
      telemetry::Event event;
      event.id = e["id"].as<std::string>();
      event.kind_name = e["kind"].as<std::string>();
      event.kind = telemetry::KindFromName(event.kind_name);
      event.time = time_of(e);
      if (e["floor"]) event.floor = e["floor"].as<int>();
      if (e["detail"]) {
        Status set = telemetry::SetDetail(&event, ToJsonValue(e["detail"]));
        EXPECT_TRUE(set.ok()) << path << ": " << set.error().message();
      }
      actions = OnEvent(rules, state, event, now);
    } else if (const auto s = input["status"]) {
      telemetry::CarStatus status;
      status.time = time_of(s);
      status.mode = s["mode"] ? s["mode"].as<std::string>() : "normal";
      status.floor = s["floor"].as<int>();
      status.moving = s["moving"].as<bool>();
      status.doors = s["doors"].as<std::string>();
      status.load_kg = s["load_kg"].as<double>();
      actions = OnStatus(rules, state, status, now);
    } else if (const auto c = input["counters"]) {
      telemetry::Counters counters;
      counters.time = time_of(c);
      counters.trips = c["trips"].as<std::int64_t>();
      counters.door_cycles = c["door_cycles"].as<std::int64_t>();
      actions = OnCounters(rules, state, counters, now);
    } else if (input["tick"]) {
      actions = OnTick(rules, state, now);
    } else {
      ADD_FAILURE() << path << ": an input with no event, status, counters or tick";
    }
    for (const auto& action : actions) out << at_text << " " << Describe(action) << "\n";
  }
  return out.str();
}

TEST(RulesScenarioTest, EveryScenarioGivesItsExpectedActions) {
  const fs::path dir = fs::path(HOISTWAY_SOURCE_DIR) / "tests/data/monitor";
  int scenarios = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".yaml") continue;
    SCOPED_TRACE(entry.path().filename().string());
    const std::string expected =
        YAML::LoadFile(entry.path().string())["expect"].as<std::string>("");
    EXPECT_EQ(RunScenario(entry.path()), expected);
    ++scenarios;
  }
  EXPECT_GE(scenarios, 9);
}

}  // namespace
}  // namespace hoistway::monitor
