#include "registry/certificate_pdf.h"

#include <fmt/core.h>
#include <hpdf.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "registry/validity.h"

namespace hoistway::registry {
namespace {

constexpr float kMargin = 56;
constexpr float kLine = 16;

struct PdfDeleter {
  void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
};
using PdfDoc = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, PdfDeleter>;

struct Fonts {
  HPDF_Font regular = nullptr;
  HPDF_Font bold = nullptr;
  bool utf8 = false;  // false: base-14 fonts in Windows-1251
};

bool Readable(const char* path) {
  std::FILE* f = std::fopen(path, "rb");
  if (f == nullptr) return false;
  std::fclose(f);
  return true;
}

// Nanum Gothic in UTF-8 when installed, else Helvetica in Windows-1251.
Fonts LoadFonts(HPDF_Doc doc) {
  Fonts fonts;
  if (Readable(kCertificateFont) && Readable(kCertificateBoldFont) &&
      HPDF_UseUTFEncodings(doc) == HPDF_OK) {
    const char* regular = HPDF_LoadTTFontFromFile(doc, kCertificateFont, HPDF_TRUE);
    const char* bold = HPDF_LoadTTFontFromFile(doc, kCertificateBoldFont, HPDF_TRUE);
    if (regular != nullptr && bold != nullptr) {
      fonts.regular = HPDF_GetFont(doc, regular, "UTF-8");
      fonts.bold = HPDF_GetFont(doc, bold, "UTF-8");
      fonts.utf8 = fonts.regular != nullptr && fonts.bold != nullptr;
      if (fonts.utf8) return fonts;
    }
    HPDF_ResetError(doc);
  }
  fonts.regular = HPDF_GetFont(doc, "Helvetica", "CP1251");
  fonts.bold = HPDF_GetFont(doc, "Helvetica-Bold", "CP1251");
  return fonts;
}

class Writer {
 public:
  Writer(HPDF_Page page, const Fonts& fonts) : page_(page), fonts_(fonts) {
    y_ = HPDF_Page_GetHeight(page) - kMargin;
  }
  void Text(float x, float size, bool bold, std::string_view text) {
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, bold ? fonts_.bold : fonts_.regular, size);
    const std::string encoded = fonts_.utf8 ? std::string(text) : ToCp1251(text);
    HPDF_Page_TextOut(page_, x, y_, encoded.c_str());
    HPDF_Page_EndText(page_);
  }
  void Row(std::string_view label, std::string_view value) {
    Text(kMargin, 10, true, label);
    Text(kMargin + 170, 10, false, value.empty() ? "-" : value);
    Down(kLine);
  }
  void Down(float dy) { y_ -= dy; }
  float y() const { return y_; }

 private:
  HPDF_Page page_;
  Fonts fonts_;
  float y_;
};

}  // namespace

std::string ToCp1251(std::string_view utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    unsigned code = 0;
    std::size_t len = 1;
    if (c < 0x80) {
      code = c;
    } else if ((c >> 5) == 0x6 && i + 1 < utf8.size()) {
      code = ((c & 0x1f) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3f);
      len = 2;
    } else if ((c >> 4) == 0xe) {
      len = 3;
      code = 0xfffd;
    } else if ((c >> 3) == 0x1e) {
      len = 4;
      code = 0xfffd;
    }
    i += len;
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code >= 0x410 && code <= 0x44f) {
      out += static_cast<char>(0xc0 + (code - 0x410));
    } else if (code == 0x401) {
      out += static_cast<char>(0xa8);
    } else if (code == 0x451) {
      out += static_cast<char>(0xb8);
    } else if (code == 0x406) {
      out += static_cast<char>(0xb2);
    } else if (code == 0x456) {
      out += static_cast<char>(0xb3);
    } else {
      out += '?';
    }
  }
  return out;
}

