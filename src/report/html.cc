#include "report/html.h"

namespace hoistway::report {

namespace {

constexpr std::string_view kStyle = R"(
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #222; max-width: 1000px; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 6px; }
.meta { color: #555; margin: 2px 0; }
table { border-collapse: collapse; margin: 6px 0; }
td, th { padding: 3px 10px; border-bottom: 1px solid #ddd; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: #17762c; font-weight: 600; } .fail { color: #b3141b; font-weight: 600; }
.na { color: #777; }
svg.chart { width: 100%; height: auto; display: block; margin: 4px 0 10px; }
svg .title { font-size: 13px; font-weight: 600; fill: #222; }
svg .tick { font-size: 10px; fill: #666; }
svg .axis-label { font-size: 11px; fill: #444; }
svg .grid { stroke: #eee; stroke-width: 1; }
svg .frame { fill: none; stroke: #bbb; }
svg .boundary { stroke: #b3141b; stroke-dasharray: 4 3; stroke-width: 1; }
svg .blabel { font-size: 11px; fill: #b3141b; font-weight: 600; }
svg .mark { fill: none; stroke: #d9480f; stroke-width: 2; }
svg .mlabel { font-size: 11px; fill: #d9480f; font-weight: 600; }
svg .legend { font-size: 11px; fill: #333; }
svg .s0 { stroke: #2f6db5; fill: #2f6db5; } svg .s1 { stroke: #d9480f; fill: #d9480f; }
svg .s2 { stroke: #2b8a3e; fill: #2b8a3e; } svg .s3 { stroke: #862e9c; fill: #862e9c; }
svg .s4 { stroke: #c92a2a; fill: #c92a2a; } svg .s5 { stroke: #0b7285; fill: #0b7285; }
svg .s6 { stroke: #e67700; fill: #e67700; } svg .s7 { stroke: #5c940d; fill: #5c940d; }
svg polyline { fill: none !important; stroke-width: 1.2; }
svg .bar { stroke: none; fill-opacity: 0.85; }
svg .band { fill-opacity: 0.8; stroke-width: 0.8; }
)";

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string ScriptSafe(std::string text) {
  for (std::size_t i = text.find("</"); i != std::string::npos; i = text.find("</", i + 3)) {
    text.replace(i, 2, "<\\/");
  }
  return text;
}

std::string PageStart(std::string_view title, std::string_view extra_css) {
  std::string out;
  Put(out,
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n",
      HtmlEscape(title), kStyle, extra_css);
  return out;
}

std::string PageEnd(std::string_view footer_note) {
  std::string out;
  Put(out, "<p class=\"meta\">{}</p>\n</body>\n</html>\n", HtmlEscape(footer_note));
  return out;
}

}  // namespace hoistway::report
