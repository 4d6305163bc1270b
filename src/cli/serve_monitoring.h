// `hoistway serve --broker URL`: a monitor beside the HTTP server (one process
// for a small fleet), and the relay of every monitor's alarm changes to the
// browsers' event streams.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "core/status.h"
#include "monitor/monitor_service.h"
#include "registry/repository.h"
#include "server/alarm_relay.h"

namespace hoistway::cli {

struct ServeMonitoringOptions {
  std::string broker;  // mqtt://HOST:PORT; empty: no monitoring
  std::string rules;   // a rules file, or empty for the defaults
  std::string client_id;
  std::string group = "hoistway";
};

class ServeMonitoring {
 public:
  // Checks the options (kInvalidInput naming --broker or --rules); starts nothing.
  static Result<std::unique_ptr<ServeMonitoring>> Make(const ServeMonitoringOptions& options);
  ~ServeMonitoring();

  const monitor::RulesConfig& rules() const { return service_.ingest.rules; }
  // Starts the monitor and the relay on their own threads.
  // `publish` puts the alarm changes on the browsers' event streams.
  void Start(registry::Repository& repository, server::AlarmRelay::Publish publish);
  // Stops both and waits for them (the monitor commits and acknowledges first).
  void Stop();

 private:
  ServeMonitoring() = default;
  monitor::MonitorServiceOptions service_;
  std::atomic<bool> stop_{false};
  std::thread monitor_;
  std::unique_ptr<server::AlarmRelay> relay_;
};

}  // namespace hoistway::cli
