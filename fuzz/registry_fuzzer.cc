// libFuzzer entry point for what the registry reads from outside: Korea's
// public-data documents (ParsePublicData, then MapPublicRecord on every
// record) and the JSON bodies of API requests (each Parse*/Apply* of
// src/registry/json_codec.h). The first byte chooses the reader, the rest is
// the document: a byte below 'a' the public-data reader, 'a' to 'k' the body
// parsers in the order of the switch below (and so on, modulo 11). Any bytes must give a value or
// one one-line error naming what is wrong: never a crash, a hang, an uncaught exception or a
// sanitizer report. Built as registry_fuzzer (-DHOISTWAY_FUZZ=ON) and, in ordinary test builds,
// replayed over fuzz/corpus/registry by registry_fuzz_replay.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "registry/json_codec.h"
#include "registry/korean_import.h"
#include "registry/profile.h"

namespace {

using namespace hoistway;
using namespace hoistway::registry;

void Check(bool promise) {
  if (!promise) __builtin_trap();
}

void CheckError(const Error& error) {
  const std::string& message = error.message();
  Check(!message.empty() && message.size() < 4096);
  Check(message.find('\n') == std::string::npos);
  Check(error.code() == ErrorCode::kInvalidInput);
}

template <typename T>
void CheckResult(const Result<T>& result) {
  if (!result.ok()) CheckError(result.error());
}

void CheckStatus(const Status& status) {
  if (!status.ok()) CheckError(status.error());
}

// The profile the API uses by default; loaded once (it is constant data).
const RegulationProfile& Korea() {
  static const RegulationProfile profile = *LoadProfile("korea");
  return profile;
}

void ReadPublicData(std::string_view text) {
  auto records = ParsePublicData(text);
  if (!records.ok()) return CheckError(records.error());
  for (const PublicRecord& record : *records) {
    auto mapped = MapPublicRecord(record);
    CheckResult(mapped);
    if (mapped.ok()) Check(!mapped->lift.registration_no.empty());
  }
}

void ReadBody(std::uint8_t which, std::string_view text) {
  const nlohmann::json body = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) return;  // the server answers 400 before any parser runs
  switch ((which - 'a') % 11) {
    case 0:
      CheckResult(ParseNewLift(body));
      break;
    case 1: {
      auto lift = ParseNewLift(nlohmann::json::parse(
          R"({"registration_no":"1234567","building":{"name":"B","address":"A","region":"R"},)"
          R"("kind":"passenger","rated_load_kg":1000,"rated_speed_mps":1.6,"persons":13,)"
          R"("installed_on":"2015-03-01"})"));
      Check(lift.ok());
      CheckStatus(ApplyLiftPatch(body, &*lift));
      break;
    }
    case 2:
      CheckResult(ParseInspection(body, Korea()));
      break;
    case 3:
      CheckResult(ParseSelfInspection(body, Korea(), *Date::Parse("2026-11-25")));
      break;
    case 4:
      CheckResult(ParseAccident(body));
      break;
    case 5:
      CheckResult(ParseWorkOrder(body));
      break;
    case 6: {
      WorkOrder order;
      CheckStatus(ApplyWorkOrderPatch(body, &order));
      break;
    }
    case 7:
      CheckResult(ParseCompany(body));
      break;
    case 8:
      CheckResult(ParseTechnician(body));
      break;
    case 9:
      CheckResult(ParseCertificate(body, Korea()));
      break;
    default:
      CheckResult(ParsePart(body, Korea()));
      break;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] < 'a') {
    ReadPublicData(text);
  } else {
    ReadBody(data[0], text);
  }
  return 0;
}
