// API handlers: the records of one lift (inspections, self-inspections,
// accidents, work orders, certified parts).
#include <fmt/core.h>

#include <charconv>

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

std::string Event(std::string_view type, const std::string& reg) {
  return json{{"type", type}, {"registration_no", reg}}.dump();
}

// Technicians act only on lifts their own company maintains.
Status CheckTechnicianScope(const Caller& caller, registry::Transaction& tx,
                            const std::string& reg) {
  if (caller.role != registry::Role::kTechnician) return Status::Ok();
  auto lift = tx.GetLift(reg);
  if (!lift.ok()) return lift.error();
  if (!caller.company_id || lift->company_id != caller.company_id) {
    return Error(ErrorCode::kPermission,
                 fmt::format("lift {} is not maintained by your company", reg));
  }
  return Status::Ok();
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
  c.events.push_back(Event("inspection.created", c.params[0]));
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
  Status scope = CheckTechnicianScope(c.caller, c.tx, c.params[0]);
  if (!scope.ok()) return scope.error();
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  auto record = registry::ParseSelfInspection(*body, c.tx.profile(), c.today);
  if (!record.ok()) return record.error();
  auto added = c.tx.AddSelfInspection(c.params[0], *record);
  if (!added.ok()) return added.error();
  c.events.push_back(Event("self_inspection.created", c.params[0]));
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
  c.events.push_back(Event("accident.created", c.params[0]));
  return JsonResponse(201, ToJson(*added));
}

Result<HttpResponse> Api::ListWorkOrders(Context& c) {
  auto list = c.tx.ListWorkOrders(c.params[0]);
  if (!list.ok()) return list.error();
  return ListResponse(c.params[0], *list);
}

Result<HttpResponse> Api::AddWorkOrder(Context& c) {
  Status scope = CheckTechnicianScope(c.caller, c.tx, c.params[0]);
  if (!scope.ok()) return scope.error();
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  auto order = registry::ParseWorkOrder(*body);
  if (!order.ok()) return order.error();
  auto added = c.tx.AddWorkOrder(c.params[0], *order);
  if (!added.ok()) return added.error();
  c.events.push_back(Event("work_order.created", c.params[0]));
  HttpResponse r = JsonResponse(201, ToJson(*added));
  r.headers.emplace_back("ETag", ETagOf(added->version));
  return r;
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
  Status scope = CheckTechnicianScope(c.caller, c.tx, order->registration_no);
  if (!scope.ok()) return scope.error();
  if (order->version != **expected) {
    return ErrorResponse(412, "precondition_failed", "the work order changed since you fetched it");
  }
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  registry::WorkOrder changed = *order;
  Status patch = registry::ApplyWorkOrderPatch(*body, &changed);
  if (!patch.ok()) return patch.error();
  auto updated = c.tx.UpdateWorkOrder(changed, **expected);
  if (!updated.ok()) return updated.error();
  c.events.push_back(Event("work_order.updated", updated->registration_no));
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
  c.events.push_back(Event("lift_part.created", c.params[0]));
  return JsonResponse(201, ToJson(*added));
}

}  // namespace hoistway::server
