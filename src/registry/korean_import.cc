#include "registry/korean_import.h"

#include <fmt/core.h>

#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "core/printable.h"
#include "registry/json_codec.h"

namespace hoistway::registry {
namespace {

using nlohmann::json;

std::string Unescape(std::string_view text) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    if (text[i] == '&') {
      for (const auto& [entity, c] : kEntities) {
        if (text.substr(i, entity.size()) == entity) {
          out += c;
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

std::string Trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

Result<std::vector<PublicRecord>> ParseXml(std::string_view text) {
  std::vector<PublicRecord> out;
  std::size_t pos = 0;
  while ((pos = text.find("<item>", pos)) != std::string_view::npos) {
    const auto end = text.find("</item>", pos);
    if (end == std::string_view::npos) return InvalidInput("XML: <item> without </item>");
    std::string_view body = text.substr(pos + 6, end - pos - 6);
    PublicRecord record;
    std::size_t p = 0;
    while ((p = body.find('<', p)) != std::string_view::npos) {
      const auto close = body.find('>', p);
      if (close == std::string_view::npos) break;
      std::string tag(body.substr(p + 1, close - p - 1));
      if (tag.empty() || tag[0] == '/') {
        p = close + 1;
        continue;
      }
      if (tag.back() == '/') {  // <empty/>
        record[tag.substr(0, tag.size() - 1)] = "";
        p = close + 1;
        continue;
      }
      const std::string closing = "</" + tag + ">";
      const auto value_end = body.find(closing, close + 1);
      if (value_end == std::string_view::npos)
        return InvalidInput(fmt::format("XML: <{}> is not closed", Printable(tag)));
      record[tag] = Trim(Unescape(body.substr(close + 1, value_end - close - 1)));
      p = value_end + closing.size();
    }
    out.push_back(std::move(record));
    pos = end + 7;
  }
  return out;
}

Result<std::vector<PublicRecord>> ParseJsonRecords(const json& doc) {
  const json* items = &doc;
  if (doc.is_object()) {
    if (doc.contains("response") && doc["response"].is_object() &&
        doc["response"].contains("body")) {
      items = &doc["response"]["body"];
    }
    if (items->is_object() && items->contains("items")) items = &(*items)["items"];
    if (items->is_object() && items->contains("item")) items = &(*items)["item"];
  }
  if (items->is_object()) {
    json single = json::array({*items});
    return ParseJsonRecords(single);
  }
  if (!items->is_array())
    return InvalidInput("JSON: expected an array of records or an open-data envelope");
  std::vector<PublicRecord> out;
  for (const auto& item : *items) {
    if (!item.is_object()) return InvalidInput("JSON: every record must be an object");
    PublicRecord record;
    for (const auto& [key, value] : item.items()) {
      if (value.is_string()) {
        record[key] = Trim(value.get<std::string>());
      } else if (value.is_number()) {
        record[key] = value.dump();
      }
    }
    out.push_back(std::move(record));
  }
  return out;
}

std::string Field(const PublicRecord& r, const char* key) {
  auto it = r.find(key);
  return it == r.end() ? std::string() : it->second;
}

std::string KindFromKorean(const std::string& name) {
  static constexpr std::pair<std::string_view, std::string_view> kKinds[] = {
      {"에스컬레이터", "escalator"}, {"무빙워크", "moving_walk"}, {"소형화물", "dumbwaiter"},
      {"덤웨이터", "dumbwaiter"},    {"자동차", "car"},           {"침대", "bed"},
      {"비상", "firefighting"},      {"피난", "evacuation"},      {"장애인", "accessible"},
      {"전망", "observation"},       {"승객", "passenger"},       {"화물", "freight"},
  };
  for (const auto& [korean, kind] : kKinds) {
    if (name.find(korean) != std::string::npos) return std::string(kind);
  }
  return "passenger";
}

Result<std::string> DateField(const PublicRecord& r, const char* key) {
  const std::string text = Field(r, key);
  auto date = Date::Parse(text);
  if (!date.ok())
    return FieldError(key, fmt::format("'{}' is not a date YYYYMMDD", Printable(text)));
  return date->ToString();
}

// A number as published; an absent or empty field is 0 (the open data leaves
// optional figures out). Text that is not a finite number is a field error.
Result<double> NumberField(const PublicRecord& r, const char* key) {
  const std::string text = Field(r, key);
  if (text.empty()) return 0.0;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || !std::isfinite(value))
    return FieldError(key, fmt::format("'{}' is not a number", Printable(text)));
  return value;
}

// A count (persons, floors) in [0, max]: a whole number, checked before it is
// narrowed to int (a published 20444444444444 floors is an error, not UB).
Result<int> CountField(const PublicRecord& r, const char* key, int max) {
  auto value = NumberField(r, key);
  if (!value.ok()) return value.error();
  if (*value < 0 || *value > max || *value != std::floor(*value))
    return FieldError(
        key, fmt::format("'{}' is not a whole number from 0 to {}", Printable(Field(r, key)), max));
  return static_cast<int>(*value);
}

// Upper bounds of the counts: far above any lift built, far below INT_MAX.
constexpr int kMaxPersons = 10000;
constexpr int kMaxFloorsServed = 1000;

}  // namespace

Result<std::vector<PublicRecord>> ParsePublicData(std::string_view text) {
  const std::string trimmed = Trim(text.substr(0, 64));
  if (!trimmed.empty() && trimmed[0] == '<') return ParseXml(text);
  const json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded()) return InvalidInput("neither JSON nor XML");
  return ParseJsonRecords(doc);
}

Result<MappedRecord> MapPublicRecord(const PublicRecord& r) {
  MappedRecord m;
  Lift& l = m.lift;
  for (char c : Field(r, "elevatorNo")) {
    if (c >= '0' && c <= '9') l.registration_no += c;
  }
  if (!IsRegistrationNo(l.registration_no))
    return FieldError("elevatorNo", "must hold a 7-digit number");
  l.building.name = Field(r, "buldNm");
  if (l.building.name.empty()) return FieldError("buldNm", "is required");
  l.building.address = Trim(Field(r, "address1") + " " + Field(r, "address2"));
  if (l.building.address.empty()) return FieldError("address1", "is required");
  l.building.region = Field(r, "sidoNm");
  if (l.building.region.empty())
    l.building.region = l.building.address.substr(0, l.building.address.find(' '));
  l.kind = KindFromKorean(Field(r, "elvtrKindNm"));
  auto speed = NumberField(r, "ratedSpeed");
  if (!speed.ok()) return speed.error();
  l.rated_speed_mps = *speed;
  if (l.rated_speed_mps > 25) l.rated_speed_mps /= 60;  // given in m/min
  auto load = NumberField(r, "liveLoad");
  if (!load.ok()) return load.error();
  l.rated_load_kg = *load;
  auto persons = CountField(r, "ratedCap", kMaxPersons);
  if (!persons.ok()) return persons.error();
  l.persons = *persons;
  auto floors = CountField(r, "shuttleFloorCnt", kMaxFloorsServed);
  if (!floors.ok()) return floors.error();
  l.floors_served = *floors;
  l.manufacturer = Field(r, "mnfctrNm");
  if (l.rated_speed_mps <= 0) return FieldError("ratedSpeed", "must be a positive number");
  if (l.rated_load_kg <= 0) return FieldError("liveLoad", "must be a positive number");
  const char* installed_key =
      r.count("frstInstallationDe") ? "frstInstallationDe" : "installationDe";
  auto installed = DateField(r, installed_key);
  if (!installed.ok()) return installed.error();
  l.installed_on = *installed;

  if (!Field(r, "inspctDe").empty()) {
    Inspection i;
    auto date = DateField(r, "inspctDe");
    if (!date.ok()) return date.error();
    i.date = *date;
    const std::string kind = Field(r, "inspctKind");
    if (kind.find("정밀") != std::string::npos) {
      i.kind = InspectionKind::kPrecision;
    } else if (kind.find("설치") != std::string::npos) {
      i.kind = InspectionKind::kInstallation;
    } else if (kind.find("수시") != std::string::npos) {
      i.kind = InspectionKind::kAdhoc;
    } else {
      i.kind = InspectionKind::kPeriodic;
    }
    const std::string verdict = Field(r, "psexamYn");
    if (verdict.find("조건부") != std::string::npos) {
      i.result = Verdict::kConditional;
    } else if (verdict.find("불합격") != std::string::npos || verdict == "N") {
      i.result = Verdict::kFail;
    } else if (verdict.find("합격") != std::string::npos || verdict == "Y") {
      i.result = Verdict::kPass;
    } else {
      return FieldError("psexamYn",
                        fmt::format("'{}' is not 합격, 조건부합격 or 불합격", Printable(verdict)));
    }
    i.inspector = "public data import";
    i.notes = fmt::format("imported; published validity {}..{}", Field(r, "applcBeDt"),
                          Field(r, "applcEnDt"));
    m.inspection = std::move(i);
  }
  return m;
}

Result<ImportReport> ImportPublicData(Transaction& tx, std::string_view text) {
  auto records = ParsePublicData(text);
  if (!records.ok()) return records.error();
  ImportReport report;
  for (std::size_t n = 0; n < records->size(); ++n) {
    ++report.records;
    auto mapped = MapPublicRecord((*records)[n]);
    if (!mapped.ok()) {
      report.skipped.push_back(fmt::format("record {}: {}", n + 1, mapped.error().message()));
      continue;
    }
    auto existing = tx.GetLift(mapped->lift.registration_no);
    if (existing.ok()) {
      ++report.lifts_existing;
    } else if (existing.error().code() == ErrorCode::kNotFound) {
      auto created = tx.CreateLift(mapped->lift);
      if (!created.ok()) return created.error();
      ++report.lifts_created;
    } else {
      return existing.error();
    }
    if (!mapped->inspection) continue;
    auto inspections = tx.ListInspections(mapped->lift.registration_no);
    if (!inspections.ok()) return inspections.error();
    bool seen = false;
    for (const auto& i : *inspections) {
      seen = seen || (i.date == mapped->inspection->date && i.kind == mapped->inspection->kind);
    }
    if (seen) continue;
    if (!tx.profile().HasInspectionKind(ToString(mapped->inspection->kind))) {
      report.skipped.push_back(fmt::format(
          "record {}: inspctKind: not an inspection kind of profile {}", n + 1, tx.profile().id));
      continue;
    }
    auto added = tx.AddInspection(mapped->lift.registration_no, *mapped->inspection);
    if (!added.ok()) return added.error();
    ++report.inspections_added;
  }
  return report;
}

}  // namespace hoistway::registry
