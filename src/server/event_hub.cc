#include "server/event_hub.h"

#include <vector>

namespace hoistway::server {

std::uint64_t EventHub::Subscribe(Listener listener, std::int64_t user_id, std::string session,
                                  Filter may_see) {
  std::lock_guard lock(mutex_);
  const std::uint64_t id = next_id_++;
  listeners_.emplace(
      id, Subscriber{std::move(listener), user_id, std::move(session), std::move(may_see)});
  return id;
}

void EventHub::Unsubscribe(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  listeners_.erase(id);
}

void EventHub::Publish(const std::string& event_json, const EventScope& scope) {
  std::vector<Listener> copy;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [id, subscriber] : listeners_) {
      const bool reaches = scope.user != kEveryone
                               ? subscriber.user_id == scope.user
                               : !subscriber.may_see || subscriber.may_see(scope);
      if (reaches) copy.push_back(subscriber.listener);
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
