// The example lifts of examples/tower, compiled into the binary so that the
// server can offer them (the web console's Test tower page opens them).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hoistway::tower {

struct ExampleLiftText {
  std::string name;       // "mrl-630"
  std::string_view text;  // the YAML as in the repository
};

// Every example, sorted by name.
std::vector<ExampleLiftText> BuiltInExampleLifts();

}  // namespace hoistway::tower
