#include "server/http_server.h"

#include <fmt/core.h>

#include <algorithm>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include <sys/resource.h>

namespace hoistway::server {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

constexpr std::size_t kHeaderLimit = 16 * 1024;
constexpr std::size_t kMaxQueuedEvents = 1000;
constexpr std::size_t kDrainChunk = 64 * 1024;
constexpr std::chrono::seconds kLingerTime{5};
constexpr int kDescriptorMargin = 64;  // for the database, logs and the like
constexpr int kMinConnections = 64;

std::string ErrorJson(int status, std::string_view code, std::string_view message) {
  return fmt::format(R"({{"error":"{}","status":{},"message":"{}"}})", code, status, message);
}

// Open connections, in all and per client address: one client cannot take
// every file descriptor.
class ConnectionCounts {
 public:
  ConnectionCounts(int per_client, int total) : per_client_(per_client), total_limit_(total) {}
  // Counts a new connection from `address`; false (nothing counted) beyond a cap.
  bool TryAdd(const std::string& address) {
    std::lock_guard lock(mutex_);
    int& mine = by_address_[address];
    if (mine >= per_client_ || total_ >= total_limit_) {
      if (mine == 0) by_address_.erase(address);
      return false;
    }
    ++mine;
    ++total_;
    return true;
  }
  void Remove(const std::string& address) {
    std::lock_guard lock(mutex_);
    auto it = by_address_.find(address);
    if (it == by_address_.end()) return;
    --total_;
    if (--it->second == 0) by_address_.erase(it);
  }

 private:
  std::mutex mutex_;
  std::map<std::string, int> by_address_;
  int total_ = 0;
  const int per_client_;
  const int total_limit_;
};

// The connection cap when the options leave it to the system: the
// process's file-descriptor limit less a margin.
int DefaultMaxConnections() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return 4096;
  return std::max(kMinConnections, static_cast<int>(limit.rlim_cur) - kDescriptorMargin);
}

// What every connection shares: the options, the handler, the event hub, the
// connection counts and the slow requests' pool.
struct ServerShared {
  ServerShared(ServerOptions o, HttpServer::Handler h, EventHub* e)
      : options(std::move(o)),
        handler(std::move(h)),
        hub(e),
        counts(options.max_per_client,
               options.max_connections > 0 ? options.max_connections : DefaultMaxConnections()),
        slow_pool(static_cast<std::size_t>(std::max(1, options.slow_threads))) {}

  bool IsSlow(const std::string& path) const {
    return std::find(options.slow_paths.begin(), options.slow_paths.end(), path) !=
           options.slow_paths.end();
  }

  const ServerOptions options;
  const HttpServer::Handler handler;
  EventHub* hub;
  ConnectionCounts counts;
  net::thread_pool slow_pool;
  std::atomic<int> slow_pending{0};  // queued or running on slow_pool
};

// One connection. Async operations hold a shared_ptr to it: its lifetime is
// that of its outstanding operations, the idiom Beast's design assumes.
class Session : public std::enable_shared_from_this<Session> {
 public:
  // `address` has been counted in shared.counts; the session uncounts it.
  Session(tcp::socket socket, ServerShared& shared, std::string address)
      : stream_(std::move(socket)),
        shared_(shared),
        options_(shared.options),
        hub_(shared.hub),
        address_(std::move(address)),
        heartbeat_(stream_.get_executor()) {}

  ~Session() {
    if (subscription_) hub_->Unsubscribe(subscription_);
    shared_.counts.Remove(address_);
  }

