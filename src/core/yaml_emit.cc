#include "core/yaml_emit.h"

#include <fmt/core.h>

namespace hoistway {

namespace {

// Characters that end or confuse a plain scalar in flow context.
bool NeedsQuotes(const std::string& text) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return true;
  if (text.find_first_of(",[]{}#:\"'\n\r\t&*!|>%@`?") != std::string::npos) return true;
  return text.front() == '-' && text.size() > 1 && text[1] == ' ';
}

void Quote(const std::string& text, std::string& out) {
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void Emit(const YamlNode& node, const std::string& path, const YamlReplacements& replacements,
          std::string& out) {
  const auto child_path = [&path](const std::string& key) {
    return path.empty() ? key : path + "/" + key;
  };
  const auto emit_child = [&](const YamlNode& value, const std::string& p) {
    const auto it = replacements.find(p);
    Emit(it != replacements.end() ? *it->second : value, p, replacements, out);
  };
  switch (node.kind) {
    case YamlNode::Kind::kNull:
      out += "null";
      return;
    case YamlNode::Kind::kScalar:
      if (node.plain && !NeedsQuotes(node.text)) {
        out += node.text;
      } else {
        Quote(node.text, out);
      }
      return;
    case YamlNode::Kind::kSequence:
      out += '[';
      for (std::size_t i = 0; i < node.items.size(); ++i) {
        if (i > 0) out += ", ";
        emit_child(*node.items[i], child_path(std::to_string(i)));
      }
      out += ']';
      return;
    case YamlNode::Kind::kMap: {
      out += '{';
      bool first = true;
      std::map<std::string, bool> present;
      for (const YamlNode::Entry& e : node.entries) {
        if (!first) out += ", ";
        first = false;
        Emit(*e.key, std::string(), {}, out);
        out += ": ";
        const std::string key = e.key->IsScalar() ? e.key->text : std::string();
        present[key] = true;
        emit_child(*e.value, child_path(key));
      }
      // Replacements of keys this map lacks add them.
      const std::string prefix = path.empty() ? std::string() : path + "/";
      for (auto it = replacements.lower_bound(prefix); it != replacements.end(); ++it) {
        if (it->first.compare(0, prefix.size(), prefix) != 0) break;
        const std::string key = it->first.substr(prefix.size());
        if (key.find('/') != std::string::npos || present.count(key) != 0) continue;
        if (!first) out += ", ";
        first = false;
        if (NeedsQuotes(key)) {
          Quote(key, out);
        } else {
          out += key;
        }
        out += ": ";
        Emit(*it->second, it->first, replacements, out);
      }
      out += '}';
      return;
    }
  }
}

}  // namespace

std::string EmitFlowYaml(const YamlNode& node, const YamlReplacements& replacements) {
  std::string out;
  Emit(node, std::string(), replacements, out);
  return out;
}

}  // namespace hoistway
