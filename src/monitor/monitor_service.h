// A whole monitor: a broker connection with a persistent session on the
// shared subscription, the ingest on a registry, the alarm feed, the loop.
// What `hoistway monitor` runs, and `hoistway serve --broker` beside its HTTP
// server.
#pragma once

#include <atomic>
#include <functional>
#include <string>

#include "core/status.h"
#include "monitor/ingest.h"
#include "monitor/monitor_loop.h"
#include "registry/repository.h"
#include "telemetry/broker_url.h"

namespace hoistway::monitor {

struct MonitorServiceOptions {
  telemetry::BrokerAddress broker;
  // The broker keeps this client's session (and queue) while it is away:
  // give each monitor its own, the same across its restarts.
  std::string client_id = "hoistway-monitor";
  // Monitors in one group share the messages (MQTT 5 shared subscription).
  std::string group = "hoistway";
  IngestOptions ingest;
  MonitorLoopOptions loop;
};

// Runs until `stop` becomes true (from another thread or a signal). `log`
// receives one line at a time. Errors: kPermission when the broker refuses
// the subscription; a broker or database that is down is waited for.
Status RunMonitor(registry::Repository& repository, const MonitorServiceOptions& options,
                  std::function<telemetry::TimePoint()> clock,
                  std::function<void(const std::string&)> log, const std::atomic<bool>& stop);

}  // namespace hoistway::monitor
