#include "sim/passenger_log.h"

#include <fmt/core.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace hoistway {

namespace {

constexpr const char* kHeader =
    "id,group,car,origin,destination,arrival_s,origin_doors_open_s,boarded_s,"
    "destination_doors_open_s,alighted_s,waiting_s,transit_s,time_to_destination_s,delivered\n";

// A CSV field: quoted when it holds a comma, quote or line break.
std::string Field(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Seconds(Tick t) {
  return t < 0 ? std::string() : fmt::format("{:.3f}", TicksToSeconds(t));
}

}  // namespace

Result<std::unique_ptr<CsvPassengerLog>> CsvPassengerLog::Open(const std::string& path,
                                                               const Building& building) {
  const std::string part = path + ".part";
  std::FILE* file = std::fopen(part.c_str(), "w");
  if (file == nullptr) {
    return IoError(fmt::format("{}: cannot write passenger log: {}", path, std::strerror(errno)));
  }
  std::fputs(kHeader, file);
  return std::unique_ptr<CsvPassengerLog>(new CsvPassengerLog(file, path, building));
}

CsvPassengerLog::CsvPassengerLog(std::FILE* file, std::string path, const Building& building)
    : file_(file), path_(std::move(path)), building_(building) {}

CsvPassengerLog::~CsvPassengerLog() {
  if (file_ != nullptr) {
    std::fclose(file_);
    std::remove((path_ + ".part").c_str());
  }
}

void CsvPassengerLog::OnDelivered(const PassengerTrace& trace) {
  Write(trace, true);
}
void CsvPassengerLog::OnUndelivered(const PassengerTrace& trace) {
  Write(trace, false);
}

void CsvPassengerLog::Write(const PassengerTrace& t, bool delivered) {
  const bool boarded = t.origin_doors_open >= 0;
  const std::string wait = boarded ? Seconds(t.origin_doors_open - t.arrival) : std::string();
  const std::string transit =
      delivered ? Seconds(t.destination_doors_open - t.origin_doors_open) : std::string();
  const std::string total =
      delivered ? Seconds(t.destination_doors_open - t.arrival) : std::string();
  fmt::print(file_, "{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", t.id.value(),
             Field(building_.groups[t.group.value()].name),
             t.car.value() >= 0 ? std::to_string(t.car.value() + 1) : std::string(),
             Field(building_.floor(t.origin).name), Field(building_.floor(t.destination).name),
             Seconds(t.arrival), Seconds(t.origin_doors_open), Seconds(t.boarded),
             Seconds(t.destination_doors_open), Seconds(t.alighted), wait, transit, total,
             delivered ? 1 : 0);
}

Status CsvPassengerLog::Finish() {
  const bool write_failed = std::ferror(file_) != 0;
  const bool close_failed = std::fclose(file_) != 0;
  file_ = nullptr;
  const std::string part = path_ + ".part";
  if (write_failed || close_failed) {
    std::remove(part.c_str());
    return IoError(fmt::format("{}: writing the passenger log failed", path_));
  }
  if (std::rename(part.c_str(), path_.c_str()) != 0) {
    std::remove(part.c_str());
    return IoError(fmt::format("{}: cannot move the passenger log into place: {}", path_,
                               std::strerror(errno)));
  }
  return Status::Ok();
}

}  // namespace hoistway
