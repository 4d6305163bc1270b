// Self-contained HTML reports (`--html REPORT.html`): escaping, and a page
// with the common style sheet. No external resources, so a report can be
// e-mailed and opened anywhere.
#pragma once

#include <iterator>
#include <string>
#include <string_view>

#include <fmt/core.h>

namespace hoistway::report {

// `text` with &, <, > and " escaped for HTML text and attribute values.
std::string HtmlEscape(std::string_view text);

// JSON (or any text) made safe inside <script>: "</" becomes "<\/".
std::string ScriptSafe(std::string text);

// Appends a formatted string to `out`.
template <typename... Args>
void Put(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

// The start of a page (doctype, title, the common style plus `extra_css`,
// <body>) and its end. Between them, the caller appends the content.
std::string PageStart(std::string_view title, std::string_view extra_css = {});
std::string PageEnd(std::string_view footer_note);

}  // namespace hoistway::report
