#include "server/event_hub.h"

#include <vector>

namespace hoistway::server {

std::uint64_t EventHub::Subscribe(Listener listener) {
  std::lock_guard lock(mutex_);
  const std::uint64_t id = next_id_++;
  listeners_.emplace(id, std::move(listener));
  return id;
}

void EventHub::Unsubscribe(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  listeners_.erase(id);
}

void EventHub::Publish(const std::string& event_json) {
  std::vector<Listener> copy;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [id, listener] : listeners_) copy.push_back(listener);
  }
  for (const auto& listener : copy) listener(event_json);
}

std::size_t EventHub::subscribers() const {
  std::lock_guard lock(mutex_);
  return listeners_.size();
}

}  // namespace hoistway::server
