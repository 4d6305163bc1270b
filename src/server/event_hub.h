// Live updates for browsers: writers publish one-line JSON events after their
// transaction commits; every subscriber (a Server-Sent Events connection)
// receives them. Thread-safe. Owned by the server (no global state).
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

  // Registers `listener`; it is called from the publishing thread and must
  // not block (post to your own executor). Returns an id for Unsubscribe.
  std::uint64_t Subscribe(Listener listener);
  void Unsubscribe(std::uint64_t id);
  // Delivers `event_json` (one line, no newlines) to every subscriber.
  void Publish(const std::string& event_json);
  std::size_t subscribers() const;

 private:
  mutable std::mutex mutex_;
  std::uint64_t next_id_ = 1;
  std::map<std::uint64_t, Listener> listeners_;
};

}  // namespace hoistway::server
