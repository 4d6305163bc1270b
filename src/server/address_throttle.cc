#include "server/address_throttle.h"

#include <algorithm>
#include <vector>

namespace hoistway::server {

std::chrono::seconds AddressThrottle::Admit(const std::string& address,
                                            std::chrono::sys_seconds now) {
  std::lock_guard lock(mutex_);
  if (attempts_.size() >= limits_.max_addresses && !attempts_.contains(address)) Forget(now);
  auto& times = attempts_[address];
  while (!times.empty() && times.front() <= now - limits_.window) times.pop_front();
  if (static_cast<int>(times.size()) >= limits_.attempts) {
    return std::max(std::chrono::seconds(1), times.front() + limits_.window - now);
  }
  times.push_back(now);
  return std::chrono::seconds(0);
}

void AddressThrottle::Forget(std::chrono::sys_seconds now) {
  std::erase_if(attempts_, [&](const auto& entry) {
    return entry.second.empty() || entry.second.back() <= now - limits_.window;
  });
  // Still full (a flood from many addresses): forget the half that tried least recently.
  if (attempts_.size() < limits_.max_addresses) return;
  std::vector<std::chrono::sys_seconds> last;
  for (const auto& [address, times] : attempts_) last.push_back(times.back());
  std::nth_element(last.begin(), last.begin() + last.size() / 2, last.end());
  const auto cut = last[last.size() / 2];
  std::erase_if(attempts_, [&](const auto& entry) { return entry.second.back() <= cut; });
}

}  // namespace hoistway::server
