// The three outputs of a report: JSON keys (spec/outputs.md), the text and
// the self-contained HTML.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "ride/analyzer.h"
#include "ride/figures.h"
#include "ride/report_html.h"
#include "ride/report_json.h"
#include "ride/report_text.h"
#include "ride/ride_test_support.h"

namespace hoistway::ride {
namespace {

RideReport Synthetic(bool sound) {
  testing::SyntheticRun run;
  run.sample_rate_hz = 256.0;
  run.extra = [](double t) { return Sample{0.0, 0.0, 0.0, 55.0 + testing::Sine(3.0, 0.2, t)}; };
  RideAnalyzer analyzer;
  RecordingInfo info;
  info.path = "synthetic <run>.csv";
  info.sample_rate_hz = run.sample_rate_hz;
  info.has_sound = sound;
  analyzer.Start(info);
  run.Generate([&](const Sample& s) { analyzer.Add(s); });
  Result<RideReport> r = analyzer.Finish();
  EXPECT_TRUE(r.ok());
  return std::move(r).value();
}

// spec/outputs.md, `hoistway ride --json`.
constexpr const char* kRequiredKeys[] = {"sample_rate_hz",
                                         "duration_s",
                                         "travel_m",
                                         "max_velocity_mps",
                                         "v95_mps",
                                         "max_acceleration_mps2",
                                         "max_deceleration_mps2",
                                         "a95_acceleration_mps2",
                                         "a95_deceleration_mps2",
                                         "max_jerk_mps3"};

TEST(ReportTest, JsonHasTheSpecifiedKeys) {
  const RideReport r = Synthetic(true);
  const nlohmann::ordered_json j = ReportToJson(r, {}, false);
  for (const char* key : kRequiredKeys) EXPECT_TRUE(j.contains(key) && j[key].is_number()) << key;
  for (const char* axis : {"x", "y", "z"}) {
    EXPECT_TRUE(j["vibration_mg"][axis]["max_pk_pk"].is_number()) << axis;
    EXPECT_TRUE(j["vibration_mg"][axis]["a95_pk_pk"].is_number()) << axis;
  }
  EXPECT_TRUE(j["sound_dba"]["max"].is_number());
  EXPECT_TRUE(j["sound_dba"]["laeq"].is_number());
  EXPECT_NEAR(j["travel_m"].get<double>(), 20.0, 0.05);
  EXPECT_FALSE(j.contains("verdict"));
}

TEST(ReportTest, JsonHasNoSoundWithoutASoundChannel) {
  const nlohmann::ordered_json j = ReportToJson(Synthetic(false), {}, false);
  EXPECT_FALSE(j.contains("sound_dba"));
}

TEST(ReportTest, JsonCarriesLimitsAndVerdict) {
  const RideReport r = Synthetic(true);
  const std::vector<Limit> limits = {{"travel_m", Comparison::kAtLeast, 25.0, 1}};
  const std::vector<LimitCheck> checks = CheckLimits(limits, FiguresOf(r));
  const nlohmann::ordered_json j = ReportToJson(r, checks, true);
  EXPECT_EQ(j["verdict"], "fail");
  EXPECT_EQ(j["limits"][0]["figure"], "travel_m");
  EXPECT_EQ(j["limits"][0]["verdict"], "fail");
}

TEST(ReportTest, EveryFigureKeyIsKnownToTheLimits) {
  const RideReport r = Synthetic(true);
  const std::vector<Figure> figures = FiguresOf(r);
  EXPECT_EQ(figures.size(), AllFigureSpecs().size());
}

TEST(ReportTest, TextReportNamesTheFigures) {
  const std::string text = FormatTextReport(Synthetic(true), {}, false);
  for (const char* s :
       {"travel", "maximum velocity", "maximum jerk", "Wk", "Wd", "LAeq", "Boundaries"}) {
    EXPECT_NE(text.find(s), std::string::npos) << s;
  }
}

TEST(ReportTest, HtmlIsSelfContained) {
  const RideReport r = Synthetic(true);
  const std::vector<Limit> limits = {{"vibration_mg.z.max_pk_pk", Comparison::kAtMost, 15.0, 1}};
  const std::string html = FormatHtmlReport(r, CheckLimits(limits, FiguresOf(r)), true);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  // Nothing fetched: no URLs, no external scripts, styles or images.
  EXPECT_EQ(html.find("http"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  // Three vibration charts, velocity, acceleration, jerk, sound.
  std::size_t charts = 0;
  for (std::size_t i = html.find("<svg"); i != std::string::npos; i = html.find("<svg", i + 1))
    ++charts;
  EXPECT_EQ(charts, 7u);
  EXPECT_NE(html.find("id=\"ride-figures\""), std::string::npos);
  EXPECT_NE(html.find("synthetic &lt;run&gt;.csv"), std::string::npos);  // escaped
  EXPECT_NE(html.find("class=\"pass\">PASS"), std::string::npos);
  EXPECT_NE(html.find("boundary"), std::string::npos);
}

}  // namespace
}  // namespace hoistway::ride
