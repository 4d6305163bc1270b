#include "server/alarm_relay.h"

#include <fmt/core.h>
#include <unistd.h>

#include "monitor/ingest.h"
#include "telemetry/mqtt_client.h"
#include "telemetry/topics.h"

namespace hoistway::server {

AlarmRelay::AlarmRelay(telemetry::BrokerAddress broker, Publish publish,
                       std::function<void(const std::string&)> log)
    : broker_(std::move(broker)), publish_(std::move(publish)), log_(std::move(log)) {}

AlarmRelay::~AlarmRelay() {
  Stop();
}

void AlarmRelay::Start() {
  thread_ = std::thread([this] { Run(); });
}

void AlarmRelay::Stop() {
  stop_.store(true);
  if (thread_.joinable()) thread_.join();
}

void AlarmRelay::Run() {
  telemetry::MqttOptions options;
  // A fresh session each time: live events are for the browsers open now.
  options.client_id = fmt::format("hoistway-serve-alarms-{}", getpid());
  auto client = telemetry::MakeMqttClient(broker_, options);
  (void)client->Subscribe(std::string(telemetry::kAlarmFeedTopic), 1);
  bool down = false;
  std::vector<telemetry::MqttMessage> messages;
  while (!stop_.load()) {
    messages.clear();
    Status received = client->Receive(&messages, 500, std::chrono::milliseconds(200));
    if (!received.ok() && messages.empty()) {
      if (!down) log_("alarm feed: " + received.error().message() + " (reconnecting by itself)");
      down = true;
      continue;
    }
    if (down) log_("alarm feed: broker reachable again");
    down = false;
    for (const auto& m : messages) {
      if (auto event = monitor::AlarmStreamEventFromFeed(m.payload)) {
        publish_(*event);
        relayed_.fetch_add(1);
      }
    }
    (void)client->Acknowledge();
  }
  client->Disconnect(false);
}

}  // namespace hoistway::server
