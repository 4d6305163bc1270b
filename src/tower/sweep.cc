#include "tower/sweep.h"

#include <fmt/core.h>

#include <cmath>
#include <iterator>

#include "core/did_you_mean.h"
#include "core/printable.h"
#include "report/html.h"
#include "tower/overrides.h"
#include "tower/parameters.h"
#include "tower/suite.h"

namespace hoistway::tower {
namespace {

std::vector<std::string> Split(std::string_view text, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const auto at = text.find(separator, start);
    out.emplace_back(
        text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

}  // namespace

Result<SweepAxis> ParseVary(std::string_view spec) {
  const std::string origin = fmt::format("--vary {}", Printable(spec));
  const auto equals = spec.find('=');
  if (equals == std::string_view::npos || equals == 0) {
    return InvalidInput(fmt::format("{}: expected KEY=FROM:TO:COUNT or KEY=V1,V2,...", origin));
  }
  SweepAxis axis;
  axis.key = std::string(spec.substr(0, equals));
  if (FindParameter(axis.key) == nullptr) {
    std::vector<std::string_view> keys;
    for (const Parameter& p : Parameters()) keys.push_back(p.path);
    return InvalidInput(fmt::format("{}: unknown key '{}'{}", origin, Printable(axis.key),
                                    DidYouMean(axis.key, keys)));
  }
  const std::string_view values = spec.substr(equals + 1);
  if (IsGridRange(values)) {
    auto range = ParseGridRange(values, origin);
    if (!range.ok()) return range.error();
    axis.values = std::move(range).value();
  } else {
    axis.values = Split(values, ',');
    for (const std::string& v : axis.values) {
      if (v.empty()) return InvalidInput(fmt::format("{}: an empty value in the list", origin));
    }
  }
  return axis;
}

std::size_t DesignCount(std::span<const SweepAxis> axes) {
  std::vector<std::size_t> sizes;
  for (const SweepAxis& a : axes) sizes.push_back(a.values.size());
  return GridSize(sizes);
}

Result<std::vector<SweepRow>> RunSweep(const LoadedLift& base, std::span<const SweepAxis> axes,
                                       std::string_view suite, const ProcedureOptions& options,
                                       std::span<const std::string> only) {
  const std::size_t designs = DesignCount(axes);
  if (designs > kMaxSweepDesigns) {
    return InvalidInput(
        fmt::format("--vary: the grid holds more than {} designs", kMaxSweepDesigns));
  }
  std::vector<SweepRow> rows;
  rows.reserve(designs);
  std::vector<std::size_t> index(axes.size(), 0);
  for (std::size_t d = 0; d < designs; ++d) {
    SweepRow row;
    LoadedLift lift = base;
    for (std::size_t a = 0; a < axes.size(); ++a) {
      const std::string& value = axes[a].values[index[a]];
      row.values.push_back(value);
      Status set =
          SetParameter(lift, axes[a].key, value, fmt::format("--vary {}={}", axes[a].key, value));
      if (!set.ok()) return set.error();
    }
    Status valid = ValidateLift(lift);
    if (!valid.ok()) {
      row.valid = false;
      row.error = valid.error().message();
      row.verdict = Verdict::kFail;
    } else {
      auto report = RunSuite(lift.description, suite, options, only);
      if (!report.ok()) return report.error();
      row.verdict = report->verdict;
      for (const TestResult& t : report->tests) row.tests.push_back({t.id, t.measured, t.verdict});
    }
    rows.push_back(std::move(row));
    for (std::size_t a = axes.size(); a-- > 0;) {
      if (++index[a] < axes[a].values.size()) break;
      index[a] = 0;
    }
  }
  return rows;
}

std::string FormatSweepCsv(std::span<const SweepAxis> axes, std::span<const SweepRow> rows) {
  std::string out;
  for (const SweepAxis& a : axes) report::Put(out, "{},", a.key);
  report::Put(out, "verdict");
  const SweepRow* full = nullptr;
  for (const SweepRow& r : rows) {
    if (r.valid) {
      full = &r;
      break;
    }
  }
  if (full != nullptr) {
    for (const SweepTest& t : full->tests) report::Put(out, ",{0},{0}_verdict", t.id);
  }
  report::Put(out, ",note\n");
  for (const SweepRow& r : rows) {
    for (const std::string& v : r.values) report::Put(out, "{},", v);
    report::Put(out, "{}", r.valid ? ToString(r.verdict) : "invalid");
    if (full != nullptr) {
      for (std::size_t i = 0; i < full->tests.size(); ++i) {
        if (r.valid && i < r.tests.size()) {
          const double m = r.tests[i].measured;
          if (std::isfinite(m)) {
            report::Put(out, ",{:.6g},{}", m, ToString(r.tests[i].verdict));
          } else {
            report::Put(out, ",,{}", ToString(r.tests[i].verdict));
          }
        } else {
          report::Put(out, ",,");
        }
      }
    }
    std::string note = r.error;
    for (char& c : note) {
      if (c == '"') c = '\'';
    }
    report::Put(out, ",\"{}\"\n", note);
  }
  return out;
}

}  // namespace hoistway::tower
