#include "core/traffic_templates.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

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

constexpr TrafficTemplateInfo kTemplates[] = {
    {"up_peak",
     "morning arrivals: 12 %/5 min, 85 % incoming, 10 % outgoing, 5 % interfloor (BCO 2014)"},
    {"down_peak", "evening departures: 12 %/5 min, 10 % incoming, 85 % outgoing, 5 % interfloor"},
    {"lunch",
     "lunchtime two-way: 13 %/5 min, 45 % incoming, 45 % outgoing, 10 % interfloor (BCO 2014)"},
    {"interfloor", "balanced interfloor: 4 %/5 min, 10 % incoming, 10 % outgoing, 80 % interfloor"},
    {"office_day",
     "an office day 07:00-19:00 in 13 periods: up-peak, interfloor, lunch, down-peak"},
};

constexpr std::string_view kTemplateNames[] = {"up_peak", "down_peak", "lunch", "interfloor",
                                               "office_day"};
static_assert(std::size(kTemplateNames) == std::size(kTemplates));

PeriodSpec MakePeriod(double duration_s, const Mix& mix) {
  return {.duration_s = duration_s,
          .rate_pct_per_5min = mix.rate_pct_per_5min,
          .incoming_pct = mix.incoming_pct,
          .outgoing_pct = mix.outgoing_pct,
          .interfloor_pct = mix.interfloor_pct};
}

double OfficeDayLength() {
  double total = 0.0;
  for (const DayPeriod& p : kOfficeDay) total += p.minutes * kSecondsPerMinute;
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
  if (name == "office_day") return OfficeDayLength();
  return std::nullopt;
}

Result<std::vector<PeriodSpec>> ExpandTrafficTemplate(std::string_view name, double duration_s) {
  if (name == "office_day") {
    std::vector<PeriodSpec> periods;
    for (const DayPeriod& p : kOfficeDay) {
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
