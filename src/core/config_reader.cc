#include "core/config_reader.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <system_error>
#include <vector>

#include "core/did_you_mean.h"
#include "core/printable.h"

namespace hoistway {

namespace {

enum class NumberParse { kOk, kNotANumber, kNotFinite, kOutOfRange };

constexpr double kLargestInt = 2147483647.0;

std::string Lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Numbers as YAML 1.2 and JSON write them: decimal, optional sign and
// exponent. YAML's .inf and .nan are recognised so that they can be refused
// by name.
NumberParse ParseNumber(std::string_view text, double* out) {
  const std::string lowered = Lowered(text);
  for (std::string_view special : {".inf", "+.inf", "-.inf", ".nan", "inf", "-inf", "+inf", "nan",
                                   "infinity", "-infinity", "+infinity"}) {
    if (lowered == special) return NumberParse::kNotFinite;
  }
  std::string_view digits = text;
  if (!digits.empty() && digits.front() == '+') digits.remove_prefix(1);
  if (digits.empty() || digits.front() == '+') return NumberParse::kNotANumber;
  double value = 0.0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec == std::errc::result_out_of_range) return NumberParse::kOutOfRange;
  if (ec != std::errc() || end != digits.data() + digits.size()) return NumberParse::kNotANumber;
  if (!std::isfinite(value)) return NumberParse::kNotFinite;
  *out = value;
  return NumberParse::kOk;
}

std::string FormatBound(double bound) {
  return fmt::format("{}", bound);
}

// Where to point for a value: its own position, or its key's for an empty
// value (yaml-cpp places an empty value at the token after it).
SourcePosition ValuePosition(const YamlNode::Entry& entry) {
  if (entry.value->IsNull() || entry.value->position.line <= 0) return entry.key->position;
  return entry.value->position;
}

// Records "has no value" for an empty value and returns true.
bool FailIfEmpty(ConfigErrors& errors, const YamlNode& node, SourcePosition at,
                 std::string_view path, std::string_view expected) {
  if (!node.IsNull()) return false;
  errors.Fail(at, path, fmt::format("has no value (expected {})", expected));
  return true;
}

bool ReadNumberAt(ConfigErrors& errors, const YamlNode& node, SourcePosition at,
                  std::string_view path, const NumberRange& range, double* out) {
  if (FailIfEmpty(errors, node, at, path, "a number")) return false;
  if (!node.IsScalar()) {
    errors.Fail(at, path, fmt::format("expected a number, got {}", Describe(node)));
    return false;
  }
  if (!node.plain) {
    errors.Fail(at, path,
                fmt::format("expected a number, got the quoted text \"{}\" (write numbers "
                            "without quotes)",
                            Printable(node.text)));
    return false;
  }
  double value = 0.0;
  switch (ParseNumber(node.text, &value)) {
    case NumberParse::kOk:
      break;
    case NumberParse::kNotANumber:
      errors.Fail(at, path, fmt::format("expected a number, got {}", Describe(node)));
      return false;
    case NumberParse::kNotFinite:
      errors.Fail(at, path, fmt::format("must be a finite number (got {})", Printable(node.text)));
      return false;
    case NumberParse::kOutOfRange:
      errors.Fail(at, path, fmt::format("{} is out of range", Printable(node.text)));
      return false;
  }
  if (!range.Contains(value)) {
    errors.Fail(at, path, range.Explain(value, Printable(node.text)));
    return false;
  }
  *out = value;
  return true;
}

bool ReadIntegerAt(ConfigErrors& errors, const YamlNode& node, SourcePosition at,
                   std::string_view path, const NumberRange& range, int* out) {
  double value = 0.0;
  if (!ReadNumberAt(errors, node, at, path, NumberRange{}, &value)) return false;
  if (std::floor(value) != value) {
    errors.Fail(at, path, fmt::format("must be a whole number (got {})", Printable(node.text)));
    return false;
  }
  if (!range.Contains(value)) {
    errors.Fail(at, path, range.Explain(value, Printable(node.text)));
    return false;
  }
  if (std::fabs(value) > kLargestInt) {  // only when a caller gives no finite bound
    errors.Fail(at, path, fmt::format("{} is out of range", Printable(node.text)));
    return false;
  }
  *out = static_cast<int>(value);
  return true;
}

bool ReadBoolAt(ConfigErrors& errors, const YamlNode& node, SourcePosition at,
                std::string_view path, bool* out) {
  if (FailIfEmpty(errors, node, at, path, "true or false")) return false;
  if (node.IsScalar() && node.plain) {
    const std::string lowered = Lowered(node.text);
    if (lowered == "true" || lowered == "false") {
      *out = lowered == "true";
      return true;
    }
  }
  errors.Fail(at, path, fmt::format("expected true or false, got {}", Describe(node)));
  return false;
}

bool ReadTextAt(ConfigErrors& errors, const YamlNode& node, SourcePosition at,
                std::string_view path, std::string* out) {
  if (FailIfEmpty(errors, node, at, path, "text")) return false;
  if (!node.IsScalar()) {
    errors.Fail(at, path, fmt::format("expected text, got {}", Describe(node)));
    return false;
  }
  if (node.text.empty()) {
    errors.Fail(at, path, "must not be empty");
    return false;
  }
  for (const char c : node.text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      errors.Fail(
          at, path,
          fmt::format("must not contain control characters (got \"{}\")", Printable(node.text)));
      return false;
    }
  }
  *out = node.text;
  return true;
}

}  // namespace

