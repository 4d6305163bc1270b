// The narrow MQTT interface of hoistway: what the monitor, the emulator and
// the server need of a broker connection, and nothing more. One
// implementation, over libmosquitto (Debian's libmosquitto1, MQTT 5), driven
// entirely by the calling thread so that acknowledgements leave only when the
// caller says: a message received at QoS 1 is acknowledged by Acknowledge(),
// after the caller has committed it, never before. With a persistent session
// a process killed before that gets the message again from the broker.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "telemetry/broker_url.h"

namespace hoistway::telemetry {

struct MqttOptions {
  // Required with a persistent session (the broker keys the session by it).
  std::string client_id;
  // Clean start off and a session that outlives the connection, so messages
  // published while this client is away wait for it at the broker.
  bool persistent_session = false;
  std::uint32_t session_expiry_s = 7 * 24 * 3600;
  // How many QoS 1 messages the broker may send before we acknowledge: the
  // largest batch a receiver can commit at once (MQTT 5 Receive Maximum).
  int receive_maximum = 20000;
  int keepalive_s = 30;
  std::chrono::milliseconds connect_timeout{5000};
  // Larger packets are refused by the broker on our behalf (MQTT 5 Maximum
  // Packet Size); smaller oversized payloads reach the decoder, which counts them.
  std::uint32_t max_packet_bytes = 1 << 20;
};

struct MqttMessage {
  std::string topic;
  std::string payload;
  bool retained = false;
};

// One MQTT 5 connection. Not thread-safe: one thread calls every method.
class MqttClient {
 public:
  virtual ~MqttClient() = default;

  // Connects, or reconnects after a loss, and waits for the broker's answer;
  // then subscribes again to every filter given to Subscribe. kUnavailable
  // when the broker cannot be reached or refuses us (the message says why).
  virtual Status Connect() = 0;
  virtual bool connected() const = 0;

  // Subscribes to `filter` at `qos` (0 or 1), now when connected and again
  // after every reconnect. The broker's refusal arrives later, through Receive.
  virtual Status Subscribe(std::string filter, int qos) = 0;

  // Waits up to `wait` for a message (even when `out` already holds some),
  // then appends those already arrived, up to about `max` in all (a read never leaves a message
  // behind: every message whose acknowledgement is queued is in `out`). Not connected (or the
  // connection lost): tries to reconnect at most every few seconds and returns kUnavailable while
  // it cannot; messages received before a loss are still returned, and come again from the broker
  // since they were never acknowledged.
  virtual Status Receive(std::vector<MqttMessage>* out, std::size_t max,
                         std::chrono::milliseconds wait) = 0;

  // Sends the acknowledgements of every message Receive returned so far,
  // with everything else queued (publishes, keep-alive pings).
  virtual Status Acknowledge() = 0;

  // Queues a message at `qos` 0 or 1; it leaves with the next Acknowledge or
  // Flush (QoS 1 ones are kept and sent again after a reconnect).
  virtual Status Publish(std::string_view topic, std::string_view payload, int qos,
                         bool retain) = 0;

  // Writes what is queued and, on a client that has not subscribed, reads the
  // broker's answers, for up to `wait` or until no QoS 1 publish awaits its
  // acknowledgement. A subscriber's messages are only ever taken by Receive.
  virtual Status Flush(std::chrono::milliseconds wait) = 0;

  // QoS 1 publishes not yet acknowledged by the broker. MQTT has 65535
  // message ids: a publisher should Flush before this nears it.
  virtual std::size_t publishes_in_flight() const = 0;

  // Sends what is queued (acknowledgements included: call it only once every
  // received message is committed) and a DISCONNECT; the session stays at the
  // broker when persistent, unless `end_session` (MQTT 5 session expiry 0:
  // the broker forgets it, its subscriptions and its queue).
  virtual void Disconnect(bool end_session = false) = 0;
};

// A client of the broker at `address` (not yet connected).
std::unique_ptr<MqttClient> MakeMqttClient(BrokerAddress address, MqttOptions options);

}  // namespace hoistway::telemetry
