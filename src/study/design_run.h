// Simulating one design of a study, and its result in a form that travels
// between MPI ranks unchanged (doubles as bytes, so a document assembled
// from results computed anywhere is the same byte for byte).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "study/study.h"

namespace hoistway::study {

// The figures a study reports for each design, in order: name and the path
// in a simulation report (sim/figures.h). journey_time_mean_s is the time to
// destination where nobody changes groups.
struct StudyFigureDef {
  std::string_view name;
  std::string_view path;
  std::string_view fallback;  // used when `path` is absent (no transfers)
};
std::vector<StudyFigureDef> StudyFigureDefs();

struct DesignResult {
  bool valid = false;  // false: the combination is not a building (note says why)
  std::string note;
  std::vector<double> mean;  // per StudyFigureDefs()
  std::vector<double> half_width_95;
};

// Simulates design `design` (runs and seed of the study, one thread).
// A combination the loader refuses is an invalid result, not an error.
// Errors: a simulation that fails (kInvalidInput from the engine).
Result<DesignResult> RunDesign(const Study& study, std::size_t design);

// The result as bytes and back. Decode errors (kInternal) mean a corrupted message.
std::string EncodeResult(const DesignResult& result);
Result<DesignResult> DecodeResult(std::string_view bytes);

}  // namespace hoistway::study
