// How often one network address may try to sign in: a sliding window of
// attempts per address, kept in memory (a restart forgets it; the per-name
// lock of registry/sign_in.h is the durable one). Bounds the password checks
// (argon2id, a core and 64 MiB each) that one machine can make the server do,
// whatever names it tries. Thread-safe.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <map>
#include <mutex>
#include <string>

namespace hoistway::server {

struct AddressThrottleLimits {
  int attempts = 10;  // per address within `window`
  std::chrono::seconds window{60};
  std::size_t max_addresses = 100'000;  // remembered at once; the idlest are forgotten beyond
};

class AddressThrottle {
 public:
  explicit AddressThrottle(AddressThrottleLimits limits = {}) : limits_(limits) {}

  // Counts an attempt from `address` at `now` and returns zero, or, when the
  // address has used its attempts, counts nothing and returns how long until
  // it may try again.
  std::chrono::seconds Admit(const std::string& address, std::chrono::sys_seconds now);

 private:
  void Forget(std::chrono::sys_seconds now);  // with mutex_ held

  const AddressThrottleLimits limits_;
  std::mutex mutex_;
  std::map<std::string, std::deque<std::chrono::sys_seconds>> attempts_;
};

}  // namespace hoistway::server
