#include "monitor/monitor_service.h"

#include <fmt/core.h>

#include "monitor/alarm_feed.h"
#include "telemetry/mqtt_client.h"
#include "telemetry/topics.h"

namespace hoistway::monitor {

Status RunMonitor(registry::Repository& repository, const MonitorServiceOptions& options,
                  std::function<telemetry::TimePoint()> clock,
                  std::function<void(const std::string&)> log, const std::atomic<bool>& stop) {
  telemetry::MqttOptions mqtt;
  mqtt.client_id = options.client_id;
  mqtt.persistent_session = true;
  // The broker may send a second batch while the first is being stored.
  mqtt.receive_maximum = static_cast<int>(std::min<std::size_t>(options.loop.max_batch * 2, 65535));
  auto client = telemetry::MakeMqttClient(options.broker, mqtt);
  AlarmFeedObserver observer(client.get(), log);
  IngestPipeline pipeline(repository, options.ingest, std::move(clock), &observer);
  MonitorLoop loop(*client, pipeline, options.loop, log);
  const std::string filter = telemetry::LiftTopicsFilter(options.group);
  log(fmt::format("monitoring {} as {} on {} (rules: {})", telemetry::ToString(options.broker),
                  options.client_id, filter, options.ingest.rules.source));
  return loop.Run(filter, stop);
}

}  // namespace hoistway::monitor
