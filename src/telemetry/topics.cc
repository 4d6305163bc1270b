#include "telemetry/topics.h"

#include <algorithm>

namespace hoistway::telemetry {
namespace {

constexpr std::size_t kMaxRegistrationLength = 32;

bool IsRegistrationChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
         c == '_';
}

std::string TopicOf(std::string_view registration_no, std::string_view leaf) {
  std::string out(kTopicPrefix);
  out += registration_no;
  out += '/';
  out += leaf;
  return out;
}

}  // namespace

std::string EventTopic(std::string_view registration_no) {
  return TopicOf(registration_no, "event");
}
std::string StatusTopic(std::string_view registration_no) {
  return TopicOf(registration_no, "status");
}
std::string CountersTopic(std::string_view registration_no) {
  return TopicOf(registration_no, "counters");
}

std::optional<LiftTopic> ParseLiftTopic(std::string_view topic) {
  if (!topic.starts_with(kTopicPrefix)) return std::nullopt;
  topic.remove_prefix(kTopicPrefix.size());
  const auto slash = topic.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::string_view reg = topic.substr(0, slash);
  const std::string_view leaf = topic.substr(slash + 1);
  if (reg.empty() || reg.size() > kMaxRegistrationLength ||
      !std::all_of(reg.begin(), reg.end(), IsRegistrationChar)) {
    return std::nullopt;
  }
  LiftTopic out{std::string(reg)};
  if (leaf == "event") {
    out.kind = TopicKind::kEvent;
  } else if (leaf == "status") {
    out.kind = TopicKind::kStatus;
  } else if (leaf == "counters") {
    out.kind = TopicKind::kCounters;
  } else {
    return std::nullopt;
  }
  return out;
}

std::string LiftTopicsFilter(std::string_view group) {
  std::string filter = std::string(kTopicPrefix) + "+/+";
  if (group.empty()) return filter;
  return "$share/" + std::string(group) + "/" + filter;
}

}  // namespace hoistway::telemetry
