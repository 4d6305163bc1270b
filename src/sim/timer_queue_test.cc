#include "sim/timer_queue.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "core/random.h"

namespace hoistway {
namespace {

TEST(TimerQueueTest, PopsInTimeThenSequenceOrder) {
  TimerQueue q(4);
  q.Set(0, 50, 1);
  q.Set(1, 20, 2);
  q.Set(2, 20, 3);
  q.Set(3, 10, 4);
  q.Set(3, 20, 5);  // moved: now after timers 1 and 2
  std::vector<int> order;
  while (!q.empty()) {
    order.push_back(q.Top());
    q.Clear(q.Top());
  }
  EXPECT_EQ(order, (std::vector<int>{1, 2, 3, 0}));
}

// Against a reference: a map of (time, seq) -> timer, under random updates.
TEST(TimerQueueTest, MatchesAReferenceUnderRandomUpdates) {
  constexpr int kTimers = 37;
  TimerQueue q(kTimers);
  std::map<std::pair<Tick, std::uint64_t>, int> reference;
  std::vector<std::pair<Tick, std::uint64_t>> armed(kTimers, {-1, 0});
  Random r(4);
  std::uint64_t seq = 0;
  for (int step = 0; step < 20000; ++step) {
    const int t = static_cast<int>(r.Below(kTimers));
    const std::uint32_t action = r.Below(4);
    if (armed[t].first >= 0) reference.erase(armed[t]);
    if (action == 0) {
      q.Clear(t);
      armed[t] = {-1, 0};
    } else {
      const Tick time = r.Below(100);
      q.Set(t, time, ++seq);
      armed[t] = {time, seq};
      reference[armed[t]] = t;
    }
    if (action == 3 && !q.empty()) {
      ASSERT_EQ(q.Top(), reference.begin()->second);
      ASSERT_EQ(q.TopTime(), reference.begin()->first.first);
    }
  }
}

}  // namespace
}  // namespace hoistway
