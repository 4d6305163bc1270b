#include "registry/certificate_pdf.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "registry/messages.h"

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

// The text of `pdf` by pdftotext (with -bbox: an XHTML list of each word and
// its box); "" when pdftotext or the font is missing outside CI (skipped).
std::string PdfText(const std::string& pdf, const std::string& options) {
  const std::string path = ::testing::TempDir() + "certificate_words.pdf";
  std::ofstream(path, std::ios::binary) << pdf;
  std::FILE* pipe = popen(("pdftotext " + options + " " + path + " - 2>/dev/null").c_str(), "r");
  if (pipe == nullptr) return "";
  std::string text;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) text.append(buffer, n);
  pclose(pipe);
  return text;
}

struct Box {
  double x0, y0, x1, y1;
  std::string word;
};

std::vector<Box> Boxes(const std::string& xhtml) {
  std::vector<Box> out;
  const std::regex word(
      R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
  for (auto it = std::sregex_iterator(xhtml.begin(), xhtml.end(), word);
       it != std::sregex_iterator(); ++it) {
    out.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]),
                   std::stod((*it)[4]), (*it)[5]});
  }
  return out;
}

class CertificateLanguagesTest : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    std::FILE* font = std::fopen(kCertificateFont, "rb");
    if (font == nullptr) {
      if (std::getenv("CI") != nullptr) FAIL() << "fonts-nanum is missing";
      GTEST_SKIP() << "fonts-nanum is not installed";
    }
    std::fclose(font);
    profile_ = *LoadProfile("korea");
    lift_.registration_no = "1234567";
    lift_.building = {1, "서울타워 빌딩", "Алматы, проспект Абая 150/230, блок Б, подъезд 4",
                      "Бостандыкский район", "office"};
    lift_.kind = "passenger";
    lift_.drive = "traction";
    lift_.rated_load_kg = 1000;
    lift_.persons = 13;
    lift_.rated_speed_mps = 1.75;
    lift_.installed_on = "2015-03-01";
    lift_.status = LiftStatus::kInService;
    lift_.last_result = "conditional";
    lift_.last_inspection_on = "2026-10-01";
    lift_.valid_from = "2026-10-01";
    lift_.valid_until = "2027-09-30";
    lift_.remediation_until = "2026-11-30";
    lift_.next_inspection_due = "2026-11-30";
    lift_.next_inspection_kind = "confirmation";
    inspection_.kind = InspectionKind::kPeriodic;
    inspection_.date = "2026-10-01";
    inspection_.result = Verdict::kConditional;
    inspection_.inspector = "Kim Inspector";
    inspection_.notes = "Landing doors of floors 3 and 7 to be adjusted";
    inspection_.items = {{"C01", "Stopping accuracy", "pass", 6.5, "mm", ""},
                         {"C02", "Door closing force", "defect", 162, "N", "closes too hard"}};
  }

  std::string Render() {
    CertificateInput input;
    input.lift = &lift_;
    input.last_inspection = &inspection_;
    input.profile = &profile_;
    input.today = *Date::Parse("2026-11-25");
    input.language = GetParam();
    input.verify_url = "https://registry.example.kr/api/v1/lifts/1234567";
    auto pdf = RenderCertificatePdf(input);
    EXPECT_TRUE(pdf.ok()) << pdf.error().message();
    return pdf.ok() ? *pdf : "";
  }

  RegulationProfile profile_;
  Lift lift_;
  Inspection inspection_;
};

// Regression: the certificate printed enum names ("passenger", "in_service",
// "conditional"), no notes or defects, no profile, and "/api/v1/lifts/..." as
// the address to verify it. Now words in the reader's language, the notes,
// the defect with its measurement, limit and note, the regulation, and an
// absolute address.
TEST_P(CertificateLanguagesTest, SaysItInWordsWithNotesDefectsAndTheProfile) {
  const std::string language = GetParam();
  std::string text = PdfText(Render(), "-raw");
  if (text.empty()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  // pdftotext joins words with single spaces; so do the expectations.
  text = std::regex_replace(text, std::regex("\\s+"), " ");
  for (const std::string& expected :
       {Message(language, "pdf.title"), Words(language, "liftKind", "passenger"),
        Words(language, "verdict", "conditional"), Words(language, "nextKind", "confirmation"),
        Words(language, "inspection.item", "defect"), std::string("closes too hard"),
        std::string("Landing doors of floors 3 and 7 to be adjusted"),
        std::string("승강기 안전관리법"),
        std::string("https://registry.example.kr/api/v1/lifts/1234567")}) {
    EXPECT_NE(text.find(expected), std::string::npos) << language << ": " << expected << "\n"
                                                      << text;
  }
  if (language != "en") {
    EXPECT_EQ(text.find("passenger lift"), std::string::npos);
  }
  EXPECT_EQ(text.find("in_service"), std::string::npos);
}

// Regression: Russian labels ran into their values (a fixed 170-point column).
TEST_P(CertificateLanguagesTest, NoTwoWordsOverlap) {
  const std::string xhtml = PdfText(Render(), "-bbox");
  if (xhtml.empty()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  const auto boxes = Boxes(xhtml);
  ASSERT_GT(boxes.size(), 50u);
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      const Box& a = boxes[i];
      const Box& b = boxes[j];
      const double dx = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
      const double dy = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
      EXPECT_FALSE(dx > 0.5 && dy > 0.5)
          << GetParam() << ": '" << a.word << "' and '" << b.word << "' overlap";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Languages, CertificateLanguagesTest, ::testing::Values("en", "ko", "ru"));

}  // namespace
}  // namespace hoistway::registry