  void Start() {
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&Session::ReadHeader, shared_from_this()));
  }

 private:
  void ReadHeader() {
    parser_.emplace();
    parser_->header_limit(kHeaderLimit);
    // The path's limit is known only with the header (OnHeader): a declared
    // length is checked there, a chunked body while it is read.
    parser_->body_limit(std::max(options_.body_limit, options_.large_body_limit));
    stream_.expires_after(options_.idle_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::OnHeader, shared_from_this()));
  }

  void OnHeader(beast::error_code ec, std::size_t) {
    if (ec) return OnReadError(ec);
    const auto target = parser_->get().target();
    const std::size_t limit =
        std::string_view(target.data(), target.size()).starts_with(options_.large_body_prefix)
            ? options_.large_body_limit
            : options_.body_limit;
    if (const auto length = parser_->content_length(); length && *length > limit) {
      return OnReadError(http::error::body_limit);
    }
    parser_->body_limit(limit);
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&Session::OnRead, shared_from_this()));
  }

  void OnReadError(beast::error_code ec) {
    if (ec == http::error::end_of_stream || ec == net::error::eof || ec == beast::error::timeout ||
        ec == net::error::connection_reset || ec == net::error::operation_aborted) {
      return Close();
    }
    if (ec == http::error::body_limit) {
      return SendError(413, "payload_too_large",
                       "the request body is larger than the server accepts");
    }
    if (ec == http::error::header_limit) {
      return SendError(431, "headers_too_large", "the request headers are too large");
    }
    SendError(400, "bad_request", "malformed HTTP request");
  }

  void SendError(int status, std::string_view code, std::string_view message) {
    HttpResponse response;
    response.status = status;
    response.body = ErrorJson(status, code, message);
    Send(std::move(response), /*keep_alive=*/false, /*head=*/false);
  }

  void OnRead(beast::error_code ec, std::size_t) {
    if (ec) return OnReadError(ec);
    auto& req = parser_->get();
    HttpRequest request;
    request.method = std::string(req.method_string());
    std::string target(req.target());
    if (!ParseTarget(target, &request.path, &request.query)) {
      return SendError(400, "bad_request", "malformed request target");
    }
    for (const auto& field : req) {
      std::string name(field.name_string());
      std::transform(name.begin(), name.end(), name.begin(),
                     [](unsigned char c) { return std::tolower(c); });
      request.headers[name] = std::string(field.value());
    }
    request.body = std::move(req.body());
    beast::error_code ignored;
    const auto endpoint = stream_.socket().remote_endpoint(ignored);
    request.remote = ignored ? "?" : endpoint.address().to_string();
    const bool keep_alive = req.keep_alive();
    const bool head = req.method() == http::verb::head;
    if (head) request.method = "GET";
    if (shared_.IsSlow(request.path)) return HandleSlow(std::move(request), keep_alive, head);
    Respond(Call(request), keep_alive, head);
  }

  HttpResponse Call(HttpRequest& request) {
    try {
      return shared_.handler(request);
    } catch (const std::exception& e) {
      HttpResponse response;
      response.status = 500;
      response.body = ErrorJson(500, "internal", "unexpected error");
      return response;
    }
  }

  void Respond(HttpResponse response, bool keep_alive, bool head) {
    if (response.event_stream) return StartEventStream(std::move(response));
    Send(std::move(response), keep_alive, head);
  }

  // On the slow pool, and back on this connection's strand to answer; 503
  // at once when its queue is full.
  void HandleSlow(HttpRequest request, bool keep_alive, bool head) {
    if (shared_.slow_pending.fetch_add(1) >= options_.slow_queue) {
      --shared_.slow_pending;
      HttpResponse busy;
      busy.status = 503;
      busy.body = ErrorJson(503, "busy", "too many sign-ins at once; try again in a moment");
      busy.headers.emplace_back("Retry-After", "1");
      return Send(std::move(busy), keep_alive, head);
    }
    net::post(shared_.slow_pool, [self = shared_from_this(), request = std::move(request),
                                  keep_alive, head]() mutable {
      HttpResponse response = self->Call(request);
      --self->shared_.slow_pending;
      net::post(self->stream_.get_executor(),
                [self, response = std::move(response), keep_alive, head]() mutable {
                  self->Respond(std::move(response), keep_alive, head);
                });
    });
  }

  void Send(HttpResponse response, bool keep_alive, bool head) {
    auto res = std::make_shared<http::response<http::string_body>>();
    res->version(11);
    res->result(static_cast<unsigned>(response.status));
    res->set(http::field::server, "hoistway");
    if (!response.content_type.empty()) res->set(http::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) res->set(name, value);
    res->keep_alive(keep_alive);
    res->body() = std::move(response.body);
    res->prepare_payload();
    if (head) res->body().clear();  // Content-Length stays that of the GET
    stream_.expires_after(options_.idle_timeout);
    http::async_write(
        stream_, *res,
        [self = shared_from_this(), res, keep_alive](beast::error_code ec, std::size_t) {
          if (ec) return self->Close();
          if (!keep_alive) return self->Linger();
          self->ReadHeader();
        });
  }

  // Half-closes and discards what the client still sends (e.g. the rest of
  // an oversized body) for a moment, so that it can read our response
  // instead of meeting a reset.
  void Linger() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(kLingerTime);
    Drain();
  }

  void Drain() {
    drain_.resize(kDrainChunk);
    stream_.async_read_some(net::buffer(drain_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t) {
                              if (ec) return self->Close();
                              self->Drain();
                            });
  }

  void StartEventStream(HttpResponse response) {
    std::string head =
        "HTTP/1.1 200 OK\r\nServer: hoistway\r\nContent-Type: text/event-stream\r\nCache-Control: "
        "no-cache\r\n"
        "Connection: close\r\nX-Accel-Buffering: no\r\n";
    for (const auto& [name, value] : response.headers) head += name + ": " + value + "\r\n";
    head += "\r\n: connected\n\n";
    stream_.expires_never();
    std::weak_ptr<Session> weak = shared_from_this();
    auto executor = stream_.get_executor();
    subscription_ = hub_->Subscribe(
        [weak, executor](const std::string& event) {
          net::post(executor, [weak, event] {
            auto self = weak.lock();
            if (!self) return;
            if (event == EventHub::kSessionEnded) return self->EndStream();
            self->Enqueue("data: " + event + "\n\n");
          });
        },
        response.event_user, response.event_session, std::move(response.event_filter));
    event_until_ = response.event_until;
    Enqueue(std::move(head));
    ArmHeartbeat();
  }

  // Wakes at the next heartbeat, or when the session expires if that comes
  // first; then the stream says so and ends (the browser signs in again).
  void ArmHeartbeat() {
    auto wait = std::chrono::duration_cast<std::chrono::steady_clock::duration>(options_.heartbeat);
    if (event_until_) {
      const auto left = *event_until_ - std::chrono::system_clock::now();
      wait = std::clamp(std::chrono::duration_cast<std::chrono::steady_clock::duration>(left),
                        std::chrono::steady_clock::duration::zero(), wait);
    }
    heartbeat_.expires_after(wait);
    // The pending timer owns the session while it streams; Close() cancels it.
    heartbeat_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec || self->closed_) return;
      if (self->event_until_ && std::chrono::system_clock::now() >= *self->event_until_) {
        return self->EndStream();
      }
      self->Enqueue(": keep-alive\n\n");
      self->ArmHeartbeat();
    });
  }

  // The stream's session has ended (expired or signed out): a last event
  // says so, and the connection closes once it is written.
  void EndStream() {
    if (close_when_written_) return;
    close_when_written_ = true;
    Enqueue(fmt::format("event: session.ended\ndata: {}\n\n", EventHub::kSessionEnded));
  }

  void Enqueue(std::string chunk) {
    if (closed_) return;
    if (queue_.size() >= kMaxQueuedEvents) return Close();  // a client that does not read
    queue_.push_back(std::move(chunk));
    if (queue_.size() == 1) WriteNext();
  }

  void WriteNext() {
    net::async_write(stream_.socket(), net::buffer(queue_.front()),
                     [self = shared_from_this()](beast::error_code ec, std::size_t) {
                       if (ec) return self->Close();
                       self->queue_.pop_front();
                       if (!self->queue_.empty()) return self->WriteNext();
                       if (self->close_when_written_) self->Close();
                     });
  }

  void Close() {
    if (closed_) return;
    closed_ = true;
    heartbeat_.cancel();
    if (subscription_) {
      hub_->Unsubscribe(subscription_);
      subscription_ = 0;
    }
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.socket().close(ignored);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  ServerShared& shared_;
  const ServerOptions& options_;
  EventHub* hub_;
  const std::string address_;  // the client's, as counted in shared_.counts
  net::steady_timer heartbeat_;
  std::deque<std::string> queue_;
  std::vector<char> drain_;
  std::uint64_t subscription_ = 0;
  std::optional<std::chrono::sys_seconds> event_until_;  // the stream's session expires
  bool close_when_written_ = false;                      // the last chunk is queued
  bool closed_ = false;
};

}  // namespace

