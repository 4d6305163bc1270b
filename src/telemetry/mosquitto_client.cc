// MqttClient over libmosquitto 2.0 without its network thread: the library is
// told the application is threaded (mosquitto_threaded_set), so a packet it
// queues, including the PUBACK of a received message, is written only when
// we call mosquitto_loop_write. Receive() reads, Acknowledge() writes: a
// message's acknowledgement cannot leave before the caller has committed it.
#include <fmt/core.h>
#include <mosquitto.h>
#include <mqtt_protocol.h>
#include <poll.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "telemetry/mqtt_client.h"

namespace hoistway::telemetry {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr milliseconds kFirstRetry{500};
constexpr milliseconds kLongestRetry{5000};
constexpr milliseconds kWriteTimeout{10000};

void InitLibrary() {
  // libmosquitto asks for one mosquitto_lib_init per process before use.
  static std::once_flag once;
  std::call_once(once, [] { mosquitto_lib_init(); });
}

int MillisLeft(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now()).count();
  return static_cast<int>(std::clamp<long long>(left, 0, 60'000));
}

class MosquittoClient final : public MqttClient {
 public:
  MosquittoClient(BrokerAddress address, MqttOptions options)
      : address_(std::move(address)), options_(std::move(options)) {
    InitLibrary();
  }
  ~MosquittoClient() override {
    // Closing without writing: acknowledgements not sent are not sent.
    if (mosq_ != nullptr) mosquitto_destroy(mosq_);
  }
  MosquittoClient(const MosquittoClient&) = delete;
  MosquittoClient& operator=(const MosquittoClient&) = delete;

  Status Connect() override {
    next_attempt_ = Clock::now() + retry_delay_;
    retry_delay_ = std::min(retry_delay_ * 2, kLongestRetry);
    connected_ = false;
    if (mosq_ == nullptr) {
      Status made = Create();
      if (!made.ok()) return made;
    }
    mosquitto_property* props = nullptr;
    if (options_.persistent_session) {
      mosquitto_property_add_int32(&props, MQTT_PROP_SESSION_EXPIRY_INTERVAL,
                                   options_.session_expiry_s);
    }
    mosquitto_property_add_int16(&props, MQTT_PROP_RECEIVE_MAXIMUM,
                                 static_cast<std::uint16_t>(options_.receive_maximum));
    mosquitto_property_add_int32(&props, MQTT_PROP_MAXIMUM_PACKET_SIZE, options_.max_packet_bytes);
    connack_ = -1;
    // Connecting anew (not mosquitto_reconnect) sends the properties again;
    // either way the library drops whatever was queued for the old connection.
    const int rc = mosquitto_connect_bind_v5(mosq_, address_.host.c_str(), address_.port,
                                             options_.keepalive_s, nullptr, props);
    mosquitto_property_free_all(&props);
    if (rc != MOSQ_ERR_SUCCESS) return Unavailable(Describe(rc));
    // Read one packet at a time until the CONNACK: nothing else comes before it.
    const auto deadline = Clock::now() + options_.connect_timeout;
    while (connack_ < 0) {
      Status written = WriteAll(deadline);
      if (!written.ok()) return written;
      pollfd pfd{mosquitto_socket(mosq_), POLLIN, 0};
      if (pfd.fd < 0) return Unavailable("the connection closed while connecting");
      const int ready = poll(&pfd, 1, MillisLeft(deadline));
      if (ready == 0) return Unavailable("no answer to CONNECT");
      const int read = mosquitto_loop_read(mosq_, 1);
      if (read != MOSQ_ERR_SUCCESS && connack_ < 0) return Unavailable(Describe(read));
    }
    if (connack_ != 0) {
      return Unavailable(
          fmt::format("the broker refused the connection: {}", mosquitto_reason_string(connack_)));
    }
    // Subscribe before reading anything more, so this write carries no
    // acknowledgement of a message the caller has not seen.
    for (const auto& [filter, qos] : subscriptions_) {
      const int sub = mosquitto_subscribe_v5(mosq_, nullptr, filter.c_str(), qos, 0, nullptr);
      if (sub != MOSQ_ERR_SUCCESS)
        return Unavailable(fmt::format("subscribe {}: {}", filter, Describe(sub)));
    }
    Status written = WriteAll(Clock::now() + kWriteTimeout);
    if (!written.ok()) return written;
    connected_ = true;
    retry_delay_ = kFirstRetry;
    return Status::Ok();
  }

  bool connected() const override { return connected_; }

  Status Subscribe(std::string filter, int qos) override {
    subscriptions_.emplace_back(filter, qos);
    if (!connected_) return Status::Ok();
    const int rc = mosquitto_subscribe_v5(mosq_, nullptr, filter.c_str(), qos, 0, nullptr);
    if (rc != MOSQ_ERR_SUCCESS) return Lost(fmt::format("subscribe {}: {}", filter, Describe(rc)));
    return WriteAll(Clock::now() + kWriteTimeout);
  }

  Status Receive(std::vector<MqttMessage>* out, std::size_t max,
                 std::chrono::milliseconds wait) override {
    if (!connected_) {
      if (Clock::now() < next_attempt_) {
        poll(nullptr, 0, static_cast<int>(std::min(wait, milliseconds(100)).count()));
        return Unavailable("not connected; retrying");
      }
      Status again = Connect();
      if (!again.ok()) return again;
    }
    const auto deadline = Clock::now() + wait;
    const std::size_t had = out->size();
    TakePending(out);
    while (out->size() < max && connected_) {
      pollfd pfd{mosquitto_socket(mosq_), POLLIN, 0};
      // Once something has arrived in this call, take only what is already here.
      const int timeout = out->size() == had ? MillisLeft(deadline) : 0;
      if (poll(&pfd, 1, timeout) <= 0) break;
      const int rc = mosquitto_loop_read(mosq_, 1);
      TakePending(out);
      if (rc != MOSQ_ERR_SUCCESS) {
        Status lost = Lost(Describe(rc));
        if (out->size() == had) return lost;
        break;
      }
    }
    if (!refusal_.empty()) {
      std::string why = std::move(refusal_);
      refusal_.clear();
      return Error(ErrorCode::kPermission, why);
    }
    if (connected_) mosquitto_loop_misc(mosq_);  // keep-alive: queues a ping when due
    return Status::Ok();
  }

  Status Acknowledge() override {
    if (!connected_) return Unavailable("not connected");
    return WriteAll(Clock::now() + kWriteTimeout);
  }

  Status Publish(std::string_view topic, std::string_view payload, int qos, bool retain) override {
    if (mosq_ == nullptr) return Unavailable("publish before connecting");
    const std::string topic_text(topic);
    int mid = 0;
    const int rc =
        mosquitto_publish_v5(mosq_, &mid, topic_text.c_str(), static_cast<int>(payload.size()),
                             payload.data(), qos, retain, nullptr);
    if (rc == MOSQ_ERR_SUCCESS) {
      if (qos > 0) {
        ++in_flight_[mid];  // a mid may come round again while an older one waits
        ++in_flight_count_;
      }
      return Status::Ok();
    }
    if (rc == MOSQ_ERR_NO_CONN) return Lost("publish: not connected");
    return Error(ErrorCode::kInvalidInput, fmt::format("publish {}: {}", topic_text, Describe(rc)));
  }

  Status Flush(std::chrono::milliseconds wait) override {
    if (!connected_) {
      if (Clock::now() < next_attempt_) return Unavailable("not connected; retrying");
      Status again = Connect();
      if (!again.ok()) return again;
    }
    const auto deadline = Clock::now() + wait;
    do {
      Status written = WriteAll(Clock::now() + kWriteTimeout);
      if (!written.ok()) return written;
      if (!subscriptions_.empty()) break;  // a subscriber's messages are for Receive
      pollfd pfd{mosquitto_socket(mosq_), POLLIN, 0};
      const int timeout = in_flight_count_ > 0 ? std::min(MillisLeft(deadline), 10) : 0;
      if (poll(&pfd, 1, timeout) > 0) {
        const int rc = mosquitto_loop_read(mosq_, 1);
        if (rc != MOSQ_ERR_SUCCESS) return Lost(Describe(rc));
        // Read what else is there, without waiting.
        for (int i = 0; i < 10'000 && poll(&pfd, 1, 0) > 0; ++i) {
          const int more = mosquitto_loop_read(mosq_, 1);
          if (more != MOSQ_ERR_SUCCESS) return Lost(Describe(more));
        }
      }
    } while (in_flight_count_ > 0 && Clock::now() < deadline);
    mosquitto_loop_misc(mosq_);
    return Status::Ok();
  }

  std::size_t publishes_in_flight() const override { return in_flight_count_; }

  void Disconnect(bool end_session) override {
    if (!connected_) return;
    mosquitto_property* props = nullptr;
    if (end_session) mosquitto_property_add_int32(&props, MQTT_PROP_SESSION_EXPIRY_INTERVAL, 0);
    mosquitto_disconnect_v5(mosq_, MQTT_RC_NORMAL_DISCONNECTION, props);
    mosquitto_property_free_all(&props);
    (void)WriteAll(Clock::now() + milliseconds(2000));
    connected_ = false;
  }

 private:
  Status Create() {
    const bool clean = !options_.persistent_session;
    mosq_ = mosquitto_new(options_.client_id.empty() ? nullptr : options_.client_id.c_str(), clean,
                          this);
    if (mosq_ == nullptr) {
      return Error(ErrorCode::kInvalidInput,
                   "mqtt: cannot create a client (a persistent session needs a client id)");
    }
    mosquitto_int_option(mosq_, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V5);
    mosquitto_int_option(mosq_, MOSQ_OPT_RECEIVE_MAXIMUM, options_.receive_maximum);
    mosquitto_int_option(mosq_, MOSQ_OPT_TCP_NODELAY, 1);
    // "Threaded": packets are queued and written only by our loop_write calls.
    mosquitto_threaded_set(mosq_, true);
    mosquitto_connect_v5_callback_set(mosq_, &OnConnect);
    mosquitto_disconnect_v5_callback_set(mosq_, &OnDisconnect);
    mosquitto_message_v5_callback_set(mosq_, &OnMessage);
    mosquitto_subscribe_v5_callback_set(mosq_, &OnSubscribe);
    mosquitto_publish_v5_callback_set(mosq_, &OnPublish);
    return Status::Ok();
  }

  // Writes every queued packet, waiting for the socket while it is full.
  Status WriteAll(Clock::time_point deadline) {
    while (mosquitto_want_write(mosq_)) {
      const int rc = mosquitto_loop_write(mosq_, 1);
      if (rc != MOSQ_ERR_SUCCESS) return Lost(Describe(rc));
      if (!mosquitto_want_write(mosq_)) break;
      pollfd pfd{mosquitto_socket(mosq_), POLLOUT, 0};
      if (pfd.fd < 0) return Lost("the connection closed");
      if (poll(&pfd, 1, MillisLeft(deadline)) <= 0) return Lost("the broker does not read");
    }
    return Status::Ok();
  }

  // Moves every message read so far to `out`, even beyond Receive's `max`:
  // reading a message queued its acknowledgement, so the caller must see it
  // before the next Acknowledge.
  void TakePending(std::vector<MqttMessage>* out) {
    for (auto& m : pending_) out->push_back(std::move(m));
    pending_.clear();
  }

  std::string Describe(int rc) const {
    if (rc == MOSQ_ERR_ERRNO) return std::string(std::strerror(errno));
    return mosquitto_strerror(rc);
  }

  Error Unavailable(const std::string& why) const {
    return Error(ErrorCode::kUnavailable, fmt::format("broker {}: {}", ToString(address_), why));
  }

  Error Lost(const std::string& why) {
    connected_ = false;
    next_attempt_ = Clock::now() + retry_delay_;
    return Unavailable(fmt::format("connection lost: {}", why));
  }

  static void OnConnect(mosquitto*, void* self, int rc, int, const mosquitto_property*) {
    static_cast<MosquittoClient*>(self)->connack_ = rc;
  }
  static void OnDisconnect(mosquitto*, void* self, int, const mosquitto_property*) {
    static_cast<MosquittoClient*>(self)->connected_ = false;
  }
  static void OnMessage(mosquitto*, void* self, const mosquitto_message* m,
                        const mosquitto_property*) {
    auto* client = static_cast<MosquittoClient*>(self);
    client->pending_.push_back(
        {m->topic ? std::string(m->topic) : std::string(),
         std::string(static_cast<const char*>(m->payload), static_cast<std::size_t>(m->payloadlen)),
         m->retain});
  }
  static void OnSubscribe(mosquitto*, void* self, int, int count, const int* granted,
                          const mosquitto_property*) {
    auto* client = static_cast<MosquittoClient*>(self);
    for (int i = 0; i < count; ++i) {
      if (granted[i] >= 0x80) {
        client->refusal_ =
            fmt::format("broker {}: a subscription was refused: {}", ToString(client->address_),
                        mosquitto_reason_string(granted[i]));
      }
    }
  }
  // Called for a QoS 1 publish when the broker acknowledged it (and for QoS 0
  // once written, whose mid is not in the set).
  static void OnPublish(mosquitto*, void* self, int mid, int, const mosquitto_property*) {
    auto* client = static_cast<MosquittoClient*>(self);
    auto it = client->in_flight_.find(mid);
    if (it == client->in_flight_.end()) return;
    if (--it->second == 0) client->in_flight_.erase(it);
    --client->in_flight_count_;
  }

  BrokerAddress address_;
  MqttOptions options_;
  mosquitto* mosq_ = nullptr;
  bool connected_ = false;
  int connack_ = -1;
  std::vector<std::pair<std::string, int>> subscriptions_;
  std::vector<MqttMessage> pending_;
  std::string refusal_;
  std::unordered_map<int, int> in_flight_;  // QoS 1 publishes not yet acknowledged, by mid
  std::size_t in_flight_count_ = 0;
  milliseconds retry_delay_ = kFirstRetry;
  Clock::time_point next_attempt_{};
};

}  // namespace

std::unique_ptr<MqttClient> MakeMqttClient(BrokerAddress address, MqttOptions options) {
  return std::make_unique<MosquittoClient>(std::move(address), std::move(options));
}

}  // namespace hoistway::telemetry
