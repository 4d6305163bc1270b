#include "core/traffic_templates.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <span>

#include "core/did_you_mean.h"
#include "core/printable.h"

// Sources (full references in docs/building-format.md, "Traffic templates"):
//
// [BCO]  British Council for Offices, Guide to Specification (2014), lift
//        design criteria for offices, as summarised by AdSimulo,
//        https://adsimulo.com/bco-2014-standard-now-included/ : up-peak
//        handling capacity 12 % of the population per 5 minutes with 85 % up
//        (incoming), 10 % down, 5 % interfloor; lunchtime two-way 13 % with
//        45 % up, 45 % down, 10 % interfloor. The same mixes are often quoted
//        for CIBSE Guide D (2015/2020); we could not read Guide D itself, so
//        we cite BCO.
// [PSE]  R. Peters, R. Smith, E. Evans, "The appraisal of lift passenger
//        demand in modern office buildings", BSERT 32(2), 2011: the office
//        day of Strakosch (Vertical Transportation Handbook) and Barney
//        (CIBSE Guide D; Elevator Traffic Handbook) has a pronounced morning
//        up-peak, two small lunchtime up-peaks and down-peaks, periods of
//        balanced two-way traffic between, and a pronounced evening
//        down-peak. This gives the shape of office_day, not its numbers.
// [BAR]  G. Barney, Elevator Traffic Handbook (Spon, 2003), the chapter on
//        interfloor traffic: in balanced interfloor traffic (mid-morning,
//        mid-afternoon) people move between floors and a small percentage
//        leave and are replaced by arrivals.
//
// [PSE2] The same paper's measurements in modern office buildings (and the
//        Elevator World version, "Lift passenger demand in office
//        buildings", Sept. 2011): demand is far from the classical shape,
//        with a morning up-peak well below the design figures and the
//        lunchtime two-way period the busiest of the day. CIBSE Guide D
//        (2015) took up this view of office demand (we could not read it;
//        the statement is the CIBSE Lifts Group's of 2013, Traffic Analysis
//        & Simulation Open Forum minutes, with Peters as Section 4 author).
// [STA]  Stanhope, "Lift performance and specification" (2004), as reported
//        by Designing Buildings Wiki, "Lifts for office buildings": a survey
//        of nine London offices measured a morning peak of about 6 % of the
//        population in 5 minutes and suggested 7 % as the design figure,
//        with lunchtime the more relevant pattern.
// [BB]   Barney and Al-Sharif, "Elevator Traffic Handbook", 2nd ed.
//        (Routledge, 2016), ch. "Midday traffic": the midday period, which
//        can last over two hours, is the most severe test of a lift system,
//        its central portion the heaviest.
//
// Numbers marked "ours" were chosen by this project to fit those shapes;
// they come from no published table.

