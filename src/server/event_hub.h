// Live updates for browsers: writers publish one-line JSON events after their
// transaction commits; every subscriber (a Server-Sent Events connection)
// receives them. An event may be addressed to one user (the progress of
// their simulation), and then reaches only that user's streams. Thread-safe.
// Owned by the server (no global state).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace hoistway::server {

class EventHub {
 public:
  using Listener = std::function<void(const std::string& event_json)>;
  // The audience of events meant for everyone.
  static constexpr std::int64_t kEveryone = 0;
  // The last event of a stream whose session has ended (EndSession); the
  // stream closes after it.
  static constexpr std::string_view kSessionEnded = R"({"type":"session.ended"})";

  // Registers `listener` for the events of everyone and those addressed to
  // `user_id` (kEveryone: only the former); `session` (a token's hash, or
  // empty) names the sign-in the stream belongs to. The listener is called
  // from the publishing thread and must not block (post to your own
  // executor). Returns an id for Unsubscribe.
  std::uint64_t Subscribe(Listener listener, std::int64_t user_id = kEveryone,
                          std::string session = {});
  void Unsubscribe(std::uint64_t id);
  // Delivers `event_json` (one line, no newlines) to every subscriber, or,
  // when `audience` is a user id, to that user's subscribers only.
  void Publish(const std::string& event_json, std::int64_t audience = kEveryone);
  // Delivers kSessionEnded to the streams of `session` (it was signed out).
  void EndSession(const std::string& session);
  std::size_t subscribers() const;

 private:
  struct Subscriber {
    Listener listener;
    std::int64_t user_id = kEveryone;
    std::string session;
  };
  mutable std::mutex mutex_;
  std::uint64_t next_id_ = 1;
  std::map<std::uint64_t, Subscriber> listeners_;
};

}  // namespace hoistway::server
