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
  bool demo = false;  // stamps "DEMO - FICTIONAL DATA" on the page
};

// The PDF bytes. Text outside Latin and Cyrillic prints as '?' (base-14 fonts).
Result<std::string> RenderCertificatePdf(const CertificateInput& input);

// UTF-8 to Windows-1251 (Latin and Cyrillic); other characters become '?'.
std::string ToCp1251(std::string_view utf8);

}  // namespace hoistway::registry
