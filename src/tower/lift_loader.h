// Reading a lift description (spec/tower.md, docs/tower.md) and checking that
// it describes a lift that can exist.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "core/status.h"
#include "tower/lift.h"

namespace hoistway::tower {

// A description with where each of its values came from, so that a check
// made later (after --set and faults) can still point at the input.
struct LoadedLift {
  LiftDescription description;
  std::string source;  // the file name, for messages
  // Parameter path -> "file:line:column", "--set", or "--fault NAME"; keys
  // left at their defaults are absent.
  std::map<std::string, std::string, std::less<>> origins;

  // "<origin>: <path>" for messages: where `path` was set, or the source
  // file when it was left at its default.
  std::string Where(std::string_view path) const;
};

// Parses a description (YAML or JSON). Unknown keys are errors with the
// nearest valid key as a hint, required keys must be present, values must lie
// in their ranges (parameters.h). Errors (kInvalidInput) read
// "<source>:<line>:<column>: <key.path>: <problem>". Does not call
// ValidateLift. Thread-safe.
Result<LoadedLift> ParseLift(std::string_view text, const std::string& source);

// Reads and parses the file at `path`; an unreadable file is kIo.
Result<LoadedLift> LoadLiftFile(const std::string& path);

// Checks what one key cannot: the groove's angles for its type, a floor
// height within the travel, and a lift that can be held and stopped at all
// (the brake holds the empty car at rest; the safety gear can stop the
// empty car). A description that fails these is not a lift to test: the
// error (kInvalidInput) names the key and where it was set.
Status ValidateLift(const LoadedLift& lift);

}  // namespace hoistway::tower
