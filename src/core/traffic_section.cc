// The `traffic` map: explicit periods, a named template, or saturated up-peak.
#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/building_sections.h"
#include "core/od_table.h"
#include "core/printable.h"
#include "core/read_file.h"
#include "core/routes.h"
#include "core/traffic_templates.h"

namespace hoistway {

namespace {

constexpr std::string_view kTrafficKeys[] = {
    "duration_s", "passenger_mass_kg", "passenger_mass_sd_kg", "batch_mean", "periods", "template",
    "saturated",  "passengers"};
constexpr std::string_view kPassengerKeys[] = {"time_s", "from", "to"};
// Bounds the memory a description can ask for (a survey of a large building
// over a week is well below).
constexpr std::size_t kMaxPassengers = 2000000;
constexpr std::string_view kPeriodKeys[] = {"duration_s", "rate_pct_per_5min", "incoming",
                                            "outgoing",   "interfloor",        "od"};

constexpr double kDefaultDurationS = 3600.0;
constexpr double kMaxPassengerMassKg = 300.0;
constexpr std::string_view kWhyMaxMass = "heavier than any passenger with luggage";
constexpr double kMaxRatePct = 100.0;
constexpr std::string_view kWhyMaxRate = "the whole population every 5 minutes";
// More than a year of 5-minute periods; bounds the memory an input can ask for.
constexpr std::size_t kMaxPeriods = 200000;
constexpr double kMaxMassSdKg = 100.0;
constexpr std::string_view kWhyMaxMassSd = "wider than any population's spread of masses";
// Groups of people arriving together are a few persons; 50 is a coach party.
constexpr double kMaxBatchMean = 50.0;
constexpr double kFullMixPct = 100.0;
constexpr double kMixTolerancePct = 1e-6;

NumberRange DurationRange() {
  return NumberRange::Positive(kMaxTimeS, kWhyMaxTime);
}

// The `od` of a period: a CSV file beside the description, or rows inline.
Result<std::vector<double>> ReadOdValue(const MapReader& p, const LoadState& state) {
  const YamlNode& node = *p.Find("od");
  const std::string where = p.WhereIs("od");
  const std::vector<std::string_view> names = state.FloorNames();
  if (node.IsScalar()) {
    std::string file;
    if (!ReadText(*state.errors, node, p.PathOf("od"), &file)) return state.errors->error();
    if (!state.files_dir) {
      return InvalidInput(fmt::format(
          "{}: a description sent as text names no file; give the table inline as rows of "
          "percentages (one row per floor, in the order of floors)",
          where));
    }
    const std::string path = file.starts_with('/') ? file : *state.files_dir + file;
    Result<std::string> text = ReadSmallFile(path, kMaxOdTableBytes);
    if (!text.ok()) return InvalidInput(fmt::format("{}: {}", where, text.error().message()));
    Result<std::vector<double>> table = ParseOdCsv(*text, path, names);
    if (!table.ok()) return InvalidInput(fmt::format("{}: {}", where, table.error().message()));
    return table;
  }
  if (!node.IsSequence()) {
    return InvalidInput(fmt::format("{}: expected a CSV file name or a list of rows, got {}", where,
                                    Describe(node)));
  }
  std::vector<std::vector<double>> rows;
  for (std::size_t i = 0; i < node.items.size(); ++i) {
    const YamlNode& row = *node.items[i];
    const std::string row_path = fmt::format("{}[{}]", p.PathOf("od"), i);
    if (!row.IsSequence()) {
      return InvalidInput(
          fmt::format("{}[{}]: expected a list of percentages, got {}", where, i, Describe(row)));
    }
    rows.emplace_back();
    for (std::size_t j = 0; j < row.items.size(); ++j) {
      double v = 0.0;
      if (!ReadNumber(*state.errors, *row.items[j], fmt::format("{}[{}]", row_path, j),
                      NumberRange::NonNegative(kFullMixPct), &v)) {
        return state.errors->error();
      }
      rows.back().push_back(v);
    }
  }
  return CheckOdRows(rows, where, names);
}

// Every trip a table asks for must be carried by a group, or by several
// with changes at entrances and transfer floors.
Status CheckOdCarried(const LoadState& state, const PeriodSpec& period, const std::string& where) {
  const Building& b = *state.building;
  const Routes routes = Routes::Build(b);
  const auto n = static_cast<std::size_t>(b.FloorCount());
  for (std::size_t o = 0; o < n; ++o) {
    for (std::size_t d = 0; d < n; ++d) {
      if (period.od[o * n + d] <= 0.0) continue;
      const FloorIndex from(static_cast<int>(o));
      const FloorIndex to(static_cast<int>(d));
      if (!routes.Reachable(from, to)) {
        return InvalidInput(fmt::format(
            "{}: row '{}', column '{}': no group serves both floors, even with changes at "
            "transfer floors or entrances, so nobody can make that trip",
            where, Printable(b.floor(from).name), Printable(b.floor(to).name)));
      }
    }
  }
  return Status::Ok();
}

void ReadPeriods(const MapReader& t, LoadState& state, bool duration_given) {
  ConfigErrors& errors = *state.errors;
  TrafficSpec& traffic = state.building->traffic;
  const YamlNode* list = t.List("periods");
  if (list == nullptr) return;
  if (list->items.empty()) {
    t.FailAt("periods", "needs at least one period");
    return;
  }
  if (list->items.size() > kMaxPeriods) {
    t.FailAt("periods", fmt::format("must list at most {} periods (got {}): more than a year of "
                                    "5-minute periods",
                                    kMaxPeriods, list->items.size()));
    return;
  }
  double total_s = 0.0;
  for (std::size_t i = 0; i < list->items.size(); ++i) {
    const YamlNode& item = *list->items[i];
    const MapReader p(errors, item, fmt::format("traffic.periods[{}]", i), kPeriodKeys);
    PeriodSpec period;
    p.RequiredNumber("duration_s", DurationRange(), &period.duration_s);
    p.RequiredNumber("rate_pct_per_5min", NumberRange::Positive(kMaxRatePct, kWhyMaxRate),
                     &period.rate_pct_per_5min);
    const NumberRange percent = NumberRange::Between(0.0, kFullMixPct);
    p.Number("incoming", percent, &period.incoming_pct);
    p.Number("outgoing", percent, &period.outgoing_pct);
    p.Number("interfloor", percent, &period.interfloor_pct);
    if (!errors.ok()) return;
    const double mix = period.incoming_pct + period.outgoing_pct + period.interfloor_pct;
    if (p.Has("od")) {
      for (std::string_view key : {"incoming", "outgoing", "interfloor"}) {
        if (p.Has(key)) {
          p.FailAt(key, "give either od or the incoming/outgoing/interfloor mix, not both");
          return;
        }
      }
      Result<std::vector<double>> table = ReadOdValue(p, state);
      if (!table.ok()) {
        errors.Record(table.error());
        return;
      }
      period.od = std::move(table).value();
      period.od_source = p.WhereIs("od");
      const Status carried = CheckOdCarried(state, period, period.od_source);
      if (!carried.ok()) {
        errors.Record(carried.error());
        return;
      }
    } else if (std::fabs(mix - kFullMixPct) > kMixTolerancePct) {
      errors.Fail(item.position, p.path(),
                  fmt::format("incoming + outgoing + interfloor must add up to 100 (got {})", mix));
      return;
    }
    total_s += period.duration_s;
    traffic.periods.push_back(period);
    state.period_at.push_back({item.position, p.path()});
  }
  if (duration_given) return;
  if (total_s > kMaxTimeS) {
    t.FailAt("periods", fmt::format("the periods last {} s in all, more than a year", total_s));
    return;
  }
  traffic.duration_s = total_s;
}

void ReadTemplate(const MapReader& t, LoadState& state, bool duration_given) {
  TrafficSpec& traffic = state.building->traffic;
  std::string name;
  if (!t.Text("template", &name)) return;
  if (!duration_given) {
    traffic.duration_s = TrafficTemplateLength(name).value_or(kDefaultDurationS);
  }
  Result<std::vector<PeriodSpec>> periods = ExpandTrafficTemplate(name, traffic.duration_s);
  if (!periods.ok()) {
    t.FailAt("template", periods.error().message());
    return;
  }
  traffic.template_name = name;
  traffic.periods = std::move(periods).value();
  const YamlNode& at = *t.Find("template");
  state.period_at.assign(traffic.periods.size(), {at.position, t.PathOf("template")});
}

// `passengers`: an explicit list of arrivals, replayed as given.
void ReadPassengers(const MapReader& t, LoadState& state, bool duration_given) {
  ConfigErrors& errors = *state.errors;
  const Building& building = *state.building;
  TrafficSpec& traffic = state.building->traffic;
  const YamlNode* list = t.List("passengers");
  if (list == nullptr) return;
  if (list->items.empty()) {
    t.FailAt("passengers", "needs at least one passenger");
    return;
  }
  if (list->items.size() > kMaxPassengers) {
    t.FailAt("passengers", fmt::format("must list at most {} passengers (got {})", kMaxPassengers,
                                       list->items.size()));
    return;
  }
  double last_s = 0.0;
  std::vector<DefinedAt> at;
  std::optional<Routes> routes;  // built at the first passenger
  for (std::size_t i = 0; i < list->items.size(); ++i) {
    const YamlNode& item = *list->items[i];
    const MapReader p(errors, item, fmt::format("traffic.passengers[{}]", i), kPassengerKeys);
    ScriptedPassenger passenger;
    std::string from;
    std::string to;
    p.RequiredNumber("time_s", NumberRange::Between(0.0, kMaxTimeS, kWhyMaxTime),
                     &passenger.time_s);
    if (!p.Text("from", &from) && errors.ok()) p.Require("from");
    if (!p.Text("to", &to) && errors.ok()) p.Require("to");
    if (!errors.ok()) return;
    const std::optional<FloorIndex> origin = state.FindFloor(from);
    const std::optional<FloorIndex> destination = state.FindFloor(to);
    if (!origin) return p.FailAt("from", state.UnknownFloor(from));
    if (!destination) return p.FailAt("to", state.UnknownFloor(to));
    if (*origin == *destination) return p.FailAt("to", "is the same floor as 'from'");
    if (!routes) routes = Routes::Build(building);
    if (!routes->Reachable(*origin, *destination)) {
      return p.FailAt("to", fmt::format("no group serves both '{}' and '{}', even with changes "
                                        "at transfer floors or entrances",
                                        Printable(from), Printable(to)));
    }
    passenger.origin = *origin;
    passenger.destination = *destination;
    last_s = std::max(last_s, passenger.time_s);
    traffic.passengers.push_back(passenger);
    at.push_back({item.position, p.path()});
  }
  if (duration_given) {
    for (std::size_t i = 0; i < traffic.passengers.size(); ++i) {
      if (traffic.passengers[i].time_s >= traffic.duration_s) {
        errors.Fail(at[i].position, at[i].path,
                    fmt::format("arrives at {} s, not before traffic.duration_s ({} s)",
                                traffic.passengers[i].time_s, traffic.duration_s));
        return;
      }
    }
  } else {
    // One second after the last arrival: the run then drains (report.drain_s).
    traffic.duration_s = last_s + 1.0;
  }
  std::stable_sort(
      traffic.passengers.begin(), traffic.passengers.end(),
      [](const ScriptedPassenger& a, const ScriptedPassenger& b) { return a.time_s < b.time_s; });
}

}  // namespace

void ReadTraffic(const MapReader& top, LoadState& state) {
  ConfigErrors& errors = *state.errors;
  const YamlNode* node = top.Require("traffic");
  if (node == nullptr) return;
  const MapReader t(errors, *node, "traffic", kTrafficKeys);
  TrafficSpec& traffic = state.building->traffic;
  const bool duration_given = t.Number("duration_s", DurationRange(), &traffic.duration_s);
  t.Number("passenger_mass_kg", NumberRange::Positive(kMaxPassengerMassKg, kWhyMaxMass),
           &traffic.passenger_mass_kg);
  t.Number("passenger_mass_sd_kg", NumberRange::NonNegative(kMaxMassSdKg, kWhyMaxMassSd),
           &traffic.passenger_mass_sd_kg);
  t.Number("batch_mean",
           NumberRange{.min = 1.0,
                       .max = kMaxBatchMean,
                       .requirement = "must be between 1 (everyone arrives alone) and 50: it is "
                                      "the mean size of a group of people arriving together"},
           &traffic.batch_mean);
  t.Bool("saturated", &traffic.saturated);
  const bool has_periods = t.Has("periods");
  const bool has_template = t.Has("template");
  const bool has_passengers = t.Has("passengers");
  if (!errors.ok()) return;
  if (has_passengers && (has_periods || has_template || traffic.saturated)) {
    t.FailAt("passengers",
             "give either passengers, periods, a template or saturated: true, not several");
  } else if (has_passengers) {
    ReadPassengers(t, state, duration_given);
  } else if (has_periods && has_template) {
    t.FailAt("template", "give either periods or template, not both");
  } else if (traffic.saturated && (has_periods || has_template)) {
    t.FailAt("saturated",
             "saturated traffic has no periods or template; remove them, or saturated: true");
  } else if (traffic.saturated) {
    if (!duration_given) traffic.duration_s = kDefaultDurationS;
    for (const GroupSpec& g : state.building->groups) {
      if (g.call_model == CallModel::kConventional) continue;
      t.FailAt("saturated",
               fmt::format("saturated up-peak is an endless queue at the up button, and group "
                           "'{}' has call_model {}; give a heavy up-peak period instead",
                           Printable(g.name), CallModelName(g.call_model)));
      break;
    }
  } else if (has_template) {
    ReadTemplate(t, state, duration_given);
  } else if (has_periods) {
    ReadPeriods(t, state, duration_given);
  } else {
    errors.Fail(node->position, t.path(),
                "missing required key 'periods' (or 'template', 'passengers', or "
                "'saturated: true')");
  }
}

}  // namespace hoistway
