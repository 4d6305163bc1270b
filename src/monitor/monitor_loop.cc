#include "monitor/monitor_loop.h"

#include <fmt/core.h>

#include <thread>

namespace hoistway::monitor {

using Clock = std::chrono::steady_clock;

MonitorLoop::MonitorLoop(telemetry::MqttClient& client, IngestPipeline& pipeline,
                         MonitorLoopOptions options, std::function<void(const std::string&)> note)
    : client_(client), pipeline_(pipeline), options_(options), note_(std::move(note)) {}

Status MonitorLoop::Run(const std::string& filter, const std::atomic<bool>& stop) {
  Status subscribed = client_.Subscribe(filter, 1);
  if (!subscribed.ok()) return subscribed;
  bool broker_down = false;
  if (!client_.connected()) {
    Status connected = client_.Connect();
    if (connected.ok()) {
      note_("connected; subscribed to " + filter);
    } else {
      note_(connected.error().message() + " (reconnecting by itself)");
      broker_down = true;
    }
  }
  bool database_down = false;
  auto next_tick = Clock::now();
  auto next_stats = Clock::now() + options_.stats_every;
  std::vector<telemetry::MqttMessage> batch;
  auto last_message = Clock::now();
  while (!stop.load()) {
    if (options_.retire && client_.connected() &&
        Clock::now() - last_message >= options_.retire_after_idle) {
      (void)client_.Acknowledge();
      client_.Disconnect(/*end_session=*/true);
      note_("retired: the broker keeps nothing more for this monitor");
      note_(FormatCounts(pipeline_.counts()));
      return Status::Ok();
    }
    batch.clear();
    Status received = client_.Receive(&batch, options_.max_batch, options_.wait);
    if (received.ok() || !batch.empty()) {
      if (broker_down) note_("broker reachable again; subscribed to " + filter);
      broker_down = false;
    } else if (received.error().code() == ErrorCode::kPermission) {
      return received;  // the broker refused the subscription
    } else if (!broker_down) {
      note_(received.error().message() + " (reconnecting by itself)");
      broker_down = true;
    }
    if (!batch.empty()) {
      last_message = Clock::now();
      Status processed = pipeline_.Process(batch);
      if (!processed.ok()) {
        if (!database_down) {
          note_(
              fmt::format("a batch of {} messages was not stored: {} (the broker will deliver "
                          "them again)",
                          batch.size(), processed.error().message()));
        }
        database_down = true;
        // Nothing of this batch is acknowledged: a fresh connection makes the
        // broker send it again (the events are stored once however often).
        std::this_thread::sleep_for(options_.retry_after);
        if (!stop.load()) (void)client_.Connect();
        continue;
      }
      if (database_down) note_("storing again");
      database_down = false;
    }
    // Acknowledge the committed batch (and send keep-alive pings, alarm feed).
    if (client_.connected()) (void)client_.Acknowledge();
    if (Clock::now() >= next_tick) {
      next_tick = Clock::now() + options_.tick_every;
      Status ticked = pipeline_.Tick();
      if (!ticked.ok() && !database_down) {
        note_("the rules' timers could not run: " + ticked.error().message());
      }
    }
    if (options_.stats_every.count() > 0 && Clock::now() >= next_stats) {
      next_stats = Clock::now() + options_.stats_every;
      note_(FormatCounts(pipeline_.counts()));
    }
  }
  if (client_.connected()) client_.Disconnect();
  note_(FormatCounts(pipeline_.counts()));
  return Status::Ok();
}

}  // namespace hoistway::monitor
