// The frequency weightings Wk (vertical) and Wd (horizontal) of ISO 2631-1,
// which ISO 18738-1 prescribes for lift vibration, as digital filters.
//
// Each weighting is the product of (ISO 2631-1:1997 Annex A, Table A.1;
// ISO 8041:2005 defines the same filters):
//   band-limiting high-pass  s^2 / (s^2 + w1 s/Q1 + w1^2)        f1 = 0.4 Hz
//   band-limiting low-pass   w2^2 / (s^2 + w2 s/Q2 + w2^2)       f2 = 100 Hz
//   a-v transition           (1 + s/w3) / (1 + s/(Q4 w4) + s^2/w4^2)
//   upward step (Wk only)    (s^2 + w5 s/Q5 + w5^2) / (s^2 + w6 s/Q6 + w6^2)
// with Q1 = Q2 = 1/sqrt(2), w = 2 pi f and
//   Wk: f3 = f4 = 12.5 Hz, Q4 = 0.63, f5 = 2.37 Hz, Q5 = 0.91, f6 = 3.35 Hz, Q6 = 0.91
//   Wd: f3 = f4 = 2.0 Hz,  Q4 = 0.63, no upward step.
// These reproduce the weighting factors tabulated in ISO 2631-1:1997
// Table 3 (e.g. Wk 0.482 at 1 Hz, 1.054 at 6.3 Hz; Wd 1.011 at 1 Hz).
#pragma once

#include <array>
#include <string_view>

#include "ride/biquad.h"

namespace hoistway::ride {

enum class Weighting {
  kWk,  // vertical (z) whole-body vibration
  kWd,  // horizontal (x, y) whole-body vibration
};

// "Wk" or "Wd".
std::string_view WeightingName(Weighting w);

// |H(j 2 pi f)| of the analogue weighting, band-limiting included: the
// exact formula from which ISO 2631-1 Table 3 is computed.
double AnalogWeightingGain(Weighting w, double f_hz);

// The weighting as a cascade of biquads, each from the bilinear transform
// pre-warped at its own characteristic frequency (f1, f4, f6, f2). The
// 100 Hz band-limiting low-pass is left out when it lies above 0.45 times
// the sample rate: a recording sampled that slowly is band-limited already.
// Cheap to copy; one instance per channel (it holds the filter state).
class WeightingFilter {
 public:
  // Requires sample_rate_hz > 2 * 12.5 Hz (the highest corner designed).
  WeightingFilter(Weighting w, double sample_rate_hz);

  double Process(double x) {
    for (int i = 0; i < count_; ++i) x = sections_[i].Process(x);
    return x;
  }
  // Primes every section for a constant input x (see Biquad::Prime).
  void Prime(double x);
  // Gain of this digital filter at f_hz.
  double Gain(double f_hz) const;
  int section_count() const { return count_; }

 private:
  double sample_rate_hz_;
  std::array<Biquad, 4> sections_;
  int count_ = 0;
};

}  // namespace hoistway::ride
