// Reading a building description (docs/building-format.md) into a validated
// Building with every default filled in.
#pragma once

#include <span>
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

// As ParseBuilding, for text that came from the file `source_name` (or was
// made from it): files it names are read relative to `files_dir` (a folder
// ending in '/', or "" for the current one).
Result<Building> ParseBuildingAt(std::string_view text, const std::string& source_name,
                                 const std::string& files_dir);

// The keys a group map (groups[i]) and a car map (groups[i].car) may hold,
// for tools that address them by name (`hoistway sweep`).
std::span<const std::string_view> GroupKeys();
std::span<const std::string_view> CarKeys();

// Reads the file at `path` and parses it, naming it `path` in messages;
// files it names (O-D tables) are read relative to its folder. An
// unreadable file (missing, a directory, a read error) is kIo; content errors
// are as for ParseBuilding.
Result<Building> LoadBuildingFile(const std::string& path);

}  // namespace hoistway