Result<std::string> RenderCertificatePdf(const CertificateInput& input) {
  const Lift& lift = *input.lift;
  PdfDoc doc(HPDF_New(nullptr, nullptr));
  if (!doc) return Error(ErrorCode::kInternal, "libharu: cannot create a document");
  HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
  HPDF_SetInfoAttr(doc.get(), HPDF_INFO_TITLE,
                   ("Inspection certificate " + lift.registration_no).c_str());
  HPDF_SetInfoAttr(doc.get(), HPDF_INFO_CREATOR, "hoistway");
  HPDF_Page page = HPDF_AddPage(doc.get());
  HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
  const Fonts fonts = LoadFonts(doc.get());
  if (!fonts.regular || !fonts.bold)
    return Error(ErrorCode::kInternal, "libharu: fonts unavailable");
  Writer w(page, fonts);

  if (input.demo) {
    HPDF_Page_SetRGBFill(page, 0.8f, 0.1f, 0.1f);
    w.Text(kMargin, 12, true, "DEMO - FICTIONAL DATA - NOT A REAL CERTIFICATE");
    HPDF_Page_SetRGBFill(page, 0, 0, 0);
    w.Down(24);
  }
  w.Text(kMargin, 20, true, "Lift inspection certificate");
  w.Down(20);
  w.Text(kMargin, 10, false, input.profile->name);
  w.Down(28);

  w.Row("Registration number", lift.registration_no);
  w.Row("Building", lift.building.name);
  w.Row("Address", lift.building.address);
  w.Row("Region", lift.building.region);
  w.Row("Kind / drive", fmt::format("{} / {}", lift.kind, lift.drive));
  w.Row("Rated load / persons", fmt::format("{} kg / {}", lift.rated_load_kg, lift.persons));
  w.Row("Rated speed", fmt::format("{} m/s", lift.rated_speed_mps));
  w.Row("Manufacturer / model", fmt::format("{} {}", lift.manufacturer, lift.model));
  w.Row("Installed on", lift.installed_on);
  w.Down(10);

  const Inspection* insp = input.last_inspection;
  w.Text(kMargin, 13, true, "Last inspection");
  w.Down(20);
  if (insp == nullptr) {
    w.Row("Result", "not inspected");
  } else {
    w.Row("Kind / date", fmt::format("{} / {}", ToString(insp->kind), insp->date));
    w.Row("Result", std::string(ToString(insp->result)));
    w.Row("Inspector", insp->inspector);
  }
  w.Down(10);
  w.Text(kMargin, 13, true, fmt::format("Status on {}", input.today.ToString()));
  w.Down(20);
  w.Row("Operation", std::string(ToString(lift.status)));
  w.Row("Validity", ValidityState(lift, input.today));
  w.Row("Valid from / until", lift.valid_until.empty()
                                  ? std::string()
                                  : fmt::format("{} / {}", lift.valid_from, lift.valid_until));
  if (!lift.remediation_until.empty()) w.Row("Remediation until", lift.remediation_until);
  w.Row("Next inspection due",
        fmt::format("{} ({})", lift.next_inspection_due, lift.next_inspection_kind));
  w.Down(10);

  if (insp != nullptr && !insp->items.empty()) {
    w.Text(kMargin, 13, true, "Checklist");
    w.Down(18);
    for (const auto& item : insp->items) {
      if (w.y() < kMargin + 40) {
        w.Text(kMargin, 9, false, "... (more items in the registry)");
        w.Down(kLine);
        break;
      }
      const std::string measured =
          item.measured ? fmt::format("{} {}", *item.measured, item.unit) : "";
      w.Text(kMargin, 9, false, item.code);
      w.Text(kMargin + 50, 9, false, item.name.substr(0, 60));
      w.Text(kMargin + 330, 9, false, measured);
      w.Text(kMargin + 430, 9, true, item.result);
      w.Down(13);
    }
  }
  w.Down(8);
  w.Text(kMargin, 8, false,
         fmt::format("Issued by hoistway on {}. Verify at /api/v1/lifts/{}", input.today.ToString(),
                     lift.registration_no));

  if (HPDF_SaveToStream(doc.get()) != HPDF_OK) {
    return Error(ErrorCode::kInternal,
                 fmt::format("libharu: error {:#x}", HPDF_GetError(doc.get())));
  }
  HPDF_ResetStream(doc.get());
  std::string bytes;
  std::vector<HPDF_BYTE> buffer(16384);
  for (;;) {
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(buffer.size());
    const HPDF_STATUS status = HPDF_ReadFromStream(doc.get(), buffer.data(), &size);
    bytes.append(reinterpret_cast<const char*>(buffer.data()), size);
    if (status == HPDF_STREAM_EOF) break;
    if (status != HPDF_OK)
      return Error(ErrorCode::kInternal, "libharu: cannot read the document stream");
  }
  return bytes;
}

}  // namespace hoistway::registry
