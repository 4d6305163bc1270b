#include "server/http_server.h"

#include <fmt/core.h>

#include <algorithm>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <deque>
#include <thread>
#include <vector>

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

std::string ErrorJson(int status, std::string_view code, std::string_view message) {
  return fmt::format(R"({{"error":"{}","status":{},"message":"{}"}})", code, status, message);
}

// One connection. Async operations hold a shared_ptr to it: its lifetime is
// that of its outstanding operations, the idiom Beast's design assumes.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, const ServerOptions& options, const HttpServer::Handler& handler,
          EventHub* hub)
      : stream_(std::move(socket)),
        options_(options),
        handler_(handler),
        hub_(hub),
        heartbeat_(stream_.get_executor()) {}

  ~Session() {
    if (subscription_) hub_->Unsubscribe(subscription_);
  }

  void Start() {
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&Session::ReadHeader, shared_from_this()));
  }

 private:
  void ReadHeader() {
    parser_.emplace();
    parser_->header_limit(kHeaderLimit);
    parser_->body_limit(options_.body_limit);
    stream_.expires_after(options_.idle_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::OnHeader, shared_from_this()));
  }

  void OnHeader(beast::error_code ec, std::size_t) {
    if (ec) return OnReadError(ec);
    const auto target = parser_->get().target();
    if (std::string_view(target.data(), target.size()).starts_with(options_.large_body_prefix)) {
      parser_->body_limit(options_.large_body_limit);
    }
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
    HttpResponse response;
    try {
      response = handler_(request);
    } catch (const std::exception& e) {
      response.status = 500;
      response.body = ErrorJson(500, "internal", "unexpected error");
    }
    if (response.event_stream) return StartEventStream(std::move(response));
    Send(std::move(response), keep_alive, head);
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
  const ServerOptions& options_;
  const HttpServer::Handler& handler_;
  EventHub* hub_;
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
      : options(std::move(o)),
        handler(std::move(h)),
        hub(e),
        io(),
        acceptor(io),
        signals(io, SIGINT, SIGTERM) {}

  void Accept() {
    acceptor.async_accept(net::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
      if (!ec) {
        socket.set_option(tcp::no_delay(true), ec);
        std::make_shared<Session>(std::move(socket), options, handler, hub)->Start();
      }
      if (acceptor.is_open()) Accept();
    });
  }

  ServerOptions options;
  Handler handler;
  EventHub* hub;
  net::io_context io;
  tcp::acceptor acceptor;
  net::signal_set signals;
};

HttpServer::HttpServer(ServerOptions options, Handler handler, EventHub* hub)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler), hub)) {}

HttpServer::~HttpServer() = default;

Result<unsigned short> HttpServer::Listen() {
  beast::error_code ec;
  const auto address = net::ip::make_address(impl_->options.address, ec);
  if (ec)
    return InvalidInput(fmt::format("--listen '{}' is not an IP address", impl_->options.address));
  const tcp::endpoint endpoint{address, impl_->options.port};
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    return Error(ErrorCode::kUnavailable,
                 fmt::format("cannot listen on {}:{}: {}", impl_->options.address,
                             impl_->options.port, ec.message()));
  }
  return acceptor.local_endpoint().port();
}

void HttpServer::Run() {
  impl_->signals.async_wait([this](beast::error_code, int) { Stop(); });
  impl_->Accept();
  int threads = impl_->options.threads;
  if (threads <= 0)
    threads = std::max(4, 2 * static_cast<int>(std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([this] { impl_->io.run(); });
  impl_->io.run();
  for (auto& t : pool) t.join();
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
