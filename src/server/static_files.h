// Static files of the web console (web/dist), served at /.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace hoistway::server {

struct StaticFile {
  std::string content_type;
  std::string body;
  bool immutable = false;  // under assets/ (content-hashed names): cache for a year
};

// Reads the file for URL `path` under `root`. "/" is index.html; a path
// without an extension that names no file is index.html too (client-side
// routes). Paths with "..", hidden segments or backslashes are kNotFound,
// as are files outside `root`.
Result<StaticFile> ReadStaticFile(const std::string& root, std::string_view path);

// MIME type for a file name by extension.
std::string_view ContentTypeFor(std::string_view name);

}  // namespace hoistway::server
