#include "report/svg_plot.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "report/html.h"

namespace hoistway::report {
namespace {

TEST(SvgPlotTest, NiceStepsAreOneTwoOrFiveTimesAPowerOfTen) {
  EXPECT_DOUBLE_EQ(NiceStep(10.0), 2.0);
  EXPECT_DOUBLE_EQ(NiceStep(3600.0, 8), 500.0);
  EXPECT_DOUBLE_EQ(NiceStep(0.7), 0.2);
}

TEST(SvgPlotTest, DrawsEveryLayerAndEscapesText) {
  Plot p("waits <&> \"quotes\"", {.label = "time", .suffix = " s"},
         {.label = "persons", .suffix = ""});
  p.Region(1, 2, "cs");
  p.Bars({0, 1, 2, 3}, {1, 4, 2}, "s0", "count");
  p.Line({0, 1, NAN, 2, 3}, {0, 1, NAN, 2, 3}, "s1");
  p.Band({0, 1, 2}, {-1, -2, -1}, {1, 2, 1}, "s2");
  p.VLine(2.5, "p95");
  p.Mark(1, 1, "max");
  const std::string svg = p.Svg();
  EXPECT_NE(svg.find("waits &lt;&amp;&gt; &quot;quotes&quot;"), std::string::npos);
  EXPECT_EQ(svg.find("<&>"), std::string::npos);
  EXPECT_NE(svg.find("class=\"bar s0\""), std::string::npos);
  EXPECT_EQ(std::count(svg.begin(), svg.end(), '\n') > 5, true);
  // The NaN breaks the line in two.
  std::size_t lines = 0;
  for (std::size_t i = svg.find("<polyline"); i != std::string::npos;
       i = svg.find("<polyline", i + 1))
    ++lines;
  EXPECT_EQ(lines, 2u);
  EXPECT_NE(svg.find("<polygon class=\"band s2\""), std::string::npos);
  EXPECT_NE(svg.find(">p95<"), std::string::npos);
}

TEST(HtmlTest, ScriptSafeBreaksClosingTags) {
  EXPECT_EQ(ScriptSafe("{\"a\":\"</script>\"}"), "{\"a\":\"<\\/script>\"}");
  EXPECT_EQ(HtmlEscape("a&b"), "a&amp;b");
}

}  // namespace
}  // namespace hoistway::report
