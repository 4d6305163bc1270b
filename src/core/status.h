// The one error policy of hoistway (see src/README.md, "Errors").
//
// Expected failures (bad input, a missing record, an unreachable database)
// travel as values: a function that can fail returns Status or Result<T>.
// Exceptions never cross a module boundary; asserts guard programmer errors
// only, never user input. The edges (cli, server) turn an Error into an exit
// code or an HTTP status.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace hoistway {

enum class ErrorCode {
  kInvalidInput,  // the user's input is wrong: exit 2, HTTP 400
  kNotFound,      // a named thing does not exist: exit 2, HTTP 404
  kIo,            // a file or stream could not be read or written: exit 2
  kUnavailable,   // a service (database, broker) cannot be reached: exit 1, HTTP 503
  kConflict,      // a concurrent change was detected: HTTP 409 / 412
  kPermission,    // not allowed: HTTP 403
  kCancelled,     // the caller asked to stop (a cancelled simulation)
  kInternal,      // a bug: exit 1, HTTP 500
};

// An error with a one-line message that names what was wrong and where. An
// error about one field of the input carries the field as data as well
// (AtField): edges show it at the field (HTTP "field", a form's input)
// without parsing the message.
class Error {
 public:
  Error(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  // An error about `field` ("building.region", "items[2].measured"); its
  // message is "<field>: <problem>".
  static Error AtField(ErrorCode code, std::string field, std::string problem) {
    Error error(code, field + ": " + problem);
    error.field_ = std::move(field);
    error.problem_ = std::move(problem);
    return error;
  }

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // The field the error is about; "" when it names none.
  const std::string& field() const { return field_; }
  // What is wrong with the field (the message without the field); the whole
  // message when the error names no field.
  const std::string& problem() const { return field_.empty() ? message_ : problem_; }

  // A machine-readable name of the problem ("in_future", "required"), for an
  // edge that words it in the reader's language (the message stays the
  // fallback); "" when it has none.
  const std::string& problem_code() const { return problem_code_; }
  Error WithProblemCode(std::string problem_code) && {
    problem_code_ = std::move(problem_code);
    return std::move(*this);
  }

 private:
  ErrorCode code_;
  std::string message_;
  std::string field_;
  std::string problem_;
  std::string problem_code_;
};

inline Error InvalidInput(std::string message) {
  return {ErrorCode::kInvalidInput, std::move(message)};
}
inline Error IoError(std::string message) {
  return {ErrorCode::kIo, std::move(message)};
}
inline Error NotFound(std::string message) {
  return {ErrorCode::kNotFound, std::move(message)};
}
// Bad input in one field: kInvalidInput naming `field` (see Error::AtField),
// with the problem's machine-readable code when it has one.
inline Error FieldError(std::string_view field, std::string_view problem,
                        std::string_view problem_code = {}) {
  return Error::AtField(ErrorCode::kInvalidInput, std::string(field), std::string(problem))
      .WithProblemCode(std::string(problem_code));
}

// Success, or an Error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT: implicit by design

  static Status Ok() { return {}; }
  bool ok() const { return !error_.has_value(); }
  // Requires !ok().
  const Error& error() const {
    assert(error_.has_value());
    return *error_;
  }

 private:
  std::optional<Error> error_;
};

// A value of type T, or an Error. Accessing the value of an error (or the
// error of a value) is a programmer error and asserts.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::in_place_index<0>, std::move(value)) {}      // NOLINT: implicit
  Result(Error error) : data_(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit
  Result(const Result&) = default;
  Result(Result&&) = default;
  Result& operator=(const Result&) = default;
  // Assigns by re-construction, so T need only be move-constructible (a
  // transaction or a file handle can be replaced by an Error, say).
  Result& operator=(Result&& other) noexcept(std::is_nothrow_move_constructible_v<T>) {
    if (this == &other) return *this;
    if (other.ok()) {
      data_.template emplace<0>(std::get<0>(std::move(other.data_)));
    } else {
      data_.template emplace<1>(std::get<1>(std::move(other.data_)));
    }
    return *this;
  }

  bool ok() const { return data_.index() == 0; }
  const T& value() const& {
    assert(ok());
    return std::get<0>(data_);
  }
  T& value() & {
    assert(ok());
    return std::get<0>(data_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(data_));
  }
  const Error& error() const {
    assert(!ok());
    return std::get<1>(data_);
  }
  Status status() const { return ok() ? Status() : Status(error()); }

  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  std::variant<T, Error> data_;
};

}  // namespace hoistway