struct HttpServer::Impl {
  Impl(ServerOptions o, Handler h, EventHub* e)
      : shared(std::move(o), std::move(h), e), io(), acceptor(io), signals(io, SIGINT, SIGTERM) {}

  void Accept() {
    acceptor.async_accept(net::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
      if (!ec) Admit(std::move(socket));
      if (acceptor.is_open()) Accept();
    });
  }

  // Serves the connection, or answers 503 and closes it when its client (or
  // everyone together) has as many open as the caps allow.
  void Admit(tcp::socket socket) {
    beast::error_code ec;
    const auto endpoint = socket.remote_endpoint(ec);
    const std::string address = ec ? "?" : endpoint.address().to_string();
    if (!shared.counts.TryAdd(address)) {
      const std::string body =
          ErrorJson(503, "too_many_connections",
                    "too many open connections from your address; close some and try again");
      const std::string answer = fmt::format(
          "HTTP/1.1 503 Service Unavailable\r\nServer: hoistway\r\nContent-Type: "
          "application/json\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: "
          "{}\r\n\r\n{}",
          body.size(), body);
      socket.non_blocking(true, ec);  // a client that does not read cannot hold this thread
      socket.write_some(net::buffer(answer), ec);
      socket.shutdown(tcp::socket::shutdown_both, ec);
      socket.close(ec);
      return;
    }
    socket.set_option(tcp::no_delay(true), ec);
    std::make_shared<Session>(std::move(socket), shared, address)->Start();
  }

  ServerShared shared;  // outlives io: sessions destroyed with io uncount themselves
  net::io_context io;
  tcp::acceptor acceptor;
  net::signal_set signals;
};

