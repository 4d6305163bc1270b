#include "registry/date.h"

#include <fmt/core.h>

#include <chrono>
#include <ctime>

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

Date Date::Today() {
  const auto now = chr::floor<chr::days>(chr::system_clock::now());
  return Date(static_cast<std::int32_t>(now.time_since_epoch().count()));
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

std::string NowTimestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

}  // namespace hoistway::registry
