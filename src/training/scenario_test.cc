// The scenarios keep their promises, data-driven over every file of
// data/training: each loads, its right diagnosis passes and every other
// fails, and the twin shows the fault the way the scenario says (the tests
// its fault fails fail with it and pass without it).
#include "training/scenario.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "tower/faults.h"
#include "training/embedded_data.h"
#include "training/grading.h"
#include "training/observations.h"

namespace hoistway::training {
namespace {

constexpr std::size_t kMinScenarios = 12;

TEST(ScenarioTest, EveryFileOfDataTrainingLoads) {
  auto dir = LoadScenarioDir(std::string(HOISTWAY_SOURCE_DIR) + "/data/training");
  ASSERT_TRUE(dir.ok()) << dir.error().message();
  EXPECT_GE(dir->size(), kMinScenarios);
  const auto scenario_files = std::count_if(
      EmbeddedTrainingFiles().begin(), EmbeddedTrainingFiles().end(),
      [](const EmbeddedFile& f) { return !f.path.starts_with("data/training/qual"); });
  EXPECT_EQ(BuiltInScenarios().size(), static_cast<std::size_t>(scenario_files));
  EXPECT_EQ(BuiltInScenarios().size(), dir->size());
  std::set<std::string> levels;
  for (const Scenario& s : BuiltInScenarios()) levels.insert(ToString(s.level));
  EXPECT_EQ(levels.size(), 4u) << "every level has a scenario";
}

TEST(ScenarioTest, TheRightDiagnosisPassesAndEveryOtherFails) {
  for (const Scenario& s : BuiltInScenarios()) {
    SCOPED_TRACE(s.id);
    for (const Choice& d : s.diagnoses) {
      auto grade = GradeAnswer(s, d.id, s.right_actions.front());
      ASSERT_TRUE(grade.ok());
      EXPECT_EQ(grade->passed, d.id == s.right_diagnosis) << d.id;
      EXPECT_EQ(grade->score, d.id == s.right_diagnosis ? 100 : kActionPoints) << d.id;
    }
    for (const Choice& a : s.actions) {
      auto grade = GradeAnswer(s, s.right_diagnosis, a.id);
      ASSERT_TRUE(grade.ok());
      const bool right =
          std::find(s.right_actions.begin(), s.right_actions.end(), a.id) != s.right_actions.end();
      EXPECT_EQ(grade->score, right ? 100 : kDiagnosisPoints) << a.id;
    }
    auto no_action = GradeAnswer(s, s.right_diagnosis, std::nullopt);
    ASSERT_TRUE(no_action.ok());
    EXPECT_EQ(no_action->score, kDiagnosisPoints);
    // The explanation names the fault: the tower catalogue's with its
    // reference, or the one monitoring sees in service.
    EXPECT_NE(no_action->explanation.find(s.fault.empty() ? "Fault (in service): " : "Reference: "),
              std::string::npos);
  }
}

TEST(ScenarioTest, UnknownChoicesAreErrorsNamingTheirField) {
  const Scenario& s = BuiltInScenarios().front();
  auto bad = GradeAnswer(s, "no_such_thing", std::nullopt);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field(), "diagnosis");
  bad = GradeAnswer(s, s.right_diagnosis, "no_such_action");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field(), "action");
}

TEST(ScenarioTest, TheTwinShowsTheFaultTheScenarioStages) {
  for (const Scenario& s : BuiltInScenarios()) {
    SCOPED_TRACE(s.id);
    if (s.fault.empty()) {
      // Only monitoring sees the fault: the machine passes every test it allows.
      for (const std::string& test : s.observe.tests) {
        auto faulty = Observe(s, {{"kind", "test"}, {"test", test}}, Staging::kFaulty);
        ASSERT_TRUE(faulty.ok()) << faulty.error().message();
        EXPECT_EQ((*faulty)["result"]["verdict"], "pass") << test;
      }
      continue;
    }
    auto fault = tower::FindFault(tower::BuiltInFaults(), s.fault);
    ASSERT_TRUE(fault.ok());
    bool some_difference = false;
    for (const std::string& test : s.observe.tests) {
      const nlohmann::json request = {{"kind", "test"}, {"test", test}};
      auto faulty = Observe(s, request, Staging::kFaulty);
      auto healthy = Observe(s, request, Staging::kHealthy);
      ASSERT_TRUE(faulty.ok()) << faulty.error().message();
      ASSERT_TRUE(healthy.ok()) << healthy.error().message();
      const auto& fails = (*fault)->fails;
      const bool should_fail = std::find(fails.begin(), fails.end(), test) != fails.end();
      EXPECT_EQ((*faulty)["result"]["verdict"], should_fail ? "fail" : "pass") << test;
      EXPECT_EQ((*healthy)["result"]["verdict"], "pass") << test;
      if ((*faulty)["result"] != (*healthy)["result"]) {
        some_difference = true;
      }
    }
    EXPECT_TRUE(some_difference)
        << "an allowed test must show the fault (a verdict, a figure or a limit)";
    // The scenario lets the trainee run a test that the fault makes fail,
    // unless the fault fails none (then a figure differs, as checked above).
    if (!(*fault)->fails.empty()) {
      EXPECT_TRUE(std::any_of(s.observe.tests.begin(), s.observe.tests.end(), [&](const auto& t) {
        return std::find((*fault)->fails.begin(), (*fault)->fails.end(), t) !=
               (*fault)->fails.end();
      }));
    }
  }
}

