// API handlers: lifts, the lift list and its exports, a lift's certificate,
// timeline and downtime, and the summary by region.
#include <fmt/core.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "registry/certificate_pdf.h"
#include "registry/csv_export.h"
#include "registry/inspection_applications.h"
#include "registry/json_codec.h"
#include "registry/maintenance_stats.h"
#include "registry/messages.h"
#include "server/api.h"

namespace hoistway::server {

using nlohmann::json;
using registry::ToJson;

namespace {

constexpr int kMaxPage = 1'000'000;
constexpr int kMaxDueDays = 3650;
constexpr std::size_t kMaxQueryText = 100;

Result<registry::LiftFilter> FilterFrom(const HttpRequest& r, registry::Date today) {
  registry::LiftFilter f;
  f.today = today;
  f.region = r.Query("region");
  f.status = r.Query("status");
  f.validity = r.Query("validity");
  f.q = r.Query("q");
  if (f.q.size() > kMaxQueryText) return FieldError("q", "must be at most 100 characters");
  if (!r.Query("sort").empty()) f.sort = r.Query("sort");
  const std::string& overdue = r.Query("overdue");
  if (!overdue.empty()) {
    if (overdue != "true" && overdue != "false")
      return FieldError("overdue", "must be true or false");
    f.overdue = overdue == "true";
  }
  auto due = QueryInt(r, "due_within_days", 0, kMaxDueDays);
  if (!due.ok()) return due.error();
  f.due_within_days = *due;
  auto company = QueryInt(r, "company_id", 1, 2'000'000'000);
  if (!company.ok()) return company.error();
  if (*company) f.company_id = **company;
  auto page = QueryInt(r, "page", 1, kMaxPage);
  if (!page.ok()) return page.error();
  f.page = page->value_or(1);
  auto per_page = QueryInt(r, "per_page", 1, registry::kMaxPerPage);
  if (!per_page.ok()) return per_page.error();
  f.per_page = per_page->value_or(50);
  return f;
}

// The ETag is the lift's version (for If-Match), but the body also holds
// what the caller may do and today's status: no cache keeps it. (Chromium
// revalidates an entry stored for another Authorization with its ETag, so a
// browser shared by a technician and an inspector showed one the other's
// actions after a 304 of the same version.)
HttpResponse WithETag(HttpResponse r, std::int64_t version) {
  r.headers.emplace_back("ETag", ETagOf(version));
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

// The full lift, its self-inspection status and what the caller may do to it.
json LiftView(registry::Transaction& tx, const registry::Lift& lift, registry::Date today,
              json actions) {
  json out = ToJson(lift, today);
  out.update(actions);
  auto records = tx.ListSelfInspections(lift.registration_no, /*with_items=*/false);
  if (records.ok()) {
    const auto status = registry::CheckSelfInspections(tx.profile(), lift, *records, today);
    out["self_inspection"] = {{"late_months", status.late_months},
                              {"missing_months", status.missing_months}};
  }
  return out;
}

}  // namespace

Result<HttpResponse> Api::ListLifts(Context& c) {
  auto filter = FilterFrom(c.request, c.today);
  if (!filter.ok()) return filter.error();
  if (c.caller.actor.role == registry::Role::kOwner) filter->owner_user_id = c.caller.actor.user_id;
  auto page = c.tx.ListLifts(*filter);
  if (!page.ok()) return page.error();
  json items = json::array();
  for (const auto& lift : page->items) {
    items.push_back(c.caller.authenticated ? ToJson(lift, c.today)
                                           : registry::ToPublicJson(lift, c.today));
  }
  return PageResponse(std::move(items), *page);
}

Result<HttpResponse> Api::ExportLiftsCsv(Context& c) {
  auto filter = FilterFrom(c.request, c.today);
  if (!filter.ok()) return filter.error();
  filter->per_page = registry::kMaxPerPage;
  if (c.caller.actor.role == registry::Role::kOwner) filter->owner_user_id = c.caller.actor.user_id;
  HttpResponse r;
  r.content_type = "text/csv; charset=utf-8";
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"lifts.csv\"");
  r.body = registry::LiftsCsvHeader();
  for (filter->page = 1;; ++filter->page) {
    auto page = c.tx.ListLifts(*filter);
    if (!page.ok()) return page.error();
    r.body += registry::LiftsCsvRows(page->items, c.today);
    if (static_cast<std::int64_t>(filter->page) * filter->per_page >= page->total) break;
  }
  return r;
}

Result<HttpResponse> Api::CreateLift(Context& c) {
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  auto lift = registry::ParseNewLift(*body);
  if (!lift.ok()) return lift.error();
  auto created = c.tx.CreateLift(*lift);
  if (!created.ok()) return created.error();
  Status published = PublishAbout(c, "lift.created", *created);
  if (!published.ok()) return published.error();
  auto facts = FactsOf(c.tx, *created, false);
  if (!facts.ok()) return facts.error();
  HttpResponse r = WithETag(
      JsonResponse(201, LiftView(c.tx, *created, c.today, ActionsOn(c.caller.actor, *facts))),
      created->version);
  r.headers.emplace_back("Location", "/api/v1/lifts/" + created->registration_no);
  return r;
}

Result<HttpResponse> Api::GetLift(Context& c) {
  const registry::Lift* lift = &*c.lift;  // found by the permission check
  if (!c.caller.authenticated) return JsonResponse(200, registry::ToPublicJson(*lift, c.today));
  if (c.public_view) {  // an owner's view of a lift not in their buildings
    json view = registry::ToPublicJson(*lift, c.today);
    view.update(ActionsOn(c.caller.actor, c.facts));
    return JsonResponse(200, view);
  }
  if (c.request.Header("if-none-match") == ETagOf(lift->version)) {
    HttpResponse r;
    r.status = 304;
    r.content_type.clear();
    return WithETag(r, lift->version);
  }
  return WithETag(
      JsonResponse(200, LiftView(c.tx, *lift, c.today, ActionsOn(c.caller.actor, c.facts))),
      lift->version);
}

Result<HttpResponse> Api::PatchLift(Context& c) {
  auto expected = IfMatchVersion(c.request);
  if (!expected.ok()) return expected.error();
  if (!*expected) {
    return ErrorResponse(
        428, "precondition_required",
        "send If-Match with the lift's ETag so that concurrent edits are not lost");
  }
  const registry::Lift* lift = &*c.lift;
  if (lift->version != **expected) {
    HttpResponse r = ErrorResponse(
        412, "precondition_failed",
        fmt::format("the lift changed (now {}); fetch it again", ETagOf(lift->version)));
    return WithETag(r, lift->version);
  }
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  registry::Lift changed = *lift;
  Status patch = registry::ApplyLiftPatch(*body, &changed);
  if (!patch.ok()) return patch.error();
  auto updated = c.tx.UpdateLift(changed, **expected);
  if (!updated.ok()) return updated.error();
  Status published = PublishAbout(c, "lift.updated", *updated);
  if (!published.ok()) return published.error();
  auto facts = FactsOf(c.tx, *updated, c.caller.actor.role == registry::Role::kOwner);
  if (!facts.ok()) return facts.error();
  return WithETag(
      JsonResponse(200, LiftView(c.tx, *updated, c.today, ActionsOn(c.caller.actor, *facts))),
      updated->version);
}

Result<HttpResponse> Api::LiftCertificatePdf(Context& c) {
  const registry::Lift* lift = &*c.lift;
  auto inspections = c.tx.ListInspections(lift->registration_no);
  if (!inspections.ok()) return inspections.error();
  auto demo = c.tx.GetMeta("demo");
  if (!demo.ok()) return demo.error();
  registry::CertificateInput input;
  input.lift = lift;
  input.last_inspection = inspections->empty() ? nullptr : &inspections->back();
  input.profile = &c.tx.profile();
  input.today = c.today;
  input.demo = demo->has_value();
  // ?lang=ko|ru|en, else the first language of Accept-Language the console has.
  input.language = c.request.Query("lang");
  if (input.language.empty()) input.language = c.request.Header("accept-language").substr(0, 2);
  if (!registry::HasLanguage(input.language)) input.language = "en";
  const std::string base =
      options_.public_url.empty() ? std::string("http://localhost") : options_.public_url;
  input.verify_url = base + "/api/v1/lifts/" + lift->registration_no;
  auto pdf = registry::RenderCertificatePdf(input);
  if (!pdf.ok()) return pdf.error();
  HttpResponse r;
  r.content_type = "application/pdf";
  r.body = std::move(*pdf);
  r.headers.emplace_back(
      "Content-Disposition",
      fmt::format("inline; filename=\"certificate-{}.pdf\"", lift->registration_no));
  return r;
}

Result<HttpResponse> Api::LiftTimeline(Context& c) {
  const std::string& reg = c.params[0];
  json events = json::array();
  auto add = [&](const std::string& at, std::string_view type, std::string summary, json data) {
    events.push_back(
        {{"at", at}, {"type", type}, {"summary", std::move(summary)}, {"data", std::move(data)}});
  };
  auto inspections = c.tx.ListInspections(reg);
  if (!inspections.ok()) return inspections.error();
  for (const auto& i : *inspections) {
    add(i.date, "inspection",
        fmt::format("{} inspection: {}", ToString(i.kind), ToString(i.result)), ToJson(i));
  }
  auto selfs = c.tx.ListSelfInspections(reg);
  if (!selfs.ok()) return selfs.error();
  for (const auto& s : *selfs) {
    add(s.visited_on, "self_inspection",
        fmt::format("self-inspection {}{}", s.month, s.late ? " (late)" : ""), ToJson(s));
  }
  auto orders = c.tx.ListWorkOrders(reg);
  if (!orders.ok()) return orders.error();
  for (const auto& w : *orders) {
    add(w.called_at, "work_order", fmt::format("call-out ({}): {}", w.status, w.cause), ToJson(w));
  }
  auto accidents = c.tx.ListAccidents(reg);
  if (!accidents.ok()) return accidents.error();
  for (const auto& a : *accidents) {
    add(a.occurred_at, "accident",
        fmt::format("{}{}: {}", a.serious ? "serious " : "", ToString(a.kind), a.description),
        ToJson(a));
  }
  auto applications = registry::InspectionApplications(c.tx.context()).List(reg);
  if (!applications.ok()) return applications.error();
  for (const auto& a : *applications) {
    add(a.applied_at, "inspection_application",
        fmt::format("application for a {} inspection{}", ToString(a.kind),
                    a.open() ? " (open)" : ", inspected " + a.inspected_on),
        ToJson(a));
  }
  auto audit = c.tx.ListAudit("lift", reg, 1, registry::kMaxPerPage);
  if (!audit.ok()) return audit.error();
  for (const auto& entry : audit->items) {
    add(entry.at, "change", fmt::format("lift {}d by {}", entry.action, entry.actor),
        ToJson(entry));
  }
  std::stable_sort(events.begin(), events.end(), [](const json& a, const json& b) {
    return a["at"].get<std::string>() > b["at"].get<std::string>();
  });
  return JsonResponse(200, {{"registration_no", reg}, {"events", std::move(events)}});
}

Result<HttpResponse> Api::LiftDowntime(Context& c) {
  auto orders = c.tx.ListWorkOrders(c.params[0]);
  if (!orders.ok()) return orders.error();
  json months = json::array();
  for (const auto& m : registry::MonthlyDowntime(*orders, registry::FormatTimestamp(c.now))) {
    months.push_back({{"month", m.month}, {"minutes", m.minutes}, {"work_orders", m.work_orders}});
  }
  return JsonResponse(200, {{"registration_no", c.params[0]}, {"months", std::move(months)}});
}

Result<HttpResponse> Api::RegionSummary(Context& c) {
  // An owner counts their own lifts: the list they see holds no others.
  std::optional<std::int64_t> owner;
  if (c.caller.actor.role == registry::Role::kOwner) owner = c.caller.actor.user_id;
  auto regions = c.tx.SummarizeRegions(c.today, owner);
  if (!regions.ok()) return regions.error();
  json items = json::array();
  for (const auto& r : *regions) {
    items.push_back({{"region", r.region},
                     {"total", r.total},
                     {"valid", r.valid},
                     {"due_30_days", r.due_30_days},
                     {"overdue", r.overdue},
                     {"prohibited", r.prohibited},
                     {"conditional", r.conditional}});
  }
  return JsonResponse(200, {{"date", c.today.ToString()}, {"regions", std::move(items)}});
}

Result<HttpResponse> Api::LiftChecklist(Context& c) {
  const std::string kind = c.request.Query("kind");
  const registry::RegulationProfile& profile = c.tx.profile();
  if (!profile.HasInspectionKind(kind)) {
    return FieldError("kind", fmt::format("must be an inspection kind of profile {}: {}",
                                          profile.id, fmt::join(profile.inspection_kinds, ", ")));
  }
  // The profile's parts, each with the items that apply to this lift's kind.
  json parts = json::array();
  const json all = registry::ToJson(profile)["checklist"];
  for (const auto& part : profile.checklist_parts) {
    json items = json::array();
    for (std::size_t i = 0; i < profile.checklist.size(); ++i) {
      const registry::ChecklistTemplate& t = profile.checklist[i];
      if (t.part == part.code && t.AppliesTo(c.lift->kind, kind)) items.push_back(all[i]);
    }
    if (items.empty()) continue;
    parts.push_back(
        {{"code", part.code}, {"name", part.name}, {"names", part.names}, {"items", items}});
  }
  return JsonResponse(
      200,
      {{"registration_no", c.lift->registration_no},
       {"lift_kind", c.lift->kind},
       {"kind", kind},
       {"verdicts",
        {{"pass_allows", profile.pass_allows}, {"conditional_allows", profile.conditional_allows}}},
       {"parts", std::move(parts)}});
}

Result<HttpResponse> Api::ListBuildings(Context& c) {
  auto buildings = c.tx.ListBuildings(c.request.Query("region"));
  if (!buildings.ok()) return buildings.error();
  return JsonResponse(200, {{"items", JsonItems(*buildings)}});
}

}  // namespace hoistway::server
