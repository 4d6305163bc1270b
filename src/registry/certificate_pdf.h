// The inspection certificate of a lift as a one-page PDF (libharu).
#pragma once

#include <optional>
#include <string>

#include "core/status.h"
#include "registry/date.h"
#include "registry/domain.h"
#include "registry/profile.h"

namespace hoistway::registry {

struct CertificateInput {
  const Lift* lift = nullptr;                   // required
  const Inspection* last_inspection = nullptr;  // may be null: "not inspected"
  const RegulationProfile* profile = nullptr;   // required
  Date today;
  bool demo = false;            // stamps "DEMO - FICTIONAL DATA" on the page
  std::string language = "en";  // of the labels and values: en, ko, ru (messages.h)
  // The absolute address where anyone can check the certificate (the lift's
  // public view), printed at the foot.
  std::string verify_url;
};

// The PDF bytes: the lift, its last inspection (values in words, its notes,
// and every checklist item not passed with its note, measured value and
// limit), the status on the day and the regulation profile that applies,
// in the input's language; as many A4 pages as that takes. Labels take the
// width their longest needs, and long values wrap, so no text overlaps in
// any language. With Nanum Gothic installed (Debian's fonts-nanum, which
// the set-up script installs) every text is UTF-8 in an embedded subset of
// that font: Latin, Cyrillic (Russian and Kazakh) and Hangul. Without it, the
// base-14 fonts print Latin and Russian, and other characters as '?'.
Result<std::string> RenderCertificatePdf(const CertificateInput& input);

// The font files the certificate embeds when present (regular, bold).
inline constexpr const char* kCertificateFont = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf";
inline constexpr const char* kCertificateBoldFont =
    "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf";

// UTF-8 to Windows-1251 (Latin and Cyrillic); other characters become '?'.
std::string ToCp1251(std::string_view utf8);

}  // namespace hoistway::registry