TEST(ScenarioTest, TracesAndRidesComeFromTheTwin) {
  const Scenario* s = FindScenario(BuiltInScenarios(), "runs-too-fast");
  ASSERT_NE(s, nullptr);
  auto ride = Observe(*s, {{"kind", "ride"}});
  auto healthy = Observe(*s, {{"kind", "ride"}}, Staging::kHealthy);
  ASSERT_TRUE(ride.ok() && healthy.ok());
  ASSERT_FALSE((*ride)["runs"].empty());
  EXPECT_GT((*ride)["runs"][0]["max_speed_mps"].get<double>(),
            (*healthy)["runs"][0]["max_speed_mps"].get<double>());
  auto trace = Observe(*s, {{"kind", "trace"}, {"test", "speed_half_load"}});
  ASSERT_TRUE(trace.ok()) << trace.error().message();
  EXPECT_GT((*trace)["trace"]["time_s"].size(), 10u);
  EXPECT_LE((*trace)["trace"]["time_s"].size(), 300u);
}

TEST(ScenarioTest, MonitoringSeesTheMachineFaultAndNotTheSoundMachine) {
  int with_telemetry = 0;
  for (const Scenario& s : BuiltInScenarios()) {
    if (!s.observe.telemetry) continue;
    SCOPED_TRACE(s.id);
    ++with_telemetry;
    auto faulty = Observe(s, {{"kind", "telemetry"}}, Staging::kFaulty, 7);
    auto healthy = Observe(s, {{"kind", "telemetry"}}, Staging::kHealthy, 7);
    ASSERT_TRUE(faulty.ok()) << faulty.error().message();
    ASSERT_TRUE(healthy.ok()) << healthy.error().message();
    EXPECT_GT((*faulty)["events"].size(), 0u);
    EXPECT_TRUE((*healthy)["signals"].empty()) << healthy->dump();
    EXPECT_TRUE((*healthy)["alarms"].empty()) << healthy->dump();
    EXPECT_FALSE((*faulty)["signals"].empty() && (*faulty)["alarms"].empty()) << faulty->dump();
    // What the scenario says monitoring shows, it shows, and only on the faulty lift.
    auto names = [](const nlohmann::json& window) {
      std::set<std::string> out;
      for (const auto& a : window["alarms"]) out.insert(a["cause"].get<std::string>());
      for (const auto& x : window["signals"]) out.insert(x["name"].get<std::string>());
      if (window["entrapments"].get<int>() > 0) out.insert("entrapment");
      return out;
    };
    EXPECT_FALSE(s.observe.shows.empty()) << "a scenario with telemetry says what it shows";
    for (const std::string& what : s.observe.shows) {
      EXPECT_TRUE(names(*faulty).contains(what)) << what << " in " << faulty->dump();
      EXPECT_FALSE(names(*healthy).contains(what)) << what;
    }
    // The same seed, the same window.
    EXPECT_EQ(*faulty, *Observe(s, {{"kind", "telemetry"}}, Staging::kFaulty, 7));
  }
  EXPECT_GE(with_telemetry, 2);
}

