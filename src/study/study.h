// A study (`hoistway sweep STUDY.yaml`): a building and a grid of designs
// made from it by varying some of its parameters, each design simulated
// with the same seed and runs (docs/studies.md).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/building.h"
#include "core/status.h"
#include "core/yaml_emit.h"
#include "core/yaml_tree.h"

namespace hoistway::study {

// The default and the largest number of designs a study may hold; a study
// may lower or raise its own limit (`max_designs`) up to kMaxGridDesigns.
inline constexpr std::size_t kDefaultMaxDesigns = 10000;

// One varied parameter: a key path of the building (e.g.
// "groups.A.car.rated_speed_mps") and its values as written in the study.
struct Axis {
  std::string key;   // as written in the study
  std::string path;  // in the building's tree, e.g. "groups/0/car/rated_speed_mps"
  std::vector<const YamlNode*> values;
  std::vector<std::string> labels;  // each value as one line of flow YAML
};

// A study's own target on one of its figures (design_run.h,
// StudyFigureDefs): the design meets it when the figure is at most (or at
// least) the limit.
struct StudyTarget {
  std::string figure;
  double limit = 0.0;
  bool at_most = true;
};

struct Study {
  std::string source;  // the study file
  std::string name;
  std::string building_path;  // as resolved against the study's folder
  std::uint64_t seed = 1;
  int runs = 3;
  std::size_t max_designs = kDefaultMaxDesigns;
  std::vector<Axis> axes;
  // When given, these judge the designs instead of the building's
  // analysis.targets (interval and handling capacity).
  std::vector<StudyTarget> targets;
  Building base;  // the building as described
  // The building's description and the study's, kept for the designs' values.
  YamlDocument building_yaml;
  YamlDocument study_yaml;
  std::vector<std::unique_ptr<YamlDocument>> range_values;  // values written as FROM:TO:COUNT

  std::size_t DesignCount() const;
  // The value index on each axis of design `design` (0-based, first axis slowest).
  std::vector<std::size_t> Point(std::size_t design) const;
};

// Reads and checks a study file and the building it names. Every value of
// every axis is tried on the building alone, so a bad value is refused here.
// Errors (kInvalidInput, or kIo for an unreadable file) read
// "<study>:<line>:<column>: <key>: <problem>", e.g.
//   study.yaml:6:3: vary.groups.A.car.rated_sped_mps: unknown key 'rated_sped_mps' (did you mean
//   'rated_speed_mps'?)
// and a grid beyond max_designs names `vary`.
Result<Study> LoadStudyFile(const std::string& path);

// The description of design `design`: the building with the design's values.
// Errors: a combination the loader refuses (each value alone was fine), as
// the loader's message without its position.
Result<Building> DesignBuilding(const Study& study, std::size_t design);

}  // namespace hoistway::study
