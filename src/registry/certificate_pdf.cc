#include "registry/certificate_pdf.h"

#include <fmt/core.h>
#include <hpdf.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string_view>
#include <vector>

#include "registry/messages.h"
#include "registry/validity.h"

namespace hoistway::registry {
namespace {

constexpr float kMargin = 56;
constexpr float kLine = 16;
constexpr float kMaxLabelWidth = 230;  // the label column at its widest; longer labels wrap
constexpr float kGap = 14;             // between a label and its value

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

// Writes lines top-down on A4 pages, starting a new page when one is full;
// measures text so that labels and values never overlap and long values wrap.
class Writer {
 public:
  Writer(HPDF_Doc doc, const Fonts& fonts) : doc_(doc), fonts_(fonts) { NewPage(); }

  HPDF_Page page() const { return page_; }
  float y() const { return y_; }
  void Down(float dy) {
    y_ -= dy;
    if (y_ < kMargin) NewPage();
  }
  // Room for `height` points on this page, or a new page.
  void Need(float height) {
    if (y_ - height < kMargin) NewPage();
  }
  float Width(float size, bool bold, std::string_view text) const {
    HPDF_Page_SetFontAndSize(page_, bold ? fonts_.bold : fonts_.regular, size);
    return HPDF_Page_TextWidth(page_, Encode(text).c_str());
  }
  void Text(float x, float size, bool bold, std::string_view text) {
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, bold ? fonts_.bold : fonts_.regular, size);
    HPDF_Page_TextOut(page_, x, y_, Encode(text).c_str());
    HPDF_Page_EndText(page_);
  }
  // `text` cut into lines of at most `width` points, at spaces (or within a
  // word longer than a line).
  std::vector<std::string_view> Lines(float size, bool bold, std::string_view text,
                                      float width) const {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
      const std::size_t fit = Fit(size, bold, text, width);
      lines.push_back(text.substr(0, fit));
      text.remove_prefix(fit);
      while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    }
    return lines;
  }
  // `text` from x to the right margin, wrapped; the last line stays current.
  void Wrapped(float x, float size, bool bold, std::string_view text, float line) {
    const auto lines = Lines(size, bold, text, HPDF_Page_GetWidth(page_) - kMargin - x);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i > 0) Down(line);
      Text(x, size, bold, lines[i]);
    }
  }
  // A label and its value in two columns, each wrapped within its own, so
  // that they never overlap whatever the language; then the next line.
  void Row(std::string_view label, std::string_view value, float value_x) {
    const auto labels = Lines(10, true, label, value_x - kGap - kMargin);
    const auto values = Lines(10, false, value.empty() ? "-" : value,
                              HPDF_Page_GetWidth(page_) - kMargin - value_x);
    const std::size_t rows = std::max(labels.size(), values.size());
    Need(static_cast<float>(rows) * kLine);
    for (std::size_t i = 0; i < rows; ++i) {
      if (i < labels.size()) Text(kMargin, 10, true, labels[i]);
      if (i < values.size()) Text(value_x, 10, false, values[i]);
      Down(kLine);
    }
  }

 private:
  std::string Encode(std::string_view text) const {
    return fonts_.utf8 ? std::string(text) : ToCp1251(text);
  }
  // The longest prefix of `text` within `width`, ending at a space when one
  // fits, never splitting a UTF-8 character; at least one character.
  std::size_t Fit(float size, bool bold, std::string_view text, float width) const {
    if (Width(size, bold, text) <= width) return text.size();
    std::size_t best = 0;
    std::size_t last_space = 0;
    for (std::size_t i = 1; i <= text.size(); ++i) {
      if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
      if (Width(size, bold, text.substr(0, i)) > width) break;
      best = i;
      if (i < text.size() && text[i] == ' ') last_space = i;
    }
    if (last_space > 0) return last_space;
    if (best > 0) return best;
    std::size_t one = 1;
    while (one < text.size() && (static_cast<unsigned char>(text[one]) & 0xC0) == 0x80) ++one;
    return one;
  }
  void NewPage() {
    page_ = HPDF_AddPage(doc_);
    HPDF_Page_SetSize(page_, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    y_ = HPDF_Page_GetHeight(page_) - kMargin;
  }

  HPDF_Doc doc_;
  Fonts fonts_;
  HPDF_Page page_ = nullptr;
  float y_ = 0;
};

