// Sound figures from the A-weighted level channel of a recording.
//
// The channel holds the instrument's A-weighted sound level in dB(A), one
// reading per sample; hoistway does not weight it again. Readings of 0 dB
// or less (or NaN) are dropouts (phone apps write 0 when the microphone
// gives nothing) and are skipped.
#pragma once

#include <cstddef>
#include <optional>
#include <span>

#include "ride/peak_to_peak.h"

namespace hoistway::ride {

struct SoundFigures {
  double max_dba = 0.0;
  // Equivalent continuous level: 10 lg( mean(10^(L/10)) ), the energy mean
  // of equally spaced readings (ISO 1996-1:2016, 3.1.7; IEC 61672-1:2013, 3.9).
  double laeq_dba = 0.0;
  double mean_dba = 0.0;  // arithmetic mean of the readings, as phone apps report
  std::size_t readings = 0;
};

// Figures of `levels` within `region`; nullopt when it holds no valid reading.
std::optional<SoundFigures> SoundIn(std::span<const float> levels, SampleRange region);

}  // namespace hoistway::ride