NumberRange NumberRange::Positive(double max, std::string_view why_max) {
  return {.min = 0.0, .max = max, .min_exclusive = true, .why_max = why_max};
}

NumberRange NumberRange::NonNegative(double max, std::string_view why_max) {
  return {.min = 0.0, .max = max, .why_max = why_max};
}

NumberRange NumberRange::Between(double min, double max, std::string_view why_max) {
  return {.min = min, .max = max, .why_max = why_max};
}

NumberRange NumberRange::Fraction() {
  return {.min = 0.0, .max = 1.0, .min_exclusive = true, .requirement = "must be in (0, 1]"};
}

bool NumberRange::Contains(double value) const {
  if (std::isnan(value)) return false;
  const bool above_min = min_exclusive ? value > min : value >= min;
  const bool below_max = max_exclusive ? value < max : value <= max;
  return above_min && below_max;
}

std::string NumberRange::Explain(double value, std::string_view as_written) const {
  if (!requirement.empty()) return fmt::format("{} (got {})", requirement, as_written);
  const bool too_low = min_exclusive ? !(value > min) : !(value >= min);
  if (too_low) {
    if (min_exclusive)
      return fmt::format("must be greater than {} (got {})", FormatBound(min), as_written);
    if (min == 0.0) return fmt::format("must be 0 or more (got {})", as_written);
    return fmt::format("must be at least {} (got {})", FormatBound(min), as_written);
  }
  std::string text =
      max_exclusive ? fmt::format("must be less than {} (got {})", FormatBound(max), as_written)
                    : fmt::format("must be at most {} (got {})", FormatBound(max), as_written);
  if (!why_max.empty()) text += fmt::format(": {}", why_max);
  return text;
}

std::string ConfigErrors::Where(SourcePosition at, std::string_view path) const {
  std::string where = at.line > 0 ? fmt::format("{}:{}:{}", source_, at.line, at.column) : source_;
  if (!path.empty()) where += fmt::format(": {}", path);
  return where;
}

void ConfigErrors::Record(const Error& error) {
  if (!error_) error_ = error;
}

void ConfigErrors::Fail(SourcePosition at, std::string_view path, std::string_view problem) {
  if (error_) return;
  error_ = InvalidInput(fmt::format("{}: {}", Where(at, path), problem));
}

std::string Describe(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::kNull:
      return "nothing";
    case YamlNode::Kind::kSequence:
      return "a list";
    case YamlNode::Kind::kMap:
      return "a map";
    case YamlNode::Kind::kScalar:
      break;
  }
  return node.plain ? fmt::format("'{}'", Printable(node.text))
                    : fmt::format("\"{}\"", Printable(node.text));
}

bool ReadNumber(ConfigErrors& errors, const YamlNode& node, std::string_view path,
                const NumberRange& range, double* out) {
  return ReadNumberAt(errors, node, node.position, path, range, out);
}

bool ReadInteger(ConfigErrors& errors, const YamlNode& node, std::string_view path,
                 const NumberRange& range, int* out) {
  return ReadIntegerAt(errors, node, node.position, path, range, out);
}

bool ReadBool(ConfigErrors& errors, const YamlNode& node, std::string_view path, bool* out) {
  return ReadBoolAt(errors, node, node.position, path, out);
}

bool ReadText(ConfigErrors& errors, const YamlNode& node, std::string_view path, std::string* out) {
  return ReadTextAt(errors, node, node.position, path, out);
}

MapReader::MapReader(ConfigErrors& errors, const YamlNode& node, std::string path,
                     std::span<const std::string_view> keys)
    : errors_(&errors), node_(&node), path_(std::move(path)) {
  if (!node.IsMap()) {
    errors.Fail(node.position, path_,
                fmt::format("expected a map of keys, got {}", Describe(node)));
    return;
  }
  CheckKeys(keys);
}

