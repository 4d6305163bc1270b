#include "registry/certificate_pdf.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace hoistway::registry {
namespace {

// Regression: the certificate printed Korean and Kazakh text as '?' (it used
// the base-14 fonts). With Nanum Gothic installed it must carry them.
TEST(CertificatePdfTest, KoreanAndKazakhTextIsNotLost) {
  auto profile = LoadProfile("korea");
  ASSERT_TRUE(profile.ok()) << profile.error().message();
  Lift lift;
  lift.registration_no = "1234567";
  lift.building.name = "서울타워 빌딩";
  lift.building.address = "Алматы, Әл-Фараби даңғылы 17";
  lift.building.region = "Бостандық";
  lift.rated_load_kg = 1000;
  lift.persons = 13;
  lift.rated_speed_mps = 1.75;
  lift.installed_on = "2015-03-01";
  CertificateInput input;
  input.lift = &lift;
  input.profile = &*profile;
  auto date = Date::Parse("2026-11-25");
  ASSERT_TRUE(date.ok());
  input.today = *date;
  auto pdf = RenderCertificatePdf(input);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message();
  ASSERT_EQ(pdf->rfind("%PDF-", 0), 0u);
  EXPECT_LT(pdf->size(), 600u * 1024u) << "the embedded font should be a subset";

  // In CI the set-up script has installed the font and pdftotext: no skipping.
  const bool ci = std::getenv("CI") != nullptr;
  std::FILE* font = std::fopen(kCertificateFont, "rb");
  if (font == nullptr) {
    if (ci) FAIL() << "fonts-nanum is missing";
    GTEST_SKIP() << "fonts-nanum is not installed (scripts/setup.sh installs it)";
  }
  std::fclose(font);
  const std::string path = ::testing::TempDir() + "certificate_test.pdf";
  std::ofstream(path, std::ios::binary) << *pdf;
  std::FILE* pipe = popen(("pdftotext " + path + " - 2>/dev/null").c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string text;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) text.append(buffer, n);
  const int status = pclose(pipe);
  if (status != 0 && text.empty()) {
    if (ci) FAIL() << "pdftotext (poppler-utils) is missing";
    GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  }
  EXPECT_NE(text.find("서울타워 빌딩"), std::string::npos) << text;
  EXPECT_NE(text.find("Әл-Фараби даңғылы"), std::string::npos) << text;
  EXPECT_NE(text.find("1234567"), std::string::npos);
}

}  // namespace
}  // namespace hoistway::registry
