// The --broker option: "mqtt://HOST:PORT" (PORT 1883 when left out).
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace hoistway::telemetry {

struct BrokerAddress {
  std::string host;
  int port = 1883;
};

// Parses "mqtt://HOST[:PORT]" (an IPv6 host in brackets); kInvalidInput
// naming what is wrong. Only plain MQTT over TCP: mqtts:// is refused.
Result<BrokerAddress> ParseBrokerUrl(std::string_view url);

// "mqtt://HOST:PORT".
std::string ToString(const BrokerAddress& address);

}  // namespace hoistway::telemetry
