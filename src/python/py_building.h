// Buildings in Python: loading, inspecting and changing a description's
// group control (module `hoistway`).
#pragma once

#include <pybind11/pybind11.h>

#include <optional>
#include <string>

#include "core/building.h"
#include "core/call_model.h"

namespace hoistway::python {

// Raised for bad input (a description, an option): hoistway.BuildingError,
// a ValueError whose message names file, line and key.
void ThrowBadInput(const Error& error);

// The control override given by Python arguments (None: the group's own).
ControlOverride OverrideOf(const std::optional<std::string>& dispatcher,
                           const std::optional<std::string>& call_model);

// A copy of `building` with `control` applied; BuildingError when it does not fit.
Building WithControl(const Building& building, const ControlOverride& control);

// Registers Building, load_building, parse_building and BuildingError.
void BindBuilding(pybind11::module_& m);

}  // namespace hoistway::python