HttpServer::HttpServer(ServerOptions options, Handler handler, EventHub* hub)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler), hub)) {}

HttpServer::~HttpServer() = default;

Result<unsigned short> HttpServer::Listen() {
  beast::error_code ec;
  const auto address = net::ip::make_address(impl_->shared.options.address, ec);
  if (ec)
    return InvalidInput(
        fmt::format("--listen '{}' is not an IP address", impl_->shared.options.address));
  const tcp::endpoint endpoint{address, impl_->shared.options.port};
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    return Error(ErrorCode::kUnavailable,
                 fmt::format("cannot listen on {}:{}: {}", impl_->shared.options.address,
                             impl_->shared.options.port, ec.message()));
  }
  return acceptor.local_endpoint().port();
}

void HttpServer::Run() {
  impl_->signals.async_wait([this](beast::error_code, int) { Stop(); });
  impl_->Accept();
  int threads = impl_->shared.options.threads;
  if (threads <= 0)
    threads = std::max(4, 2 * static_cast<int>(std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([this] { impl_->io.run(); });
  impl_->io.run();
  for (auto& t : pool) t.join();
  // Slow requests under way finish (their answers go nowhere) before the
  // sessions they hold are destroyed with the io_context.
  impl_->shared.slow_pool.join();
}

void HttpServer::Stop() {
  net::post(impl_->io, [this] {
    beast::error_code ignored;
    impl_->acceptor.close(ignored);
    impl_->signals.cancel(ignored);
    impl_->io.stop();
  });
}

}  // namespace hoistway::server
