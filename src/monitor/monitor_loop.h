// The monitor's main loop over one broker connection: receive a batch,
// process it in one transaction, and only then acknowledge it; run the
// rules' timers about once a second; reconnect by itself when the broker
// goes away, and let the broker deliver again what a failed batch held.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

#include "core/status.h"
#include "monitor/ingest.h"
#include "telemetry/mqtt_client.h"

namespace hoistway::monitor {

struct MonitorLoopOptions {
  // Up to this many messages a transaction (the client's receive maximum
  // should be at least as large).
  std::size_t max_batch = 10000;
  std::chrono::milliseconds wait{200};  // for a message, when idle
  std::chrono::milliseconds tick_every{1000};
  // After a failed batch (database unavailable), wait this long, then
  // reconnect to the broker so it sends the batch again.
  std::chrono::milliseconds retry_after{1000};
  // A line of counts (FormatCounts) this often (0: never), and always at the end.
  std::chrono::seconds stats_every{60};
  // Retiring a monitor of a shared subscription: store what the broker holds
  // for it, stop once nothing came for `retire_after_idle`, and end the
  // session, so the broker stops keeping a share of the messages for it.
  bool retire = false;
  std::chrono::milliseconds retire_after_idle{3000};
};

class MonitorLoop {
 public:
  // Borrowed; `note` receives one line for each change of the connection or
  // of the database's health (not for every failed attempt).
  MonitorLoop(telemetry::MqttClient& client, IngestPipeline& pipeline, MonitorLoopOptions options,
              std::function<void(const std::string&)> note);

  // Subscribes to `filter` and runs until `stop` becomes true; then
  // acknowledges what is committed and disconnects. Returns an error only
  // when the broker refuses the subscription (a configuration problem).
  Status Run(const std::string& filter, const std::atomic<bool>& stop);

 private:
  telemetry::MqttClient& client_;
  IngestPipeline& pipeline_;
  MonitorLoopOptions options_;
  std::function<void(const std::string&)> note_;
};

}  // namespace hoistway::monitor
