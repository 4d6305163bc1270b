// One second-order IIR section (a biquad), designed from an analogue
// prototype by the bilinear transform.
#pragma once

#include <complex>
#include <span>

namespace hoistway::ride {

// H(s) = (n0 + n1 s + n2 s^2) / (d0 + d1 s + d2 s^2), s in rad/s.
struct AnalogSection {
  double n0 = 1.0, n1 = 0.0, n2 = 0.0;
  double d0 = 1.0, d1 = 0.0, d2 = 0.0;
};

// H(z) = (b0 + b1 z^-1 + b2 z^-2) / (1 + a1 z^-1 + a2 z^-2).
struct BiquadCoefficients {
  double b0 = 1.0, b1 = 0.0, b2 = 0.0;
  double a1 = 0.0, a2 = 0.0;
};

// Second-order high-pass and low-pass sections with natural frequency f_hz
// and quality factor q (q = 1/sqrt(2): Butterworth).
AnalogSection AnalogHighPass(double f_hz, double q);
AnalogSection AnalogLowPass(double f_hz, double q);

// The bilinear transform s = K (1 - z^-1) / (1 + z^-1) with
// K = w_p / tan(w_p / (2 fs)), w_p = 2 pi prewarp_hz, so that the digital
// response equals the analogue one exactly at prewarp_hz (Oppenheim &
// Schafer, "Discrete-Time Signal Processing", 3rd ed., section 7.2.2).
// Requires 0 < prewarp_hz < sample_rate_hz / 2.
BiquadCoefficients BilinearTransform(const AnalogSection& section, double sample_rate_hz,
                                     double prewarp_hz);

// Complex response of `section` at frequency f_hz.
std::complex<double> Response(const AnalogSection& section, double f_hz);
// Complex response of a digital section at f_hz for the given sample rate.
std::complex<double> Response(const BiquadCoefficients& c, double f_hz, double sample_rate_hz);

// A biquad with its state (transposed direct form II). Cheap to copy.
class Biquad {
 public:
  Biquad() = default;
  explicit Biquad(const BiquadCoefficients& c) : c_(c) {}

  // Filters one sample.
  double Process(double x) {
    const double y = c_.b0 * x + z1_;
    z1_ = c_.b1 * x - c_.a1 * y + z2_;
    z2_ = c_.b2 * x - c_.a2 * y;
    return y;
  }

  // Sets the state as if `x` had been the input forever, so that a signal
  // starting at a non-zero level (gravity, an offset) causes no start-up
  // transient. Returns the steady output.
  double Prime(double x);

  // Gain at 0 Hz.
  double DcGain() const;
  const BiquadCoefficients& coefficients() const { return c_; }

 private:
  BiquadCoefficients c_;
  double z1_ = 0.0;
  double z2_ = 0.0;
};

// Filters `data` forwards then backwards with `c` (zero phase, squared
// magnitude response), each pass primed with the edge sample.
void FilterZeroPhase(std::span<float> data, const BiquadCoefficients& c);

}  // namespace hoistway::ride
