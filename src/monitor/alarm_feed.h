// The ingest's observer for a running monitor: bad messages logged with
// their topic (at most a few lines a second, the rest counted), and every
// committed alarm change published on hoistway/v1/monitor/alarms, which a
// `hoistway serve --broker` turns into live alarm.* events for browsers.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "monitor/ingest.h"
#include "telemetry/mqtt_client.h"

namespace hoistway::monitor {

class AlarmFeedObserver final : public IngestObserver {
 public:
  // `client` (borrowed; may be null: no feed) publishes; `log` writes a line.
  AlarmFeedObserver(telemetry::MqttClient* client, std::function<void(const std::string&)> log);

  void OnBadMessage(const std::string& topic, telemetry::BadInput why,
                    const std::string& message) override;
  void OnAlarmChanged(const AlarmChange& change) override;

 private:
  telemetry::MqttClient* client_;
  std::function<void(const std::string&)> log_;
  std::chrono::steady_clock::time_point window_start_{};
  int lines_in_window_ = 0;
  int suppressed_ = 0;
};

}  // namespace hoistway::monitor
