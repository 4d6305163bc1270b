// Building descriptions for the workbench's tests: the README's example
// office (examples/office.yaml), optionally with a longer traffic duration so
// that a simulation runs long enough to be watched and cancelled.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace hoistway::server::testing {

inline std::string ExampleOffice(double duration_s = 3600) {
  std::ifstream in(std::string(HOISTWAY_SOURCE_DIR) + "/examples/office.yaml");
  std::stringstream text;
  text << in.rdbuf();
  std::string yaml = text.str();
  const std::string key = "duration_s: 3600";
  if (const auto at = yaml.find(key); at != std::string::npos) {
    yaml.replace(at, key.size(),
                 "duration_s: " + std::to_string(static_cast<long long>(duration_s)));
  }
  return yaml;
}

// A week of up-peak traffic: a couple of seconds in a release build, long
// enough to be cancelled mid-run in any build.
inline constexpr double kLongDurationS = 7 * 24 * 3600.0;

}  // namespace hoistway::server::testing
