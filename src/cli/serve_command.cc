// hoistway serve: the registry's HTTP API and the web console.
#include <fmt/core.h>

#include <chrono>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/registry_open.h"
#include "cli/serve_monitoring.h"
#include "registry/demo_fleet.h"
#include "server/api.h"
#include "server/demo_training.h"
#include "server/demo_type_tests.h"
#include "server/http_server.h"

namespace hoistway::cli {
namespace {

struct ServeOptions {
  std::string db = kDefaultDb;
  std::string profile = "korea";
  std::string listen = "127.0.0.1";
  int port = 8080;
  int threads = 0;
  bool demo = false;
  int demo_lifts = 300;
  std::string static_dir = "web/dist";
  std::size_t body_limit = 1 << 20;
  double session_hours = 12;
  int max_per_client = 128;
  int sign_ins_per_minute = 10;
  std::string public_url;
  ServeMonitoringOptions monitoring;  // --broker and its companions
};

int RunServe(const ServeOptions& o) {
  std::unique_ptr<ServeMonitoring> monitoring;
  if (!o.monitoring.broker.empty()) {
    auto made = ServeMonitoring::Make(o.monitoring);
    if (!made.ok()) return ReportError(made.error());
    monitoring = std::move(*made);
  }
  auto repository = OpenRegistry(o.db, o.profile);
  if (!repository.ok()) return ReportError(repository.error());
  if (o.demo) {
    auto tx = (*repository)->Begin(registry::TxMode::kRead, "serve");
    if (!tx.ok()) return ReportError(tx.error());
    auto lifts = tx->CountLifts();
    auto demo = tx->GetMeta("demo");
    if (!lifts.ok()) return ReportError(lifts.error());
    if (!demo.ok()) return ReportError(demo.error());
    const bool has_demo = demo->has_value();
    tx = Error(ErrorCode::kInternal, "closed");  // end the read transaction before writing
    if (*lifts > 0 && !has_demo) {
      return ReportError(InvalidInput(fmt::format(
          "--demo fills only an empty database, and {} holds {} lifts; use another --db", o.db,
          *lifts)));
    }
    if (*lifts == 0) {
      registry::DemoOptions options;
      options.lifts = o.demo_lifts;
      auto report = registry::FillDemoFleet(**repository, options);
      if (!report.ok()) return ReportError(report.error());
      const Status type_tests = server::AddDemoTypeTests(**repository, registry::Now());
      if (!type_tests.ok()) return ReportError(type_tests.error());
      const Status training = server::AddDemoTraining(**repository, registry::Now());
      if (!training.ok()) return ReportError(training.error());
      fmt::print(stderr,
                 "hoistway: filled {} with a FICTIONAL demo fleet: {} lifts, {} inspections\n",
                 o.db, report->lifts, report->inspections);
      for (const auto& user : report->users) {
        fmt::print(stderr, "hoistway: demo sign-in: {} / {} ({})\n", user.name, user.password,
                   user.role);
      }
    } else {
      fmt::print(stderr, "hoistway: {} already holds the demo fleet\n", o.db);
    }
  }
  server::EventHub hub;
  server::ApiOptions api_options;
  api_options.static_dir = o.static_dir;
  api_options.sign_in.session_lifetime =
      std::chrono::seconds(static_cast<std::int64_t>(o.session_hours * 3600));
  api_options.sign_in_per_address.attempts = o.sign_ins_per_minute;
  api_options.public_url = o.public_url;
  if (monitoring) api_options.monitor_rules = monitoring->rules();
  server::Api api(**repository, hub, std::move(api_options));
  server::ServerOptions options;
  options.address = o.listen;
  options.port = static_cast<unsigned short>(o.port);
  options.threads = o.threads;
  options.body_limit = o.body_limit;
  options.max_per_client = o.max_per_client;
  server::HttpServer http(
      options, [&api](server::HttpRequest& r) { return api.Handle(r); }, &hub);
  auto port = http.Listen();
  if (!port.ok()) return ReportError(port.error());
  const std::string host =
      o.listen.find(':') != std::string::npos ? "[" + o.listen + "]" : o.listen;
  fmt::print(stderr, "hoistway: serving http://{}:{}/ ({}, profile {})\n", host, *port,
             (*repository)->database().Describe(), (*repository)->profile().id);
  if (o.public_url.empty()) {
    // Certificates name where to check them: this server, as far as it knows.
    const bool any = o.listen == "0.0.0.0" || o.listen == "::" || o.listen.empty();
    const std::string url = fmt::format("http://{}:{}", any ? "localhost" : host, *port);
    api.DefaultPublicUrl(url);
    fmt::print(stderr,
               "hoistway: certificates give {} as the address to check them; --public-url sets "
               "the one the public reaches\n",
               url);
  }
  if (monitoring) {
    monitoring->Start(**repository,
                      [&api](const std::string& event) { api.PublishTelemetryEvent(event); });
  }
  http.Run();
  if (monitoring) monitoring->Stop();  // commits and acknowledges its last batch
  api.Shutdown();                      // no simulation of the workbench outlives the server
  fmt::print(stderr, "hoistway: stopped\n");
  return kExitOk;
}

}  // namespace

void AddServeCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<ServeOptions>();
  auto* cmd =
      app.add_subcommand("serve", "Serve the registry's JSON API and the web console over HTTP");
  cmd->add_option("--db", options->db, "sqlite:PATH or postgresql://user@host:port/db")
      ->capture_default_str();
  cmd->add_option("--port", options->port, "TCP port (0 picks a free one)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--listen", options->listen, "address to listen on (loopback unless given)")
      ->capture_default_str();
  cmd->add_flag("--demo", options->demo,
                "fill an EMPTY database with a fictional fleet in Almaty first");
  cmd->add_option("--demo-lifts", options->demo_lifts, "lifts in the demo fleet")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  cmd->add_option("--profile", options->profile,
                  "regulation profile: korea, uk-loler, or a YAML file")
      ->capture_default_str();
  cmd->add_option("--static", options->static_dir, "folder of the web console served at /")
      ->capture_default_str();
  cmd->add_option("--threads", options->threads, "server threads (0: 2 per core, at least 4)")
      ->check(CLI::Range(0, 256));
  cmd->add_option("--session-hours", options->session_hours,
                  "how long a sign-in lasts (API tokens of `admin create-user` do not expire)")
      ->check(CLI::Range(0.0005, 24.0 * 365))
      ->capture_default_str();
  cmd->add_option("--max-body", options->body_limit, "largest request body in bytes (larger: 413)")
      ->capture_default_str();
  cmd->add_option("--max-connections-per-client", options->max_per_client,
                  "open connections from one address (more: 503)")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  cmd->add_option("--public-url", options->public_url,
                  "where the public reaches this server, e.g. https://registry.example.kr: "
                  "certificates name it for checking them")
      ->check([](const std::string& url) -> std::string {
        const bool scheme = url.starts_with("http://") || url.starts_with("https://");
        const bool clean = url.find_first_of(" \t\"<>") == std::string::npos;
        if (scheme && clean && !url.ends_with('/') && url.size() > 10) return "";
        return "must be an absolute http:// or https:// address without a trailing '/'";
      });
  cmd->add_option("--sign-ins-per-minute", options->sign_ins_per_minute,
                  "sign-in attempts from one address a minute (more: 429)")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  cmd->add_option("--broker", options->monitoring.broker,
                  "mqtt://HOST:PORT: also run a monitor of connected lifts (see hoistway monitor) "
                  "and show alarms live");
  cmd->add_option("--rules", options->monitoring.rules, "the monitor's rules file (with --broker)");
  cmd->add_option("--client-id", options->monitoring.client_id,
                  "the monitor's MQTT client id (with --broker; default hoistway-serve-HOSTNAME)");
  cmd->add_option("--group", options->monitoring.group,
                  "the monitor's shared-subscription group (with --broker)")
      ->capture_default_str();
  cmd->footer(
      "Examples:\n"
      "  hoistway serve --demo                      # demo fleet in ./hoistway.db, "
      "http://127.0.0.1:8080/\n"
      "  hoistway serve --db sqlite:/var/lib/hoistway/registry.db --port 9000\n"
      "  hoistway serve --db postgresql://hoistway@127.0.0.1:5432/registry --listen 0.0.0.0\n"
      "  hoistway serve --demo --broker mqtt://127.0.0.1:1883   # with connected lifts\n"
      "  hoistway admin create-user --name kim --role inspector   # prints an API token");
  cmd->callback([options, exit_code] { *exit_code = RunServe(*options); });
}

}  // namespace hoistway::cli
