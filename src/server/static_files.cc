#include "server/static_files.h"

#include <fmt/core.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace hoistway::server {
namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxStaticBytes = 64u << 20;

bool SafePath(std::string_view path) {
  if (path.find('\\') != std::string_view::npos || path.find('\0') != std::string_view::npos)
    return false;
  std::size_t start = 0;
  while (start < path.size()) {
    auto end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(start, end - start);
    if (!segment.empty() && segment[0] == '.') return false;  // "..", ".git", ".env"
    start = end + 1;
  }
  return true;
}

Result<std::string> ReadFile(const fs::path& file) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec || size > kMaxStaticBytes) return NotFound("file too large or unreadable");
  std::ifstream in(file, std::ios::binary);
  if (!in) return NotFound("unreadable");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::string_view ContentTypeFor(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"},
      {".webmanifest", "application/manifest+json"}};
  for (const auto& [ext, type] : kTypes) {
    if (name.ends_with(ext)) return type;
  }
  return "application/octet-stream";
}

Result<StaticFile> ReadStaticFile(const std::string& root, std::string_view path) {
  const auto not_found = NotFound(fmt::format("no file {}", path));
  if (path.empty() || path[0] != '/' || !SafePath(path)) return not_found;
  std::error_code ec;
  const fs::path base = fs::weakly_canonical(root, ec);
  if (ec || !fs::is_directory(base)) return not_found;
  std::string relative(path.substr(1));
  if (relative.empty() || relative.back() == '/') relative += "index.html";
  fs::path file = fs::weakly_canonical(base / relative, ec);
  if (ec) return not_found;
  const std::string last = fs::path(relative).filename().string();
  if (!fs::is_regular_file(file)) {
    if (last.find('.') != std::string::npos) return not_found;
    file = base / "index.html";  // a client-side route of the console
    if (!fs::is_regular_file(file)) return not_found;
  }
  // Symlinks must not lead out of the root.
  const auto [root_end, unused] = std::mismatch(base.begin(), base.end(), file.begin(), file.end());
  if (root_end != base.end()) return not_found;
  auto body = ReadFile(file);
  if (!body.ok()) return not_found;
  StaticFile out;
  out.content_type = std::string(ContentTypeFor(file.filename().string()));
  out.body = std::move(*body);
  out.immutable = relative.starts_with("assets/");
  return out;
}

}  // namespace hoistway::server
