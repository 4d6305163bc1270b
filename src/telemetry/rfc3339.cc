#include "telemetry/rfc3339.h"

#include <fmt/core.h>

#include "core/printable.h"

namespace hoistway::telemetry {
namespace {

// Reads `count` digits at `pos`; false if any is not a digit.
bool Digits(std::string_view text, std::size_t pos, std::size_t count, int* value) {
  if (pos + count > text.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    v = v * 10 + (text[i] - '0');
  }
  *value = v;
  return true;
}

Error Bad(std::string_view text) {
  return InvalidInput(fmt::format("'{}' is not an RFC 3339 time (YYYY-MM-DDTHH:MM:SS[.fff]Z)",
                                  Printable(text, 40)));
}

}  // namespace

Result<TimePoint> ParseTime(std::string_view text) {
  using namespace std::chrono;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (text.size() < 20 || !Digits(text, 0, 4, &y) || text[4] != '-' || !Digits(text, 5, 2, &mo) ||
      text[7] != '-' || !Digits(text, 8, 2, &d) || (text[10] != 'T' && text[10] != 't') ||
      !Digits(text, 11, 2, &h) || text[13] != ':' || !Digits(text, 14, 2, &mi) || text[16] != ':' ||
      !Digits(text, 17, 2, &s)) {
    return Bad(text);
  }
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)},
                           day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || s > 60) return Bad(text);
  std::size_t pos = 19;
  int millis = 0;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    const std::size_t start = pos;
    int scale = 100;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      millis += (text[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
    if (pos == start) return Bad(text);
  }
  if (pos >= text.size()) return Bad(text);
  minutes offset{0};
  if (text[pos] == 'Z' || text[pos] == 'z') {
    ++pos;
  } else if (text[pos] == '+' || text[pos] == '-') {
    int oh = 0, om = 0;
    if (!Digits(text, pos + 1, 2, &oh) || pos + 3 >= text.size() || text[pos + 3] != ':' ||
        !Digits(text, pos + 4, 2, &om) || oh > 23 || om > 59) {
      return Bad(text);
    }
    offset = hours(oh) + minutes(om);
    if (text[pos] == '-') offset = -offset;
    pos += 6;
  } else {
    return Bad(text);
  }
  if (pos != text.size()) return Bad(text);
  // A leap second (:60) is read as the next second, as POSIX time does.
  const auto day_start = sys_days(ymd);
  return TimePoint(day_start.time_since_epoch() + hours(h) + minutes(mi) + seconds(s) +
                   milliseconds(millis) - offset);
}

std::string FormatTime(TimePoint time) {
  // By hand rather than through fmt: the monitor formats two times per event.
  using namespace std::chrono;
  const auto days = floor<std::chrono::days>(time);
  const year_month_day ymd{days};
  std::int64_t ms = (time - days).count();
  char out[] = "0000-00-00T00:00:00.000Z";
  auto put = [&out](int pos, int width, std::int64_t value) {
    for (int i = width - 1; i >= 0; --i, value /= 10)
      out[pos + i] = static_cast<char>('0' + value % 10);
  };
  const int year = static_cast<int>(ymd.year());
  if (year < 0 || year > 9999) {
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", year,
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                       ms / 3'600'000, ms / 60'000 % 60, ms / 1000 % 60, ms % 1000);
  }
  put(0, 4, year);
  put(5, 2, static_cast<unsigned>(ymd.month()));
  put(8, 2, static_cast<unsigned>(ymd.day()));
  put(11, 2, ms / 3'600'000);
  put(14, 2, ms / 60'000 % 60);
  put(17, 2, ms / 1000 % 60);
  put(20, 3, ms % 1000);
  return std::string(out, sizeof(out) - 1);
}

}  // namespace hoistway::telemetry
