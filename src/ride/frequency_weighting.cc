#include "ride/frequency_weighting.h"

#include <cmath>
#include <numbers>

namespace hoistway::ride {

namespace {

// ISO 2631-1:1997 Annex A, Table A.1.
constexpr double kBandHighPassHz = 0.4;               // f1
constexpr double kBandLowPassHz = 100.0;              // f2
constexpr double kBandQ = std::numbers::sqrt2 / 2.0;  // Q1 = Q2 = 1/sqrt(2)
constexpr double kWkTransitionHz = 12.5;              // f3 = f4
constexpr double kWdTransitionHz = 2.0;               // f3 = f4
constexpr double kTransitionQ = 0.63;                 // Q4
constexpr double kWkStepLowHz = 2.37;                 // f5
constexpr double kWkStepHighHz = 3.35;                // f6
constexpr double kWkStepQ = 0.91;                     // Q5 = Q6
// Leave the band-limiting low-pass out above this fraction of the sample rate.
constexpr double kMaxLowPassFraction = 0.45;

double Angular(double f_hz) {
  return 2.0 * std::numbers::pi * f_hz;
}

AnalogSection Transition(double f_hz) {
  const double w = Angular(f_hz);
  return {1.0, 1.0 / w, 0.0, 1.0, 1.0 / (kTransitionQ * w), 1.0 / (w * w)};
}

AnalogSection UpwardStep() {
  const double w5 = Angular(kWkStepLowHz);
  const double w6 = Angular(kWkStepHighHz);
  return {w5 * w5, w5 / kWkStepQ, 1.0, w6 * w6, w6 / kWkStepQ, 1.0};
}

double TransitionHz(Weighting w) {
  return w == Weighting::kWk ? kWkTransitionHz : kWdTransitionHz;
}

}  // namespace

std::string_view WeightingName(Weighting w) {
  return w == Weighting::kWk ? "Wk" : "Wd";
}

double AnalogWeightingGain(Weighting w, double f_hz) {
  std::complex<double> h = Response(AnalogHighPass(kBandHighPassHz, kBandQ), f_hz) *
                           Response(AnalogLowPass(kBandLowPassHz, kBandQ), f_hz) *
                           Response(Transition(TransitionHz(w)), f_hz);
  if (w == Weighting::kWk) h *= Response(UpwardStep(), f_hz);
  return std::abs(h);
}

WeightingFilter::WeightingFilter(Weighting w, double sample_rate_hz)
    : sample_rate_hz_(sample_rate_hz) {
  auto add = [&](const AnalogSection& s, double prewarp_hz) {
    sections_[count_++] = Biquad(BilinearTransform(s, sample_rate_hz, prewarp_hz));
  };
  add(AnalogHighPass(kBandHighPassHz, kBandQ), kBandHighPassHz);
  add(Transition(TransitionHz(w)), TransitionHz(w));
  if (w == Weighting::kWk) add(UpwardStep(), kWkStepHighHz);
  if (kBandLowPassHz < kMaxLowPassFraction * sample_rate_hz) {
    add(AnalogLowPass(kBandLowPassHz, kBandQ), kBandLowPassHz);
  }
}

void WeightingFilter::Prime(double x) {
  for (int i = 0; i < count_; ++i) x = sections_[i].Prime(x);
}

double WeightingFilter::Gain(double f_hz) const {
  std::complex<double> h = 1.0;
  for (int i = 0; i < count_; ++i)
    h *= Response(sections_[i].coefficients(), f_hz, sample_rate_hz_);
  return std::abs(h);
}

}  // namespace hoistway::ride
