#include "sim/passenger_log.h"

#include <fmt/core.h>

#include "core/csv_field.h"

namespace hoistway {

namespace {

constexpr const char* kHeader =
    "id,group,car,origin,destination,arrival_s,origin_doors_open_s,boarded_s,"
    "destination_doors_open_s,alighted_s,waiting_s,transit_s,time_to_destination_s,delivered,"
    "person,leg\n";

std::string Seconds(Tick t) {
  return t < 0 ? std::string() : fmt::format("{:.3f}", TicksToSeconds(t));
}

}  // namespace

Result<std::unique_ptr<CsvPassengerLog>> CsvPassengerLog::Open(const std::string& path,
                                                               const Building& building) {
  auto file = OutputFile::Open(path);
  if (!file.ok()) return file.error();
  std::fputs(kHeader, (*file)->stream());
  return std::unique_ptr<CsvPassengerLog>(new CsvPassengerLog(std::move(file).value(), building));
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
  fmt::print(file_->stream(), "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
             t.id.value() >= 0 ? std::to_string(t.id.value()) : std::string(),
             CsvField(building_.groups[t.group.value()].name),
             t.car.value() >= 0 ? std::to_string(t.car.value() + 1) : std::string(),
             CsvField(building_.floor(t.origin).name),
             CsvField(building_.floor(t.destination).name), Seconds(t.arrival),
             Seconds(t.origin_doors_open), Seconds(t.boarded), Seconds(t.destination_doors_open),
             Seconds(t.alighted), wait, transit, total, delivered ? 1 : 0, t.person.value(), t.leg);
}

}  // namespace hoistway