std::string Number(double value) {
  return fmt::format("{}", value);
}

// The item's name in `language` when the profile has one.
std::string ItemName(const RegulationProfile& profile, const ChecklistItem& item,
                     std::string_view language) {
  if (const ChecklistTemplate* t = profile.FindChecklistItem(item.code)) {
    if (const auto it = t->names.find(language); it != t->names.end()) return it->second;
    return t->name;
  }
  return item.name;
}

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
  const RegulationProfile& profile = *input.profile;
  const std::string lang = HasLanguage(input.language) ? input.language : "en";
  const auto say =
      [&](std::string_view key,
          std::initializer_list<std::pair<std::string_view, std::string>> values = {}) {
        return Message(lang, key, values);
      };
  PdfDoc doc(HPDF_New(nullptr, nullptr));
  if (!doc) return Error(ErrorCode::kInternal, "libharu: cannot create a document");
  HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
  const Fonts fonts = LoadFonts(doc.get());
  if (!fonts.regular || !fonts.bold)
    return Error(ErrorCode::kInternal, "libharu: fonts unavailable");
  HPDF_SetInfoAttr(doc.get(), HPDF_INFO_TITLE,
                   (say("pdf.title") + " " + lift.registration_no).c_str());
  HPDF_SetInfoAttr(doc.get(), HPDF_INFO_CREATOR, "hoistway");
  Writer w(doc.get(), fonts);

  // Every label of the rows, so that the values start after the widest.
  const std::string l_reg = say("lift.registrationNo"), l_building = say("lift.building"),
                    l_address = say("lift.address"), l_region = say("pdf.region"),
                    l_kind = say("pdf.kindDrive"), l_load = say("pdf.loadPersons"),
                    l_speed = say("lift.speed"), l_maker = say("pdf.makerModel"),
                    l_installed = say("lift.installedOn"), l_kind_date = say("pdf.kindDate"),
                    l_result = say("pdf.result"), l_inspector = say("inspection.inspector"),
                    l_notes = say("inspection.notes"), l_operation = say("pdf.operation"),
                    l_validity = say("pdf.validity"), l_valid = say("pdf.validFromUntil"),
                    l_remediation = say("lift.remediationUntil"), l_next = say("lift.nextDue"),
                    l_regulation = say("pdf.regulation");
  float label_width = 0;
  for (const auto* label :
       {&l_reg, &l_building, &l_address, &l_region, &l_kind, &l_load, &l_speed, &l_maker,
        &l_installed, &l_kind_date, &l_result, &l_inspector, &l_notes, &l_operation, &l_validity,
        &l_valid, &l_remediation, &l_next, &l_regulation}) {
    label_width = std::max(label_width, w.Width(10, true, *label));
  }
  const float value_x = kMargin + std::min(label_width + kGap, kMaxLabelWidth);

  if (input.demo) {
    HPDF_Page_SetRGBFill(w.page(), 0.8f, 0.1f, 0.1f);
    w.Wrapped(kMargin, 12, true, say("pdf.demo"), 16);
    HPDF_Page_SetRGBFill(w.page(), 0, 0, 0);
    w.Down(24);
  }
  w.Wrapped(kMargin, 20, true, say("pdf.title"), 24);
  w.Down(26);
  const std::string regulation =
      profile.name_local.empty() ? profile.name : profile.name + " (" + profile.name_local + ")";
  w.Row(l_regulation, regulation, value_x);
  w.Down(8);

  w.Text(kMargin, 13, true, say("pdf.lift"));
  w.Down(20);
  w.Row(l_reg, lift.registration_no, value_x);
  w.Row(l_building, lift.building.name, value_x);
  w.Row(l_address, lift.building.address, value_x);
  w.Row(l_region, lift.building.region, value_x);
  w.Row(l_kind, Words(lang, "liftKind", lift.kind) + " / " + Words(lang, "drive", lift.drive),
        value_x);
  w.Row(l_load,
        say("pdf.loadPersonsValue",
            {{"load", Number(lift.rated_load_kg)}, {"persons", std::to_string(lift.persons)}}),
        value_x);
  w.Row(l_speed, say("pdf.speedValue", {{"speed", Number(lift.rated_speed_mps)}}), value_x);
  w.Row(l_maker, fmt::format("{} {}", lift.manufacturer, lift.model), value_x);
  w.Row(l_installed, lift.installed_on, value_x);
  w.Down(10);

  const Inspection* insp = input.last_inspection;
  w.Need(40);
  w.Text(kMargin, 13, true, say("pdf.lastInspection"));
  w.Down(20);
  if (insp == nullptr) {
    w.Row(l_result, say("pdf.notInspected"), value_x);
  } else {
    w.Row(l_kind_date,
          fmt::format("{} / {}", Words(lang, "inspectionKind", ToString(insp->kind)), insp->date),
          value_x);
    w.Row(l_result, Words(lang, "verdict", ToString(insp->result)), value_x);
    w.Row(l_inspector, insp->inspector, value_x);
    if (!insp->notes.empty()) w.Row(l_notes, insp->notes, value_x);
  }
  w.Down(10);
  w.Need(40);
  w.Text(kMargin, 13, true, say("pdf.statusOn", {{"date", input.today.ToString()}}));
  w.Down(20);
  w.Row(l_operation, Words(lang, "status", ToString(lift.status)), value_x);
  w.Row(l_validity, Words(lang, "validity", ValidityState(lift, input.today)), value_x);
  w.Row(l_valid,
        lift.valid_until.empty() ? std::string()
                                 : fmt::format("{} / {}", lift.valid_from, lift.valid_until),
        value_x);
  if (!lift.remediation_until.empty()) w.Row(l_remediation, lift.remediation_until, value_x);
  w.Row(l_next,
        lift.next_inspection_due.empty()
            ? std::string()
            : fmt::format("{} ({})", lift.next_inspection_due,
                          Words(lang, "nextKind", lift.next_inspection_kind)),
        value_x);
  w.Down(10);

  if (insp != nullptr && !insp->items.empty()) {
    w.Need(40);
    w.Text(kMargin, 13, true, say("pdf.checklist"));
    w.Down(18);
    const auto passed = std::count_if(insp->items.begin(), insp->items.end(),
                                      [](const ChecklistItem& i) { return i.result == "pass"; });
    const std::string total = std::to_string(insp->items.size());
    if (passed == static_cast<long>(insp->items.size())) {
      w.Wrapped(kMargin, 10, false, say("pdf.allPassed", {{"total", total}}), 13);
      w.Down(16);
    } else {
      w.Wrapped(kMargin, 10, false,
                say("pdf.itemsPassed", {{"passed", std::to_string(passed)}, {"total", total}}), 13);
      w.Down(16);
      // The items found wanting, each with its result in words, what was
      // measured against the limit, and the inspector's note.
      for (const auto& item : insp->items) {
        if (item.result == "pass") continue;
        w.Need(30);
        w.Text(kMargin, 9, true, item.code);
        w.Wrapped(
            kMargin + 50, 9, true,
            ItemName(profile, item, lang) + " — " + Words(lang, "inspection.item", item.result),
            12);
        w.Down(12);
        std::string detail;
        if (item.measured) {
          detail = fmt::format("{} {}", Number(*item.measured), Words(lang, "unit", item.unit));
          if (const ChecklistTemplate* t = profile.FindChecklistItem(item.code)) {
            if (!t->LimitText(lang).empty()) {
              detail += " (" + say("pdf.limit", {{"limit", t->LimitText(lang)}}) + ")";
            }
          }
        }
        if (!item.note.empty()) detail += (detail.empty() ? "" : "; ") + item.note;
        if (!detail.empty()) {
          w.Wrapped(kMargin + 50, 9, false, detail, 12);
          w.Down(12);
        }
        w.Down(3);
      }
    }
  }
  w.Down(8);
  w.Need(24);
  w.Wrapped(kMargin, 8, false,
            say("pdf.issued", {{"date", input.today.ToString()}, {"url", input.verify_url}}), 11);

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
