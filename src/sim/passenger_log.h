// `--passenger-log FILE.csv`: one row per passenger with every timestamp.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "core/building.h"
#include "core/status.h"
#include "sim/observers.h"

namespace hoistway {

// Writes rows as passengers are delivered (then those left in the system),
// to `path` + ".part", renamed to `path` by Finish() so that a failed run
// never leaves a partial file under the final name. Not thread-safe.
class CsvPassengerLog final : public PassengerObserver {
 public:
  // Errors: kIo when the file cannot be created.
  static Result<std::unique_ptr<CsvPassengerLog>> Open(const std::string& path,
                                                       const Building& building);
  ~CsvPassengerLog() override;

  void OnDelivered(const PassengerTrace& trace) override;
  void OnUndelivered(const PassengerTrace& trace) override;

  // Flushes, closes and renames into place. Errors: kIo on a write failure.
  Status Finish();

 private:
  CsvPassengerLog(std::FILE* file, std::string path, const Building& building);
  void Write(const PassengerTrace& trace, bool delivered);

  std::FILE* file_;
  std::string path_;
  const Building& building_;
};

}  // namespace hoistway
