// Call models (conventional, destination, hybrid): their names, the default
// destination panels a group gets, and the checks a group control must pass
// under them. One place for the loader and for command-line overrides.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/building.h"
#include "core/status.h"

namespace hoistway {

// "conventional", "destination", "hybrid", in the order --help lists them.
std::span<const std::string_view> CallModelNames();

// The call model called `name`; kInvalidInput naming the known ones (with a
// "did you mean") otherwise.
Result<CallModel> ParseCallModel(std::string_view name);

// Gives `group` the call model `model` with its default panels: none for
// conventional, every served floor for destination, the entrance floors it
// serves for hybrid. kInvalidInput (a problem, without a location) for a
// hybrid group that serves no entrance floor.
Status SetCallModel(const Building& building, GroupSpec& group, CallModel model);

// kInvalidInput (a problem, without a location) when the group's dispatcher
// needs destination calls (aca) and its call model is conventional.
Status CheckDispatcherFitsCallModel(const GroupSpec& group);

// A group control chosen on the command line for every group (`simulate
// --dispatcher`, `compare --call-model`, ...); unset parts keep each group's own.
struct ControlOverride {
  std::optional<std::string> dispatcher;
  std::optional<CallModel> call_model;
};

// Applies `control` to every group of `building` and checks the result.
// Errors (kInvalidInput) name the group and what to change.
Status ApplyControlOverride(Building& building, const ControlOverride& control);

// "etd, destination" — what a side of a comparison runs, for labels; parts
// not overridden are left out.
std::string DescribeControl(const ControlOverride& control);

}  // namespace hoistway
