#include "registry/json_codec.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "registry/validity.h"

namespace hoistway::registry {
namespace {

using nlohmann::json;

json OptId(const std::optional<std::int64_t>& id) {
  return id ? json(*id) : json(nullptr);
}
json OptText(const std::string& text) {
  return text.empty() ? json(nullptr) : json(text);
}

}  // namespace

bool IsTimestamp(std::string_view text) {
  if (text.ends_with('Z')) text.remove_suffix(1);
  if (text.size() != 16 && text.size() != 19) return false;
  if (!Date::Parse(text.substr(0, 10)).ok() || text[10] != 'T' || text[13] != ':') return false;
  auto two = [&](std::size_t at, int max) {
    const char a = text[at], b = text[at + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') return false;
    return (a - '0') * 10 + (b - '0') <= max;
  };
  if (!two(11, 23) || !two(14, 59)) return false;
  return text.size() == 16 || (text[16] == ':' && two(17, 59));
}

json ToJson(const Building& b) {
  return {
      {"id", b.id}, {"name", b.name}, {"address", b.address}, {"region", b.region}, {"use", b.use}};
}

json ToJson(const Lift& l, Date today) {
  return {
      {"registration_no", l.registration_no},
      {"building", ToJson(l.building)},
      {"kind", l.kind},
      {"drive", l.drive},
      {"rated_load_kg", l.rated_load_kg},
      {"persons", l.persons},
      {"rated_speed_mps", l.rated_speed_mps},
      {"floors_served", l.floors_served},
      {"machine_room_less", l.machine_room_less},
      {"manufacturer", l.manufacturer},
      {"model", l.model},
      {"model_certificate_no", OptText(l.model_certificate_no)},
      {"installed_on", l.installed_on},
      {"first_use_on", OptText(l.first_use_on)},
      {"company_id", OptId(l.company_id)},
      {"safety_manager", l.safety_manager},
      {"status", std::string(ToString(l.status))},
      {"validity", ValidityState(l, today)},
      {"last_result", OptText(l.last_result)},
      {"last_inspection_on", OptText(l.last_inspection_on)},
      {"valid_from", OptText(l.valid_from)},
      {"valid_until", OptText(l.valid_until)},
      {"remediation_until", OptText(l.remediation_until)},
      {"next_inspection_due", OptText(l.next_inspection_due)},
      {"next_inspection_kind", OptText(l.next_inspection_kind)},
      {"next_precision_due", OptText(l.next_precision_due)},
      {"version", l.version},
      {"updated_at", l.updated_at},
  };
}

json ToPublicJson(const Lift& l, Date today) {
  return {
      {"registration_no", l.registration_no},
      {"building",
       {{"name", l.building.name}, {"address", l.building.address}, {"region", l.building.region}}},
      {"kind", l.kind},
      {"status", std::string(ToString(l.status))},
      {"validity", ValidityState(l, today)},
      {"last_result", OptText(l.last_result)},
      {"last_inspection_on", OptText(l.last_inspection_on)},
      {"valid_until", OptText(l.valid_until)},
      {"next_inspection_due", OptText(l.next_inspection_due)},
  };
}

json ToJson(const Inspection& i) {
  json items = json::array();
  for (const auto& item : i.items) {
    items.push_back({{"code", item.code},
                     {"name", item.name},
                     {"result", item.result},
                     {"measured", item.measured ? json(*item.measured) : json(nullptr)},
                     {"unit", item.unit},
                     {"note", item.note}});
  }
  return {{"id", i.id},
          {"registration_no", i.registration_no},
          {"kind", std::string(ToString(i.kind))},
          {"date", i.date},
          {"result", std::string(ToString(i.result))},
          {"inspector", i.inspector},
          {"notes", i.notes},
          {"items", items},
          {"valid_from", OptText(i.valid_from)},
          {"valid_until", OptText(i.valid_until)},
          {"remediation_until", OptText(i.remediation_until)},
          {"created_at", i.created_at}};
}

json ToJson(const SelfInspection& s) {
  json items = json::array();
  for (const auto& item : s.items) {
    items.push_back(
        {{"code", item.code}, {"name", item.name}, {"grade", item.grade}, {"note", item.note}});
  }
  return {{"id", s.id},
          {"registration_no", s.registration_no},
          {"month", s.month},
          {"visited_on", s.visited_on},
          {"entered_on", s.entered_on},
          {"technician_id", OptId(s.technician_id)},
          {"company_id", OptId(s.company_id)},
          {"items", items},
          {"late", s.late},
          {"follow_up_work_order_id", OptId(s.follow_up_work_order_id)}};
}

json ToJson(const AccidentReport& a) {
  return {{"id", a.id},
          {"registration_no", a.registration_no},
          {"kind", std::string(ToString(a.kind))},
          {"occurred_at", a.occurred_at},
          {"description", a.description},
          {"failure_type", a.failure_type},
          {"cause", a.cause},
          {"persons_trapped", a.persons_trapped},
          {"persons_injured", a.persons_injured},
          {"deaths", a.deaths},
          {"hospitalisation_days", a.hospitalisation_days},
          {"treatment_days", a.treatment_days},
          {"rescued_by", a.rescued_by},
          {"measures", a.measures},
          {"serious", a.serious},
          {"reported_at", a.reported_at},
          {"draft", a.draft}};
}

json ToJson(const InspectionApplication& a) {
  return {{"id", a.id},
          {"registration_no", a.registration_no},
          {"kind", std::string(ToString(a.kind))},
          {"preferred_on", a.preferred_on},
          {"note", a.note},
          {"applied_by", a.applied_by},
          {"applied_at", a.applied_at},
          {"status", a.open() ? "open" : "inspected"},
          {"inspection_id", OptId(a.inspection_id)},
          {"inspected_on", a.inspected_on}};
}

json ToJson(const Company& c) {
  return {{"id", c.id},
          {"name", c.name},
          {"registration", c.registration},
          {"region", c.region},
          {"phone", c.phone}};
}

json ToJson(const Technician& t) {
  return {{"id", t.id},
          {"company_id", t.company_id},
          {"name", t.name},
          {"qualification", t.qualification},
          {"training_valid_until", OptText(t.training_valid_until)}};
}

json ToJson(const WorkOrder& w) {
  return {{"id", w.id},
          {"registration_no", w.registration_no},
          {"company_id", OptId(w.company_id)},
          {"technician_id", OptId(w.technician_id)},
          {"called_at", w.called_at},
          {"arrived_at", OptText(w.arrived_at)},
          {"completed_at", OptText(w.completed_at)},
          {"problem", w.problem},
          {"cause", w.cause},
          {"action", w.action},
          {"out_of_service", w.out_of_service},
          {"status", w.status},
          {"origin", w.origin},
          {"version", w.version}};
}

json ToJson(const Certificate& c) {
  return {{"id", c.id},
          {"certificate_no", c.certificate_no},
          {"subject", std::string(ToString(c.subject))},
          {"component_kind", OptText(c.component_kind)},
          {"model", c.model},
          {"manufacturer", c.manufacturer},
          {"holder", c.holder},
          {"issued_on", OptText(c.issued_on)},
          {"valid_until", OptText(c.valid_until)},
          {"status", c.status}};
}

json ToJson(const LiftPart& p) {
  return {{"id", p.id},
          {"registration_no", p.registration_no},
          {"component_kind", p.component_kind},
          {"certificate_no", p.certificate_no},
          {"serial_no", p.serial_no}};
}

json ToJson(const LiftModel& m) {
  return {{"id", m.id},
          {"manufacturer", m.manufacturer},
          {"name", m.name},
          {"created_at", m.created_at},
          {"type_tests", m.type_tests}};
}

json ToJson(const TrainingSession& s) {
  json observations = json::array();
  for (const TrainingObservation& o : s.observations) {
    observations.push_back({{"kind", o.kind}, {"test", o.test}, {"at", o.at}});
  }
  const auto or_null = [](const std::string& text) {
    return text.empty() ? json(nullptr) : json(text);
  };
  return {{"id", s.id},
          {"user_id", s.user_id},
          {"user", s.user_name},
          {"scenario", s.scenario},
          {"seed", s.seed},
          {"started_at", s.started_at},
          {"observations", observations},
          {"answered_at", or_null(s.answered_at)},
          {"diagnosis", or_null(s.diagnosis)},
          {"action", or_null(s.action)},
          {"passed", s.passed ? json(*s.passed) : json(nullptr)},
          {"score", s.score ? json(*s.score) : json(nullptr)}};
}

json ToJson(const TypeTest& t) {
  json results = json::array();
  std::vector<std::string> failed;
  for (const TypeTestResult& r : t.results) {
    results.push_back({{"id", r.test_id},
                       {"clause", r.clause},
                       {"measured", r.measured ? json(*r.measured) : json(nullptr)},
                       {"unit", r.unit},
                       {"limit", r.limit ? json(*r.limit) : json(nullptr)},
                       {"verdict", r.verdict}});
    if (r.verdict != "pass") failed.push_back(r.test_id);
  }
  json out = {{"id", t.id},
              {"model_id", t.model_id},
              {"run_at", t.run_at},
              {"suite", t.suite},
              {"lift", t.lift_name},
              {"verdict", t.verdict},
              {"failed", failed},
              {"submitted_by", t.submitted_by},
              {"changes", json::parse(t.changes.empty() ? "{}" : t.changes, nullptr, false)},
              {"tests", results}};
  if (!t.description.empty()) out["description"] = t.description;
  if (!t.report.empty()) out["report"] = json::parse(t.report, nullptr, false);
  return out;
}

json ToJson(const User& u) {
  return {{"id", u.id},
          {"name", u.name},
          {"role", std::string(ToString(u.role))},
          {"company_id", OptId(u.company_id)},
          {"technician_id", OptId(u.technician_id)},
          {"created_at", u.created_at}};
}

json ToJson(const AuditEntry& a) {
  auto parse = [](const std::string& text) {
    return text.empty() ? json(nullptr) : json::parse(text, nullptr, false);
  };
  return {{"id", a.id},
          {"at", a.at},
          {"actor", a.actor},
          {"action", a.action},
          {"entity", a.entity},
          {"entity_key", a.entity_key},
          {"before", parse(a.before_json)},
          {"after", parse(a.after_json)}};
}

json ToJson(const RegulationProfile& p) {
  auto opt = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
  auto codes = [](const std::vector<NamedCode>& list) {
    json out = json::array();
    for (const auto& c : list) {
      out.push_back({{"code", c.code},
                     {"name", c.name},
                     {"local", c.local},
                     {"names", c.names},
                     {"check", c.check}});
    }
    return out;
  };
  json parts = json::array();
  for (const auto& part : p.checklist_parts) {
    parts.push_back({{"code", part.code}, {"name", part.name}, {"names", part.names}});
  }
  json checklist = json::array();
  for (const auto& t : p.checklist) {
    checklist.push_back({{"code", t.code},
                         {"name", t.name},
                         {"names", t.names},
                         {"part", t.part},
                         {"unit", t.unit},
                         {"clause", t.clause},
                         {"min", opt(t.min)},
                         {"max", opt(t.max)},
                         {"max_abs", opt(t.max_abs)},
                         {"lift_kinds", t.lift_kinds},
                         {"inspection_kinds", t.inspection_kinds},
                         {"check", t.check}});
  }
  return {{"id", p.id},
          {"name", p.name},
          {"name_local", p.name_local},
          {"country", p.country},
          {"language", p.language},
          {"inspection_kinds", p.inspection_kinds},
          {"periodic_interval_months", p.periodic_interval_months},
          {"remediation_days", p.remediation_days ? json(*p.remediation_days) : json(nullptr)},
          {"precision_first_after_years",
           p.precision_first_after_years ? json(*p.precision_first_after_years) : json(nullptr)},
          {"precision_interval_years", p.precision_interval_years},
          {"self_inspection_entry_days", p.self_inspection_entry_days},
          {"grades", codes(p.grades)},
          {"self_inspection_items", codes(p.self_inspection_items)},
          {"serious_failures", codes(p.serious_failures)},
          {"component_kinds", codes(p.component_kinds)},
          {"verdicts",
           {{"pass_allows", p.pass_allows},
            {"conditional_allows", p.conditional_allows},
            {"source", p.verdicts_source}}},
          {"checklist_parts", parts},
          {"checklist_sources", p.checklist_sources},
          {"checklist", checklist}};
}

}  // namespace hoistway::registry
