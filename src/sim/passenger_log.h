// `--passenger-log FILE.csv`: one row per passenger with every timestamp.
#pragma once

#include <memory>
#include <string>

#include "core/building.h"
#include "core/output_file.h"
#include "core/status.h"
#include "sim/observers.h"

namespace hoistway {

// Writes rows as passengers are delivered (then those left in the system);
// the file appears under its name only when Finish() succeeds (OutputFile).
// Not thread-safe.
class CsvPassengerLog final : public PassengerObserver {
 public:
  // Errors: kIo when the file cannot be created.
  static Result<std::unique_ptr<CsvPassengerLog>> Open(const std::string& path,
                                                       const Building& building);

  void OnDelivered(const PassengerTrace& trace) override;
  void OnUndelivered(const PassengerTrace& trace) override;

  // Closes and moves the file into place. Errors: kIo on a write failure.
  Status Finish() { return file_->Commit(); }

 private:
  CsvPassengerLog(std::unique_ptr<OutputFile> file, const Building& building)
      : file_(std::move(file)), building_(building) {}
  void Write(const PassengerTrace& trace, bool delivered);

  std::unique_ptr<OutputFile> file_;
  const Building& building_;
};

}  // namespace hoistway
