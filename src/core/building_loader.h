// Reading a building description (docs/building-format.md) into a validated
// Building with every default filled in.
#pragma once

#include <string>
#include <string_view>

#include "core/building.h"
#include "core/status.h"

namespace hoistway {

// Parses and validates a building description (YAML, or JSON with the same
// keys). Text from elsewhere than a file may name no file: an O-D table
// given as a file name is an error (give it inline). `source_name` names the input in messages and
// Building::source. On bad input returns one Error (kInvalidInput) with a one-line message
// "<source>:<line>:<column>: <key.path>: <problem>", e.g.
//   office.yaml:14:7: groups[0].car.rated_sped_mps: unknown key (did you mean 'rated_speed_mps'?)
// and "<source>: empty building description" for an input with no content.
// Never throws; thread-safe (no shared state).
Result<Building> ParseBuilding(std::string_view text, const std::string& source_name);

// Reads the file at `path` and parses it, naming it `path` in messages;
// files it names (O-D tables) are read relative to its folder. An
// unreadable file (missing, a directory, a read error) is kIo; content errors
// are as for ParseBuilding.
Result<Building> LoadBuildingFile(const std::string& path);

}  // namespace hoistway
