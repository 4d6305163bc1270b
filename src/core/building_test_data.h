// A small valid building description for the loader's tests, and a helper
// to vary it one line at a time.
#pragma once

#include <gtest/gtest.h>

#include <string>

namespace hoistway::testing {

// Four floors (an entrance and three populated floors), one group, up-peak.
inline constexpr char kSmallBuilding[] = R"(name: Small office
floors:
  - {name: G, height_m: 4.5, entrance: true}
  - {name: "1", height_m: 4.0, population: 50}
  - {name: "2", height_m: 3.5, population: 60}
  - {name: "3", height_m: 3.5, population: 40}
groups:
  - name: A
    cars: 2
    car:
      capacity_persons: 13
      rated_speed_mps: 1.6
      acceleration_mps2: 1.0
      jerk_mps3: 1.5
      door_open_s: 2.0
      door_close_s: 3.0
      passenger_transfer_s: 1.2
traffic:
  template: up_peak
)";

// `text` with the first `from` replaced by `to`; `from` must occur.
inline std::string With(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "not in the text: " << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

}  // namespace hoistway::testing
