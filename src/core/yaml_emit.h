// Writing a description read into a YamlNode tree back as text (flow-style
// YAML, which the loader reads like the original), with some values
// replaced or added: how `hoistway sweep` makes each design's description
// from the building's, so that every design goes through the loader's checks.
#pragma once

#include <map>
#include <string>

#include "core/yaml_tree.h"

namespace hoistway {

// Replacements by key path: map keys joined with '/', list items by their
// index, e.g. "groups/1/car/rated_speed_mps". A path whose last key is absent
// from its map adds that key (the map itself must exist).
using YamlReplacements = std::map<std::string, const YamlNode*>;

// `node` as one line of flow-style YAML. Plain scalars are written as they
// were (numbers and booleans stay numbers and booleans) unless they hold a
// character that flow style would misread, then double-quoted; quoted
// scalars stay quoted; an alias is written out in full at each use. Pure.
std::string EmitFlowYaml(const YamlNode& node, const YamlReplacements& replacements = {});

}  // namespace hoistway
