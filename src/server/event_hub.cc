#include "server/event_hub.h"

#include <vector>

namespace hoistway::server {

std::uint64_t EventHub::Subscribe(Listener listener, std::int64_t user_id, std::string session) {
  std::lock_guard lock(mutex_);
  const std::uint64_t id = next_id_++;
  listeners_.emplace(id, Subscriber{std::move(listener), user_id, std::move(session)});
  return id;
}

void EventHub::Unsubscribe(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  listeners_.erase(id);
}

void EventHub::Publish(const std::string& event_json, std::int64_t audience) {
  std::vector<Listener> copy;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [id, subscriber] : listeners_) {
      if (audience == kEveryone || subscriber.user_id == audience) {
        copy.push_back(subscriber.listener);
      }
    }
  }
  for (const auto& listener : copy) listener(event_json);
}

void EventHub::EndSession(const std::string& session) {
  if (session.empty()) return;
  std::vector<Listener> copy;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [id, subscriber] : listeners_) {
      if (subscriber.session == session) copy.push_back(subscriber.listener);
    }
  }
  const std::string event(kSessionEnded);
  for (const auto& listener : copy) listener(event);
}

std::size_t EventHub::subscribers() const {
  std::lock_guard lock(mutex_);
  return listeners_.size();
}

}  // namespace hoistway::server