namespace hoistway {

namespace {

constexpr double kSecondsPerMinute = 60.0;

struct Mix {
  double rate_pct_per_5min;
  double incoming_pct;
  double outgoing_pct;
  double interfloor_pct;
};

// [BCO] up-peak: rate and mix as published.
constexpr Mix kUpPeak = {12.0, 85.0, 10.0, 5.0};
// The up-peak mirrored (ours): we found no published down-peak mix or rate.
// Elevate's manual (Appendix A) gives its "Barney one hour" up-peak and
// down-peak templates the same shape, which supports mirroring, no more.
constexpr Mix kDownPeak = {12.0, 10.0, 85.0, 5.0};
// [BCO] lunchtime two-way: rate and mix as published.
constexpr Mix kLunch = {13.0, 45.0, 45.0, 10.0};
// Balanced interfloor after [BAR]; the 4 % rate and the 10/10/80 mix are ours.
constexpr Mix kInterfloor = {4.0, 10.0, 10.0, 80.0};

struct DayPeriod {
  double minutes;
  Mix mix;
};

// office_day, 07:00 to 19:00, shaped after [PSE]. The design peaks are the
// [BCO] figures; every other rate and mix is ours, chosen so that over the
// day incoming and outgoing trips balance (each about twice the population:
// in, out to lunch, back, out) — see the test that checks it.
constexpr DayPeriod kOfficeDay[] = {
    {60, {1.0, 85.0, 10.0, 5.0}},   // 07:00 early arrivals
    {30, {5.0, 85.0, 10.0, 5.0}},   // 08:00 arrivals build up
    {15, kUpPeak},                  // 08:30 morning up-peak [BCO]
    {45, {3.0, 85.0, 10.0, 5.0}},   // 08:45 late arrivals
    {135, kInterfloor},             // 09:30 mid-morning interfloor
    {30, {6.0, 25.0, 65.0, 10.0}},  // 11:45 out to lunch
    {30, kLunch},                   // 12:15 lunch peak [BCO]
    {45, {6.0, 65.0, 25.0, 10.0}},  // 12:45 back from lunch
    {180, kInterfloor},             // 13:30 afternoon interfloor
    {30, {4.0, 10.0, 70.0, 20.0}},  // 16:30 early leavers
    {15, kDownPeak},                // 17:00 evening down-peak
    {30, {6.0, 10.0, 85.0, 5.0}},   // 17:15 leaving
    {75, {2.0, 10.0, 85.0, 5.0}},   // 17:45 late leavers, to 19:00
};

// modern_office_day, 07:30 to 18:30, shaped after [PSE2], [STA] and [BB]: a
// morning peak of 10 % (between [STA]'s measured 6-7 % and [BCO]'s 12 %
// design figure; ours), a two-hour midday period whose central hour is
// [BCO]'s lunchtime design peak, and a spread-out evening. Every other
// rate and mix is ours; over the day incoming and outgoing trips balance
// (a test checks it), each about 2.5 times the population.
constexpr DayPeriod kModernOfficeDay[] = {
    {60, {3.0, 85.0, 10.0, 5.0}},    // 07:30 early arrivals
    {30, {10.0, 80.0, 10.0, 10.0}},  // 08:30 morning peak (ours, after [STA], [PSE2])
    {30, {5.0, 70.0, 15.0, 15.0}},   // 09:00 late arrivals
    {120, {4.0, 10.0, 10.0, 80.0}},  // 09:30 morning interfloor
    {30, {9.0, 25.0, 60.0, 15.0}},   // 11:30 out to lunch [BB]
    {60, kLunch},                    // 12:00 lunch peak [BCO], the day's busiest [PSE2]
    {30, {9.0, 60.0, 25.0, 15.0}},   // 13:00 back from lunch [BB]
    {180, {4.0, 10.0, 10.0, 80.0}},  // 13:30 afternoon interfloor
    {60, {5.0, 10.0, 75.0, 15.0}},   // 16:30 early leavers
    {30, {8.0, 5.0, 85.0, 10.0}},    // 17:30 evening peak
    {30, {3.0, 5.0, 85.0, 10.0}},    // 18:00 late leavers, to 18:30
};

constexpr TrafficTemplateInfo kTemplates[] = {
    {"up_peak",
     "morning arrivals: 12 %/5 min, 85 % incoming, 10 % outgoing, 5 % interfloor (BCO 2014)"},
    {"down_peak", "evening departures: 12 %/5 min, 10 % incoming, 85 % outgoing, 5 % interfloor"},
    {"lunch",
     "lunchtime two-way: 13 %/5 min, 45 % incoming, 45 % outgoing, 10 % interfloor (BCO 2014)"},
    {"interfloor", "balanced interfloor: 4 %/5 min, 10 % incoming, 10 % outgoing, 80 % interfloor"},
    {"office_day",
     "an office day 07:00-19:00 in 13 periods: up-peak, interfloor, lunch, down-peak"},
    {"modern_office_day",
     "a modern office day 07:30-18:30 in 11 periods (Peters et al. 2011): a modest morning "
     "peak, lunchtime the busiest"},
};

constexpr std::string_view kTemplateNames[] = {"up_peak",    "down_peak",  "lunch",
                                               "interfloor", "office_day", "modern_office_day"};
static_assert(std::size(kTemplateNames) == std::size(kTemplates));

PeriodSpec MakePeriod(double duration_s, const Mix& mix) {
  return {.duration_s = duration_s,
          .rate_pct_per_5min = mix.rate_pct_per_5min,
          .incoming_pct = mix.incoming_pct,
          .outgoing_pct = mix.outgoing_pct,
          .interfloor_pct = mix.interfloor_pct,
          .od = {},
          .od_source = {}};
}

// A day template's periods, or an empty span for a single-period template.
std::span<const DayPeriod> DayOf(std::string_view name) {
  if (name == "office_day") return kOfficeDay;
  if (name == "modern_office_day") return kModernOfficeDay;
  return {};
}

double DayLength(std::span<const DayPeriod> day) {
  double total = 0.0;
  for (const DayPeriod& p : day) total += p.minutes * kSecondsPerMinute;
  return total;
}

}  // namespace

std::span<const TrafficTemplateInfo> TrafficTemplates() {
  return kTemplates;
}

std::span<const std::string_view> TrafficTemplateNames() {
  return kTemplateNames;
}

std::optional<double> TrafficTemplateLength(std::string_view name) {
  const std::span<const DayPeriod> day = DayOf(name);
  if (!day.empty()) return DayLength(day);
  return std::nullopt;
}

Result<std::vector<PeriodSpec>> ExpandTrafficTemplate(std::string_view name, double duration_s) {
  if (const std::span<const DayPeriod> day = DayOf(name); !day.empty()) {
    std::vector<PeriodSpec> periods;
    for (const DayPeriod& p : day) {
      periods.push_back(MakePeriod(p.minutes * kSecondsPerMinute, p.mix));
    }
    return periods;
  }
  const Mix* mix = nullptr;
  if (name == "up_peak") mix = &kUpPeak;
  if (name == "down_peak") mix = &kDownPeak;
  if (name == "lunch") mix = &kLunch;
  if (name == "interfloor") mix = &kInterfloor;
  if (mix == nullptr) {
    return InvalidInput(fmt::format("unknown traffic template '{}'{}; known: {}", Printable(name),
                                    DidYouMean(name, kTemplateNames),
                                    fmt::join(kTemplateNames, ", ")));
  }
  if (!(duration_s > 0.0) || !std::isfinite(duration_s)) {
    return InvalidInput(
        fmt::format("a template's duration must be greater than 0 (got {})", duration_s));
  }
  return std::vector<PeriodSpec>{MakePeriod(duration_s, *mix)};
}

}  // namespace hoistway
