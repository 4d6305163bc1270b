#include "core/building_loader.h"

#include <fmt/core.h>

#include <algorithm>
#include <exception>
#include <new>
#include <optional>
#include <vector>

#include "core/building_sections.h"
#include "core/config_reader.h"
#include "core/printable.h"
#include "core/read_file.h"
#include "core/routes.h"
#include "core/yaml_tree.h"

namespace hoistway {

namespace {

constexpr std::string_view kTopKeys[] = {"name",   "floors",  "uniform",  "main_entrance",
                                         "groups", "traffic", "analysis", "report"};
constexpr std::string_view kAnalysisKeys[] = {"capacity_factor", "targets"};
constexpr std::string_view kTargetKeys[] = {"interval_s", "handling_capacity_pct"};
constexpr std::string_view kReportKeys[] = {"warmup_s", "cooldown_s", "drain_s"};

constexpr double kMaxIntervalS = 600.0;
constexpr std::string_view kWhyMaxInterval = "ten minutes between cars is no lift service";
constexpr double kMaxHandlingCapacityPct = 100.0;
constexpr std::string_view kWhyMaxHandling = "the whole population in 5 minutes";

void ReadAnalysis(const MapReader& top, LoadState& state) {
  const YamlNode* node = top.Find("analysis");
  if (node == nullptr) return;
  AnalysisSpec& analysis = state.building->analysis;
  const MapReader a(*state.errors, *node, "analysis", kAnalysisKeys);
  a.Number("capacity_factor", NumberRange::Fraction(), &analysis.capacity_factor);
  const YamlNode* targets = a.Find("targets");
  if (targets == nullptr) return;
  const MapReader t(*state.errors, *targets, "analysis.targets", kTargetKeys);
  double value = 0.0;
  if (t.Number("interval_s", NumberRange::Positive(kMaxIntervalS, kWhyMaxInterval), &value)) {
    analysis.target_interval_s = value;
  }
  if (t.Number("handling_capacity_pct",
               NumberRange::Positive(kMaxHandlingCapacityPct, kWhyMaxHandling), &value)) {
    analysis.target_handling_capacity_pct = value;
  }
}

void ReadReport(const MapReader& top, LoadState& state) {
  const YamlNode* node = top.Find("report");
  if (node == nullptr) return;
  ReportSpec& report = state.building->report;
  const MapReader r(*state.errors, *node, "report", kReportKeys);
  const NumberRange time = NumberRange::NonNegative(kMaxTimeS, kWhyMaxTime);
  r.Number("warmup_s", time, &report.warmup_s);
  r.Number("cooldown_s", time, &report.cooldown_s);
  r.Number("drain_s", time, &report.drain_s);
  const double duration_s = state.building->traffic.duration_s;
  if (state.errors->ok() && report.warmup_s + report.cooldown_s >= duration_s) {
    state.errors->Fail(node->position, "report",
                       fmt::format("warmup_s + cooldown_s ({} s) must be less than "
                                   "traffic.duration_s ({} s), or no arrival is counted",
                                   report.warmup_s + report.cooldown_s, duration_s));
  }
}

// A transfer floor is where people change from one group to another, so at
// least two groups must stop there.
void CheckTransferFloors(LoadState& state) {
  const Building& building = *state.building;
  for (int i = 0; i < building.FloorCount(); ++i) {
    const FloorSpec& floor = building.floors[static_cast<std::size_t>(i)];
    if (!floor.transfer) continue;
    std::vector<std::string_view> serving;
    for (const GroupSpec& group : building.groups) {
      if (group.Serves(FloorIndex(i))) serving.push_back(group.name);
    }
    if (serving.size() >= 2) continue;
    const DefinedAt& at = state.transfer_at[static_cast<std::size_t>(i)];
    state.errors->Fail(
        at.position, at.path,
        serving.empty()
            ? fmt::format("floor '{}' is a transfer floor but no group serves it; people change "
                          "groups there, so two groups must stop there",
                          Printable(floor.name))
            : fmt::format("floor '{}' is a transfer floor but only group '{}' serves it; people "
                          "change groups there, so a second group must stop there",
                          Printable(floor.name), Printable(serving.front())));
    return;
  }
}

// Every populated floor must be reachable from an entrance, with changes of
// group at entrances and transfer floors if need be.
void CheckFloorsReachable(LoadState& state, const Routes& routes) {
  const Building& building = *state.building;
  for (int i = 0; i < building.FloorCount(); ++i) {
    const FloorIndex floor(i);
    if (building.floor(floor).population <= 0.0 || building.floor(floor).entrance) continue;
    bool reachable = false;
    for (int e = 0; e < building.FloorCount() && !reachable; ++e) {
      reachable = building.floor(FloorIndex(e)).entrance &&
                  routes.Reachable(FloorIndex(e), floor) && routes.Reachable(floor, FloorIndex(e));
    }
    if (!reachable) {
      const DefinedAt& at = state.floor_at[i];
      state.errors->Fail(
          at.position, at.path,
          fmt::format("floor '{}' has a population of {} but no group serves both it and an "
                      "entrance floor, even with changes at transfer floors (transfer: true) or "
                      "entrances",
                      Printable(building.floor(floor).name), building.floor(floor).population));
      return;
    }
  }
}

// The periods must ask only for trips the building can give: people to move,
// and a second populated floor for interfloor trips.
void CheckTrafficPossible(LoadState& state) {
  const Building& building = *state.building;
  if (building.traffic.saturated || !building.traffic.passengers.empty()) return;
  if (building.TotalPopulation() <= 0.0) {
    state.errors->Fail(state.floors_at.position, state.floors_at.path,
                       "the total population is 0, so no passenger arrives; give floors a "
                       "population, or use traffic: {saturated: true}");
    return;
  }
  int upper_populated = 0;
  for (const FloorSpec& floor : building.floors) {
    if (!floor.entrance && floor.population > 0.0) ++upper_populated;
  }
  for (std::size_t i = 0; i < building.traffic.periods.size(); ++i) {
    const PeriodSpec& period = building.traffic.periods[i];
    const DefinedAt& at = state.period_at[i];
    if ((period.incoming_pct > 0.0 || period.outgoing_pct > 0.0) && upper_populated == 0) {
      state.errors->Fail(at.position, at.path,
                         "incoming and outgoing traffic need a populated floor that is not an "
                         "entrance");
      return;
    }
    if (period.interfloor_pct > 0.0 && upper_populated < 2) {
      state.errors->Fail(at.position, at.path,
                         fmt::format("interfloor traffic needs at least 2 populated floors that "
                                     "are not entrances (found {})",
                                     upper_populated));
      return;
    }
  }
}

Result<Building> ReadBuilding(const YamlNode& root, const std::string& source_name,
                              const std::optional<std::string>& files_dir) {
  ConfigErrors errors(source_name);
  Building building;
  building.source = source_name;
  LoadState state{.errors = &errors, .building = &building, .files_dir = files_dir};
  if (!root.IsMap()) {
    errors.Fail(root.position, "",
                fmt::format("a building description is a map of keys (name, floors, groups, "
                            "traffic, ...), got {}",
                            Describe(root)));
    return errors.error();
  }
  const MapReader top(errors, root, "", kTopKeys);
  top.Text("name", &building.name);
  if (!errors.ok()) return errors.error();
  ReadFloors(top, state);
  if (!errors.ok()) return errors.error();
  ReadMainEntrance(top, state);
  if (!errors.ok()) return errors.error();
  ReadGroups(top, state);
  if (!errors.ok()) return errors.error();
  ReadTraffic(top, state);
  if (!errors.ok()) return errors.error();
  ReadAnalysis(top, state);
  ReadReport(top, state);
  if (!errors.ok()) return errors.error();
  CheckTransferFloors(state);
  if (!errors.ok()) return errors.error();
  CheckFloorsReachable(state, Routes::Build(building));
  CheckTrafficPossible(state);
  if (!errors.ok()) return errors.error();
  return building;
}

Result<Building> Parse(std::string_view text, const std::string& source_name,
                       const std::optional<std::string>& files_dir) {
  try {
    Result<YamlDocument> document = ParseYaml(text, source_name);
    if (!document.ok()) return document.error();
    const YamlNode* root = document->root();
    if (root == nullptr || root->IsNull()) {
      return InvalidInput(fmt::format("{}: empty building description", source_name));
    }
    return ReadBuilding(*root, source_name, files_dir);
  } catch (const std::bad_alloc&) {
    return InvalidInput(
        fmt::format("{}: out of memory while reading the description", source_name));
  } catch (const std::exception& e) {
    // Not expected (ParseYaml catches the parser's exceptions); kept so that
    // no exception can leave the loader.
    return Error(ErrorCode::kInternal, fmt::format("{}: {}", source_name, Printable(e.what())));
  }
}

}  // namespace

Result<Building> ParseBuilding(std::string_view text, const std::string& source_name) {
  return Parse(text, source_name, std::nullopt);
}

Result<Building> ParseBuildingAt(std::string_view text, const std::string& source_name,
                                 const std::string& files_dir) {
  return Parse(text, source_name, files_dir);
}

Result<Building> LoadBuildingFile(const std::string& path) {
  // One byte past the limit, so that ParseYaml reports a file too large
  // without this reading all of it.
  Result<std::string> text = ReadSmallFile(path, YamlLimits{}.max_bytes);
  if (!text.ok()) return text.error();
  const std::size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
  return Parse(*text, path, dir);
}

}  // namespace hoistway
