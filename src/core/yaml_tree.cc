#include "core/yaml_tree.h"

#include <fmt/core.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <exception>
#include <new>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "core/printable.h"

namespace hoistway {

namespace {

SourcePosition ToPosition(const YAML::Mark& mark) {
  if (mark.is_null() || mark.line < 0 || mark.column < 0) return {};
  return {mark.line + 1, mark.column + 1};
}

// A limit or structural rule broken while building the tree. Thrown from the
// event handler through yaml-cpp's parser (which unwinds cleanly, as it does
// for its own errors) and caught in ParseYaml.
struct TreeError : std::exception {
  TreeError(SourcePosition where_, std::string problem_)
      : where(where_), problem(std::move(problem_)) {}
  const char* what() const noexcept override { return problem.c_str(); }
  SourcePosition where;
  std::string problem;
};

// Scalars that yaml-cpp marks with the non-specific tag "?" were written
// plain; explicit core tags for numbers and booleans count as plain too.
bool IsPlainTag(const std::string& tag) {
  return tag == "?" || tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float" ||
         tag == "tag:yaml.org,2002:bool";
}

}  // namespace

// Turns parser events into YamlNodes owned by a YamlDocument.
class YamlTreeBuilder : public YAML::EventHandler {
 public:
  YamlTreeBuilder(YamlDocument* document, int max_depth)
      : document_(document), max_depth_(max_depth) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) {
      throw TreeError(ToPosition(mark),
                      "a second YAML document starts here; a description is one document");
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    YamlNode& node = NewNode(YamlNode::Kind::kNull, mark);
    // yaml-cpp places an empty map value at the token after it, often the
    // next line's key; its own key is the better place to point at.
    if (!open_.empty() && open_.back().pending_key != nullptr) {
      node.position = open_.back().pending_key->position;
    }
    Finish(node, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      // yaml-cpp checks that the anchor exists; an anchor not yet complete
      // is one whose node contains this alias.
      throw TreeError(ToPosition(mark), "this alias refers to a node that contains it");
    }
    Attach(it->second);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    YamlNode& node = NewNode(YamlNode::Kind::kScalar, mark);
    node.text = value;
    node.plain = IsPlainTag(tag);
    Finish(node, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value /*style*/) override {
    Open(NewNode(YamlNode::Kind::kSequence, mark), anchor);
  }
  void OnSequenceEnd() override { Close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value /*style*/) override {
    Open(NewNode(YamlNode::Kind::kMap, mark), anchor);
  }
  void OnMapEnd() override { Close(); }

  // The key path of the node being read ("traffic.periods[0]"), as far as it
  // is known: for messages about an error met in the middle of it.
  std::string CurrentPath() const {
    std::string path;
    for (const OpenNode& open : open_) {
      std::string part;
      if (open.node->kind == YamlNode::Kind::kSequence) {
        part = fmt::format("[{}]", open.node->items.size());
      } else if (open.pending_key != nullptr && open.pending_key->IsScalar()) {
        part = (path.empty() ? "" : ".") + Printable(open.pending_key->text);
      } else {
        break;
      }
      if (path.size() + part.size() > kMaxPathChars) return path + "...";
      path += part;
    }
    return path;
  }

 private:
  struct OpenNode {
    YamlNode* node;
    YAML::anchor_t anchor;
    const YamlNode* pending_key;  // maps: a key waiting for its value
  };

  YamlNode& NewNode(YamlNode::Kind kind, const YAML::Mark& mark) {
    YamlNode& node = document_->nodes_.emplace_back();
    node.kind = kind;
    node.position = ToPosition(mark);
    return node;
  }

  // A complete node: remember its anchor and hang it under its parent.
  void Finish(const YamlNode& node, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) anchors_[anchor] = &node;
    Attach(&node);
  }

  void Attach(const YamlNode* node) {
    if (open_.empty()) {
      if (document_->root_ == nullptr) document_->root_ = node;
      return;
    }
    OpenNode& parent = open_.back();
    if (parent.node->kind == YamlNode::Kind::kSequence) {
      parent.node->items.push_back(node);
    } else if (parent.pending_key == nullptr) {
      parent.pending_key = node;
    } else {
      parent.node->entries.push_back({parent.pending_key, node});
      parent.pending_key = nullptr;
    }
  }

  void Open(YamlNode& node, YAML::anchor_t anchor) {
    if (static_cast<int>(open_.size()) >= max_depth_) {
      throw TreeError(node.position, fmt::format("nested more than {} levels deep", max_depth_));
    }
    open_.push_back({&node, anchor, nullptr});
  }

  // The anchor of a collection is registered only when it is complete, so an
  // alias inside it cannot refer to it.
  void Close() {
    if (open_.empty()) return;  // unbalanced events: yaml-cpp never sends them
    const OpenNode done = open_.back();
    open_.pop_back();
    Finish(*done.node, done.anchor);
  }

  static constexpr std::size_t kMaxPathChars = 48;

  YamlDocument* document_;
  int max_depth_;
  int documents_ = 0;
  std::vector<OpenNode> open_;
  std::unordered_map<YAML::anchor_t, const YamlNode*> anchors_;
};

Result<YamlDocument> ParseYaml(std::string_view text, const std::string& source,
                               const YamlLimits& limits) {
  if (text.size() > limits.max_bytes) {
    return InvalidInput(fmt::format(
        "{}: larger than {} bytes; a description is a few kilobytes (is this the right file?)",
        source, limits.max_bytes));
  }
  YamlDocument document;
  YamlTreeBuilder builder(&document, limits.max_depth);
  // "<source>:<line>:<column>: <key.path>: <problem>", leaving out what is unknown.
  auto fail = [&](SourcePosition where, std::string_view problem) {
    std::string message = source;
    if (where.line > 0) message += fmt::format(":{}:{}", where.line, where.column);
    const std::string path = builder.CurrentPath();
    if (!path.empty()) message += ": " + path;
    return InvalidInput(fmt::format("{}: {}", message, problem));
  };
  try {
    std::istringstream stream{std::string(text)};
    YAML::Parser parser(stream);
    if (parser.HandleNextDocument(builder)) {
      // Parse on only to learn whether a second document follows; the
      // builder refuses it as soon as it starts. One call, never a loop:
      // yaml-cpp 0.7's LoadAll can spin forever on some broken inputs.
      parser.HandleNextDocument(builder);
    }
    return document;
  } catch (const TreeError& e) {
    return fail(e.where, e.problem);
  } catch (const YAML::Exception& e) {
    return fail(ToPosition(e.mark), fmt::format("invalid YAML: {}", Printable(e.msg)));
  } catch (const std::bad_alloc&) {
    return fail({}, "out of memory while reading the description");
  } catch (const std::exception& e) {
    return fail({}, fmt::format("cannot read the description: {}", Printable(e.what())));
  } catch (...) {
    return fail({}, "cannot read the description");
  }
}

}  // namespace hoistway
