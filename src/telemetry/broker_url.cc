#include "telemetry/broker_url.h"

#include <fmt/core.h>

#include <charconv>

#include "core/printable.h"

namespace hoistway::telemetry {

Result<BrokerAddress> ParseBrokerUrl(std::string_view url) {
  constexpr std::string_view kScheme = "mqtt://";
  if (!url.starts_with(kScheme)) {
    return InvalidInput(
        fmt::format("--broker: '{}' must look like mqtt://HOST:PORT", Printable(url)));
  }
  std::string_view rest = url.substr(kScheme.size());
  if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  BrokerAddress out;
  std::string_view port;
  bool has_port = false;
  if (rest.starts_with('[')) {
    const auto close = rest.find(']');
    if (close == std::string_view::npos) {
      return InvalidInput(fmt::format("--broker: '{}' has no closing ']'", Printable(url)));
    }
    out.host = std::string(rest.substr(1, close - 1));
    rest.remove_prefix(close + 1);
    if (!rest.empty()) {
      if (rest[0] != ':') {
        return InvalidInput(
            fmt::format("--broker: '{}': expected ':PORT' after ']'", Printable(url)));
      }
      port = rest.substr(1);
      has_port = true;
    }
  } else {
    const auto colon = rest.rfind(':');
    out.host = std::string(rest.substr(0, colon));
    if (colon != std::string_view::npos) {
      port = rest.substr(colon + 1);
      has_port = true;
    }
  }
  if (out.host.empty() || out.host.find_first_of("/?#@ ") != std::string::npos) {
    return InvalidInput(fmt::format("--broker: '{}' has no valid host", Printable(url)));
  }
  if (has_port) {
    int value = 0;
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (port.empty() || ec != std::errc() || end != port.data() + port.size() || value < 1 ||
        value > 65535) {
      return InvalidInput(
          fmt::format("--broker: '{}': the port must be 1 to 65535", Printable(url)));
    }
    out.port = value;
  }
  return out;
}

std::string ToString(const BrokerAddress& address) {
  if (address.host.find(':') != std::string::npos) {
    return fmt::format("mqtt://[{}]:{}", address.host, address.port);
  }
  return fmt::format("mqtt://{}:{}", address.host, address.port);
}

}  // namespace hoistway::telemetry
