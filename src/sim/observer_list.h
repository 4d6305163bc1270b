// Several passenger observers seen as one (a passenger log and a timeline,
// say). Borrows the observers; calls them in the order added.
#pragma once

#include <vector>

#include "sim/observers.h"

namespace hoistway {

class PassengerObserverList final : public PassengerObserver {
 public:
  // Ignores nullptr, so optional observers can be added unconditionally.
  void Add(PassengerObserver* observer) {
    if (observer != nullptr) observers_.push_back(observer);
  }
  bool empty() const { return observers_.empty(); }
  void OnDelivered(const PassengerTrace& trace) override {
    for (PassengerObserver* o : observers_) o->OnDelivered(trace);
  }
  void OnUndelivered(const PassengerTrace& trace) override {
    for (PassengerObserver* o : observers_) o->OnUndelivered(trace);
  }

 private:
  std::vector<PassengerObserver*> observers_;
};

}  // namespace hoistway
