#include "server/workbench_input.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include "core/building_loader.h"
#include "core/dispatcher_names.h"
#include "registry/json_codec.h"

namespace hoistway::server {

namespace {

constexpr std::uint64_t kMaxSeed = (std::uint64_t{1} << 53);  // exact in a JS number

// The server runs the built-in group controls only (a plug-in would be a
// library on the server's disk that the request chose).
Status CheckDispatchers(const Building& b) {
  for (std::size_t i = 0; i < b.groups.size(); ++i) {
    if (!IsBuiltInDispatcher(b.groups[i].dispatcher)) {
      return FieldError("building", fmt::format("groups[{}].dispatcher: '{}' is a plug-in; the "
                                                "workbench runs only the built-in ones ({})",
                                                i, b.groups[i].dispatcher,
                                                fmt::join(BuiltInDispatcherNames(), ", ")));
    }
  }
  return Status::Ok();
}

Status CheckSimulationSize(const Building& b, const WorkbenchLimits& limits) {
  if (b.traffic.duration_s > limits.max_duration_s) {
    return FieldError(
        "building",
        fmt::format("traffic.duration_s is {:g} s; the workbench simulates at most "
                    "{:g} s ({:g} days)",
                    b.traffic.duration_s, limits.max_duration_s, limits.max_duration_s / 86400.0));
  }
  if (b.report.drain_s > limits.max_drain_s) {
    return FieldError("building",
                      fmt::format("report.drain_s is {:g} s; the workbench allows at most {:g} s",
                                  b.report.drain_s, limits.max_drain_s));
  }
  const double passengers = ExpectedPassengers(b);
  if (passengers > limits.max_passengers_per_run) {
    return FieldError(
        "building",
        fmt::format("a run would generate about {:.0f} passengers; the workbench simulates at "
                    "most {:.0f} (lower the population, the arrival rates or the duration)",
                    passengers, limits.max_passengers_per_run));
  }
  return Status::Ok();
}

}  // namespace

double ExpectedPassengers(const Building& b) {
  if (!b.traffic.passengers.empty()) return static_cast<double>(b.traffic.passengers.size());
  if (b.traffic.saturated || b.traffic.periods.empty()) return 0.0;
  double cycle_s = 0.0;
  double rate_time = 0.0;  // sum of rate_pct_per_5min x duration over one cycle
  for (const PeriodSpec& p : b.traffic.periods) {
    cycle_s += p.duration_s;
    rate_time += p.rate_pct_per_5min * p.duration_s;
  }
  if (!(cycle_s > 0.0)) return 0.0;
  const double mean_rate_pct = rate_time / cycle_s;
  return b.TotalPopulation() * mean_rate_pct / 100.0 * b.traffic.duration_s / kSecondsPer5Min;
}

namespace {

// The description in field `field` of the body, parsed as `source_name` and,
// for a simulation, checked for the server.
Result<Building> ReadDescription(const nlohmann::json& body, const char* field,
                                 const char* source_name, bool simulation,
                                 const WorkbenchLimits& limits) {
  const auto text = body.find(field);
  if (text == body.end() || !text->is_string() || text->get_ref<const std::string&>().empty()) {
    return FieldError(field, "is required: the building description as YAML or JSON text");
  }
  const std::string& source = text->get_ref<const std::string&>();
  if (source.size() > limits.max_building_bytes) {
    return FieldError(field, fmt::format("is {} bytes; at most {} are accepted", source.size(),
                                         limits.max_building_bytes));
  }
  auto building = ParseBuilding(source, source_name);
  if (!building.ok()) return building.error();
  if (simulation) {
    Status dispatchers = CheckDispatchers(building.value());
    if (!dispatchers.ok()) return dispatchers.error();
    Status size = CheckSimulationSize(building.value(), limits);
    if (!size.ok()) return size.error();
  }
  return building;
}

}  // namespace

Result<WorkbenchRequest> ParseWorkbenchRequest(const nlohmann::json& body, bool simulation,
                                               const WorkbenchLimits& limits) {
  if (!body.is_object()) return FieldError("body", "must be a JSON object");
  WorkbenchRequest request;
  if (simulation) {
    if (const auto seed = body.find("seed"); seed != body.end()) {
      if (!seed->is_number_integer() || seed->get<std::int64_t>() < 0 ||
          seed->get<std::uint64_t>() > kMaxSeed) {
        return FieldError("seed", fmt::format("must be an integer from 0 to {}", kMaxSeed));
      }
      request.seed = seed->get<std::uint64_t>();
    }
    if (const auto runs = body.find("runs"); runs != body.end()) {
      if (!runs->is_number_integer() || runs->get<std::int64_t>() < 1 ||
          runs->get<std::int64_t>() > limits.max_runs) {
        return FieldError("runs", fmt::format("must be an integer from 1 to {}", limits.max_runs));
      }
      request.runs = runs->get<int>();
    }
  }
  auto building = ReadDescription(body, "building", kWorkbenchSourceName, simulation, limits);
  if (!building.ok()) return building.error();
  request.building = std::move(building).value();
  if (simulation && body.contains("baseline")) {
    auto baseline = ReadDescription(body, "baseline", kBaselineSourceName, simulation, limits);
    if (!baseline.ok()) return baseline.error();
    request.baseline = std::move(baseline).value();
  }
  return request;
}

}  // namespace hoistway::server
