#include "ride/recording.h"

namespace hoistway::ride {

std::string_view FormatName(RecordingFormat format) {
  switch (format) {
    case RecordingFormat::kEva:
      return "eva";
    case RecordingFormat::kPhyphox:
      return "phyphox";
    case RecordingFormat::kCsv:
      break;
  }
  return "csv";
}

std::string_view GravityName(Gravity gravity) {
  switch (gravity) {
    case Gravity::kRemoved:
      return "removed by the instrument";
    case Gravity::kIncluded:
      return "included";
    case Gravity::kUnknown:
      break;
  }
  return "not stated";
}

}  // namespace hoistway::ride
