// Decimated traces of a run for plotting (see RideTraces).
#pragma once

#include <array>
#include <cstddef>
#include <span>

#include "ride/envelope.h"
#include "ride/report.h"

namespace hoistway::ride {

struct TraceSources {
  double sample_rate_hz = 0.0;
  std::span<const float> acceleration;  // vertical, 10 Hz low-passed, offset not removed
  std::span<const float> sound;         // dB(A); empty when there is no sound channel
  const std::array<BlockEnvelope, kAxisCount>* vibration = nullptr;  // weighted, mg
};

// Traces of the window from 2 s before boundary 0 to 2 s after boundary 3,
// with at most about `points` buckets each. Reads report.motion and
// report.vibration for the boundaries and the peaks to mark.
RideTraces BuildTraces(const TraceSources& sources, const RideReport& report, std::size_t points);

}  // namespace hoistway::ride
