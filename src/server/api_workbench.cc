// API handlers: the traffic workbench of the web console. The round-trip-time
// analysis answers at once; simulations run in the background (SimulationJobs)
// and are polled, or followed on the caller's event stream.
#include <fmt/core.h>

#include <algorithm>

#include "analysis/report_json.h"
#include "analysis/rtt_analysis.h"
#include "server/api.h"
#include "server/workbench_input.h"
#include "sim/report_json.h"

namespace hoistway::server {

using nlohmann::json;

namespace {

// A bad description keeps the loader's (or the analysis') message
// ("building.yaml:3:5: ...") whole, under the field "building".
HttpResponse WorkbenchError(const Error& error, bool about_building) {
  if (error.code() == ErrorCode::kInvalidInput &&
      (about_building || error.message().starts_with(kWorkbenchSourceName))) {
    return ErrorResponse(400, "invalid_input", error.message(), "building");
  }
  if (error.code() == ErrorCode::kInvalidInput &&
      error.message().starts_with(kBaselineSourceName)) {
    return ErrorResponse(400, "invalid_input", error.message(), "baseline");
  }
  return ErrorResponse(error);
}

// Each group's round trip judged against the description's targets (the
// longer interval and the smaller handling capacity of the classical and
// kinematic figures: the conservative ones, as `hoistway size` judges).
void AddRttTargets(const Building& building, nlohmann::json& rtt) {
  for (nlohmann::json& g : rtt["groups"]) {
    const double interval =
        std::max(g["interval_s"].get<double>(), g["interval_kinematic_s"].get<double>());
    const double pct = std::min(g["handling_capacity_pct"].get<double>(),
                                g["handling_capacity_kinematic_pct"].get<double>());
    const std::vector<TargetCheck> checks = CheckTargets(building.analysis, interval, pct);
    if (!checks.empty()) g["targets"] = json::parse(TargetsJson(checks).dump());
  }
}

// The job as JSON; the result (a large text) is spliced in without re-parsing.
HttpResponse JobResponse(int status, const JobSnapshot& job) {
  json meta = {{"id", job.id},
               {"status", ToString(job.state)},
               {"progress", job.progress},
               {"cancel_requested", job.cancel_requested},
               {"building", job.building},
               {"seed", job.seed},
               {"runs", job.runs},
               {"comparison", job.comparison}};
  if (job.state == JobState::kFailed) meta["error"] = job.error;
  HttpResponse r = JsonResponse(status, meta);
  if (job.state == JobState::kDone && job.result) {
    r.body.pop_back();  // the closing brace
    r.body += ",\"result\":";
    r.body += *job.result;
    r.body += '}';
  }
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

}  // namespace

Result<HttpResponse> Api::WorkbenchRtt(Context& c) {
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  auto request = ParseWorkbenchRequest(*body, /*simulation=*/false);
  if (!request.ok()) return WorkbenchError(request.error(), false);
  auto rtt = AnalyzeRtt(request->building);
  if (!rtt.ok()) return WorkbenchError(rtt.error(), true);
  json document = RttJson(*rtt);
  AddRttTargets(request->building, document);
  return JsonResponse(200, document);
}

Result<HttpResponse> Api::StartSimulation(Context& c) {
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  auto request = ParseWorkbenchRequest(*body, /*simulation=*/true);
  if (!request.ok()) return WorkbenchError(request.error(), false);
  auto id = jobs_->Submit(c.caller.actor.user_id, std::move(request->building), request->seed,
                          request->runs, std::move(request->baseline));
  if (!id.ok()) {
    if (id.error().code() == ErrorCode::kConflict) {
      HttpResponse r = ErrorResponse(429, "too_many_simulations", id.error().message());
      r.headers.emplace_back("Retry-After", "10");
      return r;
    }
    if (id.error().code() == ErrorCode::kUnavailable) {
      return ErrorResponse(503, "unavailable", id.error().message());
    }
    return id.error();
  }
  auto job = jobs_->Get(c.caller.actor.user_id, *id);
  if (!job.ok()) return job.error();
  HttpResponse r = JobResponse(202, *job);
  r.headers.emplace_back("Location", "/api/v1/workbench/simulations/" + *id);
  return r;
}

Result<HttpResponse> Api::GetSimulation(Context& c) {
  auto job = jobs_->Get(c.caller.actor.user_id, c.params[0]);
  if (!job.ok()) return job.error();
  return JobResponse(200, *job);
}

Result<HttpResponse> Api::CancelSimulation(Context& c) {
  auto job = jobs_->Cancel(c.caller.actor.user_id, c.params[0]);
  if (!job.ok()) return job.error();
  // 202: asked to stop, still stopping (the request does not wait for it).
  return JobResponse(job->state == JobState::kRunning ? 202 : 200, *job);
}

}  // namespace hoistway::server
