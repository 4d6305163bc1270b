// Reading a YAML description map by map: allowed keys, duplicate keys, typed
// values with their ranges, and one message per problem in the form
// "<source>:<line>:<column>: <key.path>: <problem>".
//
// Errors are collected in a ConfigErrors that keeps the first one only, so
// reading code can go on after a failure without checking every call; it
// checks ConfigErrors::ok() before using values that depend on each other.
// A failed read leaves its output unchanged (at its default).
#pragma once

#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/status.h"
#include "core/yaml_tree.h"

namespace hoistway {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The interval a number must lie in.
struct NumberRange {
  double min = -kInfinity;
  double max = kInfinity;
  bool min_exclusive = false;
  bool max_exclusive = false;
  std::string_view why_max = {};      // why the upper bound exists, shown after it
  std::string_view requirement = {};  // replaces the generated "must be ..." text when set

  // (0, max]
  static NumberRange Positive(double max = kInfinity, std::string_view why_max = {});
  // [0, max]
  static NumberRange NonNegative(double max = kInfinity, std::string_view why_max = {});
  // [min, max]
  static NumberRange Between(double min, double max, std::string_view why_max = {});
  // (0, 1]
  static NumberRange Fraction();

  bool Contains(double value) const;
  // The problem with a value outside the range, e.g. "must be greater than 0
  // (got -1)"; `as_written` is the value as the user wrote it.
  std::string Explain(double value, std::string_view as_written) const;
};

// The first error met while reading one description.
class ConfigErrors {
 public:
  explicit ConfigErrors(std::string source) : source_(std::move(source)) {}

  bool ok() const { return !error_.has_value(); }
  const std::string& source() const { return source_; }
  // Records "<source>:<line>:<column>: <path>: <problem>" (the path part is
  // left out when empty) unless an error is already recorded.
  void Fail(SourcePosition at, std::string_view path, std::string_view problem);
  // Records `error` as it is (its message already names where) unless an
  // error is already recorded.
  void Record(const Error& error);
  // Requires !ok().
  const Error& error() const { return *error_; }
  // "<source>:<line>:<column>: <path>" (or "<source>: <path>" without a
  // position): the prefix of a message about the value at `at`, for errors
  // found later than the reading (a plug-in that cannot be loaded).
  std::string Where(SourcePosition at, std::string_view path) const;

 private:
  std::string source_;
  std::optional<Error> error_;
};

// What a node holds, for messages: "a list", "a map", "nothing", "'abc'".
std::string Describe(const YamlNode& node);

// Readers of one value (a map value or a list item) at `path`. Each stores
// the value in *out and returns true, or records an error and returns false.
bool ReadNumber(ConfigErrors& errors, const YamlNode& node, std::string_view path,
                const NumberRange& range, double* out);
// A whole number within `range`.
bool ReadInteger(ConfigErrors& errors, const YamlNode& node, std::string_view path,
                 const NumberRange& range, int* out);
// true or false (any letter case).
bool ReadBool(ConfigErrors& errors, const YamlNode& node, std::string_view path, bool* out);
// Any scalar, quoted or not; not empty, no control characters.
bool ReadText(ConfigErrors& errors, const YamlNode& node, std::string_view path, std::string* out);

// Whether `key` (at `at`, whose key path is `path`) is one of `keys`;
// otherwise records "unknown key" with the nearest valid key as a hint (or
// the list of them) and returns false. MapReader checks each key of a map
// with it; a reader of a line format checks its keys with it too.
bool CheckKnownKey(ConfigErrors& errors, SourcePosition at, std::string_view path,
                   std::string_view key, std::span<const std::string_view> keys);

// One map of the description seen through the keys it may hold.
class MapReader {
 public:
  // Records an error when `node` is not a map, or when one of its keys is not
  // a name, appears twice or is not in `keys` (with the nearest valid key as
  // a hint). `path` is the map's own key path ("" at the top level).
  MapReader(ConfigErrors& errors, const YamlNode& node, std::string path,
            std::span<const std::string_view> keys);

  const YamlNode& node() const { return *node_; }
  const std::string& path() const { return path_; }
  ConfigErrors& errors() const { return *errors_; }
  // "<path>.<key>", or "<key>" at the top level.
  std::string PathOf(std::string_view key) const;

  // The value of `key`, or nullptr when absent or when this is not a map.
  const YamlNode* Find(std::string_view key) const;
  bool Has(std::string_view key) const { return Find(key) != nullptr; }
  // The value of `key`; when absent, records "missing required key" at this map.
  const YamlNode* Require(std::string_view key) const;
  // The value of `key` if it is a list (nullptr when absent); records an error
  // when present but not a list.
  const YamlNode* List(std::string_view key) const;

  // Typed reads of optional keys: when `key` is present and valid, store it
  // and return true; when absent, leave *out alone and return false. A bad
  // value records an error and returns false.
  bool Number(std::string_view key, const NumberRange& range, double* out) const;
  bool Integer(std::string_view key, const NumberRange& range, int* out) const;
  bool Bool(std::string_view key, bool* out) const;
  bool Text(std::string_view key, std::string* out) const;
  // As above, and a missing key is an error too.
  bool RequiredNumber(std::string_view key, const NumberRange& range, double* out) const;
  bool RequiredInteger(std::string_view key, const NumberRange& range, int* out) const;

  // Records `problem` about the value of `key` (at the value's position).
  void FailAt(std::string_view key, std::string_view problem) const;
  // ConfigErrors::Where of the value of `key` (of this map when absent).
  std::string WhereIs(std::string_view key) const;

 private:
  const YamlNode::Entry* FindEntry(std::string_view key) const;
  void CheckKeys(std::span<const std::string_view> keys) const;

  ConfigErrors* errors_;
  const YamlNode* node_;
  std::string path_;
};

}  // namespace hoistway
