// Validated parsing of request bodies into registry records (json_codec.h).
#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/printable.h"
#include "registry/json_codec.h"

namespace hoistway::registry {
namespace {

using nlohmann::json;

// True for a JSON integer that fits std::int64_t (nlohmann keeps those above
// INT64_MAX as unsigned, and get<std::int64_t> would wrap them).
bool IsInt64(const json& v) {
  return v.is_number_integer() && !(v.is_number_unsigned() &&
                                    v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX));
}

// Reads fields of one JSON object, remembering the first problem.
class Reader {
 public:
  Reader(const json& body, std::string prefix) : body_(body), prefix_(std::move(prefix)) {
    if (!body_.is_object()) Fail("", "must be a JSON object");
  }

  bool Has(const char* key) const {
    return body_.is_object() && body_.contains(key) && !body_[key].is_null();
  }

  std::string Text(const char* key, bool required, std::size_t max_len = 500) {
    if (!Has(key)) {
      if (required) Fail(key, "is required");
      return {};
    }
    const json& v = body_[key];
    if (!v.is_string()) {
      Fail(key, "must be a string");
      return {};
    }
    std::string s = v.get<std::string>();
    if (required && s.empty()) Fail(key, "must not be empty");
    if (s.size() > max_len) Fail(key, fmt::format("must be at most {} characters", max_len));
    return s;
  }

  double Number(const char* key, bool required, double min, double max) {
    if (!Has(key)) {
      if (required) Fail(key, "is required");
      return 0;
    }
    const json& v = body_[key];
    if (!v.is_number()) {
      Fail(key, "must be a number");
      return 0;
    }
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < min || d > max)
      Fail(key, fmt::format("must be between {} and {}", min, max));
    return d;
  }

  int Integer(const char* key, bool required, int min, int max) {
    if (!Has(key)) {
      if (required) Fail(key, "is required");
      return 0;
    }
    const json& v = body_[key];
    if (!IsInt64(v)) {
      Fail(key, v.is_number_integer() ? fmt::format("must be between {} and {}", min, max)
                                      : std::string("must be an integer"));
      return 0;
    }
    const auto n = v.get<std::int64_t>();
    if (n < min || n > max) {
      Fail(key, fmt::format("must be between {} and {}", min, max));
      return 0;
    }
    return static_cast<int>(n);
  }

  std::optional<std::int64_t> Id(const char* key) {
    if (!Has(key)) return std::nullopt;
    const json& v = body_[key];
    if (!IsInt64(v) || v.get<std::int64_t>() <= 0) {
      Fail(key, "must be a positive integer id");
      return std::nullopt;
    }
    return v.get<std::int64_t>();
  }

  bool Bool(const char* key, bool fallback) {
    if (!Has(key)) return fallback;
    if (!body_[key].is_boolean()) {
      Fail(key, "must be true or false");
      return fallback;
    }
    return body_[key].get<bool>();
  }

  std::string DateText(const char* key, bool required) {
    std::string s = Text(key, required, 10);
    if (s.empty()) return s;
    auto date = Date::Parse(s);
    if (!date.ok() || s.size() != 10) {
      Fail(key, "must be a date YYYY-MM-DD");
      return {};
    }
    return s;
  }

  std::string Timestamp(const char* key, bool required) {
    std::string s = Text(key, required, 25);
    if (!s.empty() && !IsTimestamp(s)) Fail(key, "must be a time YYYY-MM-DDTHH:MM[:SS]");
    return s;
  }

  std::string OneOf(const char* key, bool required, const std::vector<std::string_view>& allowed,
                    std::string_view fallback = {}) {
    std::string s = Text(key, required, 64);
    if (s.empty()) return std::string(fallback);
    if (std::find(allowed.begin(), allowed.end(), s) == allowed.end()) {
      std::string list;
      for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      Fail(key, fmt::format("'{}' is not one of: {}", Printable(s), list));
    }
    return s;
  }

  void Fail(std::string_view key, std::string_view problem) {
    if (error_) return;
    std::string field = prefix_;
    if (!key.empty()) field += (field.empty() ? "" : ".") + std::string(key);
    error_ = FieldError(field.empty() ? "body" : field, problem);
  }
  void Adopt(const Error& error) {
    if (!error_) error_ = error;
  }
  const json& body() const { return body_; }
  const std::optional<Error>& error() const { return error_; }

 private:
  const json& body_;
  std::string prefix_;
  std::optional<Error> error_;
};

template <typename T>
Result<T> Finish(const Reader& reader, T value) {
  if (reader.error()) return *reader.error();
  return value;
}

