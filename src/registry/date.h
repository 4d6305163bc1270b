// Calendar dates of the registry (inspection days, validity ends), as a count
// of days since 1970-01-01. Text form is ISO 8601 "YYYY-MM-DD".
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace hoistway::registry {

// A proleptic Gregorian calendar day. Cheap to copy; ordered.
class Date {
 public:
  constexpr Date() = default;
  // The day `days` after 1970-01-01 (negative before).
  static constexpr Date FromDays(std::int32_t days) { return Date(days); }
  // Builds a date from its parts; returns an error naming the text for an invalid day.
  static Result<Date> FromYmd(int year, int month, int day);
  // Parses exactly "YYYY-MM-DD"; also accepts "YYYYMMDD" (Korean public data).
  static Result<Date> Parse(std::string_view text);
  // The UTC day that `time` falls in.
  static Date Of(std::chrono::sys_seconds time);

  constexpr std::int32_t days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;
  // "YYYY-MM-DD".
  std::string ToString() const;

  Date AddDays(std::int32_t n) const { return Date(days_ + n); }
  // Adds calendar months; a day past the end of the target month becomes its last day.
  Date AddMonths(int n) const;
  Date AddYears(int n) const { return AddMonths(12 * n); }
  // Whole years from `earlier` to this date (age on this date).
  int YearsSince(Date earlier) const;

  friend constexpr auto operator<=>(Date, Date) = default;

 private:
  constexpr explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

// "YYYY-MM" of the month a date falls in.
std::string MonthOf(Date date);

// Where the registry reads the time: an injected function, so that tests
// (and a server replaying records) choose it. Nothing in the registry reads
// the system clock itself.
using Clock = std::function<std::chrono::sys_seconds()>;

// The system clock, to the second: what the edges (cli) inject as the Clock.
std::chrono::sys_seconds Now();
// `time` as "YYYY-MM-DDTHH:MM:SSZ" (UTC): how the database stores instants, so
// that text order is time order.
std::string FormatTimestamp(std::chrono::sys_seconds time);
// Parses exactly what FormatTimestamp writes; an error naming the text otherwise.
Result<std::chrono::sys_seconds> ParseTimestamp(std::string_view text);

}  // namespace hoistway::registry
