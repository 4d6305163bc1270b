#include "core/call_model.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include "core/decks.h"
#include "core/did_you_mean.h"
#include "core/dispatcher_names.h"
#include "core/printable.h"

namespace hoistway {

namespace {

constexpr std::string_view kCallModels[] = {"conventional", "destination", "hybrid"};

}  // namespace

std::span<const std::string_view> CallModelNames() {
  return kCallModels;
}

Result<CallModel> ParseCallModel(std::string_view name) {
  if (name == "conventional") return CallModel::kConventional;
  if (name == "destination") return CallModel::kDestination;
  if (name == "hybrid") return CallModel::kHybrid;
  return InvalidInput(fmt::format("unknown call model '{}'{}; give {}", Printable(name),
                                  DidYouMean(name, kCallModels), fmt::join(kCallModels, ", ")));
}

Status SetCallModel(const Building& building, GroupSpec& group, CallModel model) {
  group.call_model = model;
  group.destination_panels.clear();
  if (model == CallModel::kConventional) return Status::Ok();
  group.destination_panels.assign(static_cast<std::size_t>(building.FloorCount()), 0);
  bool any = false;
  for (FloorIndex f : group.serves) {
    if (model == CallModel::kHybrid && !building.floor(f).entrance) continue;
    group.destination_panels[static_cast<std::size_t>(f.value())] = 1;
    any = true;
  }
  if (!any) {
    return InvalidInput(
        fmt::format("hybrid control puts destination panels at the entrance floors, and group "
                    "'{}' serves none; list its panel floors in destination_panels",
                    Printable(group.name)));
  }
  PanelsAtBothFloorsOfPairs(group);
  return Status::Ok();
}

Status CheckDispatcherFitsCallModel(const GroupSpec& group) {
  if (group.call_model != CallModel::kConventional ||
      !DispatcherNeedsDestinations(group.dispatcher)) {
    return Status::Ok();
  }
  return InvalidInput(fmt::format(
      "{} allocates destination calls, which a conventional group does not give; give group "
      "'{}' call_model: destination (or hybrid)",
      group.dispatcher, Printable(group.name)));
}

Status ApplyControlOverride(Building& building, const ControlOverride& control) {
  for (GroupSpec& group : building.groups) {
    if (control.dispatcher) {
      group.dispatcher = *control.dispatcher;
      group.dispatcher_at.clear();
    }
    if (control.call_model && *control.call_model != group.call_model) {
      const Status set = SetCallModel(building, group, *control.call_model);
      if (!set.ok()) return set;
    }
    const Status fits = CheckDispatcherFitsCallModel(group);
    if (!fits.ok()) return fits;
  }
  return Status::Ok();
}

std::string DescribeControl(const ControlOverride& control) {
  std::string text;
  if (control.dispatcher) text = *control.dispatcher;
  if (control.call_model) {
    if (!text.empty()) text += ", ";
    text += CallModelName(*control.call_model);
  }
  return text;
}

}  // namespace hoistway
