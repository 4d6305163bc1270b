// The scenarios of data/training, compiled into the binary by cmake/embed.cmake.
#pragma once

#include <string_view>
#include <vector>

namespace hoistway::training {

struct EmbeddedFile {
  std::string_view path;  // from the repository's root, e.g. "data/training/doors-slam.yaml"
  std::string_view text;
};

// Every embedded file, sorted by path.
const std::vector<EmbeddedFile>& EmbeddedTrainingFiles();

}  // namespace hoistway::training
