// An indexed binary min-heap of timers ordered by (time, sequence number):
// each timer (a car, the arrival stream, ...) has at most one pending
// instant, which Set() inserts or moves in place. Replaces a heap of events
// with stale entries: the same order, no garbage.
#pragma once

#include <cassert>
#include <cstdint>
#include <vector>

#include "core/sim_time.h"

namespace hoistway {

class TimerQueue {
 public:
  explicit TimerQueue(int timers)
      : pos_(static_cast<std::size_t>(timers), -1),
        time_(static_cast<std::size_t>(timers), 0),
        seq_(static_cast<std::size_t>(timers), 0) {}

  bool empty() const { return heap_.empty(); }
  // The timer due first; requires !empty().
  int Top() const { return heap_.front(); }
  Tick TopTime() const { return time_[static_cast<std::size_t>(heap_.front())]; }

  // Arms `timer` at `time` with sequence `seq` (later sequences of equal
  // time come later), replacing its pending instant if any.
  void Set(int timer, Tick time, std::uint64_t seq) {
    const auto t = static_cast<std::size_t>(timer);
    time_[t] = time;
    seq_[t] = seq;
    if (pos_[t] < 0) {
      pos_[t] = static_cast<int>(heap_.size());
      heap_.push_back(timer);
      Up(pos_[t]);
    } else {
      Up(pos_[t]);
      Down(pos_[t]);
    }
  }

  // Disarms `timer` (no effect if it is not armed).
  void Clear(int timer) {
    const int p = pos_[static_cast<std::size_t>(timer)];
    if (p < 0) return;
    const int last = heap_.back();
    heap_[static_cast<std::size_t>(p)] = last;
    pos_[static_cast<std::size_t>(last)] = p;
    heap_.pop_back();
    pos_[static_cast<std::size_t>(timer)] = -1;
    if (p < static_cast<int>(heap_.size())) {
      Up(p);
      Down(p);
    }
  }

 private:
  bool Before(int a, int b) const {
    const auto x = static_cast<std::size_t>(a);
    const auto y = static_cast<std::size_t>(b);
    return time_[x] != time_[y] ? time_[x] < time_[y] : seq_[x] < seq_[y];
  }
  void Place(int p, int timer) {
    heap_[static_cast<std::size_t>(p)] = timer;
    pos_[static_cast<std::size_t>(timer)] = p;
  }
  void Up(int p) {
    const int timer = heap_[static_cast<std::size_t>(p)];
    while (p > 0) {
      const int parent = (p - 1) / 2;
      if (!Before(timer, heap_[static_cast<std::size_t>(parent)])) break;
      Place(p, heap_[static_cast<std::size_t>(parent)]);
      p = parent;
    }
    Place(p, timer);
  }
  void Down(int p) {
    const int n = static_cast<int>(heap_.size());
    const int timer = heap_[static_cast<std::size_t>(p)];
    while (true) {
      int child = 2 * p + 1;
      if (child >= n) break;
      if (child + 1 < n && Before(heap_[static_cast<std::size_t>(child + 1)],
                                  heap_[static_cast<std::size_t>(child)])) {
        ++child;
      }
      if (!Before(heap_[static_cast<std::size_t>(child)], timer)) break;
      Place(p, heap_[static_cast<std::size_t>(child)]);
      p = child;
    }
    Place(p, timer);
  }

  std::vector<int> heap_;
  std::vector<int> pos_;  // -1: not armed
  std::vector<Tick> time_;
  std::vector<std::uint64_t> seq_;
};

}  // namespace hoistway
