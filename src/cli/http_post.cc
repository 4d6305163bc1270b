#include "cli/http_post.h"

#include <fmt/core.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>

namespace hoistway::cli {

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

struct Url {
  std::string host;
  std::string port = "80";
  std::string prefix;
};

Result<Url> ParseUrl(const std::string& url) {
  constexpr std::string_view kScheme = "http://";
  if (!url.starts_with(kScheme)) {
    return InvalidInput(
        fmt::format("--submit: '{}' must start with http:// (the server speaks no TLS)", url));
  }
  std::string rest = url.substr(kScheme.size());
  Url out;
  const auto slash = rest.find('/');
  if (slash != std::string::npos) {
    out.prefix = rest.substr(slash);
    rest = rest.substr(0, slash);
    while (!out.prefix.empty() && out.prefix.back() == '/') out.prefix.pop_back();
  }
  const auto colon = rest.rfind(':');
  if (colon != std::string::npos && rest.find(']') == std::string::npos) {
    out.port = rest.substr(colon + 1);
    rest = rest.substr(0, colon);
  }
  out.host = rest;
  if (out.host.empty() || out.port.empty() ||
      out.port.find_first_not_of("0123456789") != std::string::npos) {
    return InvalidInput(fmt::format("--submit: '{}' is not http://HOST[:PORT]", url));
  }
  return out;
}

}  // namespace

Result<HttpReply> HttpPostJson(const std::string& base_url, const std::string& path,
                               const std::string& token, const std::string& json_body,
                               double timeout_s) {
  auto url = ParseUrl(base_url);
  if (!url.ok()) return url.error();
  try {
    boost::asio::io_context io;
    tcp::resolver resolver(io);
    beast::tcp_stream stream(io);
    const auto timeout = std::chrono::milliseconds(static_cast<long>(timeout_s * 1000));
    stream.expires_after(timeout);
    stream.connect(resolver.resolve(url->host, url->port));
    http::request<http::string_body> request{http::verb::post, url->prefix + path, 11};
    request.set(http::field::host, url->host);
    request.set(http::field::content_type, "application/json");
    request.set(http::field::user_agent, "hoistway-cli");
    if (!token.empty()) request.set(http::field::authorization, "Bearer " + token);
    request.body() = json_body;
    request.prepare_payload();
    http::write(stream, request);
    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.body_limit(64u << 20);
    http::read(stream, buffer, parser);
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
    return HttpReply{static_cast<int>(parser.get().result_int()), parser.get().body()};
  } catch (const std::exception& e) {
    return Error(ErrorCode::kUnavailable, fmt::format("--submit: {}: {}", base_url, e.what()));
  }
}

}  // namespace hoistway::cli
