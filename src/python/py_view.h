// What a group control written in Python sees: the engine's GroupView and
// the call being assigned, as small Python objects (module `hoistway`).
#pragma once

#include <pybind11/pybind11.h>

#include <string>

#include "sim/dispatcher.h"
#include "sim/group_view.h"

namespace hoistway::python {

// "up" or "down" (the names of sim/direction.h's DirectionName) to a
// Direction; ValueError otherwise.
Direction ParseDirection(const std::string& name);

// A GroupView lent to Python for one dispatcher call: every accessor raises
// RuntimeError once the call has returned (Invalidate), so a view kept by
// Python code can never read freed engine state.
class PyView {
 public:
  explicit PyView(const GroupView* view) : view_(view) {}
  void Invalidate() { view_ = nullptr; }
  // The view; RuntimeError when invalidated.
  const GroupView& get() const;

 private:
  const GroupView* view_;
};

// Registers View, Car, LandingCall, DestinationCall and LandingCallState.
void BindView(pybind11::module_& m);

}  // namespace hoistway::python
