// HTTP/1.1 server on Boost.Beast/Asio: keep-alive, request size limits
// (413, whether the body comes with a length or chunked), idle timeouts,
// connection caps (503 beyond them), and Server-Sent Events streams fed by
// an EventHub. The handler is called on the server's threads, concurrently;
// requests to the slow paths (password checks) are handled on a small pool
// of their own, behind a bounded queue, so that they never hold the threads
// every other request needs.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "server/event_hub.h"
#include "server/http_message.h"

namespace hoistway::server {

struct ServerOptions {
  std::string address = "127.0.0.1";  // loopback unless the user asks otherwise
  unsigned short port = 8080;         // 0 picks a free port
  int threads = 0;                    // 0: 2 per core, at least 4
  std::size_t body_limit = 1 << 20;   // bytes; larger bodies get 413
  std::size_t large_body_limit = 64 << 20;
  std::string large_body_prefix = "/api/v1/import/";  // paths allowed large_body_limit
  std::chrono::seconds idle_timeout{60};
  std::chrono::seconds heartbeat{15};  // comment lines on idle event streams
  // Requests whose path is one of these (exactly) run on the slow pool.
  std::vector<std::string> slow_paths = {"/api/v1/auth/login"};
  int slow_threads = 1;      // argon2id takes a core and 64 MiB per check
  int slow_queue = 32;       // slow requests waiting or running; beyond: 503 + Retry-After
  int max_per_client = 128;  // open connections from one address; beyond: 503
  int max_connections = 0;   // all clients; 0: the file-descriptor limit less a margin
};

class HttpServer {
 public:
  using Handler = std::function<HttpResponse(HttpRequest&)>;

  // `hub` must outlive the server.
  HttpServer(ServerOptions options, Handler handler, EventHub* hub);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and listens; returns the bound port. kUnavailable if the address is taken.
  Result<unsigned short> Listen();
  // Serves until Stop() or SIGINT/SIGTERM; blocks the calling thread.
  void Run();
  // Thread-safe; makes Run() return.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hoistway::server
