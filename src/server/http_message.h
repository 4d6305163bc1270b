// The server's view of one HTTP exchange, independent of Boost.Beast so the
// API can be tested and read without it.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "server/event_hub.h"

namespace hoistway::server {

struct HttpRequest {
  std::string method;                          // GET, POST, ...
  std::string path;                            // decoded path, without the query
  std::map<std::string, std::string> query;    // decoded; the last value of a repeated key wins
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  std::string remote;  // peer address, for logs

  // The header's value, or "" when absent (`name` in lower case).
  const std::string& Header(std::string_view name) const;
  // The query parameter's value, or "" when absent.
  const std::string& Query(std::string_view name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // When true, the connection becomes a Server-Sent Events stream after the
  // headers; `body` is ignored (see EventHub).
  bool event_stream = false;
  // The user the stream belongs to: it also receives events addressed to
  // them (EventHub::Publish with an audience). 0: broadcast events only.
  std::int64_t event_user = 0;
  // When the stream's session expires: the server then sends an
  // "event: session.ended" and closes the stream. nullopt: never.
  std::optional<std::chrono::sys_seconds> event_until;
  // The sign-in the stream belongs to (a token's hash): EventHub::EndSession
  // ends it when the token is signed out.
  std::string event_session;
  // Which events the stream's user may see (EventHub::Subscribe); empty: all.
  EventHub::Filter event_filter;
};

// Splits a request target into its percent-decoded path and query map;
// false when the target is malformed (bad escape, NUL, not starting with '/').
bool ParseTarget(std::string_view target, std::string* path,
                 std::map<std::string, std::string>* query);

// Percent-decoding ('+' as space when `form`); false on a bad escape.
bool PercentDecode(std::string_view in, bool form, std::string* out);

}  // namespace hoistway::server