template <std::size_t N>
std::vector<std::string_view> Views(const std::string_view (&list)[N]) {
  return {std::begin(list), std::end(list)};
}

void ReadLiftFields(Reader& r, Lift* lift, bool patch) {
  const bool req = !patch;
  if (!patch || r.Has("kind")) lift->kind = r.OneOf("kind", req, Views(kLiftKinds));
  if (r.Has("drive")) lift->drive = r.OneOf("drive", false, Views(kDrives));
  if (!patch || r.Has("rated_load_kg"))
    lift->rated_load_kg = r.Number("rated_load_kg", req, 1, 100000);
  if (!patch || r.Has("rated_speed_mps"))
    lift->rated_speed_mps = r.Number("rated_speed_mps", req, 0.01, 25);
  if (!patch || r.Has("persons")) lift->persons = r.Integer("persons", req, 0, 1000);
  if (!patch || r.Has("installed_on")) lift->installed_on = r.DateText("installed_on", req);
  if (r.Has("first_use_on")) lift->first_use_on = r.DateText("first_use_on", false);
  if (r.Has("floors_served")) lift->floors_served = r.Integer("floors_served", false, 0, 300);
  if (r.Has("machine_room_less")) lift->machine_room_less = r.Bool("machine_room_less", false);
  if (r.Has("manufacturer")) lift->manufacturer = r.Text("manufacturer", false, 200);
  if (r.Has("model")) lift->model = r.Text("model", false, 200);
  if (r.Has("model_certificate_no"))
    lift->model_certificate_no = r.Text("model_certificate_no", false, 64);
  if (r.Has("company_id")) lift->company_id = r.Id("company_id");
  if (r.Has("safety_manager")) lift->safety_manager = r.Text("safety_manager", false, 200);
  if (r.Has("status")) {
    auto status = ParseLiftStatus(r.Text("status", false, 32));
    if (!status.ok()) {
      r.Fail("status", status.error().message());
    } else {
      lift->status = *status;
    }
  }
  if (r.Has("building")) {
    Reader b(r.body()["building"], "building");
    lift->building.name = b.Text("name", true, 200);
    lift->building.address = b.Text("address", true, 300);
    lift->building.region = b.Text("region", true, 100);
    lift->building.use = b.Text("use", false, 100);
    if (b.error()) r.Adopt(*b.error());
  } else if (!patch) {
    r.Fail("building", "is required");
  }
}

}  // namespace

Result<Lift> ParseNewLift(const json& body) {
  Reader r(body, "");
  Lift lift;
  lift.registration_no = r.Text("registration_no", true, 16);
  if (!r.error() && !IsRegistrationNo(lift.registration_no)) {
    r.Fail("registration_no", "must be exactly 7 digits");
  }
  ReadLiftFields(r, &lift, false);
  return Finish(r, std::move(lift));
}

Status ApplyLiftPatch(const json& body, Lift* lift) {
  Reader r(body, "");
  if (r.Has("registration_no") && body["registration_no"] != lift->registration_no) {
    r.Fail("registration_no", "cannot be changed");
  }
  ReadLiftFields(r, lift, true);
  if (r.error()) return *r.error();
  return Status::Ok();
}

Result<Inspection> ParseInspection(const json& body, const RegulationProfile& profile) {
  Reader r(body, "");
  Inspection i;
  auto kind = ParseInspectionKind(r.Text("kind", true, 32));
  if (!r.error() && !kind.ok()) r.Fail("kind", kind.error().message());
  if (kind.ok()) {
    i.kind = *kind;
    if (!profile.HasInspectionKind(ToString(i.kind))) {
      r.Fail("kind", fmt::format("'{}' is not an inspection kind of profile {}", ToString(i.kind),
                                 profile.id));
    }
  }
  i.date = r.DateText("date", true);
  auto result = ParseVerdict(r.Text("result", true, 32));
  if (!r.error() && !result.ok()) r.Fail("result", result.error().message());
  if (result.ok()) i.result = *result;
  if (result.ok() && i.result == Verdict::kConditional && !profile.remediation_days) {
    r.Fail("result", fmt::format("profile {} has no conditional pass", profile.id));
  }
  i.inspector = r.Text("inspector", false, 200);
  i.notes = r.Text("notes", false, 4000);
  if (!r.Has("items")) {
    r.Fail("items", "is required (an array, possibly empty)");
  } else if (!body["items"].is_array()) {
    r.Fail("items", "must be an array");
  } else if (body["items"].size() > profile.checklist.size()) {
    // One entry per item of a checklist at most (the Korean checklists have hundreds).
    r.Fail("items",
           fmt::format("must have at most {} entries (the items of profile {}'s checklists)",
                       profile.checklist.size(), profile.id));
  } else {
    for (std::size_t n = 0; n < body["items"].size() && !r.error(); ++n) {
      Reader ir(body["items"][n], fmt::format("items[{}]", n));
      ChecklistItem item;
      item.code = ir.Text("code", true, 32);
      item.name = ir.Text("name", false, 200);
      item.result = ir.OneOf("result", true, {"pass", "fail", "na", "defect", "observation"});
      if (ir.Has("measured")) item.measured = ir.Number("measured", false, -1e9, 1e9);
      item.unit = ir.Text("unit", false, 16);
      item.note = ir.Text("note", false, 1000);
      if (ir.error()) r.Adopt(*ir.error());
      i.items.push_back(std::move(item));
    }
  }
  return Finish(r, std::move(i));
}

