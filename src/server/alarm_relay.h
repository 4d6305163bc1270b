// Live alarms for browsers: a thread that listens to the monitors' alarm feed
// (hoistway/v1/monitor/alarms, see monitor/alarm_feed.h) and hands each
// change, as an alarm.* event, to `publish` (Api::PublishTelemetryEvent, which
// lets it reach only those who may read that lift). Whichever monitor (in this
// process or another) raised the alarm, every server on the broker shows it.
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <thread>

#include "telemetry/broker_url.h"

namespace hoistway::server {

class AlarmRelay {
 public:
  using Publish = std::function<void(const std::string& event_json)>;
  // `publish` is called from the relay's thread; `log` receives a line when
  // the broker is lost or found again.
  AlarmRelay(telemetry::BrokerAddress broker, Publish publish,
             std::function<void(const std::string&)> log);
  // Stop().
  ~AlarmRelay();
  AlarmRelay(const AlarmRelay&) = delete;
  AlarmRelay& operator=(const AlarmRelay&) = delete;

  void Start();
  // Ends the thread (within about a second). Idempotent.
  void Stop();
  std::uint64_t relayed() const { return relayed_.load(); }

 private:
  void Run();

  telemetry::BrokerAddress broker_;
  Publish publish_;
  std::function<void(const std::string&)> log_;
  std::atomic<bool> stop_{false};
  std::atomic<std::uint64_t> relayed_{0};
  std::thread thread_;
};

}  // namespace hoistway::server
