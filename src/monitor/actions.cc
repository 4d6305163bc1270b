#include "monitor/actions.h"

#include <fmt/core.h>
#include <fmt/ranges.h>

namespace hoistway::monitor {
namespace {

std::string Clock(TimePoint t) {
  const auto day = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::hh_mm_ss<std::chrono::milliseconds> hms{t - day};
  return fmt::format("{:02}:{:02}:{:02}", hms.hours().count(), hms.minutes().count(),
                     hms.seconds().count());
}

struct Describer {
  std::string operator()(const RaiseAlarm& a) const {
    return fmt::format("alarm {} {} {}", a.cause, ToString(a.severity), a.event_id);
  }
  std::string operator()(const CloseAlarms& c) const {
    return fmt::format("close {} ({})", fmt::join(c.causes, ","), c.reason);
  }
  std::string operator()(const DeclareEntrapment& d) const {
    return fmt::format("entrapment since {} floor {} load {} kg ({} {})", Clock(d.since),
                       d.floor ? std::to_string(*d.floor) : "?", d.load_kg, d.reason, d.event_id);
  }
  std::string operator()(const RaiseSignal& s) const {
    return fmt::format("signal {}: {}", s.name, s.summary);
  }
  std::string operator()(const StartDowntime& d) const {
    return fmt::format("downtime from {} ({})", Clock(d.at), d.reason);
  }
  std::string operator()(const EndDowntime& d) const {
    return fmt::format("downtime until {}", Clock(d.at));
  }
};

}  // namespace

std::string Describe(const Action& action) {
  return std::visit(Describer{}, action);
}

}  // namespace hoistway::monitor
