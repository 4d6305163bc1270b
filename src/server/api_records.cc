// API handlers: the records of one lift (inspections, self-inspections,
// accidents, work orders, certified parts).
#include <fmt/core.h>

#include <charconv>

#include "registry/inspection_applications.h"
#include "registry/json_codec.h"
#include "server/api.h"

namespace hoistway::server {

using nlohmann::json;
using registry::ToJson;

namespace {

template <typename T>
HttpResponse ListResponse(const std::string& reg, const std::vector<T>& records) {
  return JsonResponse(200, {{"registration_no", reg}, {"items", JsonItems(records)}});
}

// A technician records work in their own name and company (access.h): the
// record's technician defaults to the user's own, and another company's or
// technician's is refused, naming the field.
Status Attribute(const Caller& caller, registry::Transaction& tx,
                 std::optional<std::int64_t> company_id,
                 std::optional<std::int64_t>* technician_id) {
  const registry::Actor& actor = caller.actor;
  if (actor.role == registry::Role::kTechnician && !*technician_id) {
    *technician_id = actor.technician_id;
  }
  std::optional<std::int64_t> technician_company;
  if (*technician_id && actor.role == registry::Role::kTechnician) {
    auto technician = tx.GetTechnician(**technician_id);
    if (!technician.ok()) return FieldError("technician_id", technician.error().message());
    technician_company = technician->company_id;
  }
  return registry::CheckAttribution(actor, company_id, *technician_id, technician_company);
}

}  // namespace

Result<HttpResponse> Api::ListInspections(Context& c) {
  auto list = c.tx.ListInspections(c.params[0]);
  if (!list.ok()) return list.error();
  return ListResponse(c.params[0], *list);
}

Result<HttpResponse> Api::AddInspection(Context& c) {
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  auto inspection = registry::ParseInspection(*body, c.tx.profile());
  if (!inspection.ok()) return inspection.error();
  // Optional If-Match on the lift: the inspector saw its current state.
  auto expected = IfMatchVersion(c.request);
  if (!expected.ok()) return expected.error();
  if (*expected) {
    auto lift = c.tx.GetLift(c.params[0]);
    if (!lift.ok()) return lift.error();
    if (lift->version != **expected) {
      return ErrorResponse(412, "precondition_failed", "the lift changed since you fetched it");
    }
  }
  if (inspection->inspector.empty()) inspection->inspector = c.caller.name;
  auto added = c.tx.AddInspection(c.params[0], *inspection);
  if (!added.ok()) return added.error();
  Status published = PublishAbout(c, "inspection.created", *c.lift);
  if (!published.ok()) return published.error();
  HttpResponse r = JsonResponse(201, ToJson(*added));
  auto lift = c.tx.GetLift(c.params[0]);
  if (lift.ok()) r.headers.emplace_back("ETag", ETagOf(lift->version));
  return r;
}

Result<HttpResponse> Api::ListSelfInspections(Context& c) {
  auto list = c.tx.ListSelfInspections(c.params[0]);
  if (!list.ok()) return list.error();
  return ListResponse(c.params[0], *list);
}

Result<HttpResponse> Api::AddSelfInspection(Context& c) {
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  auto record = registry::ParseSelfInspection(*body, c.tx.profile(), c.today);
  if (!record.ok()) return record.error();
  Status attributed = Attribute(c.caller, c.tx, record->company_id, &record->technician_id);
  if (!attributed.ok()) return attributed.error();
  auto added = c.tx.AddSelfInspection(c.params[0], *record);
  if (!added.ok()) return added.error();
  Status published = PublishAbout(c, "self_inspection.created", *c.lift);
  if (!published.ok()) return published.error();
  return JsonResponse(201, ToJson(*added));
}

Result<HttpResponse> Api::ListAccidents(Context& c) {
  auto list = c.tx.ListAccidents(c.params[0]);
  if (!list.ok()) return list.error();
  return ListResponse(c.params[0], *list);
}

Result<HttpResponse> Api::AddAccident(Context& c) {
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  auto report = registry::ParseAccident(*body);
  if (!report.ok()) return report.error();
  auto added = c.tx.AddAccident(c.params[0], *report);
  if (!added.ok()) return added.error();
  Status published = PublishAbout(c, "accident.created", *c.lift);
  if (!published.ok()) return published.error();
  return JsonResponse(201, ToJson(*added));
}

Result<HttpResponse> Api::ListWorkOrders(Context& c) {
  auto list = c.tx.ListWorkOrders(c.params[0]);
  if (!list.ok()) return list.error();
  return ListResponse(c.params[0], *list);
}

Result<HttpResponse> Api::AddWorkOrder(Context& c) {
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  auto order = registry::ParseWorkOrder(*body);
  if (!order.ok()) return order.error();
  Status attributed = Attribute(c.caller, c.tx, order->company_id, &order->technician_id);
  if (!attributed.ok()) return attributed.error();
  auto added = c.tx.AddWorkOrder(c.params[0], *order);
  if (!added.ok()) return added.error();
  Status published = PublishAbout(c, "work_order.created", *c.lift);
  if (!published.ok()) return published.error();
  HttpResponse r = JsonResponse(201, ToJson(*added));
  r.headers.emplace_back("ETag", ETagOf(added->version));
  return r;
}

Result<HttpResponse> Api::ListInspectionApplications(Context& c) {
  auto list = registry::InspectionApplications(c.tx.context()).List(c.params[0]);
  if (!list.ok()) return list.error();
  return ListResponse(c.params[0], *list);
}

Result<HttpResponse> Api::ApplyForInspection(Context& c) {
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  auto application = registry::ParseInspectionApplication(*body);
  if (!application.ok()) return application.error();
  auto added = registry::InspectionApplications(c.tx.context()).Apply(c.params[0], *application);
  if (!added.ok()) return added.error();
  Status published = PublishAbout(c, "inspection_application.created", *c.lift);
  if (!published.ok()) return published.error();
  return JsonResponse(201, ToJson(*added));
}

Result<HttpResponse> Api::ListOpenInspectionApplications(Context& c) {
  auto query = PageQueryOf(c.request);
  if (!query.ok()) return query.error();
  auto list =
      registry::InspectionApplications(c.tx.context()).ListOpen(query->page, query->per_page);
  if (!list.ok()) return list.error();
  return PageResponse(JsonItems(list->items), *list);
}

Result<HttpResponse> Api::GetWorkOrder(Context& c) {
  auto id = PathId(c.params[0], "work order");
  if (!id.ok()) return id.error();
  auto order = c.tx.GetWorkOrder(*id);
  if (!order.ok()) return order.error();
  HttpResponse r = JsonResponse(200, ToJson(*order));
  r.headers.emplace_back("ETag", ETagOf(order->version));
  return r;
}

Result<HttpResponse> Api::PatchWorkOrder(Context& c) {
  auto id = PathId(c.params[0], "work order");
  if (!id.ok()) return id.error();
  auto expected = IfMatchVersion(c.request);
  if (!expected.ok()) return expected.error();
  if (!*expected) {
    return ErrorResponse(428, "precondition_required", "send If-Match with the work order's ETag");
  }
  auto order = c.tx.GetWorkOrder(*id);
  if (!order.ok()) return order.error();
  if (order->version != **expected) {
    return ErrorResponse(412, "precondition_failed", "the work order changed since you fetched it");
  }
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  registry::WorkOrder changed = *order;
  Status patch = registry::ApplyWorkOrderPatch(*body, &changed);
  if (!patch.ok()) return patch.error();
  if (changed.technician_id != order->technician_id) {
    Status attributed = Attribute(c.caller, c.tx, std::nullopt, &changed.technician_id);
    if (!attributed.ok()) return attributed.error();
  }
  auto updated = c.tx.UpdateWorkOrder(changed, **expected);
  if (!updated.ok()) return updated.error();
  Status published = PublishAbout(c, "work_order.updated", *c.lift);
  if (!published.ok()) return published.error();
  HttpResponse r = JsonResponse(200, ToJson(*updated));
  r.headers.emplace_back("ETag", ETagOf(updated->version));
  return r;
}

Result<HttpResponse> Api::ListParts(Context& c) {
  auto list = c.tx.ListParts(c.params[0]);
  if (!list.ok()) return list.error();
  return ListResponse(c.params[0], *list);
}

Result<HttpResponse> Api::AddPart(Context& c) {
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  auto part = registry::ParsePart(*body, c.tx.profile());
  if (!part.ok()) return part.error();
  auto added = c.tx.AddPart(c.params[0], *part);
  if (!added.ok()) return added.error();
  Status published = PublishAbout(c, "lift_part.created", *c.lift);
  if (!published.ok()) return published.error();
  return JsonResponse(201, ToJson(*added));
}

}  // namespace hoistway::server
