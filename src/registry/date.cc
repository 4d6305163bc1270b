#include "registry/date.h"

#include <fmt/core.h>

#include <chrono>

namespace hoistway::registry {
namespace {

namespace chr = std::chrono;

chr::year_month_day Ymd(std::int32_t days) {
  return chr::year_month_day{chr::sys_days{chr::days{days}}};
}

bool ParseDigits(std::string_view text, int* out) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return !text.empty();
}

}  // namespace

Result<Date> Date::FromYmd(int year, int month, int day) {
  const chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                                chr::day{static_cast<unsigned>(day)}};
  if (month < 1 || month > 12 || day < 1 || !ymd.ok() || year < 1800 || year > 2999) {
    return InvalidInput(fmt::format("{:04}-{:02}-{:02} is not a valid date", year, month, day));
  }
  return Date(static_cast<std::int32_t>(chr::sys_days{ymd}.time_since_epoch().count()));
}

Result<Date> Date::Parse(std::string_view text) {
  int y = 0, m = 0, d = 0;
  bool ok = false;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    ok = ParseDigits(text.substr(0, 4), &y) && ParseDigits(text.substr(5, 2), &m) &&
         ParseDigits(text.substr(8, 2), &d);
  } else if (text.size() == 8) {
    ok = ParseDigits(text.substr(0, 4), &y) && ParseDigits(text.substr(4, 2), &m) &&
         ParseDigits(text.substr(6, 2), &d);
  }
  if (!ok) return InvalidInput(fmt::format("'{}' is not a date of the form YYYY-MM-DD", text));
  return FromYmd(y, m, d);
}

Date Date::Of(chr::sys_seconds time) {
  const auto day = chr::floor<chr::days>(time);
  return Date(static_cast<std::int32_t>(day.time_since_epoch().count()));
}

int Date::year() const {
  return static_cast<int>(Ymd(days_).year());
}
int Date::month() const {
  return static_cast<int>(static_cast<unsigned>(Ymd(days_).month()));
}
int Date::day() const {
  return static_cast<int>(static_cast<unsigned>(Ymd(days_).day()));
}

std::string Date::ToString() const {
  return fmt::format("{:04}-{:02}-{:02}", year(), month(), day());
}

Date Date::AddMonths(int n) const {
  const auto ymd = Ymd(days_);
  auto target = chr::year_month_day{ymd.year(), ymd.month(), chr::day{1}} + chr::months{n};
  const auto last = chr::year_month_day_last{target.year(), chr::month_day_last{target.month()}};
  const auto day = ymd.day() > last.day() ? last.day() : ymd.day();
  const chr::year_month_day result{target.year(), target.month(), day};
  return Date(static_cast<std::int32_t>(chr::sys_days{result}.time_since_epoch().count()));
}

int Date::YearsSince(Date earlier) const {
  int years = year() - earlier.year();
  if (month() < earlier.month() || (month() == earlier.month() && day() < earlier.day())) --years;
  return years;
}

std::string MonthOf(Date date) {
  return fmt::format("{:04}-{:02}", date.year(), date.month());
}

chr::sys_seconds Now() {
  return chr::floor<chr::seconds>(chr::system_clock::now());
}

std::string FormatTimestamp(chr::sys_seconds time) {
  const Date day = Date::Of(time);
  const chr::hh_mm_ss clock{time - chr::floor<chr::days>(time)};
  return fmt::format("{}T{:02}:{:02}:{:02}Z", day.ToString(), clock.hours().count(),
                     clock.minutes().count(), clock.seconds().count());
}

Result<chr::sys_seconds> ParseTimestamp(std::string_view text) {
  // "YYYY-MM-DDTHH:MM:SSZ"
  constexpr std::size_t kLength = 20;
  int hours = 0;
  int minutes = 0;
  int seconds = 0;
  const bool shaped =
      text.size() == kLength && text[10] == 'T' && text[13] == ':' && text[16] == ':' &&
      text[19] == 'Z' && ParseDigits(text.substr(11, 2), &hours) &&
      ParseDigits(text.substr(14, 2), &minutes) && ParseDigits(text.substr(17, 2), &seconds) &&
      hours < 24 && minutes < 60 && seconds < 60;
  if (shaped) {
    auto day = Date::Parse(text.substr(0, 10));
    if (day.ok()) {
      return chr::sys_days{chr::days{day->days()}} + chr::hours{hours} + chr::minutes{minutes} +
             chr::seconds{seconds};
    }
  }
  return InvalidInput(fmt::format("'{}' is not a time of the form YYYY-MM-DDTHH:MM:SSZ", text));
}

}  // namespace hoistway::registry
