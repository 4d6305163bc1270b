// Live updates for browsers: writers publish one-line JSON events after their
// transaction commits; subscribers (Server-Sent Events connections) receive
// those they may see. An event may be addressed to one user (the progress of
// their simulation) and then reaches only that user's streams; an event about
// a lift carries the lift's facts, and each stream's filter (the permission
// policy, registry/access.h) decides whether its user may read that lift.
// Thread-safe. Owned by the server (no global state).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "registry/access.h"

namespace hoistway::server {

// What an event is about: whom it may reach.
struct EventScope {
  std::int64_t user = 0;                    // addressed to this user only; 0: to anyone allowed
  std::optional<registry::LiftFacts> lift;  // the lift it is about, if any
  // What reading it needs on that lift (a connected lift's alarm: kReadTelemetry).
  registry::Permission permission = registry::Permission::kReadRegistry;
};

class EventHub {
 public:
  using Listener = std::function<void(const std::string& event_json)>;
  // Whether a stream may receive an event of `scope`; empty: every event.
  using Filter = std::function<bool(const EventScope& scope)>;
  // The audience of events meant for everyone.
  static constexpr std::int64_t kEveryone = 0;
  // The last event of a stream whose session has ended (EndSession); the
  // stream closes after it.
  static constexpr std::string_view kSessionEnded = R"({"type":"session.ended"})";

  // Registers `listener` for the events `may_see` lets through and those
  // addressed to `user_id` (kEveryone: none of the latter); `session` (a
  // token's hash, or empty) names the sign-in the stream belongs to. The
  // listener and the filter are called from the publishing thread and must
  // not block (post to your own executor). Returns an id for Unsubscribe.
  std::uint64_t Subscribe(Listener listener, std::int64_t user_id = kEveryone,
                          std::string session = {}, Filter may_see = {});
  void Unsubscribe(std::uint64_t id);
  // Delivers `event_json` (one line, no newlines): to the subscribers of
  // `scope.user` when it names one, else to every subscriber whose filter
  // lets `scope` through.
  void Publish(const std::string& event_json, const EventScope& scope = {});
  // Delivers kSessionEnded to the streams of `session` (it was signed out).
  void EndSession(const std::string& session);
  std::size_t subscribers() const;

 private:
  struct Subscriber {
    Listener listener;
    std::int64_t user_id = kEveryone;
    std::string session;
    Filter may_see;
  };
  mutable std::mutex mutex_;
  std::uint64_t next_id_ = 1;
  std::map<std::uint64_t, Subscriber> listeners_;
};

}  // namespace hoistway::server
