#include "registry/csv_export.h"

#include <fmt/core.h>

#include "registry/validity.h"

namespace hoistway::registry {
namespace {

std::string Line(std::initializer_list<std::string> fields) {
  std::string out;
  bool first = true;
  for (const auto& f : fields) {
    if (!first) out += ',';
    out += CsvField(f);
    first = false;
  }
  return out + "\r\n";
}

std::string Number(double v) {
  return fmt::format("{}", v);
}

}  // namespace

std::string CsvField(std::string_view text) {
  std::string value(text);
  const bool numeric_sign = !value.empty() && (value[0] == '-' || value[0] == '+') &&
                            value.size() > 1 &&
                            value.find_first_not_of("0123456789.", 1) == std::string::npos;
  if (!value.empty() &&
      (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@') && !numeric_sign) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string LiftsCsvHeader() {
  return Line({"registration_no", "building", "address", "region", "kind", "drive", "rated_load_kg",
               "persons", "rated_speed_mps", "installed_on", "status", "validity", "last_result",
               "last_inspection_on", "valid_until", "remediation_until", "next_inspection_due",
               "next_inspection_kind"});
}

std::string LiftsCsvRows(const std::vector<Lift>& lifts, Date today) {
  std::string out;
  for (const auto& l : lifts) {
    out += Line({l.registration_no, l.building.name, l.building.address, l.building.region, l.kind,
                 l.drive, Number(l.rated_load_kg), std::to_string(l.persons),
                 Number(l.rated_speed_mps), l.installed_on, std::string(ToString(l.status)),
                 ValidityState(l, today), l.last_result, l.last_inspection_on, l.valid_until,
                 l.remediation_until, l.next_inspection_due, l.next_inspection_kind});
  }
  return out;
}

std::string InspectionsCsv(const std::vector<Inspection>& inspections) {
  std::string out = Line({"registration_no", "id", "kind", "date", "result", "inspector",
                          "valid_from", "valid_until", "remediation_until", "items"});
  for (const auto& i : inspections) {
    out += Line({i.registration_no, std::to_string(i.id), std::string(ToString(i.kind)), i.date,
                 std::string(ToString(i.result)), i.inspector, i.valid_from, i.valid_until,
                 i.remediation_until, std::to_string(i.items.size())});
  }
  return out;
}

}  // namespace hoistway::registry
