#include "registry/messages.h"

#include <map>
#include <nlohmann/json.hpp>

#include "registry/embedded_data.h"

namespace hoistway::registry {
namespace {

using Catalog = std::map<std::string, std::string, std::less<>>;

// Language -> catalog, read once.
const std::map<std::string, Catalog, std::less<>>& Catalogs() {
  static const auto catalogs = [] {
    std::map<std::string, Catalog, std::less<>> out;
    for (const auto& file : EmbeddedMessageFiles()) {
      const std::string_view path = file.path;
      const std::string language(path.substr(0, path.find('.')));
      const auto json = nlohmann::json::parse(file.text, nullptr, false);
      if (!json.is_object()) continue;
      Catalog& catalog = out[language];
      for (const auto& [key, value] : json.items()) {
        if (value.is_string()) catalog.emplace(key, value.get<std::string>());
      }
    }
    return out;
  }();
  return catalogs;
}

const std::string* Find(std::string_view language, std::string_view key) {
  const auto& catalogs = Catalogs();
  const auto catalog = catalogs.find(language);
  if (catalog == catalogs.end()) return nullptr;
  const auto it = catalog->second.find(key);
  return it == catalog->second.end() ? nullptr : &it->second;
}

}  // namespace

bool HasLanguage(std::string_view language) {
  return Catalogs().contains(language);
}

std::string Message(std::string_view language, std::string_view key,
                    std::initializer_list<std::pair<std::string_view, std::string>> values) {
  const std::string* text = Find(language, key);
  if (text == nullptr) text = Find("en", key);
  std::string out = text ? *text : std::string(key);
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + std::string(name) + "}";
    for (auto at = out.find(placeholder); at != std::string::npos;
         at = out.find(placeholder, at + value.size())) {
      out.replace(at, placeholder.size(), value);
    }
  }
  return out;
}

std::string Words(std::string_view language, std::string_view prefix, std::string_view value) {
  const std::string key = std::string(prefix) + "." + std::string(value);
  if (Find(language, key) == nullptr && Find("en", key) == nullptr) return std::string(value);
  return Message(language, key);
}

}  // namespace hoistway::registry