void MapReader::CheckKeys(std::span<const std::string_view> keys) const {
  std::vector<const YamlNode*> seen;
  for (const YamlNode::Entry& entry : node_->entries) {
    const YamlNode& key = *entry.key;
    if (!key.IsScalar() || key.text.empty()) {
      errors_->Fail(key.position, path_,
                    fmt::format("a key must be a name, got {}", Describe(key)));
      return;
    }
    const std::string key_path = PathOf(Printable(key.text));
    for (const YamlNode* earlier : seen) {
      if (earlier->text == key.text) {
        errors_->Fail(
            key.position, key_path,
            fmt::format("duplicate key (first given at line {})", earlier->position.line));
        return;
      }
    }
    seen.push_back(&key);
    if (key.text == "<<") {
      errors_->Fail(key.position, key_path,
                    "YAML merge keys are not supported; use an alias for the whole value "
                    "(e.g. car: *standard_car)");
      return;
    }
    if (!CheckKnownKey(*errors_, key.position, key_path, key.text, keys)) return;
  }
}

bool CheckKnownKey(ConfigErrors& errors, SourcePosition at, std::string_view path,
                   std::string_view key, std::span<const std::string_view> keys) {
  for (std::string_view allowed : keys) {
    if (allowed == key) return true;
  }
  std::string hint = DidYouMean(key, keys);
  if (hint.empty()) hint = fmt::format("; expected one of: {}", fmt::join(keys, ", "));
  errors.Fail(at, path, "unknown key" + hint);
  return false;
}

std::string MapReader::PathOf(std::string_view key) const {
  return path_.empty() ? std::string(key) : fmt::format("{}.{}", path_, key);
}

const YamlNode::Entry* MapReader::FindEntry(std::string_view key) const {
  if (!node_->IsMap()) return nullptr;
  for (const YamlNode::Entry& entry : node_->entries) {
    if (entry.key->IsScalar() && entry.key->text == key) return &entry;
  }
  return nullptr;
}

const YamlNode* MapReader::Find(std::string_view key) const {
  const YamlNode::Entry* entry = FindEntry(key);
  return entry ? entry->value : nullptr;
}

const YamlNode* MapReader::Require(std::string_view key) const {
  const YamlNode* value = Find(key);
  if (value == nullptr) {
    errors_->Fail(node_->position, path_, fmt::format("missing required key '{}'", key));
  }
  return value;
}

const YamlNode* MapReader::List(std::string_view key) const {
  const YamlNode::Entry* entry = FindEntry(key);
  if (entry == nullptr) return nullptr;
  if (!entry->value->IsSequence()) {
    errors_->Fail(ValuePosition(*entry), PathOf(key),
                  fmt::format("expected a list, got {}", Describe(*entry->value)));
    return nullptr;
  }
  return entry->value;
}

std::string MapReader::WhereIs(std::string_view key) const {
  const YamlNode::Entry* entry = FindEntry(key);
  return errors_->Where(entry ? ValuePosition(*entry) : node_->position, PathOf(key));
}

void MapReader::FailAt(std::string_view key, std::string_view problem) const {
  const YamlNode::Entry* entry = FindEntry(key);
  errors_->Fail(entry ? ValuePosition(*entry) : node_->position, PathOf(key), problem);
}

bool MapReader::Number(std::string_view key, const NumberRange& range, double* out) const {
  const YamlNode::Entry* entry = FindEntry(key);
  return entry &&
         ReadNumberAt(*errors_, *entry->value, ValuePosition(*entry), PathOf(key), range, out);
}

bool MapReader::Integer(std::string_view key, const NumberRange& range, int* out) const {
  const YamlNode::Entry* entry = FindEntry(key);
  return entry &&
         ReadIntegerAt(*errors_, *entry->value, ValuePosition(*entry), PathOf(key), range, out);
}

bool MapReader::Bool(std::string_view key, bool* out) const {
  const YamlNode::Entry* entry = FindEntry(key);
  return entry && ReadBoolAt(*errors_, *entry->value, ValuePosition(*entry), PathOf(key), out);
}

bool MapReader::Text(std::string_view key, std::string* out) const {
  const YamlNode::Entry* entry = FindEntry(key);
  return entry && ReadTextAt(*errors_, *entry->value, ValuePosition(*entry), PathOf(key), out);
}

bool MapReader::RequiredNumber(std::string_view key, const NumberRange& range, double* out) const {
  return Require(key) != nullptr && Number(key, range, out);
}

bool MapReader::RequiredInteger(std::string_view key, const NumberRange& range, int* out) const {
  return Require(key) != nullptr && Integer(key, range, out);
}

}  // namespace hoistway
