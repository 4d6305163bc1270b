// Lifts for the tower's unit tests.
#pragma once

#include <string>

#include "tower/lift_loader.h"

namespace hoistway::tower::testing {

// A description of examples/tower/ (NAME.yaml), loaded and validated; the
// test fails when it cannot be.
LoadedLift ExampleLift(const std::string& name);

// Every example of examples/tower/.
inline const char* const kExamples[] = {"mrl-630", "mr-1000-2to1", "gearless-1600-4"};

}  // namespace hoistway::tower::testing
