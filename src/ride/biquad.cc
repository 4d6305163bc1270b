#include "ride/biquad.h"

#include <cassert>
#include <cmath>
#include <numbers>

namespace hoistway::ride {

namespace {

double AngularFrequency(double f_hz) {
  return 2.0 * std::numbers::pi * f_hz;
}

}  // namespace

AnalogSection AnalogHighPass(double f_hz, double q) {
  const double w = AngularFrequency(f_hz);
  return {0.0, 0.0, 1.0, w * w, w / q, 1.0};
}

AnalogSection AnalogLowPass(double f_hz, double q) {
  const double w = AngularFrequency(f_hz);
  return {w * w, 0.0, 0.0, w * w, w / q, 1.0};
}

BiquadCoefficients BilinearTransform(const AnalogSection& s, double sample_rate_hz,
                                     double prewarp_hz) {
  assert(prewarp_hz > 0.0 && prewarp_hz < sample_rate_hz / 2.0);
  const double wp = AngularFrequency(prewarp_hz);
  const double k = wp / std::tan(wp / (2.0 * sample_rate_hz));
  const double k2 = k * k;
  // Substituting s and multiplying through by (1 + z^-1)^2.
  const double b0 = s.n0 + s.n1 * k + s.n2 * k2;
  const double b1 = 2.0 * (s.n0 - s.n2 * k2);
  const double b2 = s.n0 - s.n1 * k + s.n2 * k2;
  const double a0 = s.d0 + s.d1 * k + s.d2 * k2;
  const double a1 = 2.0 * (s.d0 - s.d2 * k2);
  const double a2 = s.d0 - s.d1 * k + s.d2 * k2;
  return {b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0};
}

std::complex<double> Response(const AnalogSection& s, double f_hz) {
  const std::complex<double> jw(0.0, AngularFrequency(f_hz));
  return (s.n0 + s.n1 * jw + s.n2 * jw * jw) / (s.d0 + s.d1 * jw + s.d2 * jw * jw);
}

std::complex<double> Response(const BiquadCoefficients& c, double f_hz, double sample_rate_hz) {
  const std::complex<double> z1 = std::polar(1.0, -AngularFrequency(f_hz) / sample_rate_hz);
  const std::complex<double> z2 = z1 * z1;
  return (c.b0 + c.b1 * z1 + c.b2 * z2) / (1.0 + c.a1 * z1 + c.a2 * z2);
}

double Biquad::DcGain() const {
  return (c_.b0 + c_.b1 + c_.b2) / (1.0 + c_.a1 + c_.a2);
}

double Biquad::Prime(double x) {
  // Steady state of y = b0 x + z1, z1' = b1 x - a1 y + z2, z2' = b2 x - a2 y.
  const double y = DcGain() * x;
  z2_ = c_.b2 * x - c_.a2 * y;
  z1_ = y - c_.b0 * x;
  return y;
}

void FilterZeroPhase(std::span<float> data, const BiquadCoefficients& c) {
  if (data.empty()) return;
  Biquad forward(c);
  forward.Prime(data.front());
  for (float& v : data) v = static_cast<float>(forward.Process(v));
  Biquad backward(c);
  backward.Prime(data.back());
  for (auto it = data.rbegin(); it != data.rend(); ++it) {
    *it = static_cast<float>(backward.Process(*it));
  }
}

}  // namespace hoistway::ride