Result<SelfInspection> ParseSelfInspection(const json& body, const RegulationProfile& profile,
                                           Date today) {
  Reader r(body, "");
  SelfInspection s;
  s.visited_on = r.DateText("visited_on", true);
  s.entered_on = r.DateText("entered_on", false);
  if (s.entered_on.empty()) s.entered_on = today.ToString();
  if (!s.visited_on.empty() && s.entered_on < s.visited_on)
    r.Fail("entered_on", "is before visited_on");
  s.month = r.Text("month", false, 7);
  if (s.month.empty() && s.visited_on.size() == 10) s.month = s.visited_on.substr(0, 7);
  if (!s.month.empty() && !Date::Parse(s.month + "-01").ok()) r.Fail("month", "must be YYYY-MM");
  s.technician_id = r.Id("technician_id");
  s.company_id = r.Id("company_id");
  if (!r.Has("items") || !body["items"].is_array() || body["items"].empty()) {
    r.Fail("items", "must be a non-empty array of {code, grade}");
  } else if (body["items"].size() > 200) {
    r.Fail("items", "must have at most 200 entries");
  } else {
    for (std::size_t n = 0; n < body["items"].size() && !r.error(); ++n) {
      Reader ir(body["items"][n], fmt::format("items[{}]", n));
      GradedItem item;
      item.code = ir.Text("code", true, 32);
      item.name = ir.Text("name", false, 200);
      item.grade = ir.Text("grade", true, 2);
      if (!ir.error() && !profile.HasGrade(item.grade)) {
        ir.Fail("grade", fmt::format("'{}' is not a grade of profile {} (A to E)",
                                     Printable(item.grade), profile.id));
      }
      item.note = ir.Text("note", false, 1000);
      if (ir.error()) r.Adopt(*ir.error());
      s.items.push_back(std::move(item));
    }
  }
  if (!r.error()) {
    const Date visited = *Date::Parse(s.visited_on);
    const Date entered = *Date::Parse(s.entered_on);
    s.late = entered.days() - visited.days() > profile.self_inspection_entry_days;
  }
  return Finish(r, std::move(s));
}

Result<AccidentReport> ParseAccident(const json& body) {
  Reader r(body, "");
  AccidentReport a;
  const std::string kind_text = r.Text("kind", false, 16);
  auto kind = ParseReportKind(kind_text.empty() ? "accident" : kind_text);
  if (!kind.ok()) r.Fail("kind", kind.error().message());
  if (kind.ok()) a.kind = *kind;
  a.occurred_at = r.Timestamp("occurred_at", true);
  a.description = r.Text("description", true, 4000);
  a.failure_type = r.Text("failure_type", false, 64);
  a.cause = r.Text("cause", false, 200);
  a.persons_trapped = r.Integer("persons_trapped", false, 0, 10000);
  a.persons_injured = r.Integer("persons_injured", false, 0, 10000);
  a.deaths = r.Integer("deaths", false, 0, 10000);
  a.hospitalisation_days = r.Integer("hospitalisation_days", false, 0, 100000);
  a.treatment_days = r.Integer("treatment_days", false, 0, 100000);
  a.rescued_by = r.Text("rescued_by", false, 200);
  a.measures = r.Text("measures", false, 4000);
  return Finish(r, std::move(a));
}

Result<InspectionApplication> ParseInspectionApplication(const json& body) {
  Reader r(body, "");
  InspectionApplication a;
  auto kind = ParseInspectionKind(r.Text("kind", true, 32));
  if (!r.error() && !kind.ok()) r.Fail("kind", kind.error().message());
  if (kind.ok()) a.kind = *kind;
  a.preferred_on = r.DateText("preferred_on", false);
  a.note = r.Text("note", false, 2000);
  return Finish(r, std::move(a));
}

