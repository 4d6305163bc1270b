// Group controls written in Python, called by the engine through the same
// Dispatcher interface as the built-in ones (sim/dispatcher.h).
#pragma once

#include <pybind11/pybind11.h>

#include <atomic>
#include <exception>
#include <mutex>

#include "sim/dispatcher.h"

namespace hoistway::python {

// The first error raised by Python code during a run. It also stops the
// run (the cancel flag given to the simulation), so the caller can raise it.
class PythonErrors {
 public:
  void Record(std::exception_ptr error) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!first_) first_ = std::move(error);
    cancel_.store(true);
  }
  bool failed() const { return cancel_.load(); }
  const std::atomic<bool>* cancel_flag() const { return &cancel_; }
  // Rethrows the recorded error, if any.
  void Rethrow() const {
    if (first_) std::rethrow_exception(first_);
  }

 private:
  std::mutex mutex_;
  std::exception_ptr first_;
  std::atomic<bool> cancel_{false};
};

// Makes, for each group of each run, a dispatcher from `factory`, a Python
// callable (usually a class): factory(group_name, cars) returns an object
// with assign_landing_call(view, call) and, optionally,
// assign_destination_call(view, call), each returning a car index (or None
// for no car). Without assign_destination_call, destination calls are
// answered as landing calls in their direction. Errors raised by the
// Python code are recorded in `errors` (which must outlive the runs).
// Requires the GIL held and one simulating thread.
DispatcherFactory PythonDispatcherFactory(pybind11::object factory, PythonErrors* errors);

}  // namespace hoistway::python
