#include "tower/example_lifts.h"

#include "tower/embedded_data.h"

namespace hoistway::tower {

std::vector<ExampleLiftText> BuiltInExampleLifts() {
  constexpr std::string_view kPrefix = "examples/tower/";
  constexpr std::string_view kSuffix = ".yaml";
  std::vector<ExampleLiftText> out;
  for (const EmbeddedFile& file : EmbeddedTowerFiles()) {
    if (!file.path.starts_with(kPrefix) || !file.path.ends_with(kSuffix)) continue;
    const std::string_view name =
        file.path.substr(kPrefix.size(), file.path.size() - kPrefix.size() - kSuffix.size());
    out.push_back({std::string(name), file.text});
  }
  return out;
}

}  // namespace hoistway::tower
