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

namespace hoistway::server {

class EventHub {
 public:
  using Listener = std::function<void(const std::string& event_json)>;
  // The audience of events meant for everyone.
  static constexpr std::int64_t kEveryone = 0;

  // Registers `listener` for the events of everyone and those addressed to
  // `user_id` (kEveryone: only the former). It is called from the publishing
  // thread and must not block (post to your own executor). Returns an id for
  // Unsubscribe.
  std::uint64_t Subscribe(Listener listener, std::int64_t user_id = kEveryone);
  void Unsubscribe(std::uint64_t id);
  // Delivers `event_json` (one line, no newlines) to every subscriber, or,
  // when `audience` is a user id, to that user's subscribers only.
  void Publish(const std::string& event_json, std::int64_t audience = kEveryone);
  std::size_t subscribers() const;

 private:
  struct Subscriber {
    Listener listener;
    std::int64_t user_id = kEveryone;
  };
  mutable std::mutex mutex_;
  std::uint64_t next_id_ = 1;
  std::map<std::uint64_t, Subscriber> listeners_;
};

}  // namespace hoistway::server
