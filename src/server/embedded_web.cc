#include "server/embedded_web.h"

namespace hoistway::server {
namespace {

std::string_view Find(std::string_view path) {
  for (const auto& f : EmbeddedWebFiles()) {
    if (f.path == path) return f.text;
  }
  return {};
}

}  // namespace

std::string_view OpenApiDocument() {
  return Find("openapi.json");
}
std::string_view PlaceholderPage() {
  return Find("placeholder.html");
}

}  // namespace hoistway::server
