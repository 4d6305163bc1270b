// A YAML (or JSON) document read into a small tree that remembers where each
// node came from, so that messages can point at the input.
//
// Built from yaml-cpp's event parser rather than YAML::Node because here
//  - every node, key and value alike, carries its line and column;
//  - an alias shares the anchored node, and an alias that refers to the node
//    containing it is an error (no cycles, no exponential expansion);
//  - nesting depth and input size are bounded before they can exhaust the
//    stack or memory, and a second document is refused;
//  - no exception escapes: every failure becomes an Error.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace hoistway {

// A place in the input, 1-based. Line 0 means unknown.
struct SourcePosition {
  int line = 0;
  int column = 0;
};

struct YamlNode {
  enum class Kind { kNull, kScalar, kSequence, kMap };
  struct Entry {
    const YamlNode* key;
    const YamlNode* value;
  };

  Kind kind = Kind::kNull;
  SourcePosition position;
  std::string text;  // kScalar: the value as written (quotes and escapes resolved)
  // kScalar: written without quotes or a string tag, so it may be a number or
  // a boolean. JSON strings and YAML quoted scalars are not plain.
  bool plain = false;
  std::vector<const YamlNode*> items;  // kSequence
  std::vector<Entry> entries;          // kMap, in input order, repeated keys kept

  bool IsScalar() const { return kind == Kind::kScalar; }
  bool IsSequence() const { return kind == Kind::kSequence; }
  bool IsMap() const { return kind == Kind::kMap; }
  bool IsNull() const { return kind == Kind::kNull; }
};

// Owns the nodes of one parsed document. Move-only: nodes point at each other.
class YamlDocument {
 public:
  YamlDocument() = default;
  YamlDocument(YamlDocument&&) = default;
  YamlDocument& operator=(YamlDocument&&) = default;
  YamlDocument(const YamlDocument&) = delete;
  YamlDocument& operator=(const YamlDocument&) = delete;

  // The top node; nullptr when the input holds no document (empty, or only comments).
  const YamlNode* root() const { return root_; }

 private:
  friend class YamlTreeBuilder;
  std::deque<YamlNode> nodes_;  // a deque keeps node addresses stable as it grows
  const YamlNode* root_ = nullptr;
};

struct YamlLimits {
  // A building description is a few kilobytes; a thousand floors fit in 200 KiB.
  std::size_t max_bytes = 4u << 20;
  // The description nests five levels deep; yaml-cpp's parser recurses once
  // per level, so a bound far below its own (2000) keeps the stack small even
  // under AddressSanitizer.
  int max_depth = 64;
};

// Parses one YAML or JSON document. An error message reads
// "<source>:<line>:<column>: <problem>" (or "<source>: <problem>" when the
// parser gives no position). Thread-safe; never throws.
Result<YamlDocument> ParseYaml(std::string_view text, const std::string& source,
                               const YamlLimits& limits = {});

}  // namespace hoistway
