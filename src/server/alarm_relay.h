// Live alarms for browsers: a thread that listens to the monitors' alarm feed
// (hoistway/v1/monitor/alarms, see monitor/alarm_feed.h) and publishes each
// change on the EventHub as an alarm.* event. Whichever monitor (in this
// process or another) raised the alarm, every server on the broker shows it.
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <thread>

#include "server/event_hub.h"
#include "telemetry/broker_url.h"

namespace hoistway::server {

class AlarmRelay {
 public:
  // `hub` must outlive the relay; `log` receives a line when the broker is
  // lost or found again.
  AlarmRelay(telemetry::BrokerAddress broker, EventHub& hub,
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
  EventHub& hub_;
  std::function<void(const std::string&)> log_;
  std::atomic<bool> stop_{false};
  std::atomic<std::uint64_t> relayed_{0};
  std::thread thread_;
};

}  // namespace hoistway::server
