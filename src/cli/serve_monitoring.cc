#include "cli/serve_monitoring.h"

#include <fmt/core.h>
#include <unistd.h>

#include <array>

#include "monitor/rules_config.h"
#include "telemetry/broker_url.h"

namespace hoistway::cli {
namespace {

void Log(const std::string& line) {
  fmt::print(stderr, "hoistway serve: monitor: {}\n", line);
  std::fflush(stderr);
}

}  // namespace

Result<std::unique_ptr<ServeMonitoring>> ServeMonitoring::Make(
    const ServeMonitoringOptions& options) {
  std::unique_ptr<ServeMonitoring> out(new ServeMonitoring());
  auto broker = telemetry::ParseBrokerUrl(options.broker);
  if (!broker.ok()) return broker.error();
  out->service_.broker = *broker;
  out->service_.group = options.group;
  out->service_.loop.stats_every = std::chrono::seconds(300);
  if (options.client_id.empty()) {
    std::array<char, 256> host{};
    gethostname(host.data(), host.size() - 1);
    out->service_.client_id = std::string("hoistway-serve-") + host.data();
  } else {
    out->service_.client_id = options.client_id;
  }
  if (!options.rules.empty()) {
    auto rules = monitor::LoadRulesFile(options.rules);
    if (!rules.ok()) return rules.error();
    out->service_.ingest.rules = std::move(*rules);
  }
  return out;
}

ServeMonitoring::~ServeMonitoring() {
  Stop();
}

void ServeMonitoring::Start(registry::Repository& repository, server::AlarmRelay::Publish publish) {
  relay_ = std::make_unique<server::AlarmRelay>(service_.broker, std::move(publish), Log);
  relay_->Start();
  monitor_ = std::thread([this, &repository] {
    Status run = monitor::RunMonitor(
        repository, service_,
        [] {
          return std::chrono::time_point_cast<std::chrono::milliseconds>(
              std::chrono::system_clock::now());
        },
        Log, stop_);
    if (!run.ok()) Log("stopped: " + run.error().message());
  });
}

void ServeMonitoring::Stop() {
  stop_.store(true);
  if (monitor_.joinable()) monitor_.join();
  if (relay_) relay_->Stop();
}

}  // namespace hoistway::cli
