#include "ride/frequency_weighting.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include "ride/peak_to_peak.h"
#include "ride/ride_test_support.h"

namespace hoistway::ride {
namespace {

// ISO 2631-1:1997 Table 3: weighting factors x 1000 at the one-third-octave
// frequencies, which the standard computes from the Annex A formulas.
struct TableRow {
  double f_hz;
  double wk;
  double wd;
};
constexpr std::array<TableRow, 30> kTable3 = {{
    {0.1, 31.2, 62.4}, {0.125, 48.6, 97.3}, {0.16, 79.0, 158}, {0.2, 121, 243},   {0.25, 182, 365},
    {0.315, 263, 530}, {0.4, 352, 713},     {0.5, 418, 853},   {0.63, 459, 944},  {0.8, 477, 992},
    {1.0, 482, 1011},  {1.25, 484, 1008},   {1.6, 494, 968},   {2.0, 531, 890},   {2.5, 631, 776},
    {3.15, 804, 642},  {4.0, 967, 512},     {5.0, 1039, 409},  {6.3, 1054, 323},  {8.0, 1036, 253},
    {10.0, 988, 202},  {12.5, 902, 161},    {16.0, 768, 125},  {20.0, 636, 100},  {25.0, 513, 80.0},
    {31.5, 405, 63.2}, {40.0, 314, 49.4},   {50.0, 246, 38.8}, {63.0, 186, 29.5}, {80.0, 132, 21.1},
}};

// The table is rounded to three significant figures.
double Rounding(double value) {
  return 0.006 * value;
}

TEST(FrequencyWeightingTest, AnalogueFormulaReproducesIso2631Table3) {
  for (const TableRow& row : kTable3) {
    EXPECT_NEAR(1000.0 * AnalogWeightingGain(Weighting::kWk, row.f_hz), row.wk, Rounding(row.wk))
        << "Wk at " << row.f_hz << " Hz";
    EXPECT_NEAR(1000.0 * AnalogWeightingGain(Weighting::kWd, row.f_hz), row.wd, Rounding(row.wd))
        << "Wd at " << row.f_hz << " Hz";
  }
}

// The bilinear transform compresses the top of the band: the digital
// filters stay within 2 % (0.17 dB) of the table up to about fs/12 and
// within 5 % up to fs/8 (documented in docs/ride.md).
void ExpectDigitalMatchesTable(double fs, double f_max, double tolerance) {
  const WeightingFilter wk(Weighting::kWk, fs);
  const WeightingFilter wd(Weighting::kWd, fs);
  for (const TableRow& row : kTable3) {
    if (row.f_hz > f_max) continue;
    EXPECT_NEAR(1000.0 * wk.Gain(row.f_hz), row.wk, tolerance * row.wk)
        << "Wk " << row.f_hz << " Hz, fs " << fs;
    EXPECT_NEAR(1000.0 * wd.Gain(row.f_hz), row.wd, tolerance * row.wd)
        << "Wd " << row.f_hz << " Hz, fs " << fs;
  }
}

TEST(FrequencyWeightingTest, DigitalFilterMatchesTableAt1000Hz) {
  ExpectDigitalMatchesTable(1000.0, 80.0, 0.02);
}

TEST(FrequencyWeightingTest, DigitalFilterMatchesTableAt256Hz) {
  ExpectDigitalMatchesTable(256.0, 20.0, 0.02);
  ExpectDigitalMatchesTable(256.0, 31.5, 0.05);
}

TEST(FrequencyWeightingTest, DigitalFilterMatchesTableAt100Hz) {
  ExpectDigitalMatchesTable(100.0, 8.0, 0.02);
  ExpectDigitalMatchesTable(100.0, 12.5, 0.06);
}

TEST(FrequencyWeightingTest, BandLimitingLowPassIsLeftOutNearNyquist) {
  EXPECT_EQ(WeightingFilter(Weighting::kWk, 1000.0).section_count(), 4);
  EXPECT_EQ(WeightingFilter(Weighting::kWd, 1000.0).section_count(), 3);
  EXPECT_EQ(WeightingFilter(Weighting::kWk, 200.0).section_count(), 3);
}

// A sinusoid of amplitude A and frequency f comes out with amplitude
// A |W(f)|, so its half-cycle peak-to-peak is 2 A |W(f)|.
TEST(FrequencyWeightingTest, SinusoidPeakToPeakIsTwiceAmplitudeTimesTableGain) {
  const double fs = 1000.0;
  struct Case {
    Weighting w;
    double f_hz;
    double gain;  // Table 3
  };
  for (const Case& c : {Case{Weighting::kWk, 6.3, 1.054}, Case{Weighting::kWk, 1.0, 0.482},
                        Case{Weighting::kWk, 20.0, 0.636}, Case{Weighting::kWd, 1.0, 1.011},
                        Case{Weighting::kWd, 4.0, 0.512}}) {
    WeightingFilter filter(c.w, fs);
    HalfCyclePeakTracker peaks;
    const double amplitude = 10.0;
    const int n = static_cast<int>(20.0 * fs);
    for (int i = 0; i < n; ++i) {
      peaks.Add(filter.Process(testing::Sine(amplitude, c.f_hz, i / fs)),
                static_cast<std::uint32_t>(i));
    }
    peaks.Finish();
    // The last 10 s: transients long gone.
    const PeakToPeakStats s = PeakToPeakIn(peaks.peaks(), {n / 2, n - static_cast<int>(fs)});
    EXPECT_NEAR(s.max_pk_pk, 2.0 * amplitude * c.gain, 0.01 * 2.0 * amplitude * c.gain)
        << WeightingName(c.w) << " " << c.f_hz << " Hz";
    EXPECT_NEAR(s.a95_pk_pk, s.max_pk_pk, 0.005 * s.max_pk_pk);
  }
}

TEST(FrequencyWeightingTest, PrimingRemovesTheStartTransientOfAnOffset) {
  WeightingFilter filter(Weighting::kWd, 256.0);
  filter.Prime(9.81);  // gravity on a tilted axis
  double largest = 0.0;
  for (int i = 0; i < 1000; ++i) largest = std::max(largest, std::fabs(filter.Process(9.81)));
  EXPECT_LT(largest, 1e-9);
}

}  // namespace
}  // namespace hoistway::ride