TEST(ScenarioTest, ObservationsTheScenarioDoesNotAllowAreRefused) {
  const Scenario* s = FindScenario(BuiltInScenarios(), "doors-slam");
  ASSERT_NE(s, nullptr);
  auto bad = Observe(*s, {{"kind", "test"}, {"test", "brake_125"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field(), "test");
  bad = Observe(*s, {{"kind", "gossip"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field(), "kind");
  bad = Observe(*s, nlohmann::json::array());
  ASSERT_FALSE(bad.ok());
}

struct BadCase {
  const char* text;
  const char* error;  // a part of the message
};

TEST(ScenarioTest, MalformedScenariosNameLineAndKey) {
  const std::string good =
      "id: x\ntitle: T\nlevel: senior\nfault: fast_doors\nlift: mrl-630\ncomplaint: C\n"
      "observe: {tests: [door_kinetic_energy]}\n"
      "diagnoses: [{id: a, text: A}, {id: b, text: B}]\n"
      "actions: [{id: c, text: C}, {id: d, text: D}]\n"
      "answer: {diagnosis: a, actions: [c]}\nexplanation: E\n";
  ASSERT_TRUE(ParseScenario(good, "good.yaml").ok());
  const BadCase cases[] = {
      {"id: x\ntitel: T\n", "bad.yaml:2:1: titel: unknown key"},
      {"id: x\ntitle: T\nlevel: expert\nfault: fast_doors\nlift: mrl-630\ncomplaint: C\n"
       "explanation: E\n",
       "bad.yaml:3:8: level: must be one of"},
      {"id: x\ntitle: T\nlevel: senior\nfault: fast_door\nlift: mrl-630\ncomplaint: C\n"
       "explanation: E\n",
       "bad.yaml:4:8: fault: not a fault"},
      {"id: x\ntitle: T\nlevel: senior\nfault: fast_doors\nlift: mrl-631\ncomplaint: C\n"
       "explanation: E\n",
       "bad.yaml:5:7: lift: not an example lift"},
  };
  for (const BadCase& c : cases) {
    auto parsed = ParseScenario(c.text, "bad.yaml");
    ASSERT_FALSE(parsed.ok()) << c.text;
    EXPECT_NE(parsed.error().message().find(c.error), std::string::npos)
        << parsed.error().message();
  }
  // The keys of a fault only monitoring sees, and of the lift's history.
  const std::string in_service =
      "id: x\ntitle: T\nlevel: senior\nmachine_fault: start_relay\nlift: mrl-630\ncomplaint: C\n"
      "diagnoses: [{id: a, text: A}, {id: b, text: B}]\n"
      "actions: [{id: c, text: C}, {id: d, text: D}]\n"
      "answer: {diagnosis: a, actions: [c]}\nexplanation: E\n";
  ASSERT_TRUE(ParseScenario(in_service +
                                "observe: {tests: [], telemetry: true, shows: [start_failure]}\n"
                                "history: [{days_ago: 9, kind: callout, text: H}]\n",
                            "good.yaml")
                  .ok());
  const std::pair<std::string, const char*> more[] = {
      {in_service + "observe: {tests: []}\n",
       "bad.yaml:11:10: observe: a scenario without a tower fault needs telemetry: true"},
      {in_service + "observe: {tests: [], telemetry: true, shows: [start_failures_x]}\n",
       "bad.yaml:11:47: observe.shows[0]: 'start_failures_x' is not an alarm cause"},
      {in_service + "observe: {tests: [], telemetry: true}\n"
                    "history: [{days_ago: 9, kind: callout, text: H}, {days_ago: 30, kind: "
                    "callout, text: H}]\n",
       "history[1].days_ago: the records go from the oldest to the newest"},
      {in_service + "observe: {tests: [], telemetry: true}\n"
                    "history: [{days_ago: 9, kind: call, text: H}]\n",
       "history[0].kind: must be one of callout"},
      {in_service + "observe: {tests: [], telemetry: true}\n"
                    "history: [{days_ago: -1, kind: callout, text: H}]\n",
       "history[0].days_ago"},
      {"id: x\ntitle: T\nlevel: senior\nlift: mrl-630\ncomplaint: C\nexplanation: E\n",
       "bad.yaml:1:1: fault: is required: a fault of the tower's catalogue, or machine_fault"},
  };
  for (const auto& [text, error] : more) {
    auto bad = ParseScenario(text, "bad.yaml");
    ASSERT_FALSE(bad.ok()) << text;
    EXPECT_NE(bad.error().message().find(error), std::string::npos) << bad.error().message();
  }
  std::string wrong_answer = good;
  wrong_answer.replace(wrong_answer.find("diagnosis: a"), 12, "diagnosis: z");
  auto parsed = ParseScenario(wrong_answer, "bad.yaml");
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().message().find("answer.diagnosis: 'z' is not one of the diagnoses"),
            std::string::npos)
      << parsed.error().message();
}

TEST(ScenarioTest, ASessionsOrderIsAPermutationFixedByItsSeed) {
  const auto a = ShuffledOrder(6, 42);
  EXPECT_EQ(a, ShuffledOrder(6, 42));
  auto sorted = a;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(sorted, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5}));
}

}  // namespace
}  // namespace hoistway::training
