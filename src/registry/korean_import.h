// Import of Korea's public elevator data (the National Elevator Information
// Center's open-data services), JSON or XML, by their field names:
// elevatorNo, buldNm, address1, address2, sidoNm, elvtrKindNm, ratedSpeed,
// liveLoad, ratedCap, frstInstallationDe / installationDe, inspctDe,
// inspctKind, psexamYn, applcBeDt, applcEnDt, mnfctrNm, shuttleFloorCnt.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "registry/domain.h"
#include "registry/repository.h"

namespace hoistway::registry {

// One public-data record as field name -> text.
using PublicRecord = std::map<std::string, std::string>;

// The records of a document: a JSON array, {"items": [...]}, the open-data
// envelope {"response":{"body":{"items":{"item":[...]}}}}, or XML <item> elements.
Result<std::vector<PublicRecord>> ParsePublicData(std::string_view text);

// A record turned into the registry's terms.
struct MappedRecord {
  Lift lift;
  std::optional<Inspection> inspection;
};

// Maps one record; kInvalidInput names the public field that is wrong.
Result<MappedRecord> MapPublicRecord(const PublicRecord& record);

struct ImportReport {
  int records = 0;
  int lifts_created = 0;
  int lifts_existing = 0;
  int inspections_added = 0;
  std::vector<std::string> skipped;  // "record N: reason"
};

// Adds what is new (lifts by registration number, inspections by date and
// kind) inside `tx`; records that do not map are skipped with a reason.
Result<ImportReport> ImportPublicData(Transaction& tx, std::string_view text);

}  // namespace hoistway::registry
