// HTTP/1.1 server on Boost.Beast/Asio: keep-alive, request size limits
// (413), idle timeouts, and Server-Sent Events streams fed by an EventHub.
// The handler is called on the server's threads, concurrently.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

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
