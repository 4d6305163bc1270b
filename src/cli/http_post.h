// A small HTTP/1.1 client for the command line: one POST of a JSON body to a
// hoistway server (`hoistway tower --submit`). Plain http:// only: the
// server speaks no TLS itself; put a TLS proxy in front of it for a network
// that needs one, and submit from its side.
#pragma once

#include <string>

#include "core/status.h"

namespace hoistway::cli {

struct HttpReply {
  int status = 0;
  std::string body;
};

// POSTs `json_body` to `base_url` + `path` ("http://host[:port][/prefix]"),
// with "Authorization: Bearer <token>" when a token is given. Errors:
// kInvalidInput for a malformed URL, kUnavailable when the server cannot be
// reached or does not answer within `timeout_s`. Any HTTP status is a reply.
Result<HttpReply> HttpPostJson(const std::string& base_url, const std::string& path,
                               const std::string& token, const std::string& json_body,
                               double timeout_s = 60.0);

}  // namespace hoistway::cli
