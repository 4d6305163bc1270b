#include "sim/comparison.h"

#include <cassert>
#include <cmath>

#include "sim/figures.h"

namespace hoistway {

namespace {

constexpr ComparedFigureDef kCompared[] = {
    {"waiting_time_mean_s", "/waiting_time_s/mean", "s"},
    {"waiting_time_p50_s", "/waiting_time_s/p50", "s"},
    {"waiting_time_p95_s", "/waiting_time_s/p95", "s"},
    {"transit_time_mean_s", "/transit_time_s/mean", "s"},
    {"time_to_destination_mean_s", "/time_to_destination_s/mean", "s"},
    {"time_to_destination_p95_s", "/time_to_destination_s/p95", "s"},
    {"pct_waiting_over_60s", "/pct_waiting_over_60s", "%"},
    {"worst_5min_awt_s", "/worst_5min_awt_s", "s"},
    {"handling_capacity_pct_per_5min", "/handling_capacity_pct_per_5min", "%"},
    {"round_trip_time_s", "/round_trip_time_s", "s"},
    {"interval_s", "/interval_s", "s"},
    {"car_load_persons_mean", "/car_load_persons_mean", "persons"},
    {"passengers_delivered", "/passengers/delivered", "persons"},
};

// The value at `path` in one run's figures.
double ValueAt(const std::vector<Figure>& figures, std::string_view path) {
  for (const Figure& f : figures) {
    if (f.path == path) return f.value;
  }
  assert(false && "a compared figure is missing from Figures()");
  return 0.0;
}

}  // namespace

std::vector<ComparedFigureDef> ComparedFigureDefs() {
  return {std::begin(kCompared), std::end(kCompared)};
}

std::vector<ComparedFigure> PairFigures(const ReplicatedReport& a, const ReplicatedReport& b) {
  const std::size_t runs = std::min(a.reports.size(), b.reports.size());
  std::vector<std::vector<Figure>> fa;
  std::vector<std::vector<Figure>> fb;
  for (std::size_t k = 0; k < runs; ++k) {
    fa.push_back(Figures(a.reports[k]));
    fb.push_back(Figures(b.reports[k]));
  }
  std::vector<ComparedFigure> out;
  for (const ComparedFigureDef& def : kCompared) {
    ComparedFigure f;
    f.name = std::string(def.name);
    f.a = ValueAt(a.mean, def.path);
    f.b = ValueAt(b.mean, def.path);
    std::vector<double> d;
    for (std::size_t k = 0; k < runs; ++k) {
      d.push_back(ValueAt(fb[k], def.path) - ValueAt(fa[k], def.path));
    }
    double mean = 0.0;
    for (double x : d) mean += x;
    mean = runs > 0 ? mean / static_cast<double>(runs) : 0.0;
    f.difference = f.b - f.a;
    if (f.a != 0.0) f.ratio = f.b / f.a;
    if (runs >= 2) {
      double ss = 0.0;
      for (double x : d) ss += (x - mean) * (x - mean);
      const double sd = std::sqrt(ss / static_cast<double>(runs - 1));
      const double half =
          StudentT975(static_cast<int>(runs) - 1) * sd / std::sqrt(static_cast<double>(runs));
      f.ci95_low = mean - half;
      f.ci95_high = mean + half;
      f.significant = *f.ci95_low > 0.0 || *f.ci95_high < 0.0;
    }
    out.push_back(std::move(f));
  }
  return out;
}

Result<Comparison> RunComparison(const Building& a, const Building& b,
                                 const ReplicationOptions& options) {
  ReplicationOptions second = options;
  second.passengers = nullptr;
  second.cars = nullptr;
  return RunComparison(a, options, b, second);
}

Result<Comparison> RunComparison(const Building& a, const ReplicationOptions& options_a,
                                 const Building& b, const ReplicationOptions& options_b) {
  Comparison c;
  auto ra = RunReplications(a, options_a);
  if (!ra.ok()) return ra.error();
  auto rb = RunReplications(b, options_b);
  if (!rb.ok()) return rb.error();
  c.a = std::move(ra).value();
  c.b = std::move(rb).value();
  c.figures = PairFigures(c.a, c.b);
  return c;
}

}  // namespace hoistway