Result<WorkOrder> ParseWorkOrder(const json& body) {
  Reader r(body, "");
  WorkOrder w;
  w.called_at = r.Timestamp("called_at", true);
  w.problem = r.Text("problem", true, 2000);
  w.company_id = r.Id("company_id");
  w.technician_id = r.Id("technician_id");
  // Chosen, never assumed: whether the lift stopped serving its users.
  if (!r.Has("out_of_service")) r.Fail("out_of_service", "is required (true or false)");
  w.out_of_service = r.Bool("out_of_service", false);
  if (r.error()) return *r.error();
  Status patch = ApplyWorkOrderPatch(body, &w, /*opening=*/true);
  if (!patch.ok()) return patch.error();
  return w;
}

Status ApplyWorkOrderPatch(const json& body, WorkOrder* w, bool opening) {
  Reader r(body, "");
  if (!opening) {
    for (const char* fixed : {"problem", "called_at", "out_of_service", "company_id"}) {
      if (r.Has(fixed)) r.Fail(fixed, "cannot be changed once the work order is open");
    }
  }
  if (r.Has("arrived_at")) w->arrived_at = r.Timestamp("arrived_at", false);
  if (r.Has("completed_at")) w->completed_at = r.Timestamp("completed_at", false);
  if (r.Has("cause")) w->cause = r.Text("cause", false, 1000);
  if (r.Has("action")) w->action = r.Text("action", false, 2000);
  if (r.Has("technician_id")) w->technician_id = r.Id("technician_id");
  if (r.Has("status")) w->status = r.OneOf("status", false, {"open", "closed"});
  if (!r.error() && !w->completed_at.empty()) w->status = "closed";
  if (r.error()) return *r.error();
  return Status::Ok();
}

Result<Company> ParseCompany(const json& body) {
  Reader r(body, "");
  Company c;
  c.name = r.Text("name", true, 200);
  c.registration = r.Text("registration", false, 64);
  c.region = r.Text("region", false, 100);
  c.phone = r.Text("phone", false, 64);
  return Finish(r, std::move(c));
}

Result<Technician> ParseTechnician(const json& body) {
  Reader r(body, "");
  Technician t;
  t.company_id = r.Id("company_id").value_or(0);
  if (!r.error() && t.company_id == 0) r.Fail("company_id", "is required");
  t.name = r.Text("name", true, 200);
  t.qualification = r.Text("qualification", false, 200);
  t.training_valid_until = r.DateText("training_valid_until", false);
  return Finish(r, std::move(t));
}

Result<Certificate> ParseCertificate(const json& body, const RegulationProfile& profile) {
  Reader r(body, "");
  Certificate c;
  c.certificate_no = r.Text("certificate_no", true, 64);
  auto subject = ParseCertificateSubject(r.Text("subject", true, 16));
  if (!r.error() && !subject.ok()) r.Fail("subject", subject.error().message());
  if (subject.ok()) c.subject = *subject;
  c.component_kind = r.Text("component_kind", false, 64);
  if (!r.error() && c.subject == CertificateSubject::kComponent &&
      !profile.HasComponentKind(c.component_kind)) {
    r.Fail("component_kind", fmt::format("'{}' is not a safety component kind of profile {}",
                                         Printable(c.component_kind), profile.id));
  }
  c.model = r.Text("model", false, 200);
  c.manufacturer = r.Text("manufacturer", false, 200);
  c.holder = r.Text("holder", false, 200);
  c.issued_on = r.DateText("issued_on", false);
  c.valid_until = r.DateText("valid_until", false);
  if (r.Has("status")) c.status = r.OneOf("status", false, {"valid", "suspended", "revoked"});
  return Finish(r, std::move(c));
}

Result<LiftPart> ParsePart(const json& body, const RegulationProfile& profile) {
  Reader r(body, "");
  LiftPart p;
  p.component_kind = r.Text("component_kind", true, 64);
  if (!r.error() && !profile.HasComponentKind(p.component_kind)) {
    r.Fail("component_kind", fmt::format("'{}' is not a safety component kind of profile {}",
                                         Printable(p.component_kind), profile.id));
  }
  p.certificate_no = r.Text("certificate_no", true, 64);
  p.serial_no = r.Text("serial_no", false, 64);
  return Finish(r, std::move(p));
}

}  // namespace hoistway::registry
