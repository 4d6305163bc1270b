#include "monitor/alarm_feed.h"

#include <fmt/core.h>

#include "core/printable.h"
#include "telemetry/topics.h"

namespace hoistway::monitor {

namespace {
// A flood of bad input must not flood the log: this many lines per window.
constexpr int kLinesPerWindow = 20;
constexpr std::chrono::seconds kWindow{10};
}  // namespace

AlarmFeedObserver::AlarmFeedObserver(telemetry::MqttClient* client,
                                     std::function<void(const std::string&)> log)
    : client_(client), log_(std::move(log)) {}

void AlarmFeedObserver::OnBadMessage(const std::string& topic, telemetry::BadInput why,
                                     const std::string& message) {
  const auto now = std::chrono::steady_clock::now();
  if (now - window_start_ >= kWindow) {
    if (suppressed_ > 0) {
      log_(fmt::format("... and {} more bad messages in the last {} s (counted)", suppressed_,
                       kWindow.count()));
    }
    window_start_ = now;
    lines_in_window_ = 0;
    suppressed_ = 0;
  }
  if (lines_in_window_ >= kLinesPerWindow) {
    ++suppressed_;
    return;
  }
  ++lines_in_window_;
  log_(fmt::format("refused {}: {} ({})", Printable(topic, 80), message,
                   telemetry::BadInputName(why)));
}

void AlarmFeedObserver::OnAlarmChanged(const AlarmChange& change) {
  if (change.type == "alarm.opened" || change.type == "alarm.closed") {
    log_(fmt::format("{} {} {} {} (alarm {})", change.type, change.alarm.registration_no,
                     change.alarm.cause, change.alarm.severity, change.alarm.id));
  }
  if (client_ == nullptr) return;
  (void)client_->Publish(telemetry::kAlarmFeedTopic, AlarmEventJson(change), 1, false);
}

}  // namespace hoistway::monitor
